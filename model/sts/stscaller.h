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

    static StsCaller user(const QString& accountId, const QString& userName)
    {
        return {Kind::User, accountId, userName, {}, false, {}};
    }
    static StsCaller root(const QString& accountId)
    {
        return {Kind::Root, accountId, {}, {}, false, {}};
    }
    static StsCaller session(const QString& accessKeyId)
    {
        return {Kind::Session, {}, {}, accessKeyId, false, {}};
    }
};
