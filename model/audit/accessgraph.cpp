#include "audit/accessgraph.h"

#include "audit/accessevaluator.h"
#include "audit/cancellationtoken.h"
#include "directory/directory.h"
#include "iam/arn.h"

#include <QSet>

AccessGraph AccessGraph::build(const Directory& directory, const QString& accountId, AuditMode mode,
                               const CancellationToken* cancel)
{
    AccessEvaluator evaluator(directory, mode);
    return build(evaluator, accountId, cancel);
}

AccessGraph AccessGraph::build(AccessEvaluator& evaluator, const QString& accountId,
                               const CancellationToken* cancel)
{
    AccessGraph graph;
    // Each principal is built, asked and dropped: a large account never holds them all;
    // one that can neither be an administrator nor switch is not built at all.
    const QStringList everything{QStringLiteral("*")};
    QList<AssumeEdge> assumes;
    auto add = [&](EntityKind kind, int index, const QString& arn, const QString& label) {
        const bool admin = evaluator.mightAllow(kind, index, everything);
        const bool switches = evaluator.mightAssume(kind, index);
        if (!admin && !switches) {
            graph.nodes.append({arn, kind, label, false});
            return;
        }
        const AuditPrincipal principal = kind == EntityKind::User
                                             ? evaluator.principalFor(evaluator.users().at(index))
                                             : evaluator.principalFor(evaluator.roles().at(index));
        graph.nodes.append(
            {principal.arn, kind, label, admin && evaluator.isAdminEquivalent(principal)});
        if (switches)
            assumes += evaluator.assumeEdges(principal);
    };
    const QList<User>& users = evaluator.users();
    QStringList userArns(users.size());
    for (int u = 0; u < users.size(); ++u) {
        if (CancellationToken::requested(cancel))
            return graph;
        if (users.at(u).accountId != accountId)
            continue;
        userArns[u] = users.at(u).arn().toString();
        add(EntityKind::User, u, userArns.at(u), users.at(u).name);
    }
    const QList<Group>& groups = evaluator.groups();
    for (int g = 0; g < groups.size(); ++g) {
        if (groups.at(g).accountId != accountId)
            continue;
        const QString groupArn = groups.at(g).arn().toString();
        graph.nodes.append({groupArn, EntityKind::Group, groups.at(g).name, false});
        for (const int member : evaluator.membersOfGroup(g))
            graph.edges.append({userArns.at(member), groupArn, AccessGraphEdge::Kind::MemberOf});
    }
    // Roles of every account, as chains and switches cross accounts; only the
    // other accounts' roles someone here can assume become nodes.
    const QList<Role>& roles = evaluator.roles();
    QHash<QString, qsizetype> elsewhere; // role ARN -> index in roles
    for (qsizetype r = 0; r < roles.size(); ++r) {
        if (CancellationToken::requested(cancel))
            return graph;
        if (roles.at(r).accountId == accountId)
            add(EntityKind::Role, int(r), roles.at(r).arn().toString(), roles.at(r).name);
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
