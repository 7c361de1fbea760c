#pragma once

#include "iam/accesskeyinfo.h"
#include "iam/result.h"
#include "iam/user.h"

#include <QList>
#include <QString>

class Directory;

// Every user of an account with its sign-in credentials (console password,
// MFA devices, access keys), as AWS's credential report lists them, read in
// three queries instead of several per user: what the findings of a large
// account review.
class CredentialReport
{
public:
    struct Entry
    {
        User user; // hasConsolePassword filled
        bool hasMfaDevice = false;
        QList<AccessKeyInfo> accessKeys; // oldest first
    };

    // Users by name.
    static Result<QList<Entry>> load(const Directory& directory, const QString& accountId);
};
