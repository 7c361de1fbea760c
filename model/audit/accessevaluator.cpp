#include "audit/accessevaluator.h"

#include "directory/directory.h"
#include "directory/organizationpolicyfields.h"
#include "iam/arn.h"
#include "iam/clock.h"
#include "policy/policyevaluator.h"
#include "policy/policypattern.h"
#include "policy/requestcontextbuilder.h"

#include <algorithm>
#include <numeric>

namespace {

const QString assumeRoleAction = QStringLiteral("sts:AssumeRole");

// Enough room for every distinct document of a large directory, in both forms.
constexpr qsizetype cacheCapacity = 1 << 16;

} // namespace

const QString AccessEvaluator::sessionName = QStringLiteral("audit");

AccessEvaluator::AccessEvaluator(const Directory& directory)
    : m_directory(directory)
    , m_now(directory.clock() ? directory.clock()->now() : QDateTime::currentDateTimeUtc())
    , m_cache(cacheCapacity)
{}

const AuditPolicy* AccessEvaluator::policy(const QString& key, const QString& text, PolicyKind kind,
                                           const QString& label)
{
    const QString fullKey = key + QLatin1Char('/') + QString::number(int(kind));
    if (auto known = m_policies.constFind(fullKey); known != m_policies.cend())
        return known->get();
    auto compiled = AuditPolicy::compile(m_cache, text, kind);
    std::shared_ptr<const AuditPolicy> stored;
    if (compiled)
        stored = std::make_shared<const AuditPolicy>(std::move(compiled).value());
    else
        m_errors << label + QStringLiteral(": ") + compiled.error().message();
    m_policies.insert(fullKey, stored);
    return stored.get();
}

void AccessEvaluator::prepare(AuditPrincipal& principal, const PolicySet& set)
{
    using Form = AuditPolicy::Form;
    for (const PolicySet::Named& named : set.identityPolicies) {
        const AuditPolicy* compiled =
            policy(named.cacheKey, named.document, PolicyKind::Identity, named.name);
        if (!compiled)
            continue;
        principal.identity.append({named, compiled});
        principal.strict.identityPolicies.append(compiled->named(Form::Strict, named.name));
        principal.lenient.identityPolicies.append(compiled->named(Form::Lenient, named.name));
    }
    if (set.permissionsBoundary) {
        const PolicySet::Named& named = *set.permissionsBoundary;
        // A boundary that does not compile allows nothing, as an empty boundary would.
        const AuditPolicy* compiled =
            policy(named.cacheKey, named.document, PolicyKind::Boundary, named.name);
        principal.boundary = AuditPrincipal::Policy{named, compiled};
        principal.strict.permissionsBoundary =
            compiled ? compiled->named(Form::Strict, named.name) : NamedPolicy{named.name, {}};
        principal.lenient.permissionsBoundary =
            compiled ? compiled->named(Form::Lenient, named.name) : NamedPolicy{named.name, {}};
    }
    principal.strict.serviceControlPolicies = controlLevels(
        set.serviceControlPolicies, OrganizationPolicy::Type::ServiceControl, Form::Strict);
    principal.lenient.serviceControlPolicies = controlLevels(
        set.serviceControlPolicies, OrganizationPolicy::Type::ServiceControl, Form::Lenient);
}

QList<QList<NamedPolicy>>
AccessEvaluator::controlLevels(const QList<QList<PolicySet::Named>>& levels,
                               OrganizationPolicy::Type type, AuditPolicy::Form form)
{
    const PolicyKind kind = OrganizationPolicyFields::grammarOf(type);
    const QString denyAll =
        type == OrganizationPolicy::Type::ServiceControl
            ? QStringLiteral(R"({"Version":"2012-10-17","Statement":[{"Effect":"Deny",)"
                             R"("Action":"*","Resource":"*"}]})")
            : QStringLiteral(R"({"Version":"2012-10-17","Statement":[{"Effect":"Deny",)"
                             R"("Principal":"*","Action":"*","Resource":"*"}]})");
    QList<QList<NamedPolicy>> out;
    for (const QList<PolicySet::Named>& level : levels) {
        QList<NamedPolicy> compiledLevel;
        for (const PolicySet::Named& named : level) {
            const AuditPolicy* compiled = policy(named.cacheKey, named.document, kind, named.name);
            if (!compiled)
                compiled = policy(QStringLiteral("deny-all"), denyAll, kind, named.name);
            if (compiled)
                compiledLevel.append(compiled->named(form, named.name));
        }
        out.append(compiledLevel);
    }
    return out;
}

const QList<QList<NamedPolicy>>&
AccessEvaluator::resourceControlPolicies(const AuditPrincipal& principal, const QString& resource,
                                         AuditPolicy::Form form)
{
    const QString account = PolicySet::owningAccount(resource, principal.accountId);
    auto found = m_rcps.find(account);
    if (found == m_rcps.end()) {
        const auto levels = PolicySet::controlPolicyLevels(
            m_directory, account, OrganizationPolicy::Type::ResourceControl);
        found =
            m_rcps.insert(account, {controlLevels(levels, OrganizationPolicy::Type::ResourceControl,
                                                  AuditPolicy::Form::Strict),
                                    controlLevels(levels, OrganizationPolicy::Type::ResourceControl,
                                                  AuditPolicy::Form::Lenient)});
    }
    return form == AuditPolicy::Form::Strict ? found->first : found->second;
}

AuditPrincipal AccessEvaluator::principalFor(const User& user)
{
    AuditPrincipal principal;
    principal.arn = user.arn().toString();
    principal.kind = EntityKind::User;
    principal.accountId = user.accountId;
    principal.name = user.name;
    CallerIdentity caller;
    caller.arn = principal.arn;
    caller.type = CallerIdentity::Type::User;
    caller.accountId = user.accountId;
    caller.organizationId = m_directory.organizationIdOf(caller.accountId);
    caller.userId = user.userId;
    caller.userName = user.name;
    caller.tags = user.tags;
    caller.now = m_now;
    principal.strict.principal = RequestContextBuilder::principal(caller);
    principal.strict.context = RequestContextBuilder::build(caller);
    principal.lenient = principal.strict;
    prepare(principal, PolicySet::forUser(m_directory, user.accountId, user.name));
    return principal;
}

AuditPrincipal AccessEvaluator::principalFor(const Role& role)
{
    AuditPrincipal principal;
    principal.arn = role.arn().toString();
    principal.kind = EntityKind::Role;
    principal.accountId = role.accountId;
    principal.name = role.name;
    CallerIdentity caller;
    caller.arn = Arn::assumedRole(role.accountId, role.name, sessionName).toString();
    caller.type = CallerIdentity::Type::AssumedRole;
    caller.accountId = role.accountId;
    caller.organizationId = m_directory.organizationIdOf(caller.accountId);
    caller.userId = role.roleId + QLatin1Char(':') + sessionName;
    caller.tags = role.tags;
    caller.roleArn = principal.arn;
    caller.temporaryCredentials = true;
    caller.tokenIssueTime = m_now;
    caller.now = m_now;
    principal.strict.principal = RequestContextBuilder::principal(caller);
    principal.strict.context = RequestContextBuilder::build(caller);
    principal.lenient = principal.strict;
    prepare(principal, PolicySet::forRole(m_directory, role.accountId, role.name));
    return principal;
}

std::optional<AuditPrincipal> AccessEvaluator::principal(const QString& arn)
{
    const auto parsed = Arn::parse(arn);
    if (!parsed || parsed->service() != QLatin1String("iam"))
        return std::nullopt;
    if (parsed->resourceType() == QLatin1String("user")) {
        if (const auto user = m_directory.user(parsed->account(), parsed->resourceName()))
            return principalFor(*user);
    } else if (parsed->resourceType() == QLatin1String("role")) {
        if (const auto role = m_directory.role(parsed->account(), parsed->resourceName()))
            return principalFor(*role);
    }
    return std::nullopt;
}

const AuditPolicy* AccessEvaluator::trustPolicy(const Role& role)
{
    return policy(QStringLiteral("trust:") + role.arn().toString(), role.trustPolicy,
                  PolicyKind::Trust, role.name + QStringLiteral(" (trust policy)"));
}

bool AccessEvaluator::identityMayAllow(const AuditPrincipal& principal, const QString& action,
                                       const QString& resource)
{
    QHash<const AuditPolicy*, bool>& answers = m_mayAllow[action + QLatin1Char('\n') + resource];
    return std::any_of(principal.identity.cbegin(), principal.identity.cend(),
                       [&](const AuditPrincipal::Policy& p) {
                           if (p.policy->hasVariables())
                               return true; // its answer depends on who asks
                           auto known = answers.constFind(p.policy);
                           if (known != answers.cend())
                               return *known;
                           EvaluationRequest alone;
                           alone.action = action;
                           alone.resource = resource;
                           alone.identityPolicies = {
                               p.policy->named(AuditPolicy::Form::Lenient, QString())};
                           const bool allows = PolicyEvaluator::evaluate(alone).isAllowed();
                           answers.insert(p.policy, allows);
                           return allows;
                       });
}

AccessDecision AccessEvaluator::run(const AuditPrincipal& principal, EvaluationRequest request,
                                    const AuditPolicy* trust, AuditPolicy::Form form) const
{
    if (trust)
        request.resourcePolicy = trust->named(form, QStringLiteral("trust policy"));
    const EvaluationResult result =
        trust ? PolicyEvaluator::evaluateAssumeRole(request) : PolicyEvaluator::evaluate(request);
    AccessDecision decision;
    if (!result.isAllowed())
        return decision;
    decision.grant = form == AuditPolicy::Form::Strict ? AccessDecision::Grant::Always
                                                       : AccessDecision::Grant::Conditional;
    for (MatchedStatement matched : result.matched) {
        const AuditPolicy* source = nullptr;
        if (matched.type == PolicyType::Identity)
            source = principal.identity.value(matched.policyIndex).policy;
        else if (matched.type == PolicyType::Boundary && principal.boundary)
            source = principal.boundary->policy;
        else if (matched.type == PolicyType::Trust)
            source = trust;
        if (source)
            matched.statementIndex = source->originalStatement(form, matched.statementIndex);
        decision.allows.append(matched);
    }
    return decision;
}

AccessDecision AccessEvaluator::decide(const AuditPrincipal& principal, const QString& action,
                                       const QString& resource)
{
    if (!identityMayAllow(principal, action, resource))
        return {};
    for (const auto form : {AuditPolicy::Form::Strict, AuditPolicy::Form::Lenient}) {
        EvaluationRequest request =
            form == AuditPolicy::Form::Strict ? principal.strict : principal.lenient;
        request.action = action;
        request.resource = resource;
        request.resourceAccount = PolicySet::resourceAccount(resource, principal.accountId);
        request.resourceControlPolicies = resourceControlPolicies(principal, resource, form);
        AccessDecision decision = run(principal, std::move(request), nullptr, form);
        if (decision.allowed())
            return decision;
    }
    return {};
}

AccessDecision AccessEvaluator::decideIdentity(const AuditPrincipal& principal,
                                               const QString& action, const QString& resource)
{
    for (const auto form : {AuditPolicy::Form::Strict, AuditPolicy::Form::Lenient}) {
        EvaluationRequest request =
            form == AuditPolicy::Form::Strict ? principal.strict : principal.lenient;
        request.action = action;
        request.resource = resource;
        request.resourceAccount = principal.accountId;
        AccessDecision decision = run(principal, std::move(request), nullptr, form);
        if (decision.allowed())
            return decision;
    }
    return {};
}

AccessDecision AccessEvaluator::decideAssume(const AuditPrincipal& principal, const Role& role)
{
    const AuditPolicy* trust = trustPolicy(role);
    if (!trust)
        return {};
    const QString roleArn = role.arn().toString();
    if (principal.arn == roleArn)
        return {}; // a role does not become itself in an audit's graph
    for (const auto form : {AuditPolicy::Form::Strict, AuditPolicy::Form::Lenient}) {
        EvaluationRequest request =
            form == AuditPolicy::Form::Strict ? principal.strict : principal.lenient;
        request.action = assumeRoleAction;
        request.resource = roleArn;
        request.resourceControlPolicies = resourceControlPolicies(principal, roleArn, form);
        AccessDecision decision = run(principal, std::move(request), trust, form);
        if (decision.allowed())
            return decision;
    }
    return {};
}

bool AccessEvaluator::mayAssume(const AuditPrincipal& principal, const Role& role)
{
    const AuditPolicy* trust = trustPolicy(role);
    if (!trust)
        return false;
    const QString roleArn = role.arn().toString();
    if (identityMayAllow(principal, assumeRoleAction, roleArn))
        return true;
    EvaluationRequest alone;
    alone.action = assumeRoleAction;
    alone.resource = roleArn;
    alone.principal = principal.lenient.principal;
    alone.resourcePolicy = trust->named(AuditPolicy::Form::Lenient, QString());
    return PolicyEvaluator::evaluateAssumeRole(alone).isAllowed();
}

bool AccessEvaluator::isAdminEquivalent(const AuditPrincipal& principal)
{
    const QString everything = QStringLiteral("*");
    // "*" alone would also pass a NotAction that carves IAM out; IAM is what makes an admin.
    return decide(principal, everything, everything).grant == AccessDecision::Grant::Always &&
           decide(principal, QStringLiteral("iam:AttachRolePolicy"), everything).grant ==
               AccessDecision::Grant::Always;
}

QString AccessEvaluator::sourceOf(const PolicySet::Named& policy)
{
    const QString own = policy.isInline ? tr("inline policy %1").arg(policy.policyName)
                                        : tr("attached policy %1").arg(policy.policyName);
    return policy.viaGroup.isEmpty() ? own : tr("group %1: %2").arg(policy.viaGroup, own);
}

QStringList AccessEvaluator::allowingPolicies(const AuditPrincipal& principal,
                                              const AccessDecision& decision)
{
    QStringList sources;
    for (const MatchedStatement& matched : decision.allows) {
        if (matched.type != PolicyType::Identity)
            continue;
        const QString source = sourceOf(principal.identity.value(matched.policyIndex).named);
        if (!sources.contains(source))
            sources << source;
    }
    return sources;
}

QStringList AccessEvaluator::allowingGroups(const AuditPrincipal& principal,
                                            const AccessDecision& decision)
{
    QStringList groups;
    for (const MatchedStatement& matched : decision.allows) {
        if (matched.type != PolicyType::Identity)
            continue;
        const QString group = principal.identity.value(matched.policyIndex).named.viaGroup;
        if (group.isEmpty())
            continue;
        const QString key = principal.accountId + QLatin1Char(':') + group;
        auto arn = m_groupArns.constFind(key);
        if (arn == m_groupArns.cend()) {
            const auto found = m_directory.group(principal.accountId, group);
            arn = m_groupArns.insert(key, found ? found->arn().toString() : group);
        }
        if (!groups.contains(*arn))
            groups << *arn;
    }
    return groups;
}

bool AccessEvaluator::mayAssumeAnyRole(const AuditPrincipal& principal)
{
    return std::any_of(principal.identity.cbegin(), principal.identity.cend(),
                       [this](const AuditPrincipal::Policy& p) {
                           auto known = m_allowsAssumeRole.constFind(p.policy);
                           if (known == m_allowsAssumeRole.cend())
                               known =
                                   m_allowsAssumeRole.insert(p.policy, allowsAssumeRole(*p.policy));
                           return *known;
                       });
}

bool AccessEvaluator::allowsAssumeRole(const AuditPolicy& policy)
{
    const auto statements = policy.document().statements();
    return std::any_of(statements.cbegin(), statements.cend(), [](const PolicyStatement& s) {
        if (s.effect != PolicyEffect::Allow)
            return false;
        const bool listed =
            std::any_of(s.actions.cbegin(), s.actions.cend(), [](const QString& action) {
                return PolicyPattern::compile(action, PolicyPattern::Wildcards::On,
                                              PolicyPattern::Variables::Off, Qt::CaseInsensitive)
                    .matches(assumeRoleAction);
            });
        return listed != s.notAction;
    });
}

const AccessEvaluator::TrustIndex& AccessEvaluator::trustIndex()
{
    if (m_trustIndex)
        return *m_trustIndex;
    m_trustIndex.emplace();
    for (const Account& account : m_directory.accounts()) {
        for (const Role& role : m_directory.roles(account.id)) {
            const AuditPolicy* trust = trustPolicy(role);
            if (!trust)
                continue;
            const QString roleArn = role.arn().toString();
            for (const PolicyStatement& statement : trust->document().statements()) {
                if (!statement.principal || statement.effect != PolicyEffect::Allow)
                    continue;
                if (statement.principal->anyone || statement.notPrincipal ||
                    statement.principal->aws.contains(QStringLiteral("*")))
                    m_trustIndex->rolesTrustingAnyone << roleArn;
                for (const QString& arn : statement.principal->aws)
                    m_trustIndex->rolesNaming[arn] << roleArn;
            }
        }
    }
    return *m_trustIndex;
}

bool AccessEvaluator::mayAssumeSomeRole(const AuditPrincipal& principal)
{
    const TrustIndex& index = trustIndex();
    return mayAssumeAnyRole(principal) || !index.rolesTrustingAnyone.isEmpty() ||
           index.rolesNaming.contains(principal.arn);
}

QList<AssumeEdge> AccessEvaluator::assumeEdges(const QList<AuditPrincipal>& principals,
                                               const QList<Role>& roles)
{
    const TrustIndex& index = trustIndex();
    QHash<QString, int> position; // role ARN -> index in roles
    for (int r = 0; r < roles.size(); ++r)
        position.insert(roles.at(r).arn().toString(), r);
    QList<int> trustAnyone;
    for (const QString& arn : index.rolesTrustingAnyone)
        if (const auto r = position.constFind(arn); r != position.cend())
            trustAnyone << *r;
    QList<AssumeEdge> edges;
    for (const AuditPrincipal& principal : principals) {
        QList<int> candidates = trustAnyone;
        for (const QString& arn : index.rolesNaming.value(principal.arn))
            if (const auto r = position.constFind(arn); r != position.cend())
                candidates << *r;
        if (mayAssumeAnyRole(principal)) {
            candidates.resize(roles.size());
            std::iota(candidates.begin(), candidates.end(), 0);
        } else {
            std::sort(candidates.begin(), candidates.end());
            candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        }
        for (const int r : candidates) {
            const Role& role = roles.at(r);
            if (!mayAssume(principal, role))
                continue;
            const AccessDecision decision = decideAssume(principal, role);
            if (decision.allowed())
                edges.append(
                    {principal.arn, principal.kind, role.arn().toString(), decision.conditional()});
        }
    }
    return edges;
}
