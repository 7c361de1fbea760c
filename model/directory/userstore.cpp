#include "directory/userstore.h"

#include "directory/directory.h"
#include "directory/directorycontext.h"
#include "directory/directoryrows.h"
#include "directory/entitytables.h"
#include "directory/policystore.h"
#include "directory/temporarysessionstore.h"

#include <QSqlQuery>

using DirectoryRows::fromMs;
using DirectoryRows::nameKey;

namespace {

const QString userSelect =
    QStringLiteral("SELECT u.id, u.account_id, u.name, u.path, u.unique_id, u.create_date, b.arn,"
                   " lp.user_id IS NOT NULL, coalesce(lp.reset_required, 0)"
                   " FROM users u LEFT JOIN policies b ON b.id = u.boundary_policy_id"
                   " LEFT JOIN login_profiles lp ON lp.user_id = u.id ");

User readUser(const QSqlQuery& q)
{
    User u;
    u.accountId = q.value(1).toString();
    u.name = q.value(2).toString();
    u.path = q.value(3).toString();
    u.userId = q.value(4).toString();
    u.createDate = fromMs(q.value(5));
    u.permissionsBoundaryArn = q.value(6).toString();
    u.hasConsolePassword = q.value(7).toBool();
    u.passwordResetRequired = q.value(8).toBool();
    return u;
}

const EntityTables::KindInfo& userKind()
{
    return *EntityTables::kindInfo(EntityKind::User);
}

} // namespace

UserStore::UserStore(DirectoryContext& context, EntityTables& entities, PolicyStore& policies,
                     TemporarySessionStore& sessions)
    : m_context(context)
    , m_entities(entities)
    , m_policies(policies)
    , m_sessions(sessions)
{}

QList<User> UserStore::select(const QString& tail, const QVariantList& binds) const
{
    QList<qint64> ids;
    QList<User> users = m_context.selectRows<User>(userSelect + tail, binds, &readUser, &ids);
    const QHash<qint64, TagList> tags = m_entities.tagsOf(QStringLiteral("user_tags"), ids);
    for (qsizetype i = 0; i < users.size(); ++i)
        users[i].tags = tags.value(ids[i]);
    return users;
}

Result<User> UserStore::create(const User& user, Provenance provenance)
{
    const EntityTables::KindInfo& info = userKind();
    return m_context.transact([&]() -> Result<User> {
        if (auto r = m_entities.checkNew(info, user.accountId, user.name, user.path, user.tags); !r)
            return r.error();
        User stored = user;
        stored.userId = m_entities.uniqueIdFor(info.table, user.userId, u"AIDA", provenance);
        stored.createDate = m_entities.createDateFor(user.createDate, provenance);
        // A console password comes with a login profile of its own, never with the user.
        stored.hasConsolePassword = false;
        stored.passwordResetRequired = false;
        const auto id = m_entities.insert(info, user.accountId, user.name, user.path, stored.userId,
                                          stored.createDate);
        if (!id)
            return id.error();
        // New, and free of duplicate keys: the tags are stored as given.
        if (auto r = m_entities.mergeTags(info, id.value(), user.tags); !r)
            return r.error();
        if (!user.permissionsBoundaryArn.isEmpty())
            if (auto r =
                    m_policies.setBoundary(info, {id.value(), user.accountId, user.name, user.path},
                                           user.permissionsBoundaryArn);
                !r)
                return r.error();
        m_context.notify([accountId = user.accountId, name = user.name](Directory* owner) {
            Q_EMIT owner->entityAdded(EntityKind::User, accountId, name);
        });
        return stored;
    });
}

std::optional<User> UserStore::user(const QString& accountId, const QString& name) const
{
    const QList<User> found = select(QStringLiteral("WHERE u.account_id = ? AND u.name_key = ?"),
                                     {accountId, nameKey(name)});
    return found.isEmpty() ? std::nullopt : std::optional<User>(found.first());
}

std::optional<User> UserStore::userById(const QString& userId) const
{
    const QList<User> found = select(QStringLiteral("WHERE u.unique_id = ?"), {userId});
    return found.isEmpty() ? std::nullopt : std::optional<User>(found.first());
}

QList<User> UserStore::users(const QString& accountId, int offset, int limit) const
{
    const EntityTables::Page page = EntityTables::accountPage(
        QStringLiteral("users"), QStringLiteral("u"), accountId, offset, limit);
    return select(page.tail, page.binds);
}

int UserStore::count(const QString& accountId) const
{
    return m_entities.displayCount(EntityKind::User, accountId);
}

Result<User> UserStore::rename(const QString& accountId, const QString& name,
                               const QString& newName, const QString& newPath)
{
    const auto renamed = m_context.transact(
        [&] { return m_entities.rename(userKind(), accountId, name, newName, newPath); });
    if (!renamed)
        return renamed.error();
    return *user(accountId, newName.isEmpty() ? name : newName);
}

Result<void> UserStore::remove(const QString& accountId, const QString& name)
{
    return m_context.transact([&]() -> Result<void> {
        const auto doomed = user(accountId, name);
        if (auto r = m_entities.remove(userKind(), accountId, name); !r)
            return r;
        if (!doomed) // read failed though the row was there: fail closed
            return IamError::serviceFailure(
                QStringLiteral("Cannot read %1 before deleting it.").arg(name));
        // Its sessions die with it, so a user re-created under the name starts afresh.
        return m_sessions.endSessionsOfPrincipal(EntityKind::User, doomed->userId,
                                                 doomed->arn().toString());
    });
}
