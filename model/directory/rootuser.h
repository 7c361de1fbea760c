#pragma once

#include "iam/arn.h"

#include <QDateTime>
#include <QString>

// An account's root user: the email address it signs in with (unique in the
// directory, compared ignoring case) and the scrypt hash of its console
// password. Root is the account itself: arn:aws:iam::<account>:root.
struct RootUser
{
    QString accountId;
    QString email;
    QString passwordHash; // a PasswordHasher hash, never the password
    QDateTime createDate;
    QDateTime passwordLastSet;

    // The MFA device name AWS gives a root user's virtual device.
    static QString defaultMfaDeviceName() { return QStringLiteral("root-account-mfa-device"); }

    QString arn() const { return Arn::root(accountId).toString(); }
};
