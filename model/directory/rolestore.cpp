#include "directory/rolestore.h"

#include "directory/directory.h"
#include "directory/directorycontext.h"
#include "directory/directoryrows.h"
#include "directory/entitytables.h"
#include "directory/policydocumentuse.h"
#include "directory/policystore.h"
#include "directory/temporarysessionstore.h"
#include "iam/arn.h"
#include "iam/namerules.h"

#include <QSqlQuery>

using DirectoryRows::fromMs;
using DirectoryRows::nameKey;
using DirectoryRows::toMs;

namespace {

const QString roleSelect = QStringLiteral(
    "SELECT r.id, r.account_id, r.name, r.path, r.unique_id, r.create_date, r.description,"
    " r.trust_policy, r.max_session_duration, b.arn"
    " FROM roles r LEFT JOIN policies b ON b.id = r.boundary_policy_id ");

Role readRole(const QSqlQuery& q)
{
    Role r;
    r.accountId = q.value(1).toString();
    r.name = q.value(2).toString();
    r.path = q.value(3).toString();
    r.roleId = q.value(4).toString();
    r.createDate = fromMs(q.value(5));
    r.description = q.value(6).toString();
    r.trustPolicy = q.value(7).toString();
    r.maxSessionDuration = q.value(8).toInt();
    r.permissionsBoundaryArn = q.value(9).toString();
    return r;
}

const EntityTables::KindInfo& roleKind()
{
    return *EntityTables::kindInfo(EntityKind::Role);
}

PolicyDocumentUse trustUse(Provenance provenance)
{
    return provenance == Provenance::Imported
               ? PolicyDocumentUse::withoutSizeQuota(PolicyDocumentUse::Kind::Trust)
               : PolicyDocumentUse::trust();
}

} // namespace

RoleStore::RoleStore(DirectoryContext& context, EntityTables& entities, PolicyStore& policies,
                     TemporarySessionStore& sessions)
    : m_context(context)
    , m_entities(entities)
    , m_policies(policies)
    , m_sessions(sessions)
{}

void RoleStore::notifyChanged(const QString& accountId, const QString& name)
{
    m_context.notify([accountId, name](Directory* owner) {
        Q_EMIT owner->entityChanged(EntityKind::Role, accountId, name);
    });
}

QList<Role> RoleStore::select(const QString& tail, const QVariantList& binds) const
{
    QList<qint64> ids;
    QList<Role> roles = m_context.selectRows<Role>(roleSelect + tail, binds, &readRole, &ids);
    const QHash<qint64, TagList> tags = m_entities.tagsOf(QStringLiteral("role_tags"), ids);
    for (qsizetype i = 0; i < roles.size(); ++i)
        roles[i].tags = tags.value(ids[i]);
    return roles;
}

Result<Role> RoleStore::create(const Role& role, Provenance provenance)
{
    const EntityTables::KindInfo& info = roleKind();
    return m_context.transact([&]() -> Result<Role> {
        Role created = role;
        if (created.path.isEmpty())
            created.path = QStringLiteral("/");
        if (auto r = m_entities.requireAccount(role.accountId); !r)
            return r.error();
        if (auto r = NameRules::validateRoleName(role.name); !r)
            return r.error();
        if (auto r = NameRules::validatePath(created.path); !r)
            return r.error();
        if (auto r = NameRules::validateDescription(role.description); !r)
            return r.error();
        if (auto r = NameRules::validateMaxSessionDuration(role.maxSessionDuration); !r)
            return r.error();
        if (auto r = EntityTables::validateTags(role.tags); !r)
            return r.error();
        if (auto r = trustUse(provenance).check(role.trustPolicy); !r)
            return r.error();
        if (auto r = m_entities.requireNameFree(info, role.accountId, role.name); !r)
            return r.error();
        created.roleId = m_entities.uniqueIdFor(info.table, role.roleId, u"AROA", provenance);
        created.createDate = m_entities.createDateFor(role.createDate, provenance);
        const auto id = m_context.sql().insert(
            QStringLiteral("INSERT INTO roles(account_id, name, name_key, path, unique_id,"
                           " create_date, description, trust_policy, max_session_duration)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {role.accountId, role.name, nameKey(role.name), created.path, created.roleId,
             toMs(created.createDate), role.description, role.trustPolicy,
             role.maxSessionDuration});
        if (!id)
            return id.error();
        if (auto r = m_entities.mergeTags(info, id.value(), role.tags); !r)
            return r.error();
        if (!role.permissionsBoundaryArn.isEmpty())
            if (auto r = m_policies.setBoundary(
                    info, {id.value(), role.accountId, role.name, created.path},
                    role.permissionsBoundaryArn);
                !r)
                return r.error();
        m_context.notify([accountId = role.accountId, name = role.name](Directory* owner) {
            Q_EMIT owner->entityAdded(EntityKind::Role, accountId, name);
        });
        return created;
    });
}

std::optional<Role> RoleStore::role(const QString& accountId, const QString& name) const
{
    const QList<Role> found = select(QStringLiteral("WHERE r.account_id = ? AND r.name_key = ?"),
                                     {accountId, nameKey(name)});
    return found.isEmpty() ? std::nullopt : std::optional<Role>(found.first());
}

std::optional<Role> RoleStore::roleByArn(const QString& arn) const
{
    const auto parsed = Arn::parse(arn);
    if (!parsed || parsed->service() != QLatin1String("iam") ||
        parsed->resourceType() != QLatin1String("role"))
        return std::nullopt;
    auto found = role(parsed->account(), parsed->resourceName());
    // The ARN names the path too: role/path/Name must be this role's.
    if (found && found->arn().resource().compare(parsed->resource(), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    return found;
}

QList<Role> RoleStore::roles(const QString& accountId, int offset, int limit) const
{
    const EntityTables::Page page = EntityTables::accountPage(
        QStringLiteral("roles"), QStringLiteral("r"), accountId, offset, limit);
    return select(page.tail, page.binds);
}

int RoleStore::count(const QString& accountId) const
{
    return m_entities.displayCount(EntityKind::Role, accountId);
}

Result<Role> RoleStore::update(const QString& accountId, const QString& name,
                               const QString& description, int maxSessionDuration)
{
    const auto updated = m_context.transact([&]() -> Result<void> {
        const auto role = m_entities.require(roleKind(), accountId, name);
        if (!role)
            return role.error();
        if (auto r = NameRules::validateDescription(description); !r)
            return r;
        if (auto r = NameRules::validateMaxSessionDuration(maxSessionDuration); !r)
            return r;
        if (auto r = m_context.sql().exec(QStringLiteral("UPDATE roles SET description = ?,"
                                                         " max_session_duration = ? WHERE id = ?"),
                                          {description, maxSessionDuration, role->id});
            !r)
            return r.error();
        notifyChanged(accountId, role->name);
        return {};
    });
    if (!updated)
        return updated.error();
    return *role(accountId, name);
}

Result<Role> RoleStore::updateTrustPolicy(const QString& accountId, const QString& name,
                                          const QString& trustPolicy)
{
    const auto updated = m_context.transact([&]() -> Result<void> {
        const auto role = m_entities.require(roleKind(), accountId, name);
        if (!role)
            return role.error();
        if (auto r = PolicyDocumentUse::trust().check(trustPolicy); !r)
            return r;
        if (auto r = m_context.sql().exec(
                QStringLiteral("UPDATE roles SET trust_policy = ? WHERE id = ?"),
                {trustPolicy, role->id});
            !r)
            return r.error();
        notifyChanged(accountId, role->name);
        return {};
    });
    if (!updated)
        return updated.error();
    return *role(accountId, name);
}

Result<void> RoleStore::remove(const QString& accountId, const QString& name)
{
    return m_context.transact([&]() -> Result<void> {
        const auto doomed = role(accountId, name);
        if (auto r = m_entities.remove(roleKind(), accountId, name); !r)
            return r;
        if (!doomed) // read failed though the row was there: fail closed
            return IamError::serviceFailure(
                QStringLiteral("Cannot read %1 before deleting it.").arg(name));
        return m_sessions.endSessionsOfPrincipal(EntityKind::Role, doomed->roleId,
                                                 doomed->arn().toString());
    });
}
