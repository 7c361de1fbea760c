#pragma once

#include "iam/account.h"
#include "iam/user.h"

#include <QDateTime>
#include <QString>

// Who the console acts as right now: the signed-in IAM user, or later a role
// session the user switched to. The user's own identity is kept beside it so
// that "Switch back" can return to it.
struct Identity
{
    enum class Kind
    {
        None,
        User,
        RoleSession
    };

    Kind kind = Kind::None;
    Account account; // the account the identity belongs to
    User user;       // the signed-in user (also while in a role)
    QDateTime issuedAt;
    QDateTime expiresAt;

    bool isNull() const { return kind == Kind::None; }
    // The ARN policies see as the caller.
    QString arn() const { return kind == Kind::None ? QString() : user.arn().toString(); }
};
