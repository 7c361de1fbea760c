#pragma once

#include "audit/accessgraphedge.h"
#include "audit/accessgraphnode.h"
#include "audit/auditmode.h"

#include <QList>
#include <QString>

class Directory;

// Users, groups and roles of an account, with who is a member of what and
// who can assume which role: the data of the access graph view.
class AccessGraph
{
public:
    static AccessGraph build(const Directory& directory, const QString& accountId,
                             AuditMode mode = AuditMode::Indexed);

    QList<AccessGraphNode> nodes;
    QList<AccessGraphEdge> edges;
};
