#pragma once

#include "iam/result.h"

#include <QList>
#include <QString>

class Directory;

// Who is in which group in one account, read in one query instead of one per
// user or group: what the membership matrix needs to sort 50,000 users by
// their group count or to write them all as CSV.
class AccountMemberships
{
public:
    struct Membership
    {
        QString userName;
        QString groupName;
    };

    // In no particular order.
    static Result<QList<Membership>> load(const Directory& directory, const QString& accountId);
};
