#pragma once

#include "directory/temporarysession.h"
#include "iam/account.h"
#include "iam/arn.h"
#include "iam/role.h"
#include "iam/user.h"

#include <QDateTime>
#include <QString>

// Who the console acts as right now: the signed-in IAM user, an account's
// root user, a role session the user switched to, or a federated user's role
// session.
struct Identity
{
    enum class Kind
    {
        None,
        User,
        Root, // the account's root user: the account itself, beyond IAM policies
        RoleSession
    };

    // How the identity proved itself: a console sign-in (temporary
    // credentials issued at sign-in), an IAM user's long-term access key, or
    // temporary credentials STS issued (a role session, or a user's
    // GetSessionToken session, whose TemporarySession is in session).
    enum class Credentials
    {
        Console,
        AccessKey,
        Temporary
    };

    Kind kind = Kind::None;
    Credentials credentials = Credentials::Console;
    Account account;     // the account the identity belongs to (the role's, in a role)
    User user;           // the signed-in user (also while in a role); empty when federated
    Account userAccount; // the signed-in user's account
    QDateTime issuedAt;
    QDateTime expiresAt;
    // User only: the sign-in was confirmed with a code from the user's MFA
    // device (aws:MultiFactorAuthPresent, aws:MultiFactorAuthAge).
    bool mfaAuthenticated = false;
    QDateTime mfaAuthTime;
    QString rootEmail; // Root only: the email address it signed in with

    // RoleSession only.
    Role role;
    TemporarySession session; // ARN, access key id, session policies, expiry
    QString displayName;
    QString color;        // DisplayColor::id()
    QString accountInput; // the account as typed in the Switch Role form

    bool isNull() const { return kind == Kind::None; }
    bool isRoleSession() const { return kind == Kind::RoleSession; }
    bool isRoot() const { return kind == Kind::Root; }
    bool isFederated() const { return isRoleSession() && user.name.isEmpty(); }
    // The ARN policies see as the caller.
    QString arn() const
    {
        switch (kind) {
        case Kind::None:
            return {};
        case Kind::User:
            return user.arn().toString();
        case Kind::Root:
            return Arn::root(account.id).toString();
        case Kind::RoleSession:
            return session.arn;
        }
        return {};
    }
};
