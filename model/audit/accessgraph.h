#pragma once

#include "audit/accessgraphedge.h"
#include "audit/accessgraphnode.h"
#include "audit/auditmode.h"

#include <QList>
#include <QString>

class AccessEvaluator;
class CancellationToken;
class Directory;

// Users, groups and roles of an account, with who is a member of what and
// who can assume which role: the data of the access graph view.
class AccessGraph
{
public:
    // A cancelled build stops between principals and returns what it has (to be dropped).
    static AccessGraph build(const Directory& directory, const QString& accountId,
                             AuditMode mode = AuditMode::Indexed,
                             const CancellationToken* cancel = nullptr);
    // The same with an evaluator that may hold a bulk read kept from earlier questions.
    static AccessGraph build(AccessEvaluator& evaluator, const QString& accountId,
                             const CancellationToken* cancel = nullptr);

    QList<AccessGraphNode> nodes;
    QList<AccessGraphEdge> edges;
};
