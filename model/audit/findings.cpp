#include "audit/findings.h"

#include "audit/accessevaluator.h"
#include "audit/auditqueries.h"
#include "audit/cancellationtoken.h"
#include "audit/effectivepermissions.h"
#include "directory/credentialreport.h"
#include "directory/directory.h"
#include "directory/organizationpolicyfields.h"
#include "policy/policydocument.h"
#include "policy/policyevaluator.h"

#include <QSet>

#include <algorithm>

namespace {

bool bySeverity(const Finding& a, const Finding& b)
{
    if (a.severity != b.severity)
        return a.severity > b.severity;
    if (a.kind != b.kind)
        return int(a.kind) < int(b.kind);
    return a.subjectArn < b.subjectArn;
}

// The IAM actions that write policies onto an entity, by what they write onto.
struct PolicyWrites
{
    QString attach;
    QString put;
};
const PolicyWrites userWrites{QStringLiteral("iam:AttachUserPolicy"),
                              QStringLiteral("iam:PutUserPolicy")};
const PolicyWrites groupWrites{QStringLiteral("iam:AttachGroupPolicy"),
                               QStringLiteral("iam:PutGroupPolicy")};
const PolicyWrites roleWrites{QStringLiteral("iam:AttachRolePolicy"),
                              QStringLiteral("iam:PutRolePolicy")};

// The action that lets the principal give the target any policy, or nothing.
QString writeAction(AccessEvaluator& evaluator, const AuditPrincipal& principal,
                    const PolicyWrites& writes, const QString& target)
{
    for (const QString& action : {writes.attach, writes.put})
        if (evaluator.decide(principal, action, target).allowed())
            return action;
    return {};
}

} // namespace

QList<Finding> Findings::scan(const Directory& directory, const QString& accountId,
                              const QDateTime& now, AuditMode mode, const CancellationToken* cancel)
{
    AccessEvaluator evaluator(directory, mode);
    return scan(evaluator, accountId, now, cancel);
}

QList<Finding> Findings::scan(AccessEvaluator& evaluator, const QString& accountId,
                              const QDateTime& now, const CancellationToken* cancel)
{
    const Directory& directory = evaluator.directory();
    QList<Finding> findings;
    scanUsers(directory, accountId, now, evaluator.mode(), findings);
    scanGroups(evaluator, accountId, findings);

    // Every principal once, built and dropped in turn: a large directory never
    // holds them all. Principals of other accounts only matter as switchers.
    const QList<Denial> denied = denials(directory, accountId);
    QList<Finding> escalations;
    QList<Finding> removed;
    QSet<QString> assumable;
    auto review = [&](const AuditPrincipal& principal, const QList<Group>& groups) {
        for (const AssumeEdge& edge : evaluator.assumeEdges(principal))
            assumable.insert(edge.roleArn);
        if (principal.accountId != accountId)
            return;
        if (auto finding = escalation(evaluator, principal, groups))
            escalations.append(*finding);
        if (!principal.strict.serviceControlPolicies.isEmpty()) {
            scanServiceControlAllowList(evaluator, principal, removed);
            scanServiceControl(accountId, principal, denied, removed);
        }
    };
    // Only principals that may write policies, switch roles or lose grants to SCPs are built.
    const QStringList writes{QStringLiteral("*"), userWrites.attach, userWrites.put,
                             groupWrites.attach,  groupWrites.put,   roleWrites.attach,
                             roleWrites.put};
    auto needed = [&](EntityKind kind, int index, const QString& account) {
        return evaluator.mightAssume(kind, index) ||
               (account == accountId &&
                (evaluator.mightAllow(kind, index, writes) || evaluator.limitedByScps(account)));
    };
    const QList<User>& users = evaluator.users();
    const QList<Group>& allGroups = evaluator.groups();
    for (int u = 0; u < users.size(); ++u) {
        if (CancellationToken::requested(cancel))
            return findings;
        if (!needed(EntityKind::User, u, users.at(u).accountId))
            continue;
        QList<Group> groups;
        if (users.at(u).accountId == accountId)
            for (const int g : evaluator.groupsOfUser(u))
                groups << allGroups.at(g);
        review(evaluator.principalFor(users.at(u)), groups);
    }
    const QList<Role>& allRoles = evaluator.roles();
    for (int r = 0; r < allRoles.size(); ++r) {
        if (CancellationToken::requested(cancel))
            return findings;
        if (needed(EntityKind::Role, r, allRoles.at(r).accountId))
            review(evaluator.principalFor(allRoles.at(r)), {});
    }
    findings += escalations;
    findings += removed;

    QSet<QString> accounts;
    for (const Account& account : directory.accounts())
        accounts.insert(account.id);
    for (const Role& role : allRoles) {
        if (role.accountId != accountId)
            continue;
        const AuditPolicy* trust = evaluator.trustPolicy(role);
        if (trust)
            scanTrust(role, trust->document(), findings);
        const bool trustsOutside =
            trust && !AuditQueries::trustedOutside(trust->document(), accounts).isEmpty();
        const QString arn = role.arn().toString();
        if (!assumable.contains(arn) && !trustsOutside)
            findings.append({Finding::Kind::RoleNobodyCanAssume, arn,
                             tr("Nobody can assume %1").arg(role.name),
                             tr("No user or role of the directory is allowed to assume it, and "
                                "its trust policy names nobody outside: it is unused or "
                                "misconfigured."),
                             1});
    }
    std::sort(findings.begin(), findings.end(), bySeverity);
    return findings;
}

std::optional<Finding> Findings::escalation(AccessEvaluator& evaluator,
                                            const AuditPrincipal& principal,
                                            const QList<Group>& groups)
{
    // Admin-equivalent principals are where escalation leads; the others are checked for a way.
    if (evaluator.isAdminEquivalent(principal))
        return std::nullopt;
    QString action =
        writeAction(evaluator, principal,
                    principal.kind == EntityKind::User ? userWrites : roleWrites, principal.arn);
    QString target = principal.arn;
    for (qsizetype g = 0; action.isEmpty() && g < groups.size(); ++g) {
        target = groups.at(g).arn().toString();
        action = writeAction(evaluator, principal, groupWrites, target);
    }
    if (action.isEmpty())
        return std::nullopt;
    return Finding{Finding::Kind::CanEscalateToAdmin, principal.arn,
                   tr("%1 can make itself an administrator").arg(principal.name),
                   tr("Allowed %1 on %2: it can give itself any policy, "
                      "AdministratorAccess included.")
                       .arg(action, target),
                   3};
}

QString Findings::severityName(int severity)
{
    switch (severity) {
    case 3:
        return tr("High");
    case 2:
        return tr("Medium");
    default:
        return tr("Low");
    }
}

QString Findings::kindName(Finding::Kind kind)
{
    switch (kind) {
    case Finding::Kind::UserWithoutMfa:
        return QStringLiteral("userWithoutMfa");
    case Finding::Kind::AccessKeyOld:
        return QStringLiteral("accessKeyOld");
    case Finding::Kind::AccessKeyNeverUsed:
        return QStringLiteral("accessKeyNeverUsed");
    case Finding::Kind::RoleTrustsAnyone:
        return QStringLiteral("roleTrustsAnyone");
    case Finding::Kind::RoleTrustsAnyAccount:
        return QStringLiteral("roleTrustsAnyAccount");
    case Finding::Kind::CanEscalateToAdmin:
        return QStringLiteral("canEscalateToAdmin");
    case Finding::Kind::EmptyGroup:
        return QStringLiteral("emptyGroup");
    case Finding::Kind::RoleNobodyCanAssume:
        return QStringLiteral("roleNobodyCanAssume");
    case Finding::Kind::PermissionRemovedByScp:
        return QStringLiteral("permissionRemovedByScp");
    }
    return {};
}

void Findings::scanUsers(const Directory& directory, const QString& accountId, const QDateTime& now,
                         AuditMode mode, QList<Finding>& findings)
{
    // In bulk, or (Exhaustive, or the bulk read failed) user by user.
    std::optional<QList<CredentialReport::Entry>> report;
    if (mode == AuditMode::Indexed)
        if (auto loaded = CredentialReport::load(directory, accountId))
            report = std::move(loaded).value();
    if (!report) {
        report.emplace();
        for (const User& user : directory.users(accountId))
            report->append({user, !directory.mfaDevices(accountId, user.name).isEmpty(),
                            directory.accessKeys(accountId, user.name)});
    }
    for (const CredentialReport::Entry& entry : std::as_const(*report)) {
        const User& user = entry.user;
        const QString arn = user.arn().toString();
        if (user.hasConsolePassword && !entry.hasMfaDevice)
            findings.append({Finding::Kind::UserWithoutMfa, arn,
                             tr("%1 signs in without MFA").arg(user.name),
                             tr("The user has a console password and no MFA device."), 2});
        for (const AccessKeyInfo& key : entry.accessKeys) {
            if (!key.active)
                continue;
            const qint64 age = key.createDate.daysTo(now);
            if (age > KeyRotationDays)
                findings.append(
                    {Finding::Kind::AccessKeyOld, arn,
                     tr("Access key %1 of %2 is %3 days old")
                         .arg(key.accessKeyId, user.name)
                         .arg(age),
                     tr("Active keys older than %1 days should be rotated.").arg(KeyRotationDays),
                     2});
            if (!key.lastUsed.isValid())
                findings.append(
                    {Finding::Kind::AccessKeyNeverUsed, arn,
                     tr("Access key %1 of %2 was never used").arg(key.accessKeyId, user.name),
                     tr("An active key nobody uses is a credential to leak for "
                        "nothing: deactivate or delete it."),
                     1});
        }
    }
}

void Findings::scanGroups(AccessEvaluator& evaluator, const QString& accountId,
                          QList<Finding>& findings)
{
    const QList<Group>& groups = evaluator.groups();
    for (int g = 0; g < groups.size(); ++g)
        if (groups.at(g).accountId == accountId && evaluator.membersOfGroup(g).isEmpty())
            findings.append({Finding::Kind::EmptyGroup, groups.at(g).arn().toString(),
                             tr("Group %1 has no members").arg(groups.at(g).name),
                             tr("An empty group grants nothing; delete it or add its members."),
                             1});
}

QList<Findings::Denial> Findings::denials(const Directory& directory, const QString& accountId)
{
    // With the SCP and where it is attached.
    QList<Denial> denials;
    const auto path = directory.targetPath(accountId);
    const auto levels = PolicySet::controlPolicyLevels(directory, accountId,
                                                       OrganizationPolicy::Type::ServiceControl);
    for (qsizetype level = 0; level < levels.size() && level < path.size(); ++level) {
        for (const PolicySet::Named& scp : levels.at(level)) {
            const auto document = PolicyDocument::parse(
                scp.document,
                OrganizationPolicyFields::grammarOf(OrganizationPolicy::Type::ServiceControl));
            if (!document)
                continue;
            for (const PolicyStatement& statement : document->statements()) {
                // A conditional deny or a NotAction one does not name what it removes.
                if (statement.effect != PolicyEffect::Deny || statement.notAction ||
                    !statement.conditions.isEmpty())
                    continue;
                const QString resource = statement.hasResource && !statement.notResource &&
                                                 !statement.resources.isEmpty()
                                             ? statement.resources.first()
                                             : QStringLiteral("*");
                for (const QString& action : statement.actions)
                    denials.append({action, resource, scp.policyName, path.at(level).name});
            }
        }
    }
    return denials;
}

void Findings::scanServiceControl(const QString& accountId, const AuditPrincipal& principal,
                                  const QList<Denial>& denials, QList<Finding>& findings)
{
    for (const Denial& denial : denials) {
        // The identity side alone: what the principal would have without the SCPs.
        EvaluationRequest request = principal.lenient;
        request.serviceControlPolicies.clear();
        request.resourceControlPolicies.clear();
        request.action = denial.action;
        request.resource = denial.resource;
        if (!PolicyEvaluator::evaluate(request).isAllowed())
            continue;
        findings.append({Finding::Kind::PermissionRemovedByScp, principal.arn,
                         tr("An SCP takes %1 away from %2").arg(denial.action, principal.name),
                         tr("Its policies allow %1, but the service control policy %2 "
                            "(attached to %3) denies it in account %4: the permission "
                            "never works.")
                             .arg(denial.action, denial.policy, denial.target, accountId),
                         2});
    }
}

void Findings::scanServiceControlAllowList(AccessEvaluator& evaluator,
                                           const AuditPrincipal& principal,
                                           QList<Finding>& findings)
{
    // A level whose SCPs allow nothing of a grant removes it as surely as a deny;
    // denies by name are their own findings.
    for (const PermissionLine& line : EffectivePermissions::of(evaluator.policySet(principal))) {
        if (!line.noScpAllows || line.conditional || line.action.startsWith(QLatin1String("Not")))
            continue;
        findings.append({Finding::Kind::PermissionRemovedByScp, principal.arn,
                         tr("No SCP allows %1 for %2").arg(line.action, principal.name),
                         tr("%1 allows %2, but at some level from the root down to account %3 "
                            "no service control policy allows it: the permission never works.")
                             .arg(line.source, line.action, principal.accountId),
                         2});
    }
}

void Findings::scanTrust(const Role& role, const PolicyDocument& trust, QList<Finding>& findings)
{
    const QString arn = role.arn().toString();
    for (const PolicyStatement& statement : trust.statements()) {
        if (statement.effect != PolicyEffect::Allow || !statement.principal ||
            statement.notPrincipal)
            continue;
        // Conditions (an external id, an organization, a source) narrow it; still worth a look.
        const int severity = statement.conditions.isEmpty() ? 3 : 2;
        if (statement.principal->anyone)
            findings.append({Finding::Kind::RoleTrustsAnyone, arn,
                             tr("Anyone can assume %1").arg(role.name),
                             tr("The trust policy allows the principal \"*\"."), severity});
        else if (statement.principal->aws.contains(QStringLiteral("*")))
            findings.append({Finding::Kind::RoleTrustsAnyAccount, arn,
                             tr("Any AWS account can assume %1").arg(role.name),
                             tr("The trust policy allows {\"AWS\": \"*\"}: every principal of "
                                "every account."),
                             severity});
    }
}
