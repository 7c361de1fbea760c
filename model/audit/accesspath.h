#pragma once

#include "iam/entitykind.h"

#include <QString>
#include <QStringList>

// One way a principal gets an action on a resource: directly, through a
// group, or through roles it can assume.
struct AccessPath
{
    QString principalArn;
    EntityKind kind = EntityKind::User; // User or Role
    // The groups or the roles assumed, in order: {"arn:...:group/Admins"}.
    QStringList via;
    // The policies that allow it, e.g. "attached policy AdministratorAccess".
    QStringList policies;
    // The allow depends on a condition the audit cannot decide statically.
    bool conditional = false;
};
