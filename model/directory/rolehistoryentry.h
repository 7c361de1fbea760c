#pragma once

#include <QDateTime>
#include <QString>

// One role a user switched to from the console, as the account menu lists it.
struct RoleHistoryEntry
{
    QString userArn;
    QString accountId;    // 12-digit id of the role's account
    QString accountInput; // what the user typed: id or alias
    QString roleName;     // path (without leading slash) + name
    QString displayName;
    QString color; // "red", "orange", "yellow", "green", "blue"
    QDateTime usedAt;
};
