#pragma once

#include <QDateTime>
#include <QString>

// A user's console password: only its scrypt hash is ever stored.
struct LoginProfile
{
    QString passwordHash;
    bool passwordResetRequired = false;
    QDateTime createDate;
    QDateTime passwordLastSet; // for the password policy's maximum age
};
