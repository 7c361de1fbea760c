#include "directory/policystore.h"

#include "directory/accountstore.h"
#include "directory/awsmanagedpolicies.h"
#include "directory/directorycontext.h"
#include "directory/directoryerrors.h"
#include "directory/directoryrows.h"
#include "directory/policydocumentuse.h"
#include "iam/arn.h"
#include "iam/namerules.h"
#include "iam/quotas.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

using DirectoryErrors::quotaExceeded;
using DirectoryRows::fromMs;
using DirectoryRows::nameKey;
using DirectoryRows::toMs;

namespace {

QString versionId(qint64 number)
{
    return QStringLiteral("v%1").arg(number);
}

std::optional<qint64> versionNumber(const QString& versionId)
{
    static const QRegularExpression re(QStringLiteral("^v([1-9][0-9]{0,8})$"));
    const auto match = re.match(versionId);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toLongLong();
}

// A recorded time when imported and there is one, else the fallback.
QDateTime recordedOr(const QDateTime& recorded, const QDateTime& fallback, Provenance provenance)
{
    return provenance == Provenance::Imported && recorded.isValid() ? recorded.toUTC() : fallback;
}

PolicyDocumentUse managedUse(Provenance provenance)
{
    return provenance == Provenance::Imported
               ? PolicyDocumentUse::withoutSizeQuota(PolicyDocumentUse::Kind::Managed)
               : PolicyDocumentUse::managed();
}

const QString policySelect = QStringLiteral(
    "SELECT p.id, p.arn, p.account_id, p.name, p.path, p.unique_id, p.description,"
    " p.create_date, p.update_date,"
    " (SELECT v.version FROM policy_versions v WHERE v.policy_id = p.id AND v.is_default = 1),"
    " (SELECT count(*) FROM user_policy_attachments a WHERE a.policy_id = p.id)"
    " + (SELECT count(*) FROM group_policy_attachments a WHERE a.policy_id = p.id)"
    " + (SELECT count(*) FROM role_policy_attachments a WHERE a.policy_id = p.id)"
    " FROM policies p ");

ManagedPolicy readPolicy(const QSqlQuery& q)
{
    ManagedPolicy p;
    p.arn = q.value(1).toString();
    p.accountId = q.value(2).toString();
    p.name = q.value(3).toString();
    p.path = q.value(4).toString();
    p.policyId = q.value(5).toString();
    p.description = q.value(6).toString();
    p.createDate = fromMs(q.value(7));
    p.updateDate = fromMs(q.value(8));
    p.defaultVersionId = versionId(q.value(9).toLongLong());
    p.attachmentCount = q.value(10).toInt();
    return p;
}

} // namespace

QString PolicyStore::awsAccount()
{
    return QStringLiteral("aws");
}

PolicyStore::PolicyStore(DirectoryContext& context, const AccountStore& accounts,
                         EntityTables& entities)
    : m_context(context)
    , m_accounts(accounts)
    , m_entities(entities)
{}

void PolicyStore::notifyChanged(EntityKind kind, const QString& accountId, const QString& name)
{
    m_context.notify([=](Directory* owner) { Q_EMIT owner->entityChanged(kind, accountId, name); });
}

// ---------------------------------------------------------------------------
// Lookups

Result<std::optional<PolicyStore::Row>> PolicyStore::row(const QString& arn) const
{
    std::optional<Row> row;
    const auto r = m_context.sql().select(
        QStringLiteral("SELECT id, arn, account_id, name FROM policies WHERE arn = ?"), {arn},
        [&](const QSqlQuery& q) {
            row = Row{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString()};
        });
    if (!r)
        return r.error();
    return row;
}

Result<PolicyStore::Row> PolicyStore::require(const QString& arn) const
{
    const auto found = row(arn);
    if (!found)
        return found.error();
    if (found->has_value())
        return **found;
    return IamError::noSuchPolicy(arn);
}

Result<PolicyStore::Row> PolicyStore::requireModifiable(const QString& arn) const
{
    auto found = require(arn);
    if (found && found->isAwsManaged())
        return IamError::unmodifiableEntity(
            QStringLiteral("Policy %1 is an AWS managed policy and cannot be modified.").arg(arn));
    return found;
}

Result<PolicyStore::Row> PolicyStore::requireAttachable(const QString& arn,
                                                        const QString& accountId) const
{
    auto found = require(arn);
    if (found && !found->isAwsManaged() && found->accountId != accountId)
        return IamError::noSuchPolicy(arn);
    return found;
}

Result<void> PolicyStore::checkVersionExists(const Row& policy, qint64 number) const
{
    const auto versions = m_context.count(
        QStringLiteral("SELECT count(*) FROM policy_versions WHERE policy_id = ? AND "
                       "version = ?"),
        {policy.id, number});
    if (!versions)
        return versions.error();
    if (*versions == 0)
        return IamError::noSuchEntity(
            QStringLiteral("Policy %1 version %2 does not exist or is not attachable.")
                .arg(policy.arn, versionId(number)));
    return {};
}

QList<ManagedPolicy> PolicyStore::select(const QString& tail, const QVariantList& binds) const
{
    return m_context.selectRows<ManagedPolicy>(policySelect + tail, binds, &readPolicy);
}

// ---------------------------------------------------------------------------
// Managed policies

Result<PolicyStore::Row> PolicyStore::insert(const ManagedPolicy& managed,
                                             const QList<PolicyVersion>& versions,
                                             Provenance provenance)
{
    if (auto r = NameRules::validatePolicyName(managed.name); !r)
        return r.error();
    if (auto r = NameRules::validatePath(managed.path); !r)
        return r.error();
    if (auto r = NameRules::validateDescription(managed.description); !r)
        return r.error();
    QSet<qint64> numbers;
    qint64 last = 0;
    int defaults = 0;
    for (const PolicyVersion& version : versions) {
        const auto number = versionNumber(version.versionId);
        if (!number)
            return IamError::constraintViolation(
                version.versionId, QStringLiteral("versionId"),
                QStringLiteral("satisfy regular expression pattern: v[1-9][0-9]*"));
        if (numbers.contains(*number))
            return IamError::invalidInput(
                QStringLiteral("Policy version %1 appears twice.").arg(version.versionId));
        numbers.insert(*number);
        last = qMax(last, *number);
        defaults += version.isDefault ? 1 : 0;
        if (auto r = managedUse(provenance).check(version.document); !r)
            return r.error();
    }
    if (defaults != 1)
        return IamError::invalidInput(
            QStringLiteral("A managed policy needs exactly one default version, not %1.")
                .arg(defaults));
    if (auto r = m_context.claimName(QStringLiteral("policies"), managed.accountId,
                                     nameKey(managed.name));
        !r)
        return r.error();
    const auto sameName = m_context.count(
        QStringLiteral("SELECT count(*) FROM policies WHERE account_id = ? AND name_key = ?"),
        {managed.accountId, nameKey(managed.name)});
    if (!sameName)
        return sameName.error();
    if (*sameName > 0)
        return IamError::entityAlreadyExists(
            QStringLiteral("A policy called %1 already exists. Duplicate names are not "
                           "allowed.")
                .arg(managed.name));
    const QString arn = Arn::policy(managed.accountId, managed.path, managed.name).toString();
    const QDateTime created = m_entities.createDateFor(managed.createDate, provenance);
    const QDateTime updated = recordedOr(managed.updateDate, created, provenance);
    const auto id = m_context.sql().insert(
        QStringLiteral("INSERT INTO policies(account_id, name, name_key, path, unique_id, arn,"
                       " description, create_date, update_date, last_version)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {managed.accountId, managed.name, nameKey(managed.name), managed.path,
         m_entities.uniqueIdFor(QStringLiteral("policies"), managed.policyId, u"ANPA", provenance),
         arn, managed.description, toMs(created), toMs(updated), last});
    if (!id)
        return id.error();
    for (const PolicyVersion& version : versions)
        if (auto r = m_context.sql().exec(
                QStringLiteral("INSERT INTO policy_versions(policy_id, version, document,"
                               " is_default, create_date) VALUES (?, ?, ?, ?, ?)"),
                {id.value(), *versionNumber(version.versionId), version.document, version.isDefault,
                 toMs(recordedOr(version.createDate, created, provenance))});
            !r)
            return r.error();
    return Row{id.value(), arn, managed.accountId, managed.name};
}

Result<ManagedPolicy> PolicyStore::create(const QString& accountId, const QString& name,
                                          const QString& document, const QString& path,
                                          const QString& description)
{
    const auto created = m_context.transact([&]() -> Result<Row> {
        if (accountId == awsAccount())
            return IamError::unmodifiableEntity(
                QStringLiteral("AWS managed policies cannot be created in this directory."));
        if (auto r = m_accounts.require(accountId); !r)
            return r.error();
        ManagedPolicy draft;
        draft.accountId = accountId;
        draft.name = name;
        draft.path = path;
        draft.description = description;
        auto row = insert(draft, {{versionId(1), document, true, {}}}, Provenance::Created);
        if (row)
            m_context.notify([=](Directory* owner) {
                Q_EMIT owner->entityAdded(EntityKind::Policy, accountId, name);
            });
        return row;
    });
    if (!created)
        return created.error();
    return *policy(created->arn);
}

Result<ManagedPolicy> PolicyStore::import(const ManagedPolicy& managed,
                                          const QList<PolicyVersion>& versions)
{
    const auto imported = m_context.transact([&]() -> Result<Row> {
        if (managed.accountId != awsAccount())
            if (auto r = m_accounts.require(managed.accountId); !r)
                return r.error();
        auto row = insert(managed, versions, Provenance::Imported);
        if (row)
            m_context.notify(
                [=, accountId = managed.accountId, name = managed.name](Directory* owner) {
                    Q_EMIT owner->entityAdded(EntityKind::Policy, accountId, name);
                });
        return row;
    });
    if (!imported)
        return imported.error();
    return *policy(imported->arn);
}

Result<void> PolicyStore::installAwsManaged()
{
    const auto definitions = AwsManagedPolicies::builtIn();
    if (!definitions)
        return definitions.error();
    return m_context.transaction(
        [&]() -> Result<void> {
            for (const auto& definition : definitions.value()) {
                const auto installed = row(definition.arn());
                if (!installed)
                    return installed.error();
                if (installed->has_value())
                    continue;
                ManagedPolicy draft;
                draft.accountId = awsAccount();
                draft.name = definition.name;
                draft.path = definition.path;
                draft.description = definition.description;
                const auto inserted = insert(draft, {{versionId(1), definition.document, true, {}}},
                                             Provenance::Created);
                // Another console opening the same new directory installed it first.
                if (!inserted && inserted.error().code() == QLatin1String("EntityAlreadyExists"))
                    continue;
                if (!inserted)
                    return IamError::serviceFailure(
                        QStringLiteral("Cannot install the AWS managed policy %1: %2")
                            .arg(definition.name, inserted.error().message()));
            }
            return {};
        },
        false);
}

std::optional<ManagedPolicy> PolicyStore::policy(const QString& policyArn) const
{
    const QList<ManagedPolicy> found = select(QStringLiteral("WHERE p.arn = ?"), {policyArn});
    return found.isEmpty() ? std::nullopt : std::optional<ManagedPolicy>(found.first());
}

QList<ManagedPolicy> PolicyStore::policies(const QString& accountId, int offset, int limit) const
{
    const EntityTables::Page page = EntityTables::accountPage(
        QStringLiteral("policies"), QStringLiteral("p"), accountId, offset, limit);
    return select(page.tail, page.binds);
}

int PolicyStore::count(const QString& accountId) const
{
    return m_entities.displayCount(EntityKind::Policy, accountId);
}

Result<void> PolicyStore::remove(const QString& policyArn)
{
    return m_context.transact([&]() -> Result<void> {
        const auto policy = requireModifiable(policyArn);
        if (!policy)
            return policy.error();
        const auto uses = m_context.count(
            QStringLiteral(
                "SELECT (SELECT count(*) FROM user_policy_attachments WHERE policy_id = ?)"
                " + (SELECT count(*) FROM group_policy_attachments WHERE policy_id = ?)"
                " + (SELECT count(*) FROM role_policy_attachments WHERE policy_id = ?)"
                " + (SELECT count(*) FROM users WHERE boundary_policy_id = ?)"
                " + (SELECT count(*) FROM roles WHERE boundary_policy_id = ?)"),
            {policy->id, policy->id, policy->id, policy->id, policy->id});
        if (!uses)
            return uses.error();
        if (*uses > 0)
            return IamError::deleteConflict(
                QStringLiteral("Cannot delete a policy attached to entities."));
        if (auto r = m_context.sql().exec(QStringLiteral("DELETE FROM policies WHERE id = ?"),
                                          {policy->id});
            !r)
            return r.error();
        m_context.notify([accountId = policy->accountId, name = policy->name](Directory* owner) {
            Q_EMIT owner->entityRemoved(EntityKind::Policy, accountId, name);
        });
        return {};
    });
}

// ---------------------------------------------------------------------------
// Versions

QList<PolicyVersion> PolicyStore::versions(const QString& policyArn) const
{
    QList<PolicyVersion> versions;
    const auto r = m_context.sql().select(
        QStringLiteral("SELECT v.version, v.document, v.is_default, v.create_date"
                       " FROM policy_versions v JOIN policies p ON p.id = v.policy_id"
                       " WHERE p.arn = ? ORDER BY v.version DESC"),
        {policyArn}, [&](const QSqlQuery& q) {
            versions.append({versionId(q.value(0).toLongLong()), q.value(1).toString(),
                             q.value(2).toBool(), fromMs(q.value(3))});
        });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return versions;
}

std::optional<PolicyVersion> PolicyStore::defaultVersion(const QString& policyArn) const
{
    for (const PolicyVersion& version : versions(policyArn))
        if (version.isDefault)
            return version;
    return std::nullopt;
}

Result<PolicyVersion> PolicyStore::createVersion(const QString& policyArn, const QString& document,
                                                 bool setAsDefault)
{
    const auto created = m_context.transact([&]() -> Result<qint64> {
        const auto policy = requireModifiable(policyArn);
        if (!policy)
            return policy.error();
        const auto versions = m_context.count(
            QStringLiteral("SELECT count(*) FROM policy_versions WHERE policy_id = ?"),
            {policy->id});
        if (!versions)
            return versions.error();
        if (*versions >= Quotas::VersionsPerManagedPolicy)
            return IamError::limitExceeded(
                QStringLiteral("A managed policy can have up to %1 versions. Before you create a "
                               "new version, you must delete an existing version.")
                    .arg(Quotas::VersionsPerManagedPolicy));
        if (auto r = PolicyDocumentUse::managed().check(document); !r)
            return r.error();
        const auto next = m_context.sql().value(
            QStringLiteral("SELECT last_version + 1 FROM policies WHERE id = ?"), {policy->id});
        if (!next)
            return next.error();
        const qint64 number = next->toLongLong();
        const qint64 now = m_context.nowMs();
        if (setAsDefault)
            if (auto r =
                    m_context.sql().exec(QStringLiteral("UPDATE policy_versions SET is_default = 0"
                                                        " WHERE policy_id = ? AND is_default = 1"),
                                         {policy->id});
                !r)
                return r.error();
        if (auto r = m_context.sql().exec(
                QStringLiteral("INSERT INTO policy_versions(policy_id, version, document,"
                               " is_default, create_date) VALUES (?, ?, ?, ?, ?)"),
                {policy->id, number, document, setAsDefault, now});
            !r)
            return r.error();
        if (auto r = m_context.sql().exec(QStringLiteral("UPDATE policies SET last_version = ?,"
                                                         " update_date = ? WHERE id = ?"),
                                          {number, now, policy->id});
            !r)
            return r.error();
        notifyChanged(EntityKind::Policy, policy->accountId, policy->name);
        return number;
    });
    if (!created)
        return created.error();
    for (const PolicyVersion& version : versions(policyArn))
        if (version.versionId == versionId(created.value()))
            return version;
    return IamError::serviceFailure(QStringLiteral("The new policy version vanished."));
}

Result<void> PolicyStore::setDefaultVersion(const QString& policyArn, const QString& versionId)
{
    return m_context.transact([&]() -> Result<void> {
        const auto policy = requireModifiable(policyArn);
        if (!policy)
            return policy.error();
        const auto number = versionNumber(versionId);
        if (!number)
            return IamError::constraintViolation(
                versionId, QStringLiteral("versionId"),
                QStringLiteral(
                    "satisfy regular expression pattern: v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?"));
        if (auto r = checkVersionExists(*policy, *number); !r)
            return r;
        if (auto r = m_context.sql().exec(QStringLiteral("UPDATE policy_versions SET is_default = 0"
                                                         " WHERE policy_id = ? AND is_default = 1"),
                                          {policy->id});
            !r)
            return r.error();
        if (auto r = m_context.sql().exec(QStringLiteral("UPDATE policy_versions SET is_default = 1"
                                                         " WHERE policy_id = ? AND version = ?"),
                                          {policy->id, *number});
            !r)
            return r.error();
        if (auto r = m_context.sql().exec(
                QStringLiteral("UPDATE policies SET update_date = ? WHERE id = ?"),
                {m_context.nowMs(), policy->id});
            !r)
            return r.error();
        notifyChanged(EntityKind::Policy, policy->accountId, policy->name);
        return {};
    });
}

Result<void> PolicyStore::deleteVersion(const QString& policyArn, const QString& versionId)
{
    return m_context.transact([&]() -> Result<void> {
        const auto policy = requireModifiable(policyArn);
        if (!policy)
            return policy.error();
        const auto number = versionNumber(versionId);
        if (!number)
            return IamError::noSuchEntity(
                QStringLiteral("Policy %1 version %2 does not exist or is not attachable.")
                    .arg(policyArn, versionId));
        if (auto r = checkVersionExists(*policy, *number); !r)
            return r;
        const auto defaults = m_context.count(
            QStringLiteral("SELECT count(*) FROM policy_versions"
                           " WHERE policy_id = ? AND version = ? AND is_default = 1"),
            {policy->id, *number});
        if (!defaults)
            return defaults.error();
        if (*defaults > 0)
            return IamError::deleteConflict(
                QStringLiteral("Cannot delete the default version of a policy."));
        if (auto r = m_context.sql().exec(
                QStringLiteral("DELETE FROM policy_versions WHERE policy_id = ? AND version = ?"),
                {policy->id, *number});
            !r)
            return r.error();
        notifyChanged(EntityKind::Policy, policy->accountId, policy->name);
        return {};
    });
}

// ---------------------------------------------------------------------------
// Attachments

Result<void> PolicyStore::attach(EntityKind kind, const QString& accountId, const QString& name,
                                 const QString& policyArn, Provenance provenance)
{
    return m_context.transact([&]() -> Result<void> {
        const auto owner =
            m_entities.requireOwner(kind, accountId, name, QStringLiteral("Attaching a policy"));
        if (!owner)
            return owner.error();
        const EntityTables::KindInfo* info = owner->info;
        const EntityTables::Row* entity = &owner->row;
        const auto policy = requireAttachable(policyArn, accountId);
        if (!policy)
            return policy.error();
        const QVariantList pair{entity->id, policy->id};
        const auto attached = m_context.count(
            QStringLiteral("SELECT count(*) FROM %1 WHERE owner_id = ? AND policy_id = ?")
                .arg(info->attachmentTable),
            pair);
        if (!attached)
            return attached.error();
        if (*attached > 0)
            return {}; // already attached: nothing changes, as with AWS
        if (provenance == Provenance::Created) {
            if (auto r = m_context.claimQuota(info->attachmentTable, QString::number(entity->id));
                !r)
                return r.error();
            const auto attachments =
                m_context.count(QStringLiteral("SELECT count(*) FROM %1 WHERE owner_id = ?")
                                    .arg(info->attachmentTable),
                                {entity->id});
            if (!attachments)
                return attachments.error();
            const QString quota = QStringLiteral("PoliciesPer") + info->title;
            const auto limit = kind == EntityKind::Group
                                   ? Result<int>(Quotas::ManagedPoliciesPerEntity)
                                   : m_accounts.accountQuota(accountId, quota);
            if (!limit)
                return limit.error();
            if (*attachments >= *limit)
                return quotaExceeded(quota, *limit);
        }
        if (auto r = m_context.sql().exec(
                QStringLiteral("INSERT INTO %1(owner_id, policy_id, attach_date) VALUES (?, ?, ?)")
                    .arg(info->attachmentTable),
                pair + QVariantList{m_context.nowMs()});
            !r)
            return r.error();
        m_context.notify([=, entityName = entity->name, arn = policy->arn](Directory* owner) {
            Q_EMIT owner->attachmentsChanged(arn, kind, accountId, entityName);
        });
        return {};
    });
}

Result<void> PolicyStore::detach(EntityKind kind, const QString& accountId, const QString& name,
                                 const QString& policyArn)
{
    return m_context.transact([&]() -> Result<void> {
        const auto owner =
            m_entities.requireOwner(kind, accountId, name, QStringLiteral("Detaching a policy"));
        if (!owner)
            return owner.error();
        const EntityTables::KindInfo* info = owner->info;
        const EntityTables::Row* entity = &owner->row;
        const auto policy = require(policyArn);
        if (!policy)
            return policy.error();
        const auto r = m_context.sql().exec(
            QStringLiteral("DELETE FROM %1 WHERE owner_id = ? AND policy_id = ?")
                .arg(info->attachmentTable),
            {entity->id, policy->id});
        if (!r)
            return r.error();
        if (r.value() == 0)
            return IamError::noSuchEntity(
                QStringLiteral("Policy %1 was not found.").arg(policyArn));
        m_context.notify([=, entityName = entity->name, arn = policy->arn](Directory* owner) {
            Q_EMIT owner->attachmentsChanged(arn, kind, accountId, entityName);
        });
        return {};
    });
}

QList<ManagedPolicy> PolicyStore::attached(EntityKind kind, const QString& accountId,
                                           const QString& name) const
{
    const EntityTables::KindInfo* info = EntityTables::kindInfo(kind);
    if (!info)
        return {};
    return select(QStringLiteral("JOIN %1 x ON x.policy_id = p.id"
                                 " JOIN %2 e ON e.id = x.owner_id"
                                 " WHERE e.account_id = ? AND e.name_key = ?"
                                 " ORDER BY p.name_key, p.account_id")
                      .arg(info->attachmentTable, info->table),
                  {accountId, nameKey(name)});
}

QList<Directory::EntityRef> PolicyStore::attachments(const QString& policyArn) const
{
    QList<Directory::EntityRef> refs;
    for (EntityKind kind : {EntityKind::User, EntityKind::Group, EntityKind::Role}) {
        const EntityTables::KindInfo& info = *EntityTables::kindInfo(kind);
        const auto r = m_context.sql().select(
            QStringLiteral("SELECT e.account_id, e.name FROM %1 x"
                           " JOIN %2 e ON e.id = x.owner_id"
                           " JOIN policies p ON p.id = x.policy_id"
                           " WHERE p.arn = ?"
                           " ORDER BY e.account_id, e.name_key")
                .arg(info.attachmentTable, info.table),
            {policyArn}, [&](const QSqlQuery& q) {
                refs.append({kind, q.value(0).toString(), q.value(1).toString()});
            });
        if (!r)
            qWarning("%s", qPrintable(r.error().message()));
    }
    return refs;
}

// ---------------------------------------------------------------------------
// Inline policies

Result<void> PolicyStore::putInline(EntityKind kind, const QString& accountId, const QString& name,
                                    const InlinePolicy& policy, Provenance provenance)
{
    return m_context.transact([&]() -> Result<void> {
        const auto owner =
            m_entities.requireOwner(kind, accountId, name, QStringLiteral("An inline policy"));
        if (!owner)
            return owner.error();
        const EntityTables::KindInfo* info = owner->info;
        const EntityTables::Row* entity = &owner->row;
        if (auto r = NameRules::validatePolicyName(policy.name); !r)
            return r;
        PolicyDocumentUse use =
            PolicyDocumentUse::withoutSizeQuota(PolicyDocumentUse::Kind::Inline);
        if (provenance == Provenance::Created) {
            // The entity's inline policies share one quota; the one replaced does not count.
            int usedByOthers = 0;
            const auto others = m_context.sql().select(
                QStringLiteral("SELECT document FROM %1 WHERE owner_id = ? AND name_key <> ?")
                    .arg(info->inlineTable),
                {entity->id, nameKey(policy.name)}, [&](const QSqlQuery& q) {
                    usedByOthers += PolicyDocumentUse::sizeWithoutWhitespace(q.value(0).toString());
                });
            if (!others)
                return others.error();
            use = PolicyDocumentUse::inlineFor(info->inlineSizeLimit, info->label, entity->name,
                                               usedByOthers);
        }
        if (auto r = use.check(policy.document); !r)
            return r;
        if (auto r = m_context.sql().exec(
                QStringLiteral(
                    "INSERT INTO %1(owner_id, name, name_key, document) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT (owner_id, name_key) DO UPDATE SET"
                    " name = excluded.name, document = excluded.document")
                    .arg(info->inlineTable),
                {entity->id, policy.name, nameKey(policy.name), policy.document});
            !r)
            return r.error();
        notifyChanged(kind, accountId, entity->name);
        return {};
    });
}

Result<void> PolicyStore::deleteInline(EntityKind kind, const QString& accountId,
                                       const QString& name, const QString& policyName)
{
    return m_context.transact([&]() -> Result<void> {
        const auto owner =
            m_entities.requireOwner(kind, accountId, name, QStringLiteral("An inline policy"));
        if (!owner)
            return owner.error();
        const EntityTables::KindInfo* info = owner->info;
        const EntityTables::Row* entity = &owner->row;
        const auto r = m_context.sql().exec(
            QStringLiteral("DELETE FROM %1 WHERE owner_id = ? AND name_key = ?")
                .arg(info->inlineTable),
            {entity->id, nameKey(policyName)});
        if (!r)
            return r.error();
        if (r.value() == 0)
            return IamError::noSuchEntity(
                QStringLiteral("The %1 policy with name %2 cannot be found.")
                    .arg(info->label, policyName));
        notifyChanged(kind, accountId, entity->name);
        return {};
    });
}

QList<InlinePolicy> PolicyStore::inlinePolicies(EntityKind kind, const QString& accountId,
                                                const QString& name) const
{
    const EntityTables::KindInfo* info = EntityTables::kindInfo(kind);
    if (!info)
        return {};
    QList<InlinePolicy> out;
    const auto r =
        m_context.sql().select(QStringLiteral("SELECT i.name, i.document FROM %1 i"
                                              " JOIN %2 e ON e.id = i.owner_id"
                                              " WHERE e.account_id = ? AND e.name_key = ?"
                                              " ORDER BY i.name_key")
                                   .arg(info->inlineTable, info->table),
                               {accountId, nameKey(name)}, [&](const QSqlQuery& q) {
                                   out.append({q.value(0).toString(), q.value(1).toString()});
                               });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return out;
}

// ---------------------------------------------------------------------------
// Permissions boundaries

Result<void> PolicyStore::setBoundary(const EntityTables::KindInfo& info,
                                      const EntityTables::Row& entity, const QString& arn)
{
    QVariant policyId; // NULL removes the boundary
    if (!arn.isEmpty()) {
        const auto policy = requireAttachable(arn, entity.accountId);
        if (!policy)
            return policy.error().withParameter(QStringLiteral("permissionsBoundary"));
        policyId = policy->id;
    }
    const auto r = m_context.sql().exec(
        QStringLiteral("UPDATE %1 SET boundary_policy_id = ? WHERE id = ?").arg(info.table),
        {policyId, entity.id});
    return r ? Result<void>() : Result<void>(r.error());
}

Result<void> PolicyStore::setPermissionsBoundary(EntityKind kind, const QString& accountId,
                                                 const QString& name, const QString& policyArn)
{
    return m_context.transact([&]() -> Result<void> {
        const EntityTables::KindInfo* info = EntityTables::kindInfo(kind);
        if (!info || !info->hasBoundary)
            return EntityTables::unsupportedKind(kind, QStringLiteral("A permissions boundary"));
        const auto entity = m_entities.require(*info, accountId, name);
        if (!entity)
            return entity.error();
        if (auto r = setBoundary(*info, *entity, policyArn); !r)
            return r;
        notifyChanged(kind, accountId, entity->name);
        return {};
    });
}
