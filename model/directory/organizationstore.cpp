#include "directory/organizationstore.h"

#include "crypto/random.h"
#include "directory/accountstore.h"
#include "directory/directory.h"
#include "directory/directorycontext.h"
#include "directory/directoryrows.h"
#include "directory/organizationpolicyfields.h"
#include "iam/organizationids.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <utility>

namespace {

IamError organizationsError(const char* code, const QString& message)
{
    return IamError(QLatin1String(code), message, 400);
}

// Lower-case letters and digits, as AWS writes organization ids.
QString randomIdPart(int length)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    const QByteArray random = Random::bytes(length);
    QString out;
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(alphabet[quint8(random.at(i)) % 36]);
    return out;
}

constexpr int maxOuDepth = 5; // OUs nested under the root
constexpr int maxOrganizationalUnits = 1000;
constexpr int maxPoliciesPerType = 1000;
constexpr int maxPoliciesPerTarget = 5; // of one type

bool isAccountId(const QString& id)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{12}$"));
    return digits.match(id).hasMatch();
}

const char* typeColumn(OrganizationPolicy::Type type)
{
    return type == OrganizationPolicy::Type::ServiceControl ? "SERVICE_CONTROL_POLICY"
                                                            : "RESOURCE_CONTROL_POLICY";
}

// Resolves an id the API was given; nullopt when there is no such node.
Result<std::optional<OrganizationStore::Node>>
resolveNode(SqlConnection& sql, const QString& rootId, const QString& id, bool accountsToo)
{
    if (!rootId.isEmpty() && id == rootId)
        return std::optional<OrganizationStore::Node>(OrganizationStore::Node{});
    if (id.startsWith(QLatin1String("ou-"))) {
        const auto found = sql.value(
            QStringLiteral("SELECT count(*) FROM organizational_units WHERE id = ?"), {id}, 0);
        if (!found)
            return found.error();
        if (found->toInt() > 0)
            return std::optional<OrganizationStore::Node>(OrganizationStore::Node{id, {}});
        return std::optional<OrganizationStore::Node>();
    }
    if (accountsToo && isAccountId(id)) {
        const auto found =
            sql.value(QStringLiteral("SELECT count(*) FROM accounts WHERE id = ?"), {id}, 0);
        if (!found)
            return found.error();
        if (found->toInt() > 0)
            return std::optional<OrganizationStore::Node>(OrganizationStore::Node{{}, id});
    }
    return std::optional<OrganizationStore::Node>();
}

QVariant nullable(const QString& value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

// The attachment rows' columns for a node: "target_ou_id IS NOT DISTINCT FROM ? AND
// target_account_id IS NOT DISTINCT FROM ?".
QVariantList nodeBinds(const OrganizationStore::Node& node)
{
    return {nullable(node.ouId), nullable(node.accountId)};
}

} // namespace

OrganizationStore::OrganizationStore(DirectoryContext& context, const AccountStore& accounts)
    : m_context(context)
    , m_accounts(accounts)
{}

void OrganizationStore::notifyChanged()
{
    m_context.notify([](Directory* owner) { Q_EMIT owner->accountsChanged(); });
}

Result<void> OrganizationStore::attachDefaultPolicies(const Node& target)
{
    const auto r = m_context.sql().exec(
        QStringLiteral("INSERT INTO organization_policy_attachments(policy_id, target_ou_id,"
                       " target_account_id) SELECT id, ?, ? FROM organization_policies"
                       " WHERE id IN (?, ?)"),
        nodeBinds(target) + QVariantList{OrganizationPolicy::fullAwsAccessId(),
                                         OrganizationPolicy::rcpFullAwsAccessId()});
    return r ? Result<void>() : Result<void>(r.error());
}

QString OrganizationStore::organizationRootId() const
{
    const QString management = m_accounts.managementAccountId();
    return management.isEmpty() ? QString() : OrganizationIds::rootId(management);
}

QString OrganizationStore::freshOrganizationalUnitId() const
{
    const QString management = m_accounts.managementAccountId();
    if (management.isEmpty())
        return {};
    for (;;) {
        const QString id = QStringLiteral("ou-") + OrganizationIds::rootSuffix(management) +
                           QLatin1Char('-') + randomIdPart(8);
        if (!organizationalUnit(id))
            return id;
    }
}

Result<OrganizationalUnit> OrganizationStore::createOrganizationalUnit(const QString& parentId,
                                                                       const QString& name,
                                                                       const QString& ouId)
{
    const OrganizationalUnit unit{
        ouId.isEmpty() ? freshOrganizationalUnitId() : ouId, name, parentId, {}};
    return m_context.transact([&]() -> Result<OrganizationalUnit> {
        auto created = importOrganizationalUnit(unit);
        if (!created)
            return created.error();
        if (auto r = attachDefaultPolicies(Node{created->id, {}}); !r)
            return r.error();
        return created;
    });
}

Result<OrganizationalUnit>
OrganizationStore::importOrganizationalUnit(const OrganizationalUnit& unit)
{
    return m_context.transact([&]() -> Result<OrganizationalUnit> {
        const QString rootId = organizationRootId();
        if (rootId.isEmpty())
            return organizationsError("AWSOrganizationsNotInUseException",
                                      QStringLiteral("Your account is not a member of an "
                                                     "organization."));
        const QString name = unit.name;
        if (name.isEmpty() || name.size() > 128)
            return organizationsError(
                "InvalidInputException",
                QStringLiteral("The OU name must be 1 to 128 characters long."));
        static const QRegularExpression ouId(QStringLiteral("^ou-[0-9a-z]{4,32}-[0-9a-z]{8,32}$"));
        if (!ouId.match(unit.id).hasMatch())
            return organizationsError(
                "InvalidInputException",
                QStringLiteral("The OU id %1 is not valid: ou- followed by 4 to 32 lower-case "
                               "letters or digits, a dash and 8 to 32 more.")
                    .arg(unit.id));
        if (organizationalUnit(unit.id))
            return organizationsError(
                "DuplicateOrganizationalUnitException",
                QStringLiteral("An OU with the id %1 already exists.").arg(unit.id));
        const auto parent = resolveNode(m_context.sql(), rootId, unit.parentId, false);
        if (!parent)
            return parent.error();
        if (!parent.value())
            return organizationsError(
                "ParentNotFoundException",
                QStringLiteral("We can't find a root or OU with the ParentId %1.")
                    .arg(unit.parentId));
        if (targetPath(unit.parentId).size() > maxOuDepth)
            return organizationsError(
                "ConstraintViolationException",
                QStringLiteral("You can't create an OU deeper than %1 levels under the root "
                               "(OU_DEPTH_LIMIT_EXCEEDED).")
                    .arg(maxOuDepth));
        const auto total =
            m_context.count(QStringLiteral("SELECT count(*) FROM organizational_units"), {});
        if (!total)
            return total.error();
        if (*total >= maxOrganizationalUnits)
            return organizationsError(
                "ConstraintViolationException",
                QStringLiteral("The organization already has %1 OUs, the most it may have "
                               "(OU_NUMBER_LIMIT_EXCEEDED).")
                    .arg(maxOrganizationalUnits));
        const QString parentOu = parent.value()->ouId;
        const auto sameName =
            nameTaken(QStringLiteral("organizational_units"),
                      QStringLiteral("coalesce(parent_id, '')"), parentOu, name, unit.id);
        if (!sameName)
            return sameName.error();
        if (*sameName)
            return organizationsError(
                "DuplicateOrganizationalUnitException",
                QStringLiteral("An OU with the same name already exists under %1.")
                    .arg(unit.parentId));
        if (auto r =
                m_context.sql().exec(QStringLiteral("INSERT INTO organizational_units(id, name,"
                                                    " parent_id, create_date) VALUES (?, ?, ?, ?)"),
                                     {unit.id, name, nullable(parentOu), m_context.nowMs()});
            !r)
            return r.error();
        notifyChanged();
        return *organizationalUnit(unit.id);
    });
}

Result<OrganizationalUnit> OrganizationStore::renameOrganizationalUnit(const QString& ouId,
                                                                       const QString& name)
{
    return m_context.transact([&]() -> Result<OrganizationalUnit> {
        const auto unit = organizationalUnit(ouId);
        if (!unit)
            return organizationsError(
                "OrganizationalUnitNotFoundException",
                QStringLiteral("We can't find an OU with the OrganizationalUnitId %1.").arg(ouId));
        if (name.isEmpty() || name.size() > 128)
            return organizationsError(
                "InvalidInputException",
                QStringLiteral("The OU name must be 1 to 128 characters long."));
        const auto parent = organizationalUnit(unit->parentId);
        const auto sameName = nameTaken(QStringLiteral("organizational_units"),
                                        QStringLiteral("coalesce(parent_id, '')"),
                                        parent ? parent->id : QString(), name, ouId);
        if (!sameName)
            return sameName.error();
        if (*sameName)
            return organizationsError(
                "DuplicateOrganizationalUnitException",
                QStringLiteral("An OU with the same name already exists under %1.")
                    .arg(unit->parentId));
        if (auto r = m_context.sql().exec(
                QStringLiteral("UPDATE organizational_units SET name = ? WHERE id = ?"),
                {name, ouId});
            !r)
            return r.error();
        notifyChanged();
        return *organizationalUnit(ouId);
    });
}

Result<void> OrganizationStore::deleteOrganizationalUnit(const QString& ouId)
{
    return m_context.transact([&]() -> Result<void> {
        if (!organizationalUnit(ouId))
            return organizationsError(
                "OrganizationalUnitNotFoundException",
                QStringLiteral("We can't find an OU with the OrganizationalUnitId %1.").arg(ouId));
        const auto children = m_context.count(
            QStringLiteral("SELECT (SELECT count(*) FROM organizational_units WHERE parent_id = ?)"
                           " + (SELECT count(*) FROM account_parents WHERE ou_id = ?)"),
            {ouId, ouId});
        if (!children)
            return children.error();
        if (*children > 0)
            return organizationsError(
                "OrganizationalUnitNotEmptyException",
                QStringLiteral("The OU %1 still holds accounts or OUs; move or delete them "
                               "first.")
                    .arg(ouId));
        if (auto r = m_context.sql().exec(
                QStringLiteral("DELETE FROM organizational_units WHERE id = ?"), {ouId});
            !r)
            return r.error();
        notifyChanged();
        return {};
    });
}

std::optional<OrganizationalUnit> OrganizationStore::organizationalUnit(const QString& ouId) const
{
    const QList<OrganizationalUnit> found = organizationalUnits(
        QStringLiteral("WHERE id = ?"), {ouId}, m_accounts.managementAccountId());
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<OrganizationalUnit>
OrganizationStore::organizationalUnitsForParent(const QString& parentId) const
{
    const QString management = m_accounts.managementAccountId();
    if (!management.isEmpty() && parentId == OrganizationIds::rootId(management))
        return organizationalUnits(QStringLiteral("WHERE parent_id IS NULL"), {}, management);
    return organizationalUnits(QStringLiteral("WHERE parent_id = ?"), {parentId}, management);
}

QList<OrganizationalUnit> OrganizationStore::organizationalUnits() const
{
    return organizationalUnits({}, {}, m_accounts.managementAccountId());
}

QList<OrganizationalUnit> OrganizationStore::organizationalUnits(const QString& where,
                                                                 const QVariantList& binds,
                                                                 const QString& management) const
{
    QList<OrganizationalUnit> out;
    if (management.isEmpty())
        return out;
    const QString rootId = OrganizationIds::rootId(management);
    const auto r = m_context.sql().select(
        QStringLiteral("SELECT id, name, parent_id FROM organizational_units ") + where +
            QStringLiteral(" ORDER BY name, id"),
        binds, [&](const QSqlQuery& q) {
            const QString id = q.value(0).toString();
            const QString parent = q.value(2).toString();
            out.append({id, q.value(1).toString(), parent.isEmpty() ? rootId : parent,
                        OrganizationIds::organizationalUnitArn(management, id)});
        });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return out;
}

QStringList OrganizationStore::accountsForParent(const QString& parentId) const
{
    QStringList out;
    const QString rootId = organizationRootId();
    if (rootId.isEmpty())
        return out;
    const bool root = parentId == rootId;
    const auto r = m_context.sql().select(
        root ? QStringLiteral("SELECT a.id FROM accounts a LEFT JOIN account_parents p"
                              " ON p.account_id = a.id WHERE a.id <> 'aws' AND p.ou_id IS NULL"
                              " ORDER BY a.id")
             : QStringLiteral("SELECT account_id FROM account_parents WHERE ou_id = ?"
                              " ORDER BY account_id"),
        root ? QVariantList{} : QVariantList{parentId},
        [&](const QSqlQuery& q) { out.append(q.value(0).toString()); });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return out;
}

QString OrganizationStore::parentOf(const QString& accountId) const
{
    const QString rootId = organizationRootId();
    if (rootId.isEmpty() || !isAccountId(accountId) || !m_accounts.find(accountId))
        return {};
    const QString ou = m_context.sql()
                           .scalar(QStringLiteral("SELECT ou_id FROM account_parents"
                                                  " WHERE account_id = ?"),
                                   {accountId})
                           .toString();
    return ou.isEmpty() ? rootId : ou;
}

Result<void> OrganizationStore::moveAccount(const QString& accountId, const QString& sourceParentId,
                                            const QString& destinationParentId)
{
    return m_context.transact([&]() -> Result<void> {
        const QString rootId = organizationRootId();
        const QString parent = parentOf(accountId);
        if (parent.isEmpty())
            return organizationsError(
                "AccountNotFoundException",
                QStringLiteral("We can't find an account with the AccountId %1.").arg(accountId));
        const auto source = resolveNode(m_context.sql(), rootId, sourceParentId, false);
        if (!source)
            return source.error();
        if (!source.value())
            return organizationsError(
                "SourceParentNotFoundException",
                QStringLiteral("We can't find a root or OU with the SourceParentId %1.")
                    .arg(sourceParentId));
        const auto destination = resolveNode(m_context.sql(), rootId, destinationParentId, false);
        if (!destination)
            return destination.error();
        if (!destination.value())
            return organizationsError(
                "DestinationParentNotFoundException",
                QStringLiteral("We can't find a root or OU with the DestinationParentId %1.")
                    .arg(destinationParentId));
        if (parent != sourceParentId)
            return organizationsError(
                "AccountNotFoundException",
                QStringLiteral("The account %1 is not under %2; its parent is %3.")
                    .arg(accountId, sourceParentId, parent));
        if (sourceParentId == destinationParentId)
            return organizationsError("DuplicateAccountException",
                                      QStringLiteral("The account %1 is already under %2.")
                                          .arg(accountId, destinationParentId));
        const QString ou = destination.value()->ouId;
        const auto r = ou.isEmpty()
                           ? m_context.sql().exec(
                                 QStringLiteral("DELETE FROM account_parents WHERE account_id = ?"),
                                 {accountId})
                           : m_context.sql().exec(
                                 QStringLiteral("INSERT INTO account_parents(account_id, ou_id)"
                                                " VALUES (?, ?) ON CONFLICT (account_id)"
                                                " DO UPDATE SET ou_id = excluded.ou_id"),
                                 {accountId, ou});
        if (!r)
            return r.error();
        notifyChanged();
        return {};
    });
}

std::optional<OrganizationTarget>
OrganizationStore::organizationTarget(const QString& targetId) const
{
    const QString management = m_accounts.managementAccountId();
    if (management.isEmpty())
        return std::nullopt;
    if (targetId == OrganizationIds::rootId(management))
        return OrganizationTarget{targetId, OrganizationIds::rootArn(management),
                                  QStringLiteral("Root"), OrganizationTarget::Type::Root};
    if (const auto unit = organizationalUnit(targetId))
        return OrganizationTarget{unit->id, unit->arn, unit->name,
                                  OrganizationTarget::Type::OrganizationalUnit};
    if (!isAccountId(targetId))
        return std::nullopt;
    if (const auto account = m_accounts.memberAccount(targetId))
        return OrganizationTarget{targetId, OrganizationIds::accountArn(management, targetId),
                                  account->name, OrganizationTarget::Type::Account};
    return std::nullopt;
}

QList<OrganizationTarget> OrganizationStore::targetPath(const QString& targetId) const
{
    QList<OrganizationTarget> path;
    auto target = organizationTarget(targetId);
    if (!target)
        return path;
    // Walks up through the parents; the depth limit bounds it, a cycle cannot be stored.
    QString next = target->type == OrganizationTarget::Type::Account ? parentOf(targetId)
                   : target->type == OrganizationTarget::Type::OrganizationalUnit
                       ? organizationalUnit(targetId)->parentId
                       : QString();
    path.prepend(*target);
    for (int guard = 0; !next.isEmpty() && guard <= maxOuDepth + 1; ++guard) {
        const auto up = organizationTarget(next);
        if (!up)
            break;
        path.prepend(*up);
        next = up->type == OrganizationTarget::Type::OrganizationalUnit
                   ? organizationalUnit(up->id)->parentId
                   : QString();
    }
    return path;
}

QList<OrganizationPolicy> OrganizationStore::organizationPolicies(const QString& where,
                                                                  const QVariantList& binds,
                                                                  const QString& management) const
{
    QList<OrganizationPolicy> out;
    const auto r = m_context.sql().select(
        QStringLiteral("SELECT p.id, p.name, p.description, p.type, p.content, p.aws_managed"
                       " FROM organization_policies p ") +
            where + QStringLiteral(" ORDER BY p.aws_managed DESC, p.name, p.id"),
        binds, [&](const QSqlQuery& q) {
            OrganizationPolicy policy;
            policy.id = q.value(0).toString();
            policy.name = q.value(1).toString();
            policy.description = q.value(2).toString();
            policy.type = OrganizationPolicy::typeFromName(q.value(3).toString())
                              .value_or(OrganizationPolicy::Type::ServiceControl);
            policy.content = q.value(4).toString();
            policy.awsManaged = q.value(5).toBool();
            policy.arn = OrganizationIds::policyArn(management, policy.id, q.value(3).toString(),
                                                    policy.awsManaged);
            out.append(policy);
        });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return out;
}

QString OrganizationStore::freshOrganizationPolicyId() const
{
    for (;;) {
        const QString id = QStringLiteral("p-") + randomIdPart(8);
        if (!organizationPolicy(id))
            return id;
    }
}

Result<OrganizationPolicy>
OrganizationStore::createOrganizationPolicy(const QString& name, const QString& description,
                                            OrganizationPolicy::Type type, const QString& content,
                                            const QString& policyId)
{
    OrganizationPolicy policy;
    policy.id = policyId.isEmpty() ? freshOrganizationPolicyId() : policyId;
    policy.name = name;
    policy.description = description;
    policy.type = type;
    policy.content = content;
    return importOrganizationPolicy(policy);
}

Result<OrganizationPolicy>
OrganizationStore::importOrganizationPolicy(const OrganizationPolicy& policy)
{
    return m_context.transact([&]() -> Result<OrganizationPolicy> {
        if (m_accounts.managementAccountId().isEmpty())
            return organizationsError("AWSOrganizationsNotInUseException",
                                      QStringLiteral("Your account is not a member of an "
                                                     "organization."));
        static const QRegularExpression policyId(QStringLiteral("^p-[0-9a-zA-Z_]{8,128}$"));
        if (!policyId.match(policy.id).hasMatch())
            return organizationsError(
                "InvalidInputException",
                QStringLiteral("The policy id %1 is not valid: p- followed by 8 to 128 letters, "
                               "digits or underscores.")
                    .arg(policy.id));
        if (policy.awsManaged)
            return organizationsError(
                "ConstraintViolationException",
                QStringLiteral("AWS-managed policies exist in every organization; %1 cannot be "
                               "created.")
                    .arg(policy.name));
        if (auto r = OrganizationPolicyFields::validateName(policy.name); !r)
            return r.error();
        if (auto r = OrganizationPolicyFields::validateDescription(policy.description); !r)
            return r.error();
        if (auto r = OrganizationPolicyFields::validateContent(policy.type, policy.content); !r)
            return r.error();
        const QString type = QLatin1String(typeColumn(policy.type));
        const auto sameId = m_context.count(
            QStringLiteral("SELECT count(*) FROM organization_policies WHERE id = ?"), {policy.id});
        if (!sameId)
            return sameId.error();
        const auto sameName = nameTaken(QStringLiteral("organization_policies"),
                                        QStringLiteral("type"), type, policy.name, policy.id);
        if (!sameName)
            return sameName.error();
        if (*sameId > 0 || *sameName)
            return organizationsError(
                "DuplicatePolicyException",
                QStringLiteral("A policy with the same name already exists: %1.").arg(policy.name));
        const auto total = m_context.count(
            QStringLiteral("SELECT count(*) FROM organization_policies WHERE type = ?"), {type});
        if (!total)
            return total.error();
        if (*total >= maxPoliciesPerType)
            return organizationsError(
                "ConstraintViolationException",
                QStringLiteral("The organization already has %1 policies of type %2, the most it "
                               "may have (POLICY_NUMBER_LIMIT_EXCEEDED).")
                    .arg(maxPoliciesPerType)
                    .arg(type));
        if (auto r = m_context.sql().exec(
                QStringLiteral("INSERT INTO organization_policies(id, name, description, type,"
                               " content, aws_managed) VALUES (?, ?, ?, ?, ?, 0)"),
                {policy.id, policy.name, policy.description, type, policy.content});
            !r)
            return r.error();
        notifyChanged();
        return *organizationPolicy(policy.id);
    });
}

Result<OrganizationPolicy> OrganizationStore::updateOrganizationPolicy(const QString& policyId,
                                                                       const QString& name,
                                                                       const QString& description,
                                                                       const QString& content)
{
    return m_context.transact([&]() -> Result<OrganizationPolicy> {
        auto policy = requireOrganizationPolicy(policyId, true);
        if (!policy)
            return policy.error();
        OrganizationPolicy updated = policy.value();
        if (!name.isNull())
            updated.name = name;
        if (!description.isNull())
            updated.description = description;
        if (!content.isNull())
            updated.content = content;
        if (auto r = OrganizationPolicyFields::validateName(updated.name); !r)
            return r.error();
        if (auto r = OrganizationPolicyFields::validateDescription(updated.description); !r)
            return r.error();
        if (auto r = OrganizationPolicyFields::validateContent(updated.type, updated.content); !r)
            return r.error();
        const auto same =
            nameTaken(QStringLiteral("organization_policies"), QStringLiteral("type"),
                      QLatin1String(typeColumn(updated.type)), updated.name, policyId);
        if (!same)
            return same.error();
        if (*same)
            return organizationsError(
                "DuplicatePolicyException",
                QStringLiteral("A policy with the same name already exists: %1.")
                    .arg(updated.name));
        if (auto r = m_context.sql().exec(
                QStringLiteral("UPDATE organization_policies SET name = ?, description = ?,"
                               " content = ? WHERE id = ?"),
                {updated.name, updated.description, updated.content, policyId});
            !r)
            return r.error();
        notifyChanged();
        return *organizationPolicy(policyId);
    });
}

Result<OrganizationPolicy> OrganizationStore::requireOrganizationPolicy(const QString& policyId,
                                                                        bool modifiable) const
{
    const auto found = organizationPolicy(policyId);
    if (!found)
        return organizationsError(
            "PolicyNotFoundException",
            QStringLiteral("We can't find a policy with the PolicyId %1.").arg(policyId));
    if (modifiable && found->awsManaged)
        return organizationsError(
            "ConstraintViolationException",
            QStringLiteral("%1 is managed by AWS and cannot be changed or deleted.")
                .arg(found->name));
    return *found;
}

Result<void> OrganizationStore::deleteOrganizationPolicy(const QString& policyId)
{
    return m_context.transact([&]() -> Result<void> {
        if (auto r = requireOrganizationPolicy(policyId, true); !r)
            return r.error();
        const auto attached =
            m_context.count(QStringLiteral("SELECT count(*) FROM organization_policy_attachments"
                                           " WHERE policy_id = ?"),
                            {policyId});
        if (!attached)
            return attached.error();
        if (*attached > 0)
            return organizationsError(
                "PolicyInUseException",
                QStringLiteral("The policy %1 is attached to %2 target(s); detach it first.")
                    .arg(policyId)
                    .arg(*attached));
        if (auto r = m_context.sql().exec(
                QStringLiteral("DELETE FROM organization_policies WHERE id = ?"), {policyId});
            !r)
            return r.error();
        notifyChanged();
        return {};
    });
}

std::optional<OrganizationPolicy>
OrganizationStore::organizationPolicy(const QString& policyId) const
{
    const auto found = organizationPolicies(QStringLiteral("WHERE p.id = ?"), {policyId},
                                            m_accounts.managementAccountId());
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<OrganizationPolicy>
OrganizationStore::organizationPolicies(OrganizationPolicy::Type type) const
{
    return organizationPolicies(QStringLiteral("WHERE p.type = ?"),
                                {QLatin1String(typeColumn(type))},
                                m_accounts.managementAccountId());
}

Result<void> OrganizationStore::attachOrganizationPolicy(const QString& policyId,
                                                         const QString& targetId)
{
    return m_context.transact([&]() -> Result<void> {
        const auto policy = requireOrganizationPolicy(policyId, false);
        if (!policy)
            return policy.error();
        const auto target = requireTarget(targetId);
        if (!target)
            return target.error();
        const QVariantList binds = QVariantList{policyId} + nodeBinds(target.value());
        const auto same = attachmentCount(policyId, target.value());
        if (!same)
            return same.error();
        if (*same > 0)
            return organizationsError(
                "DuplicatePolicyAttachmentException",
                QStringLiteral("The policy %1 is already attached to %2.").arg(policyId, targetId));
        const auto ofType = attachedOfType(policy->type, target.value());
        if (!ofType)
            return ofType.error();
        if (*ofType >= maxPoliciesPerTarget)
            return organizationsError(
                "ConstraintViolationException",
                QStringLiteral("%1 already has %2 policies of type %3 attached, the most it may "
                               "have (MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED).")
                    .arg(targetId)
                    .arg(maxPoliciesPerTarget)
                    .arg(OrganizationPolicy::typeName(policy->type)));
        if (auto r = m_context.sql().exec(
                QStringLiteral("INSERT INTO organization_policy_attachments(policy_id,"
                               " target_ou_id, target_account_id) VALUES (?, ?, ?)"),
                binds);
            !r)
            return r.error();
        notifyChanged();
        return {};
    });
}

Result<void> OrganizationStore::detachOrganizationPolicy(const QString& policyId,
                                                         const QString& targetId)
{
    return m_context.transact([&]() -> Result<void> {
        const auto policy = requireOrganizationPolicy(policyId, false);
        if (!policy)
            return policy.error();
        const auto target = requireTarget(targetId);
        if (!target)
            return target.error();
        if (policyId == OrganizationPolicy::rcpFullAwsAccessId())
            return organizationsError(
                "ConstraintViolationException",
                QStringLiteral("RCPFullAWSAccess cannot be detached: it stays on every target "
                               "while resource control policies are enabled."));
        const QVariantList where = nodeBinds(target.value());
        const auto same = attachmentCount(policyId, target.value());
        if (!same)
            return same.error();
        if (*same == 0)
            return organizationsError(
                "PolicyNotAttachedException",
                QStringLiteral("The policy %1 is not attached to %2.").arg(policyId, targetId));
        const auto ofType = attachedOfType(policy->type, target.value());
        if (!ofType)
            return ofType.error();
        if (*ofType <= 1)
            return organizationsError(
                "ConstraintViolationException",
                QStringLiteral("%1 is the last policy of type %2 attached to %3; a target must "
                               "keep at least one. Attach another first "
                               "(MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED).")
                    .arg(policy->name, OrganizationPolicy::typeName(policy->type), targetId));
        if (auto r = m_context.sql().exec(
                QStringLiteral("DELETE FROM organization_policy_attachments"
                               " WHERE policy_id = ? AND target_ou_id IS NOT DISTINCT FROM ? AND "
                               "target_account_id IS NOT DISTINCT FROM ?"),
                QVariantList{policyId} + where);
            !r)
            return r.error();
        notifyChanged();
        return {};
    });
}

Result<int> OrganizationStore::attachmentCount(const QString& policyId, const Node& target) const
{
    return m_context.count(QStringLiteral("SELECT count(*) FROM organization_policy_attachments"
                                          " WHERE policy_id = ? AND target_ou_id IS NOT DISTINCT "
                                          "FROM ? AND target_account_id IS NOT DISTINCT FROM ?"),
                           QVariantList{policyId} + nodeBinds(target));
}

Result<int> OrganizationStore::attachedOfType(OrganizationPolicy::Type type,
                                              const Node& target) const
{
    return m_context.count(QStringLiteral("SELECT count(*) FROM organization_policy_attachments a"
                                          " JOIN organization_policies p ON p.id = a.policy_id"
                                          " WHERE p.type = ? AND a.target_ou_id IS NOT DISTINCT "
                                          "FROM ? AND a.target_account_id IS NOT DISTINCT FROM ?"),
                           QVariantList{QLatin1String(typeColumn(type))} + nodeBinds(target));
}

Result<OrganizationStore::Node> OrganizationStore::requireTarget(const QString& targetId) const
{
    const QString rootId = organizationRootId();
    if (rootId.isEmpty())
        return organizationsError("AWSOrganizationsNotInUseException",
                                  QStringLiteral("Your account is not a member of an "
                                                 "organization."));
    const auto node = resolveNode(m_context.sql(), rootId, targetId, true);
    if (!node)
        return node.error();
    if (!node.value() || node.value()->accountId == QLatin1String("aws"))
        return organizationsError(
            "TargetNotFoundException",
            QStringLiteral("We can't find a root, OU or account with the TargetId %1.")
                .arg(targetId));
    return *node.value();
}

QList<OrganizationPolicy> OrganizationStore::policiesForTarget(const QString& targetId,
                                                               OrganizationPolicy::Type type) const
{
    const auto node = resolveNode(m_context.sql(), organizationRootId(), targetId, true);
    if (!node || !node.value())
        return {};
    return organizationPolicies(
        QStringLiteral("JOIN organization_policy_attachments a ON a.policy_id = p.id"
                       " WHERE p.type = ? AND a.target_ou_id IS NOT DISTINCT FROM ? AND "
                       "a.target_account_id IS NOT DISTINCT FROM ?"),
        QVariantList{QLatin1String(typeColumn(type))} + nodeBinds(*node.value()),
        m_accounts.managementAccountId());
}

QList<OrganizationTarget> OrganizationStore::targetsForPolicy(const QString& policyId) const
{
    QList<OrganizationTarget> out;
    const QString rootId = organizationRootId();
    QStringList ids;
    const auto r = m_context.sql().select(
        QStringLiteral("SELECT coalesce(target_ou_id, target_account_id, '')"
                       " FROM organization_policy_attachments WHERE policy_id = ?"),
        {policyId}, [&](const QSqlQuery& q) { ids.append(q.value(0).toString()); });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    for (const QString& id : std::as_const(ids))
        if (const auto target = organizationTarget(id.isEmpty() ? rootId : id))
            out.append(*target);
    std::sort(out.begin(), out.end(), [](const OrganizationTarget& a, const OrganizationTarget& b) {
        return std::pair(int(a.type), a.id) < std::pair(int(b.type), b.id);
    });
    return out;
}

Result<bool> OrganizationStore::nameTaken(const QString& table, const QString& scopeColumn,
                                          const QString& scope, const QString& name,
                                          const QString& exceptId) const
{
    const QString key = DirectoryRows::nameKey(name);
    if (auto r = m_context.claimName(table, scope, key); !r)
        return r.error();
    // Compared here, not by the engines' lower(), which differ beyond ASCII.
    bool taken = false;
    const auto read = m_context.sql().select(
        QStringLiteral("SELECT name FROM %1 WHERE %2 = ? AND id <> ?").arg(table, scopeColumn),
        {scope, exceptId}, [&](const QSqlQuery& q) {
            taken = taken || DirectoryRows::nameKey(q.value(0).toString()) == key;
        });
    if (!read)
        return read.error();
    return taken;
}
