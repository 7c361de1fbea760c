#include "directory/entitytables.h"

#include "crypto/random.h"
#include "directory/accountstore.h"
#include "directory/directory.h"
#include "directory/directorycontext.h"
#include "directory/directoryerrors.h"
#include "directory/directoryrows.h"
#include "iam/namerules.h"
#include "iam/quotas.h"

#include <QSet>
#include <QSqlQuery>

using DirectoryErrors::quotaExceeded;
using DirectoryRows::idArray;
using DirectoryRows::nameKey;
using DirectoryRows::toMs;

namespace {

IamError deleteConflict(const QString& what)
{
    return IamError::deleteConflict(
        QStringLiteral("Cannot delete entity, must %1 first.").arg(what));
}

} // namespace

const EntityTables::KindInfo* EntityTables::kindInfo(EntityKind kind)
{
    static const KindInfo user{EntityKind::User,
                               QStringLiteral("user"),
                               QStringLiteral("User"),
                               QStringLiteral("users"),
                               QStringLiteral("user_inline_policies"),
                               QStringLiteral("user_policy_attachments"),
                               QStringLiteral("user_tags"),
                               Quotas::InlinePolicySizePerUser,
                               true};
    static const KindInfo group{EntityKind::Group,
                                QStringLiteral("group"),
                                QStringLiteral("Group"),
                                QStringLiteral("groups"),
                                QStringLiteral("group_inline_policies"),
                                QStringLiteral("group_policy_attachments"),
                                QString(),
                                Quotas::InlinePolicySizePerGroup,
                                false};
    static const KindInfo role{EntityKind::Role,
                               QStringLiteral("role"),
                               QStringLiteral("Role"),
                               QStringLiteral("roles"),
                               QStringLiteral("role_inline_policies"),
                               QStringLiteral("role_policy_attachments"),
                               QStringLiteral("role_tags"),
                               Quotas::InlinePolicySizePerRole,
                               true};
    switch (kind) {
    case EntityKind::User:
        return &user;
    case EntityKind::Group:
        return &group;
    case EntityKind::Role:
        return &role;
    case EntityKind::Policy:
        break;
    }
    return nullptr;
}

EntityTables::Page EntityTables::accountPage(const QString& table, const QString& alias,
                                             const QString& accountId, int offset, int limit)
{
    if (offset <= 0 && limit < 0)
        return {QStringLiteral("WHERE %1.account_id = ? ORDER BY %1.name_key").arg(alias),
                {accountId}};
    return {QStringLiteral("WHERE %2.id IN (SELECT id FROM %1 WHERE account_id = ?"
                           " ORDER BY name_key LIMIT ? OFFSET ?) ORDER BY %2.name_key")
                .arg(table, alias),
            {accountId, limit < 0 ? DirectoryRows::noLimit : limit, qMax(0, offset)}};
}

IamError EntityTables::noSuchEntity(const KindInfo& info, const QString& name)
{
    return IamError::noSuchEntity(
        QStringLiteral("The %1 with name %2 cannot be found.").arg(info.label, name));
}

IamError EntityTables::unsupportedKind(EntityKind kind, const QString& operation)
{
    return IamError::invalidInput(
        QStringLiteral("%1 does not apply to a %2.").arg(operation, entityKindName(kind)));
}

Result<void> EntityTables::validateTags(const TagList& tags)
{
    if (tags.size() > Quotas::TagsPerEntity)
        return IamError::constraintViolation(
            QStringLiteral("%1 tags").arg(tags.size()), QStringLiteral("tags"),
            QStringLiteral("have length less than or equal to %1").arg(Quotas::TagsPerEntity));
    QSet<QString> keys;
    for (const Tag& tag : tags) {
        if (auto r = NameRules::validateTagKey(tag.key); !r)
            return r;
        if (auto r = NameRules::validateTagValue(tag.value); !r)
            return r;
        if (keys.contains(tag.key.toLower()))
            return IamError::invalidInput(
                       QStringLiteral("Duplicate tag keys found. Please note that Tag keys are "
                                      "case insensitive."))
                .withParameter(QStringLiteral("tags"));
        keys.insert(tag.key.toLower());
    }
    return {};
}

EntityTables::EntityTables(DirectoryContext& context, const AccountStore& accounts)
    : m_context(context)
    , m_accounts(accounts)
{}

void EntityTables::notifyChanged(EntityKind kind, const QString& accountId, const QString& name)
{
    m_context.notify([=](Directory* owner) { Q_EMIT owner->entityChanged(kind, accountId, name); });
}

// ---------------------------------------------------------------------------
// Lookups

Result<std::optional<EntityTables::Row>>
EntityTables::row(const KindInfo& info, const QString& accountId, const QString& name) const
{
    std::optional<Row> row;
    const auto r =
        m_context.sql().select(QStringLiteral("SELECT id, account_id, name, path FROM %1"
                                              " WHERE account_id = ? AND name_key = ?")
                                   .arg(info.table),
                               {accountId, nameKey(name)}, [&](const QSqlQuery& q) {
                                   row = Row{q.value(0).toLongLong(), q.value(1).toString(),
                                             q.value(2).toString(), q.value(3).toString()};
                               });
    if (!r)
        return r.error();
    return row;
}

Result<EntityTables::Row> EntityTables::require(const KindInfo& info, const QString& accountId,
                                                const QString& name) const
{
    const auto found = row(info, accountId, name);
    if (!found)
        return found.error();
    if (found->has_value())
        return **found;
    return noSuchEntity(info, name);
}

Result<EntityTables::Owner> EntityTables::requireOwner(EntityKind kind, const QString& accountId,
                                                       const QString& name,
                                                       const QString& operation) const
{
    const KindInfo* info = kindInfo(kind);
    if (!info)
        return unsupportedKind(kind, operation);
    auto entity = require(*info, accountId, name);
    if (!entity)
        return entity.error();
    return Owner{info, std::move(entity).value()};
}

Result<void> EntityTables::requireAccount(const QString& accountId) const
{
    return m_accounts.require(accountId);
}

Result<void> EntityTables::checkNew(const KindInfo& info, const QString& accountId,
                                    const QString& name, const QString& path,
                                    const TagList& tags) const
{
    if (auto r = requireAccount(accountId); !r)
        return r;
    const auto validName = info.kind == EntityKind::User    ? NameRules::validateUserName(name)
                           : info.kind == EntityKind::Group ? NameRules::validateGroupName(name)
                                                            : NameRules::validateRoleName(name);
    if (!validName)
        return validName;
    if (auto r = NameRules::validatePath(path); !r)
        return r;
    if (auto r = validateTags(tags); !r)
        return r;
    return requireNameFree(info, accountId, name);
}

Result<void> EntityTables::requireNameFree(const KindInfo& info, const QString& accountId,
                                           const QString& name, qint64 exceptId) const
{
    if (auto r = m_context.claimName(info.table, accountId, nameKey(name)); !r)
        return r;
    const auto existing = row(info, accountId, name);
    if (!existing)
        return existing.error();
    if (existing->has_value() && (*existing)->id != exceptId)
        return IamError::entityAlreadyExists(
            QStringLiteral("%1 with name %2 already exists.").arg(info.title, name));
    return {};
}

QString EntityTables::accountCountSql(EntityKind kind)
{
    QString table;
    switch (kind) {
    case EntityKind::User:
        table = QStringLiteral("users");
        break;
    case EntityKind::Group:
        table = QStringLiteral("groups");
        break;
    case EntityKind::Role:
        table = QStringLiteral("roles");
        break;
    case EntityKind::Policy:
        table = QStringLiteral("policies");
        break;
    }
    return QStringLiteral("SELECT count(*) FROM %1 WHERE account_id = ?").arg(table);
}

Result<int> EntityTables::count(EntityKind kind, const QString& accountId) const
{
    // A quota decision: the next one in the account waits for this transaction.
    if (auto r = m_context.claimQuota(QStringLiteral("entities-%1").arg(int(kind)), accountId); !r)
        return r.error();
    return m_context.count(accountCountSql(kind), {accountId});
}

int EntityTables::displayCount(EntityKind kind, const QString& accountId) const
{
    return m_context.displayCount(accountCountSql(kind), {accountId});
}

QHash<qint64, TagList> EntityTables::tagsOf(const QString& tagTable,
                                            const QList<qint64>& ownerIds) const
{
    QHash<qint64, TagList> tags;
    if (ownerIds.isEmpty())
        return tags;
    const auto r = m_context.sql().select(
        QStringLiteral("SELECT owner_id, key, value FROM %1"
                       " WHERE owner_id IN (SELECT value FROM json_each(?))"
                       " ORDER BY owner_id, position")
            .arg(tagTable),
        {idArray(ownerIds)}, [&](const QSqlQuery& q) {
            tags[q.value(0).toLongLong()].append({q.value(1).toString(), q.value(2).toString()});
        });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return tags;
}

QString EntityTables::uniqueIdFor(const QString& table, const QString& recorded, QStringView prefix,
                                  Provenance provenance) const
{
    if (provenance == Provenance::Imported && !recorded.isEmpty() &&
        m_context.sql()
                .scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE unique_id = ?").arg(table),
                        {recorded}, 1)
                .toInt() == 0)
        return recorded;
    return Random::uniqueId(prefix);
}

QDateTime EntityTables::createDateFor(const QDateTime& recorded, Provenance provenance) const
{
    if (provenance == Provenance::Imported && recorded.isValid())
        return recorded.toUTC();
    return m_context.now();
}

// ---------------------------------------------------------------------------
// Writers

Result<qint64> EntityTables::insert(const KindInfo& info, const QString& accountId,
                                    const QString& name, const QString& path,
                                    const QString& uniqueId, const QDateTime& created)
{
    return m_context.sql().insert(
        QStringLiteral("INSERT INTO %1(account_id, name, name_key, path, unique_id,"
                       " create_date) VALUES (?, ?, ?, ?, ?, ?)")
            .arg(info.table),
        {accountId, name, nameKey(name), path, uniqueId, toMs(created)});
}

Result<void> EntityTables::mergeTags(const KindInfo& info, qint64 ownerId, const TagList& tags)
{
    if (auto r = validateTags(tags); !r)
        return r;
    if (tags.isEmpty())
        return {};
    for (const Tag& tag : tags) {
        // An existing key, in any case, takes the new spelling and value.
        const auto r = m_context.sql().exec(
            QStringLiteral("INSERT INTO %1(owner_id, key, key_lower, value, position)"
                           " VALUES (?, ?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM %1"
                           " WHERE owner_id = ?))"
                           " ON CONFLICT (owner_id, key_lower)"
                           " DO UPDATE SET key = excluded.key, value = excluded.value")
                .arg(info.tagTable),
            {ownerId, tag.key, tag.key.toLower(), tag.value, ownerId});
        if (!r)
            return r.error();
    }
    const auto storedTags = m_context.count(
        QStringLiteral("SELECT count(*) FROM %1 WHERE owner_id = ?").arg(info.tagTable), {ownerId});
    if (!storedTags)
        return storedTags.error();
    if (*storedTags > Quotas::TagsPerEntity)
        return quotaExceeded(QStringLiteral("TagsPer") + info.title, Quotas::TagsPerEntity);
    return {};
}

Result<void> EntityTables::rename(const KindInfo& info, const QString& accountId,
                                  const QString& name, const QString& newName,
                                  const QString& newPath)
{
    const auto entity = require(info, accountId, name);
    if (!entity)
        return entity.error();
    const QString targetName = newName.isEmpty() ? entity->name : newName;
    const QString targetPath = newPath.isEmpty() ? entity->path : newPath;
    const bool isUser = info.kind == EntityKind::User;
    if (auto r = isUser ? NameRules::validateUserName(targetName)
                        : NameRules::validateGroupName(targetName);
        !r)
        return r;
    if (auto r = NameRules::validatePath(targetPath); !r)
        return r;
    if (auto r = requireNameFree(info, accountId, targetName, entity->id); !r)
        return r;
    const auto updated = m_context.sql().exec(
        QStringLiteral("UPDATE %1 SET name = ?, name_key = ?, path = ? WHERE id = ?")
            .arg(info.table),
        {targetName, nameKey(targetName), targetPath, entity->id});
    if (!updated)
        return updated.error();
    const EntityKind kind = info.kind;
    const QString oldName = entity->name;
    if (targetName != oldName)
        m_context.notify([=](Directory* owner) {
            Q_EMIT owner->entityRenamed(kind, accountId, oldName, targetName);
        });
    if (targetPath != entity->path)
        notifyChanged(kind, accountId, targetName);
    return {};
}

Result<void> EntityTables::refuseDeleteWhileInUse(const KindInfo& info, const Row& entity) const
{
    struct Dependent
    {
        QString sql;
        QString what;
    };
    QList<Dependent> dependents;
    if (info.kind == EntityKind::User)
        dependents = {
            {QStringLiteral("SELECT count(*) FROM login_profiles WHERE user_id = ?"),
             QStringLiteral("delete login profile")},
            {QStringLiteral("SELECT count(*) FROM access_keys WHERE user_id = ?"),
             QStringLiteral("delete access keys")},
            {QStringLiteral("SELECT count(*) FROM mfa_devices WHERE user_id = ?"),
             QStringLiteral("delete MFA device")},
        };
    if (info.kind == EntityKind::Group)
        dependents.append({QStringLiteral("SELECT count(*) FROM memberships WHERE group_id = ?"),
                           QStringLiteral("remove users from group")});
    dependents.append(
        {QStringLiteral("SELECT count(*) FROM %1 WHERE owner_id = ?").arg(info.inlineTable),
         QStringLiteral("delete policies")});
    dependents.append(
        {QStringLiteral("SELECT count(*) FROM %1 WHERE owner_id = ?").arg(info.attachmentTable),
         QStringLiteral("detach all policies")});
    if (info.kind == EntityKind::User)
        dependents.append({QStringLiteral("SELECT count(*) FROM memberships WHERE user_id = ?"),
                           QStringLiteral("remove user from all groups")});
    for (const Dependent& dependent : dependents) {
        const auto uses = m_context.count(dependent.sql, {entity.id});
        if (!uses)
            return uses.error();
        if (*uses > 0)
            return deleteConflict(dependent.what);
    }
    return {};
}

Result<void> EntityTables::remove(const KindInfo& info, const QString& accountId,
                                  const QString& name)
{
    const auto entity = require(info, accountId, name);
    if (!entity)
        return entity.error();
    if (auto r = refuseDeleteWhileInUse(info, *entity); !r)
        return r;
    if (auto r = m_context.sql().exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(info.table),
                                      {entity->id});
        !r)
        return r.error();
    const EntityKind kind = info.kind;
    const QString removed = entity->name;
    m_context.notify(
        [=](Directory* owner) { Q_EMIT owner->entityRemoved(kind, accountId, removed); });
    return {};
}

// ---------------------------------------------------------------------------
// Tags

Result<void> EntityTables::tag(EntityKind kind, const QString& accountId, const QString& name,
                               const TagList& tags)
{
    return m_context.transact([&]() -> Result<void> {
        const KindInfo* info = kindInfo(kind);
        if (!info || info->tagTable.isEmpty())
            return unsupportedKind(kind, QStringLiteral("Tagging"));
        const auto entity = require(*info, accountId, name);
        if (!entity)
            return entity.error();
        if (auto r = mergeTags(*info, entity->id, tags); !r)
            return r;
        notifyChanged(kind, accountId, entity->name);
        return {};
    });
}

Result<void> EntityTables::untag(EntityKind kind, const QString& accountId, const QString& name,
                                 const QStringList& keys)
{
    return m_context.transact([&]() -> Result<void> {
        const KindInfo* info = kindInfo(kind);
        if (!info || info->tagTable.isEmpty())
            return unsupportedKind(kind, QStringLiteral("Tagging"));
        const auto entity = require(*info, accountId, name);
        if (!entity)
            return entity.error();
        for (const QString& key : keys)
            if (auto r =
                    m_context.sql().exec(QStringLiteral("DELETE FROM %1 WHERE owner_id = ? AND "
                                                        "key_lower = ?")
                                             .arg(info->tagTable),
                                         {entity->id, key.toLower()});
                !r)
                return r.error();
        notifyChanged(kind, accountId, entity->name);
        return {};
    });
}

// ---------------------------------------------------------------------------
// Replacing an account

Result<void> EntityTables::clearAccount(const QString& accountId, const QStringList& keptRoles)
{
    return m_context.transact([&]() -> Result<void> {
        if (auto r = requireAccount(accountId); !r)
            return r;
        const auto holderName = m_context.sql().value(
            QStringLiteral("SELECT u.name FROM users u WHERE u.account_id = ? AND"
                           " (EXISTS (SELECT 1 FROM access_keys k WHERE k.user_id = u.id)"
                           " OR EXISTS (SELECT 1 FROM mfa_devices m WHERE m.user_id = u.id))"
                           " ORDER BY u.name_key LIMIT 1"),
            {accountId});
        if (!holderName)
            return holderName.error();
        const QString holder = holderName->toString();
        if (!holder.isEmpty())
            return IamError::deleteConflict(
                QStringLiteral("Cannot replace account %1: user %2 has access keys or MFA "
                               "devices; delete them first.")
                    .arg(accountId, holder));
        // Entities before policies: attachments and boundaries hold on to policies.
        QVariantList kept{accountId};
        QStringList placeholders;
        for (const QString& name : keptRoles) {
            kept << name.toLower();
            placeholders << QStringLiteral("?");
        }
        const QString keptClause =
            keptRoles.isEmpty()
                ? QString()
                : QStringLiteral(" AND name_key NOT IN (%1)").arg(placeholders.join(u','));
        for (const QString& table : {QStringLiteral("users"), QStringLiteral("roles"),
                                     QStringLiteral("groups"), QStringLiteral("policies")}) {
            const bool roles = table == QLatin1String("roles");
            if (auto r =
                    m_context.sql().exec(QStringLiteral("DELETE FROM %1 WHERE account_id = ?%2")
                                             .arg(table, roles ? keptClause : QString()),
                                         roles ? kept : QVariantList{accountId});
                !r)
                return r.error();
        }
        m_context.notify([](Directory* owner) { Q_EMIT owner->directoryReset(); });
        return {};
    });
}
