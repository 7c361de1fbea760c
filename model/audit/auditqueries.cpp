#include "audit/auditqueries.h"

#include "audit/accessevaluator.h"
#include "audit/findings.h"
#include "directory/directory.h"
#include "iam/arn.h"

#include <QHash>
#include <QQueue>
#include <QSet>

#include <algorithm>
#include <mutex>
#include <optional>
#include <vector>

namespace {

const QString mfaPresentKey = QStringLiteral("aws:multifactorauthpresent");
const QString mfaAgeKey = QStringLiteral("aws:multifactorauthage");
const QString externalIdKey = QStringLiteral("sts:externalid");

QStringList accountIds(const Directory& directory, const QString& accountId)
{
    if (!accountId.isEmpty())
        return {accountId};
    QStringList ids;
    for (const Account& account : directory.accounts())
        ids << account.id;
    return ids;
}

// The terms of the trust statements that let a principal in.
void describeTrust(const PolicyDocument& trust, const AccessDecision& decision, AssumeGrant& grant)
{
    for (const MatchedStatement& matched : decision.allows) {
        if (matched.type != PolicyType::Trust)
            continue;
        const PolicyStatement& statement = trust.statements().at(matched.statementIndex);
        if (grant.trustStatementSid.isEmpty())
            grant.trustStatementSid = statement.sid;
        for (const PolicyCondition& condition : statement.conditions) {
            const QString key = condition.key.toLower();
            if (key == mfaPresentKey || key == mfaAgeKey) {
                grant.requiresMfa = true;
                continue;
            }
            if (key == externalIdKey) {
                grant.externalId = condition.values.join(QStringLiteral(", "));
                continue;
            }
            const QString readable = condition.key + QLatin1Char(' ') + condition.op +
                                     QLatin1Char(' ') + condition.values.join(QStringLiteral(", "));
            if (!grant.conditions.contains(readable))
                grant.conditions << readable;
        }
    }
}

bool byPrincipal(const AccessPath& a, const AccessPath& b)
{
    if (a.principalArn != b.principalArn)
        return a.principalArn < b.principalArn;
    if (a.via.size() != b.via.size())
        return a.via.size() < b.via.size();
    return a.via < b.via;
}

} // namespace

class AuditQueries::Private
{
public:
    const Directory* directory = nullptr;
    AuditMode mode = AuditMode::Indexed;
    // Compiled once for all questions; an edited policy's new text is compiled anew.
    std::shared_ptr<AuditPolicyStore> policies = std::make_shared<AuditPolicyStore>();
    QList<QMetaObject::Connection> connections;

    // Gives the evaluator the snapshot kept from an earlier question, if any;
    // returns what keep() needs to tell a kept read from a new one.
    struct Primed
    {
        quint64 generation;
        std::shared_ptr<const DirectorySnapshot> given;
    };
    Primed prime(AccessEvaluator& evaluator)
    {
        const std::lock_guard lock(mutex);
        evaluator.useSnapshot(snapshot);
        return {generation, evaluator.sharedSnapshot()};
    }
    // Keeps the evaluator's snapshot for later questions, unless the directory changed since.
    void keep(const AccessEvaluator& evaluator, const Primed& primed)
    {
        const std::lock_guard lock(mutex);
        const auto read = evaluator.sharedSnapshot();
        if (read && read != primed.given)
            ++reads;
        if (primed.generation == generation && read)
            snapshot = read;
    }
    void invalidate()
    {
        const std::lock_guard lock(mutex);
        snapshot.reset();
        ++generation;
    }
    int bulkReads()
    {
        const std::lock_guard lock(mutex);
        return reads;
    }

private:
    // A question may run on another thread than the one the directory reports changes on.
    std::mutex mutex;
    std::shared_ptr<const DirectorySnapshot> snapshot;
    quint64 generation = 0; // counts the changes seen
    int reads = 0;
};

AuditQueries::AuditQueries(const Directory* directory, AuditMode mode, Follow follow)
    : d(std::make_unique<Private>())
{
    d->directory = directory;
    d->mode = mode;
    // The bulk read is most of a question over a large directory: it is kept
    // between questions and dropped on any change that could alter an answer.
    Private* p = d.get();
    if (follow == Follow::DirectorySignals)
        d->connections = onChange(*directory, [p] { p->invalidate(); });
}

QList<QMetaObject::Connection> AuditQueries::onChange(const Directory& directory,
                                                      const std::function<void()>& changed)
{
    const Directory* source = &directory;
    return {
        QObject::connect(source, &Directory::entityAdded, changed),
        QObject::connect(source, &Directory::entityRemoved, changed),
        QObject::connect(source, &Directory::entityChanged, changed),
        QObject::connect(source, &Directory::entityRenamed, changed),
        QObject::connect(source, &Directory::membershipAdded, changed),
        QObject::connect(source, &Directory::membershipRemoved, changed),
        QObject::connect(source, &Directory::attachmentsChanged, changed),
        QObject::connect(source, &Directory::accountsChanged, changed),
        QObject::connect(source, &Directory::directoryReset, changed),
    };
}

const Directory& AuditQueries::directory() const
{
    return *d->directory;
}

void AuditQueries::forget() const
{
    d->invalidate();
}

int AuditQueries::bulkReads() const
{
    return d->bulkReads();
}

AuditQueries::~AuditQueries()
{
    for (const QMetaObject::Connection& connection : std::as_const(d->connections))
        QObject::disconnect(connection);
}

QList<User> AuditQueries::members(const QString& accountId, const QString& groupName) const
{
    return d->directory->usersInGroup(accountId, groupName);
}

QList<Group> AuditQueries::groups(const QString& accountId, const QString& userName) const
{
    return d->directory->groupsForUser(accountId, userName);
}

QList<AccessPath> AuditQueries::whoCan(const QString& action, const QString& resource,
                                       const QString& accountId) const
{
    const Directory& directory = *d->directory;
    AccessEvaluator evaluator(directory, d->mode, DirectorySnapshot::Contents::Everything,
                              d->policies);
    const Private::Primed primed = d->prime(evaluator);
    const QStringList scope = accountIds(directory, accountId);
    QList<AccessPath> paths;

    // Roles of every account: a chain may leave the account asked about. Only
    // those that may be allowed or may switch are built.
    const QList<Role>& roles = evaluator.roles();
    const QStringList actions{action};
    std::vector<std::optional<AuditPrincipal>> rolePrincipals(roles.size());
    QHash<QString, AccessDecision> allowedRoles;
    for (int i = 0; i < roles.size(); ++i) {
        const bool mayBeAllowed = evaluator.mightAllow(EntityKind::Role, i, actions);
        if (!mayBeAllowed && !evaluator.mightAssume(EntityKind::Role, i))
            continue;
        const Role& role = roles.at(i);
        rolePrincipals[i] = evaluator.principalFor(role);
        const AuditPrincipal& principal = *rolePrincipals[i];
        if (!mayBeAllowed)
            continue;
        const AccessDecision decision = evaluator.decide(principal, action, resource);
        if (!decision.allowed())
            continue;
        allowedRoles.insert(principal.arn, decision);
        if (scope.contains(role.accountId))
            paths.append({principal.arn,
                          EntityKind::Role,
                          {},
                          AccessEvaluator::allowingPolicies(principal, decision),
                          decision.conditional()});
    }

    // Backwards from the allowed roles over role chains: for each role that leads to one,
    // the roles it assumes in order, and whether any step is conditional.
    struct Chain
    {
        int roleIndex; // in roles
        const Role* role;
        QStringList via;
        bool conditional;
        QStringList policies;
    };
    QList<Chain> chains;
    QHash<int, qsizetype> chainOfRole; // index in roles -> index in chains
    QSet<QString> chained;
    for (int i = 0; i < roles.size(); ++i) {
        if (!rolePrincipals[i])
            continue;
        const AuditPrincipal& principal = *rolePrincipals[i];
        const auto allowed = allowedRoles.constFind(principal.arn);
        if (allowed == allowedRoles.cend())
            continue;
        chains.append({i,
                       &roles.at(i),
                       {principal.arn},
                       allowed->conditional(),
                       AccessEvaluator::allowingPolicies(principal, *allowed)});
        chainOfRole.insert(i, chains.size() - 1);
        chained.insert(principal.arn);
    }
    // Which roles might assume which, from each role's side once.
    QHash<int, QList<int>> assumers; // index in roles -> indexes in roles, in order
    if (!chains.isEmpty())
        for (int i = 0; i < roles.size(); ++i)
            if (rolePrincipals[i] && evaluator.mayAssumeSomeRole(*rolePrincipals[i]))
                for (const int r : evaluator.candidateRoles(*rolePrincipals[i]))
                    assumers[r] << i;
    for (qsizetype next = 0; next < chains.size(); ++next) {
        const Chain target = chains.at(next);
        for (const int i : assumers.value(target.roleIndex)) {
            const AuditPrincipal& principal = *rolePrincipals[i];
            if (chained.contains(principal.arn) || !evaluator.mayAssumeSomeRole(principal) ||
                !evaluator.mayAssume(principal, *target.role))
                continue;
            const AccessDecision assume = evaluator.decideAssume(principal, *target.role);
            if (!assume.allowed())
                continue;
            chained.insert(principal.arn);
            chains.append({i, &roles.at(i), QStringList{principal.arn} + target.via,
                           target.conditional || assume.conditional(), target.policies});
            chainOfRole.insert(i, chains.size() - 1);
            if (scope.contains(principal.accountId))
                paths.append({principal.arn, EntityKind::Role, target.via, target.policies,
                              target.conditional || assume.conditional()});
        }
    }

    const QList<User>& users = evaluator.users();
    for (int u = 0; u < users.size(); ++u) {
        const User& user = users.at(u);
        if (!scope.contains(user.accountId) ||
            (!evaluator.mightAllow(EntityKind::User, u, actions) &&
             (chains.isEmpty() || !evaluator.mightAssume(EntityKind::User, u))))
            continue;
        const AuditPrincipal principal = evaluator.principalFor(user);
        const AccessDecision decision = evaluator.decide(principal, action, resource);
        if (decision.allowed())
            paths.append(
                {principal.arn, EntityKind::User, evaluator.allowingGroups(principal, decision),
                 AccessEvaluator::allowingPolicies(principal, decision), decision.conditional()});
        if (chains.isEmpty() || !evaluator.mayAssumeSomeRole(principal))
            continue;
        // The chains in the order they were found, among the roles the user might assume.
        QList<qsizetype> reachable;
        for (const int r : evaluator.candidateRoles(principal))
            if (const auto c = chainOfRole.constFind(r); c != chainOfRole.cend())
                reachable << *c;
        std::sort(reachable.begin(), reachable.end());
        for (const qsizetype c : std::as_const(reachable)) {
            const Chain& chain = chains.at(c);
            if (!evaluator.mayAssume(principal, *chain.role))
                continue;
            const AccessDecision assume = evaluator.decideAssume(principal, *chain.role);
            if (assume.allowed())
                paths.append({principal.arn, EntityKind::User, chain.via, chain.policies,
                              chain.conditional || assume.conditional()});
        }
    }
    std::sort(paths.begin(), paths.end(), byPrincipal);
    d->keep(evaluator, primed);
    return paths;
}

QList<AssumeGrant> AuditQueries::whoCanAssume(const QString& roleArn) const
{
    const Directory& directory = *d->directory;
    const auto role = directory.roleByArn(roleArn);
    if (!role)
        return {};
    AccessEvaluator evaluator(directory, d->mode, DirectorySnapshot::Contents::Everything,
                              d->policies);
    const Private::Primed primed = d->prime(evaluator);
    const AuditPolicy* trust = evaluator.trustPolicy(*role);
    if (!trust)
        return {};
    QList<AssumeGrant> grants;
    auto consider = [&](const AuditPrincipal& principal) {
        if (!evaluator.mayAssumeSomeRole(principal) || !evaluator.mayAssume(principal, *role))
            return;
        const AccessDecision decision = evaluator.decideAssume(principal, *role);
        if (!decision.allowed())
            return;
        AssumeGrant grant;
        grant.principalArn = principal.arn;
        grant.kind = principal.kind;
        grant.identityAllows =
            evaluator.decideIdentity(principal, QStringLiteral("sts:AssumeRole"), roleArn)
                .allowed();
        describeTrust(trust->document(), decision, grant);
        grants.append(grant);
    };
    // Account by account, its users and then its roles; only those the indexes leave in.
    const AccessEvaluator::Candidates candidates = evaluator.candidatePrincipals(*role);
    const QList<User>& users = evaluator.users();
    const QList<Role>& roles = evaluator.roles();
    qsizetype u = 0;
    qsizetype r = 0;
    for (const Account& account : directory.accounts()) {
        for (; u < candidates.users.size() &&
               users.at(candidates.users.at(u)).accountId == account.id;
             ++u)
            consider(evaluator.principalFor(users.at(candidates.users.at(u))));
        for (; r < candidates.roles.size() &&
               roles.at(candidates.roles.at(r)).accountId == account.id;
             ++r)
            consider(evaluator.principalFor(roles.at(candidates.roles.at(r))));
    }
    grants += trustedOutside(directory, *role);
    d->keep(evaluator, primed);
    return grants;
}

QList<Finding> AuditQueries::findings(const QString& accountId, const QDateTime& now,
                                      const CancellationToken* cancel) const
{
    AccessEvaluator evaluator(*d->directory, d->mode, DirectorySnapshot::Contents::Everything,
                              d->policies);
    const Private::Primed primed = d->prime(evaluator);
    QList<Finding> found = Findings::scan(evaluator, accountId, now, cancel);
    d->keep(evaluator, primed);
    return found;
}

AccessGraph AuditQueries::accessGraph(const QString& accountId,
                                      const CancellationToken* cancel) const
{
    AccessEvaluator evaluator(*d->directory, d->mode, DirectorySnapshot::Contents::Everything,
                              d->policies);
    const Private::Primed primed = d->prime(evaluator);
    AccessGraph graph = AccessGraph::build(evaluator, accountId, cancel);
    d->keep(evaluator, primed);
    return graph;
}

QList<AssumeGrant> AuditQueries::trustedOutside(const Directory& directory, const Role& role)
{
    const auto trust = PolicyDocument::parse(role.trustPolicy, PolicyKind::Trust);
    if (!trust)
        return {};
    QSet<QString> accounts;
    for (const Account& account : directory.accounts())
        accounts.insert(account.id);
    return trustedOutside(*trust, accounts);
}

QList<AssumeGrant> AuditQueries::trustedOutside(const PolicyDocument& trust,
                                                const QSet<QString>& directoryAccounts)
{
    QList<AssumeGrant> grants;
    const QList<PolicyStatement>& statements = trust.statements();
    for (int i = 0; i < statements.size(); ++i) {
        const PolicyStatement& statement = statements.at(i);
        if (statement.effect != PolicyEffect::Allow || !statement.principal ||
            statement.notPrincipal)
            continue;
        QList<QPair<QString, EntityKind>> named;
        if (statement.principal->anyone)
            named.append({QStringLiteral("*"), EntityKind::User});
        for (const QString& aws : statement.principal->aws) {
            const auto arn = Arn::parse(aws);
            const QString account = arn ? arn->account() : aws;
            // Principals of accounts in the directory are evaluated one by one.
            if (aws != QLatin1String("*") && directoryAccounts.contains(account))
                continue;
            named.append({aws, arn && arn->resourceType() == QLatin1String("role")
                                   ? EntityKind::Role
                                   : EntityKind::User});
        }
        for (const QString& other : statement.principal->service + statement.principal->federated)
            named.append({other, EntityKind::Role});
        AccessDecision decision;
        decision.allows.append({QString(), PolicyType::Trust, 0, statement.sid, i});
        for (const auto& [arn, kind] : named) {
            AssumeGrant grant;
            grant.principalArn = arn;
            grant.kind = kind;
            grant.outsideDirectory = true;
            grant.identityAllows = false;
            describeTrust(trust, decision, grant);
            grants.append(grant);
        }
    }
    return grants;
}

QList<ReachedRole> AuditQueries::reach(const QString& principalArn) const
{
    const Directory& directory = *d->directory;
    // From one principal: the roles matter, the other users do not.
    AccessEvaluator evaluator(directory, d->mode, DirectorySnapshot::Contents::RolesAndPolicies,
                              d->policies);
    const Private::Primed primed = d->prime(evaluator);
    const auto start = evaluator.principal(principalArn);
    if (!start)
        return {};
    const QList<Role>& roles = evaluator.roles();
    QList<ReachedRole> reached;
    QSet<QString> seen{start->arn};
    struct Step
    {
        AuditPrincipal principal;
        QStringList path;
        bool conditional;
    };
    QQueue<Step> queue;
    queue.enqueue({*start, {start->arn}, false});
    // Breadth first: each role once, by its shortest chain; cycles end at a role seen before.
    while (!queue.isEmpty()) {
        const Step step = queue.dequeue();
        for (const int r : evaluator.candidateRoles(step.principal)) {
            const Role& role = roles.at(r);
            const QString arn = role.arn().toString();
            if (seen.contains(arn) || !evaluator.mayAssume(step.principal, role))
                continue;
            const AccessDecision decision = evaluator.decideAssume(step.principal, role);
            if (!decision.allowed())
                continue;
            seen.insert(arn);
            ReachedRole found;
            found.roleArn = arn;
            found.path = step.path + QStringList{arn};
            found.hops = int(found.path.size()) - 1;
            found.chained = found.hops > 1;
            found.conditional = step.conditional || decision.conditional();
            reached.append(found);
            queue.enqueue({evaluator.principalFor(role), found.path, found.conditional});
        }
    }
    d->keep(evaluator, primed);
    return reached;
}
