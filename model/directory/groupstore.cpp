#include "directory/groupstore.h"

#include "directory/directory.h"
#include "directory/directorycontext.h"
#include "directory/directoryerrors.h"
#include "directory/directoryrows.h"
#include "directory/entitytables.h"
#include "directory/userstore.h"
#include "iam/quotas.h"

#include <QSqlQuery>

using DirectoryErrors::quotaExceeded;
using DirectoryRows::fromMs;
using DirectoryRows::nameKey;

namespace {

const QString groupSelect = QStringLiteral(
    "SELECT g.id, g.account_id, g.name, g.path, g.unique_id, g.create_date FROM groups g ");

Group readGroup(const QSqlQuery& q)
{
    Group g;
    g.accountId = q.value(1).toString();
    g.name = q.value(2).toString();
    g.path = q.value(3).toString();
    g.groupId = q.value(4).toString();
    g.createDate = fromMs(q.value(5));
    return g;
}

const EntityTables::KindInfo& groupKind()
{
    return *EntityTables::kindInfo(EntityKind::Group);
}

const EntityTables::KindInfo& userKind()
{
    return *EntityTables::kindInfo(EntityKind::User);
}

} // namespace

GroupStore::GroupStore(DirectoryContext& context, EntityTables& entities, const UserStore& users)
    : m_context(context)
    , m_entities(entities)
    , m_users(users)
{}

QList<Group> GroupStore::select(const QString& tail, const QVariantList& binds) const
{
    return m_context.selectRows<Group>(groupSelect + tail, binds, &readGroup);
}

Result<Group> GroupStore::create(const Group& group, Provenance provenance)
{
    const EntityTables::KindInfo& info = groupKind();
    return m_context.transact([&]() -> Result<Group> {
        if (auto r = m_entities.checkNew(info, group.accountId, group.name, group.path, {}); !r)
            return r.error();
        Group stored = group;
        stored.groupId = m_entities.uniqueIdFor(info.table, group.groupId, u"AGPA", provenance);
        stored.createDate = m_entities.createDateFor(group.createDate, provenance);
        if (auto id = m_entities.insert(info, group.accountId, group.name, group.path,
                                        stored.groupId, stored.createDate);
            !id)
            return id.error();
        m_context.notify([accountId = group.accountId, name = group.name](Directory* owner) {
            Q_EMIT owner->entityAdded(EntityKind::Group, accountId, name);
        });
        return stored;
    });
}

std::optional<Group> GroupStore::group(const QString& accountId, const QString& name) const
{
    const QList<Group> found = select(QStringLiteral("WHERE g.account_id = ? AND g.name_key = ?"),
                                      {accountId, nameKey(name)});
    return found.isEmpty() ? std::nullopt : std::optional<Group>(found.first());
}

QList<Group> GroupStore::groups(const QString& accountId, int offset, int limit) const
{
    const EntityTables::Page page = EntityTables::accountPage(
        QStringLiteral("groups"), QStringLiteral("g"), accountId, offset, limit);
    return select(page.tail, page.binds);
}

int GroupStore::count(const QString& accountId) const
{
    return m_entities.displayCount(EntityKind::Group, accountId);
}

Result<Group> GroupStore::rename(const QString& accountId, const QString& name,
                                 const QString& newName, const QString& newPath)
{
    const auto renamed = m_context.transact(
        [&] { return m_entities.rename(groupKind(), accountId, name, newName, newPath); });
    if (!renamed)
        return renamed.error();
    return *group(accountId, newName.isEmpty() ? name : newName);
}

Result<void> GroupStore::remove(const QString& accountId, const QString& name)
{
    return m_context.transact([&] { return m_entities.remove(groupKind(), accountId, name); });
}

// ---------------------------------------------------------------------------
// Memberships

Result<void> GroupStore::addMember(const QString& accountId, const QString& groupName,
                                   const QString& userName, Provenance provenance)
{
    return m_context.transact([&]() -> Result<void> {
        const auto group = m_entities.require(groupKind(), accountId, groupName);
        if (!group)
            return group.error();
        const auto user = m_entities.require(userKind(), accountId, userName);
        if (!user)
            return user.error();
        const QVariantList pair{group->id, user->id};
        if (auto r = m_context.claimQuota(QStringLiteral("memberships"), QString::number(user->id));
            !r)
            return r.error();
        // One statement: whether the user is already a member, and in how many groups.
        bool member = false;
        int groups = 0;
        const auto found = m_context.sql().select(
            QStringLiteral(
                "SELECT coalesce(sum(CASE WHEN group_id = ? THEN 1 ELSE 0 END), 0), count(*)"
                " FROM memberships"
                " WHERE user_id = ?"),
            pair, [&](const QSqlQuery& q) {
                member = q.value(0).toInt() > 0;
                groups = q.value(1).toInt();
            });
        if (!found)
            return found.error();
        if (member)
            return {}; // nothing changes, as with AWS
        if (provenance == Provenance::Created && groups >= Quotas::GroupsPerUser)
            return quotaExceeded(QStringLiteral("GroupsPerUser"), Quotas::GroupsPerUser);
        if (auto r = m_context.sql().exec(
                QStringLiteral("INSERT INTO memberships(group_id, user_id) VALUES (?, ?)"), pair);
            !r)
            return r.error();
        m_context.notify([accountId, g = group->name, u = user->name](Directory* owner) {
            Q_EMIT owner->membershipAdded(accountId, g, u);
        });
        return {};
    });
}

Result<void> GroupStore::removeMember(const QString& accountId, const QString& groupName,
                                      const QString& userName)
{
    return m_context.transact([&]() -> Result<void> {
        const auto group = m_entities.require(groupKind(), accountId, groupName);
        if (!group)
            return group.error();
        const auto user = m_entities.require(userKind(), accountId, userName);
        if (!user)
            return user.error();
        const auto r = m_context.sql().exec(
            QStringLiteral("DELETE FROM memberships WHERE group_id = ? AND user_id = ?"),
            {group->id, user->id});
        if (!r)
            return r.error();
        if (r.value() == 0)
            return IamError::noSuchEntity(QStringLiteral("The user with name %1 is not a member "
                                                         "of the group with name %2.")
                                              .arg(user->name, group->name));
        m_context.notify([accountId, g = group->name, u = user->name](Directory* owner) {
            Q_EMIT owner->membershipRemoved(accountId, g, u);
        });
        return {};
    });
}

QList<Group> GroupStore::groupsForUser(const QString& accountId, const QString& userName) const
{
    return select(
        QStringLiteral("JOIN memberships m ON m.group_id = g.id JOIN users u ON u.id = m.user_id"
                       " WHERE u.account_id = ? AND u.name_key = ? ORDER BY g.name_key"),
        {accountId, nameKey(userName)});
}

QList<User> GroupStore::usersInGroup(const QString& accountId, const QString& groupName) const
{
    return m_users.select(
        QStringLiteral("JOIN memberships m ON m.user_id = u.id JOIN groups g ON g.id = m.group_id"
                       " WHERE g.account_id = ? AND g.name_key = ? ORDER BY u.name_key"),
        {accountId, nameKey(groupName)});
}
