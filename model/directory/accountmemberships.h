#pragma once

#include "iam/result.h"

#include <QList>
#include <QString>
#include <QStringList>

class Directory;

// Every user of one account with the groups it is in, read in one query
// instead of one per user or group: what the membership matrix needs to sort
// 50,000 users by their group count or to write them all as CSV.
class AccountMemberships
{
public:
    struct UserGroups
    {
        QString userName;
        QStringList groupNames; // in no particular order
    };

    // Users in the directory's order (by name, ignoring case), as Directory::users() lists them.
    static Result<QList<UserGroups>> load(const Directory& directory, const QString& accountId);
};
