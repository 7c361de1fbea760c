#pragma once

#include <QDateTime>
#include <QString>

// Who calls STS. The caller has already proven who it is (a console
// password, or credentials the service itself issued).
struct StsCaller
{
    enum class Kind
    {
        User,    // an IAM user with long-term credentials or a console password
        Root,    // an account's root user
        Session, // temporary credentials STS issued (role chaining)
        Service, // an AWS service acting for whoever passed it the role (iam:PassRole)
    };

    Kind kind = Kind::User;
    QString accountId;   // User, Root
    QString userName;    // User
    QString accessKeyId; // Session: the ASIA... id of the caller's credentials
    // User: a console sign-in made with an MFA code, at mfaAuthTime. Such a
    // caller holds temporary credentials on which aws:MultiFactorAuthPresent
    // is true, as AWS's console passes it on to Switch Role.
    bool mfaAuthenticated = false;
    QDateTime mfaAuthTime;
    QString servicePrincipal; // Service: the service principal, e.g. "ec2.amazonaws.com"

    static StsCaller user(const QString& accountId, const QString& userName)
    {
        return {Kind::User, accountId, userName, {}, false, {}, {}};
    }
    static StsCaller root(const QString& accountId)
    {
        return {Kind::Root, accountId, {}, {}, false, {}, {}};
    }
    static StsCaller session(const QString& accessKeyId)
    {
        return {Kind::Session, {}, {}, accessKeyId, false, {}, {}};
    }
    // A service assumes only roles whose trust policy names it; whether the
    // person who handed it the role may do so (iam:PassRole) is decided
    // before, where the role is passed.
    static StsCaller service(const QString& servicePrincipal)
    {
        return {Kind::Service, {}, {}, {}, false, {}, servicePrincipal};
    }
};
