#include "directory/directorysnapshot.h"

#include "directory/directory.h"
#include "iam/arn.h"

#include <QSqlQuery>

#include <algorithm>

namespace {

struct KindTables
{
    EntityKind kind;
    QString entities;
    QString attachments;
    QString inlinePolicies;
};

const KindTables kindTables[] = {
    {EntityKind::User, QStringLiteral("users"), QStringLiteral("user_policy_attachments"),
     QStringLiteral("user_inline_policies")},
    {EntityKind::Group, QStringLiteral("groups"), QStringLiteral("group_policy_attachments"),
     QStringLiteral("group_inline_policies")},
    {EntityKind::Role, QStringLiteral("roles"), QStringLiteral("role_policy_attachments"),
     QStringLiteral("role_inline_policies")},
};

// Rows come account by account: their entities share one string per account.
class SharedAccountId
{
public:
    const QString& operator()(const QString& id)
    {
        if (id != m_last)
            m_last = id;
        return m_last;
    }

private:
    QString m_last;
};

// Ids this much sparser than the rows they index go to a hash instead of a table.
constexpr qint64 denseSlack = 4;

} // namespace

void DirectorySnapshot::RowIndex::build(const QList<qint64>& ids)
{
    if (ids.isEmpty())
        return;
    const auto [low, high] = std::minmax_element(ids.cbegin(), ids.cend());
    const qint64 span = *high - *low + 1;
    if (span > denseSlack * ids.size() + 1024) {
        m_sparse.reserve(ids.size());
        for (int i = 0; i < ids.size(); ++i)
            m_sparse.insert(ids.at(i), i);
        return;
    }
    m_first = *low;
    m_dense.fill(-1, span);
    for (int i = 0; i < ids.size(); ++i)
        m_dense[ids.at(i) - m_first] = i;
}

int DirectorySnapshot::RowIndex::value(qint64 id) const
{
    if (!m_dense.isEmpty()) {
        const qint64 slot = id - m_first;
        return slot >= 0 && slot < m_dense.size() ? m_dense.at(slot) : -1;
    }
    return m_sparse.value(id, -1);
}

qint64 DirectorySnapshot::ownerKey(EntityKind kind, int index)
{
    return (qint64(kind) << 32) | qint64(index);
}

QString DirectorySnapshot::key(const QString& accountId, const QString& name)
{
    // Names are unique per account ignoring case, as the store keys them.
    return accountId + QLatin1Char(':') + name.toLower();
}

Result<DirectorySnapshot> DirectorySnapshot::load(const Directory& directory, Contents contents)
{
    DirectorySnapshot snapshot;
    snapshot.m_hasUsers = contents == Contents::Everything;
    if (auto r = snapshot.loadEntities(directory); !r)
        return r.error();
    if (snapshot.m_hasUsers)
        if (auto r = snapshot.loadUsers(directory); !r)
            return r.error();
    if (auto r = snapshot.loadPolicies(directory); !r)
        return r.error();
    snapshot.resolveBoundaries();
    // What each member inherits, named once here rather than for every member.
    if (snapshot.m_hasUsers) {
        snapshot.m_inheritedFromGroup.reserve(snapshot.m_groups.size());
        for (int g = 0; g < snapshot.m_groups.size(); ++g)
            snapshot.m_inheritedFromGroup.append(
                snapshot.ownPolicies(EntityKind::Group, g, snapshot.m_groups.at(g).name));
    }
    return snapshot;
}

Result<void> DirectorySnapshot::loadEntities(const Directory& directory)
{
    m_accounts = directory.accounts();
    for (const Account& account : std::as_const(m_accounts)) {
        m_organizationIds.insert(account.id, directory.organizationIdOf(account.id));
        m_serviceControlLevels.insert(
            account.id, PolicySet::controlPolicyLevels(directory, account.id,
                                                       OrganizationPolicy::Type::ServiceControl));
    }
    // Only the columns an audit reads, every account in one pass over the (account, name) index.
    QList<qint64> ids;
    SharedAccountId sharedAccountId;
    auto r = directory.selectEach(
        QStringLiteral("SELECT g.id, g.account_id, g.name, g.path, g.unique_id FROM groups g"
                       " ORDER BY g.account_id, g.name_key"),
        [&](const QSqlQuery& q) {
            Group group;
            group.accountId = sharedAccountId(q.value(1).toString());
            group.name = q.value(2).toString();
            group.path = q.value(3).toString();
            group.groupId = q.value(4).toString();
            ids.append(q.value(0).toLongLong());
            m_groups.append(std::move(group));
        });
    if (!r)
        return r;
    m_groupById.build(ids);
    ids.clear();
    // Boundaries by id, resolved once the managed policies are read: no join per row.
    r = directory.selectEach(
        QStringLiteral("SELECT r.id, r.account_id, r.name, r.path, r.unique_id, r.trust_policy,"
                       " r.boundary_policy_id FROM roles r ORDER BY r.account_id, r.name_key"),
        [&](const QSqlQuery& q) {
            Role role;
            role.accountId = sharedAccountId(q.value(1).toString());
            role.name = q.value(2).toString();
            role.path = q.value(3).toString();
            role.roleId = q.value(4).toString();
            role.trustPolicy = q.value(5).toString();
            m_roleBoundaryIds.append(q.value(6).toLongLong());
            ids.append(q.value(0).toLongLong());
            m_roles.append(std::move(role));
        });
    if (!r)
        return r;
    m_roleById.build(ids);
    // Tags feed the request context (aws:PrincipalTag/...).
    r = directory.selectEach(
        QStringLiteral("SELECT owner_id, key, value FROM role_tags ORDER BY owner_id, position"),
        [this](const QSqlQuery& q) {
            if (const int role = m_roleById.value(q.value(0).toLongLong()); role >= 0)
                m_roles[role].tags.append({q.value(1).toString(), q.value(2).toString()});
        });
    if (!r)
        return r;
    for (int i = 0; i < m_groups.size(); ++i)
        m_groupByKey.insert(key(m_groups.at(i).accountId, m_groups.at(i).name), i);
    for (int i = 0; i < m_roles.size(); ++i)
        m_roleByKey.insert(key(m_roles.at(i).accountId, m_roles.at(i).name), i);
    return {};
}

Result<void> DirectorySnapshot::loadUsers(const Directory& directory)
{
    QList<qint64> ids;
    SharedAccountId sharedAccountId;
    auto r = directory.selectEach(
        QStringLiteral("SELECT u.id, u.account_id, u.name, u.path, u.unique_id,"
                       " u.boundary_policy_id FROM users u ORDER BY u.account_id, u.name_key"),
        [&](const QSqlQuery& q) {
            User user;
            user.accountId = sharedAccountId(q.value(1).toString());
            user.name = q.value(2).toString();
            user.path = q.value(3).toString();
            user.userId = q.value(4).toString();
            m_userBoundaryIds.append(q.value(5).toLongLong());
            ids.append(q.value(0).toLongLong());
            m_users.append(std::move(user));
        });
    if (!r)
        return r;
    m_userById.build(ids);
    r = directory.selectEach(
        QStringLiteral("SELECT owner_id, key, value FROM user_tags ORDER BY owner_id, position"),
        [this](const QSqlQuery& q) {
            if (const int user = m_userById.value(q.value(0).toLongLong()); user >= 0)
                m_users[user].tags.append({q.value(1).toString(), q.value(2).toString()});
        });
    if (!r)
        return r;
    m_userByKey.reserve(m_users.size());
    for (int i = 0; i < m_users.size(); ++i)
        m_userByKey.insert(key(m_users.at(i).accountId, m_users.at(i).name), i);
    return loadMemberships(directory);
}

Result<void> DirectorySnapshot::loadPolicies(const Directory& directory)
{
    // Only the managed policies something uses: attached, or set as a boundary.
    auto r = directory.selectEach(
        QStringLiteral(
            "SELECT p.id, p.arn, p.name, p.account_id, v.version, v.document FROM policies p"
            " JOIN policy_versions v ON v.policy_id = p.id AND v.is_default = 1"
            " WHERE p.id IN (SELECT policy_id FROM user_policy_attachments"
            " UNION SELECT policy_id FROM group_policy_attachments"
            " UNION SELECT policy_id FROM role_policy_attachments"
            " UNION SELECT boundary_policy_id FROM users"
            " UNION SELECT boundary_policy_id FROM roles)"),
        [this](const QSqlQuery& q) {
            const qint64 id = q.value(0).toLongLong();
            m_managed.insert(id, {q.value(1).toString(), q.value(2).toString(),
                                  QStringLiteral("v%1").arg(q.value(4).toLongLong()),
                                  q.value(5).toString(),
                                  q.value(3).toString() == QLatin1String("aws")});
            m_managedByArn.insert(q.value(1).toString(), id);
        });
    if (!r)
        return r;
    for (const KindTables& tables : kindTables) {
        const RowIndex& byId = tables.kind == EntityKind::User    ? m_userById
                               : tables.kind == EntityKind::Group ? m_groupById
                                                                  : m_roleById;
        auto owner = [&](const QSqlQuery& q) -> Owned* {
            const int index = byId.value(q.value(0).toLongLong());
            return index < 0 ? nullptr : &m_owned[ownerKey(tables.kind, index)];
        };
        r = directory.selectEach(QStringLiteral("SELECT x.owner_id, x.policy_id FROM %1 x"
                                                " JOIN %2 e ON e.id = x.owner_id"
                                                " JOIN policies p ON p.id = x.policy_id"
                                                " ORDER BY e.id, p.name_key, p.account_id")
                                     .arg(tables.attachments, tables.entities),
                                 [&](const QSqlQuery& q) {
                                     if (Owned* owned = owner(q))
                                         owned->attached.append(q.value(1).toLongLong());
                                 });
        if (!r)
            return r;
        r = directory.selectEach(
            QStringLiteral("SELECT i.owner_id, i.name, i.document FROM %1 i"
                           " JOIN %2 e ON e.id = i.owner_id"
                           " ORDER BY e.id, i.name_key")
                .arg(tables.inlinePolicies, tables.entities),
            [&](const QSqlQuery& q) {
                if (Owned* owned = owner(q))
                    owned->inlinePolicies.append({q.value(1).toString(), q.value(2).toString()});
            });
        if (!r)
            return r;
    }
    return {};
}

Result<void> DirectorySnapshot::loadMemberships(const Directory& directory)
{
    // Read as pairs first, so each list is allocated once at its size.
    QList<std::pair<int, int>> pairs; // user, group
    const auto r = directory.selectEach(
        QStringLiteral("SELECT user_id, group_id FROM memberships"), [&](const QSqlQuery& q) {
            const int user = m_userById.value(q.value(0).toLongLong());
            const int group = m_groupById.value(q.value(1).toLongLong());
            if (user >= 0 && group >= 0)
                pairs.append({user, group});
        });
    if (!r)
        return r;
    QList<int> groupCount(m_users.size(), 0);
    QList<int> memberCount(m_groups.size(), 0);
    for (const auto& [user, group] : std::as_const(pairs)) {
        ++groupCount[user];
        ++memberCount[group];
    }
    m_groupsOfUser.resize(m_users.size());
    m_membersOfGroup.resize(m_groups.size());
    for (int u = 0; u < m_users.size(); ++u)
        m_groupsOfUser[u].reserve(groupCount.at(u));
    for (int g = 0; g < m_groups.size(); ++g)
        m_membersOfGroup[g].reserve(memberCount.at(g));
    for (const auto& [user, group] : std::as_const(pairs)) {
        m_groupsOfUser[user].append(group);
        m_membersOfGroup[group].append(user);
    }
    // Indexes follow the account, then the name: sorting them sorts by name.
    for (QList<int>& groups : m_groupsOfUser)
        std::sort(groups.begin(), groups.end());
    for (QList<int>& members : m_membersOfGroup)
        std::sort(members.begin(), members.end());
    return {};
}

std::optional<int> DirectorySnapshot::userIndex(const QString& accountId, const QString& name) const
{
    const auto found = m_userByKey.constFind(key(accountId, name));
    return found == m_userByKey.cend() ? std::nullopt : std::optional<int>(*found);
}

std::optional<int> DirectorySnapshot::groupIndex(const QString& accountId,
                                                 const QString& name) const
{
    const auto found = m_groupByKey.constFind(key(accountId, name));
    return found == m_groupByKey.cend() ? std::nullopt : std::optional<int>(*found);
}

std::optional<int> DirectorySnapshot::roleIndex(const QString& accountId, const QString& name) const
{
    const auto found = m_roleByKey.constFind(key(accountId, name));
    return found == m_roleByKey.cend() ? std::nullopt : std::optional<int>(*found);
}

std::optional<std::pair<EntityKind, int>>
DirectorySnapshot::principalIndex(const QString& arn) const
{
    const auto parsed = Arn::parse(arn);
    if (!parsed || parsed->service() != QLatin1String("iam"))
        return std::nullopt;
    if (parsed->resourceType() == QLatin1String("user")) {
        if (const auto user = userIndex(parsed->account(), parsed->resourceName()))
            return std::pair{EntityKind::User, *user};
    } else if (parsed->resourceType() == QLatin1String("role")) {
        if (const auto role = roleIndex(parsed->account(), parsed->resourceName()))
            return std::pair{EntityKind::Role, *role};
    }
    return std::nullopt;
}

QList<PolicySet::Named> DirectorySnapshot::ownPolicies(EntityKind kind, int index,
                                                       const QString& viaGroup) const
{
    QString accountId;
    QString name;
    switch (kind) {
    case EntityKind::User:
        accountId = m_users.at(index).accountId;
        name = m_users.at(index).name;
        break;
    case EntityKind::Group:
        accountId = m_groups.at(index).accountId;
        name = m_groups.at(index).name;
        break;
    case EntityKind::Role:
        accountId = m_roles.at(index).accountId;
        name = m_roles.at(index).name;
        break;
    case EntityKind::Policy:
        return {};
    }
    QList<PolicySet::Named> out;
    const auto owned = m_owned.constFind(ownerKey(kind, index));
    if (owned == m_owned.cend())
        return out;
    // Named as PolicySet::forUser() names them, so either source gives the same answers.
    const QString label =
        viaGroup.isEmpty() ? QString() : QStringLiteral("group %1: ").arg(viaGroup);
    for (const qint64 id : owned->attached) {
        const auto policy = m_managed.constFind(id);
        if (policy == m_managed.cend())
            continue;
        out.append({label + policy->name, policy->arn + QLatin1Char('#') + policy->versionId,
                    policy->document, policy->name, viaGroup, false, policy->awsManaged});
    }
    const QString owner =
        entityKindName(kind) + QLatin1Char(':') + accountId + QLatin1Char(':') + name;
    for (const Inline& policy : owned->inlinePolicies)
        out.append({label + policy.name + QStringLiteral(" (inline)"),
                    owner + QLatin1Char('#') + policy.name, policy.document, policy.name, viaGroup,
                    true, false});
    return out;
}

void DirectorySnapshot::resolveBoundaries()
{
    for (int u = 0; u < m_userBoundaryIds.size(); ++u)
        if (const auto policy = m_managed.constFind(m_userBoundaryIds.at(u));
            policy != m_managed.cend())
            m_users[u].permissionsBoundaryArn = policy->arn;
    for (int r = 0; r < m_roleBoundaryIds.size(); ++r)
        if (const auto policy = m_managed.constFind(m_roleBoundaryIds.at(r));
            policy != m_managed.cend())
            m_roles[r].permissionsBoundaryArn = policy->arn;
    m_userBoundaryIds = {};
    m_roleBoundaryIds = {};
}

std::optional<PolicySet::Named> DirectorySnapshot::boundary(const QString& arn) const
{
    if (arn.isEmpty())
        return std::nullopt;
    const auto policy = m_managed.constFind(m_managedByArn.value(arn, -1));
    if (policy == m_managed.cend())
        return std::nullopt;
    return PolicySet::Named{policy->name + QStringLiteral(" (boundary)"),
                            policy->arn + QLatin1Char('#') + policy->versionId,
                            policy->document,
                            policy->name,
                            QString(),
                            false,
                            policy->awsManaged};
}

PolicySet DirectorySnapshot::policiesOfUser(int user) const
{
    PolicySet set;
    set.identityPolicies = ownPolicies(EntityKind::User, user);
    for (const int group : m_groupsOfUser.at(user))
        set.identityPolicies += m_inheritedFromGroup.at(group);
    set.permissionsBoundary = boundary(m_users.at(user).permissionsBoundaryArn);
    set.serviceControlPolicies = m_serviceControlLevels.value(m_users.at(user).accountId);
    return set;
}

PolicySet DirectorySnapshot::policiesOfGroup(int group) const
{
    PolicySet set;
    set.identityPolicies = ownPolicies(EntityKind::Group, group);
    return set;
}

PolicySet DirectorySnapshot::policiesOfRole(int role) const
{
    const Role& r = m_roles.at(role);
    PolicySet set;
    set.identityPolicies = ownPolicies(EntityKind::Role, role);
    set.permissionsBoundary = boundary(r.permissionsBoundaryArn);
    if (!PolicySet::isServiceLinkedRolePath(r.path))
        set.serviceControlPolicies = m_serviceControlLevels.value(r.accountId);
    return set;
}
