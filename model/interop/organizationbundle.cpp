#include "interop/organizationbundle.h"

#include "directory/directory.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

IamError badFile(const QString& file, const QString& field, const QString& problem)
{
    return IamError::invalidInput(
        QStringLiteral("%1: %2: %3").arg(QFileInfo(file).fileName(), field, problem));
}

// The part of "list-accounts-for-parent.ou-ab12-cd34ef56.json" after the command.
QString qualifierOf(const QString& file, const QString& command)
{
    const QString name = QFileInfo(file).fileName();
    const QString prefix = command + QLatin1Char('.');
    if (!name.startsWith(prefix) || !name.endsWith(QLatin1String(".json")))
        return {};
    return name.mid(prefix.size(), name.size() - prefix.size() - 5);
}

Result<QString> requiredString(const QString& file, const QJsonObject& object,
                               const QString& field, const QString& key)
{
    const QJsonValue value = object.value(key);
    if (!value.isString() || value.toString().isEmpty())
        return badFile(file, field + QLatin1Char('.') + key, QStringLiteral("a string is needed"));
    return value.toString();
}

Result<QJsonArray> requiredArray(const QString& file, const QJsonObject& top, const QString& key)
{
    if (!top.value(key).isArray())
        return badFile(file, key, QStringLiteral("a list is needed"));
    return top.value(key).toArray();
}

// The qualifier the file name must carry for this command.
Result<QString> requiredQualifier(const QString& file, const QString& command,
                                  const QString& what)
{
    const QString qualifier = qualifierOf(file, command);
    if (qualifier.isEmpty())
        return badFile(file, QStringLiteral("file name"),
                       QStringLiteral("name it %1.%2.json: the AWS CLI's output does not say "
                                      "which %3 it lists")
                           .arg(command, what.toUpper().replace(QLatin1Char(' '), QLatin1Char('-')),
                                what));
    return qualifier;
}

} // namespace

QString OrganizationBundle::fileName(const QString& command, const QString& qualifier)
{
    return qualifier.isEmpty() ? command + QStringLiteral(".json")
                               : command + QLatin1Char('.') + qualifier + QStringLiteral(".json");
}

Result<OrganizationBundle> OrganizationBundle::read(const QStringList& filePaths)
{
    OrganizationBundle bundle;
    for (const QString& path : filePaths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return IamError::invalidInput(
                QStringLiteral("%1: cannot be read: %2").arg(path, file.errorString()));
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !json.isObject())
            return badFile(path, QStringLiteral("(document)"),
                           QStringLiteral("not a JSON object (%1 at offset %2)")
                               .arg(parseError.errorString())
                               .arg(parseError.offset));
        const QJsonObject top = json.object();
        if (top.contains(QLatin1String("Roots"))) {
            const auto roots = requiredArray(path, top, QStringLiteral("Roots"));
            if (!roots)
                return roots.error();
            if (roots->size() != 1)
                return badFile(path, QStringLiteral("Roots"),
                               QStringLiteral("an organization has exactly one root"));
            const auto id = requiredString(path, roots->first().toObject(),
                                           QStringLiteral("Roots[0]"), QStringLiteral("Id"));
            if (!id)
                return id.error();
            bundle.rootId = id.value();
        } else if (top.contains(QLatin1String("OrganizationalUnits"))) {
            const auto parent =
                requiredQualifier(path, QStringLiteral("list-organizational-units-for-parent"),
                                  QStringLiteral("parent id"));
            if (!parent)
                return parent.error();
            const auto units = requiredArray(path, top, QStringLiteral("OrganizationalUnits"));
            if (!units)
                return units.error();
            QList<OrganizationalUnit>& list = bundle.unitsByParent[parent.value()];
            for (qsizetype i = 0; i < units->size(); ++i) {
                const QString field = QStringLiteral("OrganizationalUnits[%1]").arg(i);
                const QJsonObject unit = units->at(i).toObject();
                const auto id = requiredString(path, unit, field, QStringLiteral("Id"));
                if (!id)
                    return id.error();
                const auto name = requiredString(path, unit, field, QStringLiteral("Name"));
                if (!name)
                    return name.error();
                list.append({id.value(), name.value(), parent.value(), {}});
                bundle.m_sources.insert(QStringLiteral("ou:") + id.value(),
                                        path + QLatin1Char('\n') + field);
            }
        } else if (top.contains(QLatin1String("Accounts"))) {
            const auto parent = requiredQualifier(path, QStringLiteral("list-accounts-for-parent"),
                                                  QStringLiteral("parent id"));
            if (!parent)
                return parent.error();
            const auto accounts = requiredArray(path, top, QStringLiteral("Accounts"));
            if (!accounts)
                return accounts.error();
            QStringList& list = bundle.accountsByParent[parent.value()];
            for (qsizetype i = 0; i < accounts->size(); ++i) {
                const QString field = QStringLiteral("Accounts[%1]").arg(i);
                const auto id =
                    requiredString(path, accounts->at(i).toObject(), field, QStringLiteral("Id"));
                if (!id)
                    return id.error();
                list.append(id.value());
                bundle.m_sources.insert(QStringLiteral("account:") + id.value(),
                                        path + QLatin1Char('\n') + field);
            }
        } else if (top.contains(QLatin1String("Policy"))) {
            const QJsonObject policy = top.value(QLatin1String("Policy")).toObject();
            const QJsonObject summary = policy.value(QLatin1String("PolicySummary")).toObject();
            const QString field = QStringLiteral("Policy.PolicySummary");
            OrganizationPolicy read;
            for (const auto& [key, into] :
                 {std::pair{QStringLiteral("Id"), &read.id}, {QStringLiteral("Name"), &read.name}}) {
                const auto value = requiredString(path, summary, field, key);
                if (!value)
                    return value.error();
                *into = value.value();
            }
            const auto type = OrganizationPolicy::typeFromName(
                summary.value(QLatin1String("Type")).toString());
            if (!type)
                return badFile(path, field + QStringLiteral(".Type"),
                               QStringLiteral("SERVICE_CONTROL_POLICY or RESOURCE_CONTROL_POLICY "
                                              "is needed"));
            read.type = *type;
            read.description = summary.value(QLatin1String("Description")).toString();
            read.arn = summary.value(QLatin1String("Arn")).toString();
            read.awsManaged = summary.value(QLatin1String("AwsManaged")).toBool();
            const auto content = requiredString(path, policy, QStringLiteral("Policy"),
                                                QStringLiteral("Content"));
            if (!content)
                return content.error();
            read.content = content.value();
            bundle.policies.append(read);
            bundle.m_sources.insert(QStringLiteral("policy:") + read.id,
                                    path + QLatin1Char('\n') + QStringLiteral("Policy"));
        } else if (top.contains(QLatin1String("Targets"))) {
            const auto policy = requiredQualifier(path, QStringLiteral("list-targets-for-policy"),
                                                  QStringLiteral("policy id"));
            if (!policy)
                return policy.error();
            const auto targets = requiredArray(path, top, QStringLiteral("Targets"));
            if (!targets)
                return targets.error();
            QStringList& list = bundle.targetsByPolicy[policy.value()];
            for (qsizetype i = 0; i < targets->size(); ++i) {
                const QString field = QStringLiteral("Targets[%1]").arg(i);
                const auto id = requiredString(path, targets->at(i).toObject(), field,
                                               QStringLiteral("TargetId"));
                if (!id)
                    return id.error();
                list.append(id.value());
                bundle.m_sources.insert(QStringLiteral("target:") + policy.value() +
                                            QLatin1Char(':') + id.value(),
                                        path + QLatin1Char('\n') + field);
            }
        } else if (top.contains(QLatin1String("Policies"))) {
            // list-policies holds summaries only: describe-policy brings the content.
            if (auto r = requiredArray(path, top, QStringLiteral("Policies")); !r)
                return r.error();
        } else {
            return badFile(path, QStringLiteral("(document)"),
                           QStringLiteral("not the output of a known aws organizations command: "
                                          "expected Roots, OrganizationalUnits, Accounts, "
                                          "Policies, Policy or Targets"));
        }
    }
    return bundle;
}

Result<QList<OrganizationBundle::Step>>
OrganizationBundle::plan(const Directory& directory) const
{
    const QString root = directory.organizationRootId();
    if (root.isEmpty())
        return IamError(QStringLiteral("AWSOrganizationsNotInUseException"),
                        QStringLiteral("Your account is not a member of an organization."), 400);
    // The files' root is this directory's root.
    auto mapped = [&](const QString& id) { return id == rootId ? root : id; };
    auto located = [&](const QString& key, const QString& problem) {
        const QStringList where = m_sources.value(key).split(QLatin1Char('\n'));
        return badFile(where.value(0), where.value(1), problem);
    };
    QList<Step> steps;
    // OUs, parents first: walk down from the root.
    QSet<QString> known{root};
    for (const OrganizationalUnit& unit : directory.organizationalUnits())
        known.insert(unit.id);
    QStringList parents{rootId.isEmpty() ? root : rootId};
    QSet<QString> planned;
    while (!parents.isEmpty()) {
        const QString parent = parents.takeFirst();
        for (const OrganizationalUnit& unit : unitsByParent.value(parent)) {
            if (planned.contains(unit.id))
                continue;
            planned.insert(unit.id);
            parents.append(unit.id);
            const auto existing = directory.organizationalUnit(unit.id);
            if (existing && existing->parentId != mapped(parent))
                return located(QStringLiteral("ou:") + unit.id,
                               QStringLiteral("the OU %1 exists under %2 in the directory; move "
                                              "it first")
                                   .arg(unit.id, existing->parentId));
            if (existing)
                continue;
            Step step;
            step.kind = Step::Kind::CreateOrganizationalUnit;
            step.unit = {unit.id, unit.name, mapped(parent), {}};
            steps.append(step);
            known.insert(unit.id);
        }
    }
    for (auto it = unitsByParent.cbegin(); it != unitsByParent.cend(); ++it)
        for (const OrganizationalUnit& unit : it.value())
            if (!planned.contains(unit.id))
                return located(QStringLiteral("ou:") + unit.id,
                               QStringLiteral("its parent %1 is neither the root nor an OU of "
                                              "the files")
                                   .arg(it.key()));
    // Accounts to their parents.
    for (auto it = accountsByParent.cbegin(); it != accountsByParent.cend(); ++it) {
        const QString parent = mapped(it.key());
        for (const QString& account : it.value()) {
            const QString now = directory.parentOf(account);
            if (now.isEmpty())
                return located(QStringLiteral("account:") + account,
                               QStringLiteral("the account %1 is not in the directory; import "
                                              "its authorization details first")
                                   .arg(account));
            if (!known.contains(parent))
                return located(QStringLiteral("account:") + account,
                               QStringLiteral("its parent %1 is neither the root nor an OU")
                                   .arg(it.key()));
            if (now == parent)
                continue;
            Step step;
            step.kind = Step::Kind::MoveAccount;
            step.accountId = account;
            step.sourceId = now;
            step.targetId = parent;
            steps.append(step);
        }
    }
    // Customer policies, created or brought up to date; AWS's own exist everywhere.
    QSet<QString> policyIds;
    for (const OrganizationPolicy& policy : policies) {
        policyIds.insert(policy.id);
        if (policy.awsManaged)
            continue;
        const auto existing = directory.organizationPolicy(policy.id);
        Step step;
        step.policy = policy;
        step.policy.awsManaged = false;
        if (!existing)
            step.kind = Step::Kind::CreatePolicy;
        else if (existing->name != policy.name || existing->description != policy.description ||
                 existing->content != policy.content)
            step.kind = Step::Kind::UpdatePolicy;
        else
            continue;
        steps.append(step);
    }
    // Attachments: each listed policy ends on exactly the file's targets.
    // Every attachment comes before any detachment: a target keeps an SCP throughout.
    QList<Step> detachments;
    for (auto it = targetsByPolicy.cbegin(); it != targetsByPolicy.cend(); ++it) {
        const QString policyId = it.key();
        if (!policyIds.contains(policyId) && !directory.organizationPolicy(policyId))
            return located(QStringLiteral("target:") + policyId + QLatin1Char(':') +
                               it.value().value(0),
                           QStringLiteral("the policy %1 is in no describe-policy file and not "
                                          "in the directory")
                               .arg(policyId));
        QSet<QString> wanted;
        for (const QString& target : it.value()) {
            const QString id = mapped(target);
            if (!known.contains(id) && directory.parentOf(id).isEmpty())
                return located(QStringLiteral("target:") + policyId + QLatin1Char(':') + target,
                               QStringLiteral("the target %1 is not in the organization")
                                   .arg(target));
            wanted.insert(id);
        }
        QSet<QString> current;
        for (const OrganizationTarget& target : directory.targetsForPolicy(policyId))
            current.insert(target.id);
        QStringList attach(wanted.cbegin(), wanted.cend());
        attach.sort();
        for (const QString& target : std::as_const(attach)) {
            // A new OU gets AWS's default policies when it is created.
            const bool defaultOnNewUnit =
                planned.contains(target) && !directory.organizationalUnit(target) &&
                (policyId == OrganizationPolicy::fullAwsAccessId() ||
                 policyId == OrganizationPolicy::rcpFullAwsAccessId());
            if (current.contains(target) || defaultOnNewUnit)
                continue;
            Step step;
            step.kind = Step::Kind::AttachPolicy;
            step.policyId = policyId;
            step.targetId = target;
            steps.append(step);
        }
        QStringList detach;
        for (const QString& target : std::as_const(current))
            if (!wanted.contains(target))
                detach.append(target);
        // New OUs the file leaves out of AWS's defaults lose them again.
        if (policyId == OrganizationPolicy::fullAwsAccessId() ||
            policyId == OrganizationPolicy::rcpFullAwsAccessId())
            for (const QString& unit : std::as_const(planned))
                if (!wanted.contains(unit) && !directory.organizationalUnit(unit))
                    detach.append(unit);
        detach.sort();
        for (const QString& target : std::as_const(detach)) {
            Step step;
            step.kind = Step::Kind::DetachPolicy;
            step.policyId = policyId;
            step.targetId = target;
            detachments.append(step);
        }
    }
    return steps + detachments;
}
