#pragma once

#include <QDateTime>
#include <QString>

// A virtual MFA device assigned to a user; its seed lives in the secret store.
struct MfaDeviceInfo
{
    QString serialNumber; // arn:aws:iam::<acct>:mfa/<name>
    QString accountId;
    QString userName;
    QDateTime enableDate;
};
