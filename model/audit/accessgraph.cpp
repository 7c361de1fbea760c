#include "audit/accessgraph.h"

#include "audit/accessevaluator.h"
#include "directory/directory.h"
#include "iam/arn.h"

#include <QSet>

AccessGraph AccessGraph::build(const Directory& directory, const QString& accountId, AuditMode mode)
{
    AccessGraph graph;
    AccessEvaluator evaluator(directory, mode);
    // Each principal is built, asked and dropped: a large account never holds them all.
    QList<AssumeEdge> assumes;
    auto add = [&](const AuditPrincipal& principal, const QString& label) {
        graph.nodes.append(
            {principal.arn, principal.kind, label, evaluator.isAdminEquivalent(principal)});
        assumes += evaluator.assumeEdges(principal);
    };
    const QList<User>& users = evaluator.users();
    for (const User& user : users)
        if (user.accountId == accountId)
            add(evaluator.principalFor(user), user.name);
    const QList<Group>& groups = evaluator.groups();
    for (int g = 0; g < groups.size(); ++g) {
        if (groups.at(g).accountId != accountId)
            continue;
        const QString groupArn = groups.at(g).arn().toString();
        graph.nodes.append({groupArn, EntityKind::Group, groups.at(g).name, false});
        for (const int member : evaluator.membersOfGroup(g))
            graph.edges.append(
                {users.at(member).arn().toString(), groupArn, AccessGraphEdge::Kind::MemberOf});
    }
    // Roles of every account, as chains and switches cross accounts; only the
    // other accounts' roles someone here can assume become nodes.
    const QList<Role>& roles = evaluator.roles();
    QHash<QString, qsizetype> elsewhere; // role ARN -> index in roles
    for (qsizetype r = 0; r < roles.size(); ++r) {
        if (roles.at(r).accountId == accountId)
            add(evaluator.principalFor(roles.at(r)), roles.at(r).name);
        else
            elsewhere.insert(roles.at(r).arn().toString(), r);
    }
    QSet<QString> added;
    for (const AssumeEdge& edge : std::as_const(assumes)) {
        graph.edges.append({edge.principalArn, edge.roleArn, AccessGraphEdge::Kind::CanAssume});
        const auto other = elsewhere.constFind(edge.roleArn);
        if (other == elsewhere.cend() || added.contains(edge.roleArn))
            continue;
        added.insert(edge.roleArn);
        const Role& role = roles.at(*other);
        const AuditPrincipal principal = evaluator.principalFor(role);
        graph.nodes.append({edge.roleArn, EntityKind::Role,
                            QStringLiteral("%1 (%2)").arg(role.name, role.accountId),
                            evaluator.isAdminEquivalent(principal)});
    }
    return graph;
}
