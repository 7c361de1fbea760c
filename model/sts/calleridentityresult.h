#pragma once

#include <QString>

// The answer of GetCallerIdentity.
struct CallerIdentityResult
{
    QString userId;
    QString account;
    QString arn;
};
