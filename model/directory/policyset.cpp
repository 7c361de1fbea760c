#include "directory/policyset.h"

#include "directory/directory.h"
#include "directory/organizationpolicyfields.h"
#include "directory/temporarysession.h"
#include "iam/arn.h"
#include "policy/evaluationrequest.h"
#include "policy/policycache.h"

namespace {

// Policies of one user, group or role; viaGroup names the group when a user inherits them.
void addPoliciesOf(const Directory& directory, EntityKind kind, const QString& accountId,
                   const QString& name, const QString& viaGroup, QList<PolicySet::Named>& out)
{
    const QString label =
        viaGroup.isEmpty() ? QString() : QStringLiteral("group %1: ").arg(viaGroup);
    for (const ManagedPolicy& policy : directory.attachedPolicies(kind, accountId, name)) {
        const auto version = directory.defaultPolicyVersion(policy.arn);
        if (!version)
            continue;
        out.append({label + policy.name, policy.arn + QLatin1Char('#') + version->versionId,
                    version->document, policy.name, viaGroup, false, policy.isAwsManaged()});
    }
    const QString owner =
        entityKindName(kind) + QLatin1Char(':') + accountId + QLatin1Char(':') + name;
    for (const InlinePolicy& policy : directory.inlinePolicies(kind, accountId, name))
        out.append({label + policy.name + QStringLiteral(" (inline)"),
                    owner + QLatin1Char('#') + policy.name, policy.document, policy.name, viaGroup,
                    true, false});
}

// A managed policy's default version, named with what it is to the principal.
std::optional<PolicySet::Named> managedPolicy(const Directory& directory, const QString& arn,
                                              const QString& role)
{
    if (arn.isEmpty())
        return std::nullopt;
    const auto version = directory.defaultPolicyVersion(arn);
    if (!version)
        return std::nullopt;
    const auto policy = directory.policy(arn);
    const QString name = policy ? policy->name : arn;
    return PolicySet::Named{name + QStringLiteral(" (") + role + QLatin1Char(')'),
                            arn + QLatin1Char('#') + version->versionId,
                            version->document,
                            name,
                            QString(),
                            false,
                            policy && policy->isAwsManaged()};
}

} // namespace

PolicySet PolicySet::forUser(const Directory& directory, const QString& accountId,
                             const QString& userName)
{
    PolicySet set;
    const auto user = directory.user(accountId, userName);
    if (!user)
        return set;
    addPoliciesOf(directory, EntityKind::User, accountId, user->name, QString(),
                  set.identityPolicies);
    for (const Group& group : directory.groupsForUser(accountId, user->name))
        addPoliciesOf(directory, EntityKind::Group, accountId, group.name, group.name,
                      set.identityPolicies);
    set.permissionsBoundary =
        managedPolicy(directory, user->permissionsBoundaryArn, QStringLiteral("boundary"));
    set.serviceControlPolicies =
        controlPolicyLevels(directory, accountId, OrganizationPolicy::Type::ServiceControl);
    return set;
}

PolicySet PolicySet::forGroup(const Directory& directory, const QString& accountId,
                              const QString& groupName)
{
    PolicySet set;
    addPoliciesOf(directory, EntityKind::Group, accountId, groupName, QString(),
                  set.identityPolicies);
    return set;
}

PolicySet PolicySet::forRole(const Directory& directory, const QString& accountId,
                             const QString& roleName)
{
    PolicySet set;
    const auto role = directory.role(accountId, roleName);
    if (!role)
        return set;
    addPoliciesOf(directory, EntityKind::Role, accountId, role->name, QString(),
                  set.identityPolicies);
    set.permissionsBoundary =
        managedPolicy(directory, role->permissionsBoundaryArn, QStringLiteral("boundary"));
    if (!isServiceLinkedRolePath(role->path))
        set.serviceControlPolicies =
            controlPolicyLevels(directory, accountId, OrganizationPolicy::Type::ServiceControl);
    return set;
}

bool PolicySet::isServiceLinkedRolePath(const QString& path)
{
    return path.startsWith(QLatin1String("/aws-service-role/"));
}

QList<QList<PolicySet::Named>> PolicySet::controlPolicyLevels(const Directory& directory,
                                                              const QString& accountId,
                                                              OrganizationPolicy::Type type)
{
    QList<QList<Named>> levels;
    const QString management = directory.managementAccountId();
    if (management.isEmpty() || accountId == management || accountId == QLatin1String("aws"))
        return levels;
    const QString kind = type == OrganizationPolicy::Type::ServiceControl ? QStringLiteral("SCP")
                                                                          : QStringLiteral("RCP");
    for (const OrganizationTarget& level : directory.targetPath(accountId)) {
        QList<Named> policies;
        for (const OrganizationPolicy& policy : directory.policiesForTarget(level.id, type))
            policies.append({QStringLiteral("%1 %2 (on %3)").arg(kind, policy.name, level.name),
                             OrganizationPolicyFields::cacheKey(policy), policy.content,
                             policy.name, QString(), false, policy.awsManaged});
        levels.append(policies);
    }
    return levels;
}

PolicySet PolicySet::forSession(const Directory& directory, const TemporarySession& session)
{
    const auto arn = Arn::parse(
        session.type == TemporarySession::Type::SessionToken ? session.arn : session.roleArn);
    if (!arn)
        return {};
    if (session.type == TemporarySession::Type::SessionToken)
        return forUser(directory, arn->account(), arn->resourceName());
    PolicySet set = forRole(directory, arn->account(), arn->resourceName());
    const QString owner = QStringLiteral("session:") + session.accessKeyId;
    if (!session.sessionPolicy.isEmpty())
        set.sessionPolicies.append({QStringLiteral("session policy"),
                                    owner + QStringLiteral("#inline"), session.sessionPolicy,
                                    QStringLiteral("session policy"), QString(), true, false});
    for (const QString& policyArn : session.sessionPolicyArns) {
        // A session policy deleted since the session began still narrows it:
        // its empty text does not compile, and compileInto() fails closed.
        auto named = managedPolicy(directory, policyArn, QStringLiteral("session"));
        set.sessionPolicies.append(named ? *named
                                         : Named{policyArn + QStringLiteral(" (session, deleted)"),
                                                 QString(), QString(), policyArn, QString(), false,
                                                 false});
    }
    return set;
}

namespace {

// Stands in for a policy that does not compile where leaving it out would widen access.
PolicySet::Named denyAllInstead(const PolicySet::Named& broken)
{
    return {broken.name,
            QStringLiteral("deny-all"),
            QStringLiteral(R"({"Version":"2012-10-17","Statement":[{"Effect":"Deny",)"
                           R"("Action":"*","Resource":"*"}]})"),
            broken.policyName,
            QString(),
            true,
            false};
}

} // namespace

void PolicySet::compileInto(PolicyCache& cache, EvaluationRequest& request,
                            QStringList& errors) const
{
    auto compile = [&](const Named& named, PolicyKind kind) -> std::optional<NamedPolicy> {
        auto compiled = cache.get(named.cacheKey, named.document, kind);
        if (!compiled) {
            errors << named.name + QStringLiteral(": ") + compiled.error().message();
            return std::nullopt;
        }
        return NamedPolicy{named.name, compiled.value()};
    };
    for (const Named& p : identityPolicies)
        if (auto named = compile(p, PolicyKind::Identity))
            request.identityPolicies.append(*named);
    if (permissionsBoundary)
        request.permissionsBoundary = compile(*permissionsBoundary, PolicyKind::Boundary);
    for (const Named& p : sessionPolicies) {
        if (auto named = compile(p, PolicyKind::Session)) {
            request.sessionPolicies.append(*named);
            continue;
        }
        // Leaving a broken session policy out would widen the session: fail closed.
        if (auto named = compile(denyAllInstead(p), PolicyKind::Session))
            request.sessionPolicies.append(*named);
    }
    for (const QList<Named>& level : serviceControlPolicies) {
        QList<NamedPolicy> compiledLevel;
        for (const Named& p : level) {
            // A broken SCP may have been a deny: leaving it out could widen access.
            auto named = compile(p, PolicyKind::ServiceControl);
            if (!named)
                named = compile(denyAllInstead(p), PolicyKind::ServiceControl);
            if (named)
                compiledLevel.append(*named);
        }
        request.serviceControlPolicies.append(compiledLevel);
    }
}

QList<QList<NamedPolicy>> PolicySet::resourceControlPolicies(const Directory& directory,
                                                             PolicyCache& cache,
                                                             const QString& resourceAccountId,
                                                             QStringList& errors)
{
    // The stand-in for a broken RCP: the resource grammar wants a Principal.
    static const QString denyAll =
        QStringLiteral(R"({"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*",)"
                       R"("Action":"*","Resource":"*"}]})");
    QList<QList<NamedPolicy>> out;
    for (const QList<Named>& level : controlPolicyLevels(
             directory, resourceAccountId, OrganizationPolicy::Type::ResourceControl)) {
        QList<NamedPolicy> compiledLevel;
        for (const Named& p : level) {
            const PolicyKind kind =
                OrganizationPolicyFields::grammarOf(OrganizationPolicy::Type::ResourceControl);
            auto compiled = cache.get(p.cacheKey, p.document, kind);
            if (!compiled) {
                errors << p.name + QStringLiteral(": ") + compiled.error().message();
                compiled = cache.get(QStringLiteral("rcp-deny-all"), denyAll, kind);
            }
            if (compiled)
                compiledLevel.append(NamedPolicy{p.name, compiled.value()});
        }
        out.append(compiledLevel);
    }
    return out;
}

QString PolicySet::resourceAccount(const QString& resource, const QString& callerAccount)
{
    const auto arn = Arn::parse(resource);
    if (arn && arn->account() == QLatin1String("aws"))
        return callerAccount;
    return {}; // the evaluator takes it from the ARN
}

TagList PolicySet::resourceTags(const Directory& directory, const QString& resource)
{
    const auto arn = Arn::parse(resource);
    if (!arn || arn->service() != QLatin1String("iam"))
        return {};
    if (arn->resourceType() == QLatin1String("role")) {
        const auto role = directory.roleByArn(resource);
        return role ? role->tags : TagList();
    }
    if (arn->resourceType() == QLatin1String("user")) {
        // By name, then the whole ARN: a user at another path is another resource.
        const auto user = directory.user(arn->account(), arn->resourceName());
        return user && user->arn().toString() == resource ? user->tags : TagList();
    }
    return {};
}

QString PolicySet::owningAccount(const QString& resource, const QString& callerAccount)
{
    const auto arn = Arn::parse(resource);
    if (!arn || arn->account().isEmpty() || arn->account() == QLatin1String("aws"))
        return callerAccount;
    return arn->account();
}
