#pragma once

#include "audit/permissionline.h"
#include "iam/entitykind.h"

#include <QList>
#include <QString>

class CancellationToken;
class Directory;
struct PolicySet;

// Every statement that applies to a user, group or role, with where it comes from.
// A cancelled computation stops between policies and returns what it has (to be dropped).
class EffectivePermissions
{
public:
    static QList<PermissionLine> of(const Directory& directory, EntityKind kind,
                                    const QString& accountId, const QString& name,
                                    const CancellationToken* cancel = nullptr);
    // The same from a policy set already read (an audit's snapshot).
    static QList<PermissionLine> of(const PolicySet& set,
                                    const CancellationToken* cancel = nullptr);
};
