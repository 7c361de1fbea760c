#include "audit/accessgraph.h"

#include "audit/accessevaluator.h"
#include "directory/directory.h"
#include "iam/arn.h"

#include <QSet>

AccessGraph AccessGraph::build(const Directory& directory, const QString& accountId)
{
    AccessGraph graph;
    AccessEvaluator evaluator(directory);
    QList<AuditPrincipal> principals;
    for (const User& user : directory.users(accountId)) {
        principals.append(evaluator.principalFor(user));
        graph.nodes.append({principals.constLast().arn, EntityKind::User, user.name,
                            evaluator.isAdminEquivalent(principals.constLast())});
    }
    for (const Group& group : directory.groups(accountId)) {
        const QString groupArn = group.arn().toString();
        graph.nodes.append({groupArn, EntityKind::Group, group.name, false});
        for (const User& member : directory.usersInGroup(accountId, group.name))
            graph.edges.append(
                {member.arn().toString(), groupArn, AccessGraphEdge::Kind::MemberOf});
    }
    // Roles of every account, as chains and switches cross accounts; only the
    // other accounts' roles someone here can assume become nodes.
    QList<Role> roles;
    QHash<QString, qsizetype> elsewhere; // role ARN -> index in roles
    for (const Account& account : directory.accounts()) {
        for (const Role& role : directory.roles(account.id)) {
            roles.append(role);
            if (account.id == accountId) {
                principals.append(evaluator.principalFor(role));
                graph.nodes.append({principals.constLast().arn, EntityKind::Role, role.name,
                                    evaluator.isAdminEquivalent(principals.constLast())});
            } else {
                elsewhere.insert(role.arn().toString(), roles.size() - 1);
            }
        }
    }
    QSet<QString> added;
    for (const AssumeEdge& edge : evaluator.assumeEdges(principals, roles)) {
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
