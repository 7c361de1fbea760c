#include "audit/accessevaluator.h"

#include "directory/directory.h"
#include "directory/directorysnapshot.h"
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
const QString tagSessionAction = QStringLiteral("sts:TagSession");

} // namespace

const QString AccessEvaluator::sessionName = QStringLiteral("audit");

AccessEvaluator::AccessEvaluator(const Directory& directory, AuditMode mode,
                                 DirectorySnapshot::Contents contents,
                                 std::shared_ptr<AuditPolicyStore> policies)
    : m_directory(directory)
    , m_now(directory.clock() ? directory.clock()->now() : QDateTime::currentDateTimeUtc())
    , m_store(policies ? std::move(policies) : std::make_shared<AuditPolicyStore>())
    , m_mode(mode)
    , m_contents(contents)
{}

AccessEvaluator::~AccessEvaluator() = default;

void AccessEvaluator::useSnapshot(std::shared_ptr<const DirectorySnapshot> snapshot)
{
    if (m_mode != AuditMode::Indexed || !snapshot ||
        (m_contents == DirectorySnapshot::Contents::Everything && !snapshot->hasUsers()))
        return;
    m_snapshot = std::move(snapshot);
    m_snapshotTried = true;
}

const DirectorySnapshot* AccessEvaluator::snapshot()
{
    if (m_mode != AuditMode::Indexed)
        return nullptr;
    if (!m_snapshotTried) {
        m_snapshotTried = true;
        auto loaded = DirectorySnapshot::load(m_directory, m_contents);
        // Without it the audit reads principal by principal: slower, the same answers.
        if (loaded)
            m_snapshot = std::make_shared<const DirectorySnapshot>(std::move(loaded).value());
        else
            m_errors << loaded.error().message();
    }
    return m_snapshot.get();
}

void AccessEvaluator::readEntities()
{
    if (m_entitiesRead)
        return;
    m_entitiesRead = true;
    if (const DirectorySnapshot* all = snapshot()) {
        m_groups = all->groups();
        m_roles = all->roles();
        if (all->hasUsers()) {
            m_users = all->users();
            return;
        }
        for (const Account& account : m_directory.accounts())
            m_users += m_directory.users(account.id);
        return;
    }
    for (const Account& account : m_directory.accounts()) {
        m_users += m_directory.users(account.id);
        m_groups += m_directory.groups(account.id);
        m_roles += m_directory.roles(account.id);
    }
}

const QList<User>& AccessEvaluator::users()
{
    readEntities();
    return m_users;
}

const QList<Group>& AccessEvaluator::groups()
{
    readEntities();
    return m_groups;
}

const QList<Role>& AccessEvaluator::roles()
{
    readEntities();
    return m_roles;
}

QList<int> AccessEvaluator::groupsOfUser(int user)
{
    if (const DirectorySnapshot* all = snapshot(); all && all->hasUsers())
        return all->groupsOfUser(user);
    const User& u = users().at(user);
    if (m_groupByUniqueId.isEmpty())
        for (int g = 0; g < m_groups.size(); ++g)
            m_groupByUniqueId.insert(m_groups.at(g).groupId, g);
    QList<int> out;
    for (const Group& group : m_directory.groupsForUser(u.accountId, u.name))
        if (const auto g = m_groupByUniqueId.constFind(group.groupId);
            g != m_groupByUniqueId.cend())
            out << *g;
    return out;
}

QList<int> AccessEvaluator::membersOfGroup(int group)
{
    if (const DirectorySnapshot* all = snapshot(); all && all->hasUsers())
        return all->membersOfGroup(group);
    const Group& g = groups().at(group);
    if (m_userByUniqueId.isEmpty())
        for (int u = 0; u < m_users.size(); ++u)
            m_userByUniqueId.insert(m_users.at(u).userId, u);
    QList<int> out;
    for (const User& member : m_directory.usersInGroup(g.accountId, g.name))
        if (const auto u = m_userByUniqueId.constFind(member.userId); u != m_userByUniqueId.cend())
            out << *u;
    return out;
}

PolicySet AccessEvaluator::policySet(const AuditPrincipal& principal)
{
    const bool user = principal.kind == EntityKind::User;
    if (const DirectorySnapshot* all = snapshot(); all && (!user || all->hasUsers())) {
        const auto index = user ? all->userIndex(principal.accountId, principal.name)
                                : all->roleIndex(principal.accountId, principal.name);
        if (!index)
            return {};
        return user ? all->policiesOfUser(*index) : all->policiesOfRole(*index);
    }
    return user ? PolicySet::forUser(m_directory, principal.accountId, principal.name)
                : PolicySet::forRole(m_directory, principal.accountId, principal.name);
}

QString AccessEvaluator::organizationIdOf(const QString& accountId)
{
    auto found = m_organizationIds.constFind(accountId);
    if (found == m_organizationIds.cend())
        found = m_organizationIds.insert(accountId, m_directory.organizationIdOf(accountId));
    return *found;
}

const AuditPolicy* AccessEvaluator::policy(const QString& key, const QString& text, PolicyKind kind,
                                           const QString& label)
{
    const std::pair<QString, int> fullKey{key, int(kind)};
    if (auto known = m_policies.constFind(fullKey); known != m_policies.cend())
        return known->get();
    auto compiled = m_store->get(key, text, kind);
    std::shared_ptr<const AuditPolicy> stored;
    if (compiled)
        stored = compiled.value();
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
    const QString account = resourceAccounts(resource, principal.accountId).owningAccount;
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

const AccessEvaluator::ResourceAccounts&
AccessEvaluator::resourceAccounts(const QString& resource, const QString& callerAccount)
{
    if (!m_resourceAccounts || m_resourceAccounts->resource != resource ||
        m_resourceAccounts->callerAccount != callerAccount)
        m_resourceAccounts = ResourceAccounts{resource, callerAccount,
                                              PolicySet::resourceAccount(resource, callerAccount),
                                              PolicySet::owningAccount(resource, callerAccount)};
    return *m_resourceAccounts;
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
    caller.organizationId = organizationIdOf(caller.accountId);
    caller.userId = user.userId;
    caller.userName = user.name;
    caller.tags = user.tags;
    caller.now = m_now;
    principal.strict.principal = RequestContextBuilder::principal(caller);
    principal.strict.context = RequestContextBuilder::build(caller);
    principal.lenient = principal.strict;
    principal.tagsKnown = true;
    prepare(principal, policySet(principal));
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
    caller.organizationId = organizationIdOf(caller.accountId);
    caller.userId = role.roleId + QLatin1Char(':') + sessionName;
    caller.tags = role.tags;
    caller.roleArn = principal.arn;
    caller.temporaryCredentials = true;
    caller.tokenIssueTime = m_now;
    caller.now = m_now;
    principal.strict.principal = RequestContextBuilder::principal(caller);
    principal.strict.context = RequestContextBuilder::build(caller);
    principal.lenient = principal.strict;
    principal.tagsKnown = sessionsCarryOnlyRoleTags(role);
    prepare(principal, policySet(principal));
    return principal;
}

std::optional<AuditPrincipal> AccessEvaluator::principal(const QString& arn)
{
    const auto parsed = Arn::parse(arn);
    if (!parsed || parsed->service() != QLatin1String("iam"))
        return std::nullopt;
    const bool user = parsed->resourceType() == QLatin1String("user");
    if (const DirectorySnapshot* all = snapshot(); all && (!user || all->hasUsers())) {
        const auto found = all->principalIndex(arn);
        if (!found)
            return std::nullopt;
        return found->first == EntityKind::User ? principalFor(all->users().at(found->second))
                                                : principalFor(all->roles().at(found->second));
    }
    if (user) {
        if (const auto found = m_directory.user(parsed->account(), parsed->resourceName()))
            return principalFor(*found);
    } else if (parsed->resourceType() == QLatin1String("role")) {
        if (const auto role = m_directory.role(parsed->account(), parsed->resourceName()))
            return principalFor(*role);
    }
    return std::nullopt;
}

const AuditPolicy* AccessEvaluator::trustPolicy(const Role& role)
{
    // By its text: roles that share a trust policy share its compiled forms.
    return policy(QStringLiteral("trust:") + role.trustPolicy, role.trustPolicy, PolicyKind::Trust,
                  role.name + QStringLiteral(" (trust policy)"));
}

bool AccessEvaluator::policyMayAllow(const AuditPolicy* policy, const QString& action,
                                     const QString& resource)
{
    if (policy->hasVariables())
        return true; // its answer depends on who asks
    if (!allowsAction(policy, action))
        return false;
    // One question asks about the same action and resource for every principal.
    if (!m_mayAllowAnswers || action != m_mayAllowAction || resource != m_mayAllowResource) {
        m_mayAllowAction = action;
        m_mayAllowResource = resource;
        m_mayAllowAnswers = &m_mayAllow[{action, resource}];
    }
    QHash<const AuditPolicy*, bool>& answers = *m_mayAllowAnswers;
    auto known = answers.constFind(policy);
    if (known != answers.cend())
        return *known;
    EvaluationRequest alone;
    alone.action = action;
    alone.resource = resource;
    alone.identityPolicies = {policy->named(AuditPolicy::Form::Lenient, QString())};
    const bool allows = PolicyEvaluator::evaluate(alone).isAllowed();
    answers.insert(policy, allows);
    return allows;
}

bool AccessEvaluator::identityMayAllow(const AuditPrincipal& principal, const QString& action,
                                       const QString& resource)
{
    return std::any_of(principal.identity.cbegin(), principal.identity.cend(),
                       [&](const AuditPrincipal::Policy& p) {
                           return policyMayAllow(p.policy, action, resource);
                       });
}

AccessDecision AccessEvaluator::run(const AuditPrincipal& principal, EvaluationRequest request,
                                    const AuditPolicy* trust, AuditPolicy::Form form,
                                    const Variants& variants) const
{
    if (trust)
        request.resourcePolicy =
            variants.trust ? NamedPolicy{QStringLiteral("trust policy"), variants.trust->policy}
                           : trust->named(form, QStringLiteral("trust policy"));
    const EvaluationResult result =
        trust ? PolicyEvaluator::evaluateAssumeRole(request) : PolicyEvaluator::evaluate(request);
    AccessDecision decision;
    if (!result.isAllowed())
        return decision;
    decision.grant = form == AuditPolicy::Form::Strict ? AccessDecision::Grant::Always
                                                       : AccessDecision::Grant::Conditional;
    for (MatchedStatement matched : result.matched) {
        const AuditPolicy* source = nullptr;
        const AuditPolicy::Compiled* used = nullptr;
        if (matched.type == PolicyType::Identity) {
            source = principal.identity.value(matched.policyIndex).policy;
            used = variants.identity.value(matched.policyIndex);
        } else if (matched.type == PolicyType::Boundary && principal.boundary) {
            source = principal.boundary->policy;
            used = variants.boundary;
        } else if (matched.type == PolicyType::Trust) {
            source = trust;
            used = variants.trust;
        }
        if (used && !used->originalStatements.isEmpty())
            matched.statementIndex =
                used->originalStatements.value(matched.statementIndex, matched.statementIndex);
        else if (source && !used)
            matched.statementIndex = source->originalStatement(form, matched.statementIndex);
        decision.allows.append(matched);
    }
    return decision;
}

AccessEvaluator::Variants AccessEvaluator::useKnownTags(const AuditPrincipal& principal,
                                                        EvaluationRequest& request,
                                                        const AuditPolicy* trust,
                                                        const std::optional<TagList>& resourceTags,
                                                        AuditPolicy::Form form)
{
    Variants variants;
    const AuditPolicy::KnownTags known{principal.tagsKnown, resourceTags.has_value()};
    if (!known.principal && !known.resource)
        return variants;
    if (resourceTags)
        RequestContextBuilder::addResourceTags(request.context, *resourceTags);
    auto variantOf = [&](const AuditPolicy* policy) -> const AuditPolicy::Compiled* {
        if (!policy || !policy->hasTagConditions())
            return nullptr;
        const quint64 decided = policy->decidedTagConditions(known, request.context);
        return decided ? variant(policy, form, decided) : nullptr;
    };
    for (int i = 0; i < principal.identity.size(); ++i) {
        if (const AuditPolicy::Compiled* used = variantOf(principal.identity.at(i).policy)) {
            variants.identity.resize(principal.identity.size());
            variants.identity[i] = used;
            request.identityPolicies[i].policy = used->policy;
        }
    }
    if (principal.boundary)
        if (const AuditPolicy::Compiled* used = variantOf(principal.boundary->policy)) {
            variants.boundary = used;
            request.permissionsBoundary->policy = used->policy;
        }
    variants.trust = variantOf(trust);
    return variants;
}

const AuditPolicy::Compiled* AccessEvaluator::variant(const AuditPolicy* policy,
                                                      AuditPolicy::Form form, quint64 decided)
{
    const auto key = std::tuple{policy, form, decided};
    auto found = m_variants.find(key);
    if (found == m_variants.end()) {
        auto compiled = policy->variant(m_store->cache(), form, decided);
        found =
            m_variants
                .emplace(key, compiled ? std::optional(std::move(compiled).value()) : std::nullopt)
                .first;
    }
    return found->second ? &*found->second : nullptr;
}

const std::optional<TagList>& AccessEvaluator::resourceTags(const QString& resource)
{
    if (const auto known = m_resourceTags.constFind(resource); known != m_resourceTags.cend())
        return *known;
    std::optional<TagList> tags;
    const auto arn = Arn::parse(resource);
    const bool role = arn && arn->service() == QLatin1String("iam") &&
                      arn->resourceType() == QLatin1String("role");
    const bool user = arn && arn->service() == QLatin1String("iam") &&
                      arn->resourceType() == QLatin1String("user");
    if (const DirectorySnapshot* all = snapshot(); all && (role || (user && all->hasUsers()))) {
        if (const auto found = all->principalIndex(resource)) {
            // A user or role at another path is another resource.
            if (found->first == EntityKind::User &&
                all->users().at(found->second).arn().toString() == resource)
                tags = all->users().at(found->second).tags;
            else if (found->first == EntityKind::Role &&
                     all->roles().at(found->second).arn().toString() == resource)
                tags = all->roles().at(found->second).tags;
        }
    } else if (role) {
        if (const auto found = m_directory.roleByArn(resource))
            tags = found->tags;
    } else if (user) {
        if (const auto found = m_directory.user(arn->account(), arn->resourceName());
            found && found->arn().toString() == resource)
            tags = found->tags;
    }
    return *m_resourceTags.insert(resource, tags);
}

bool AccessEvaluator::sessionsCarryOnlyRoleTags(const Role& role)
{
    const AuditPolicy* trust = trustPolicy(role);
    return !trust || !allowsAction(trust, tagSessionAction);
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
        request.resourceAccount = resourceAccounts(resource, principal.accountId).resourceAccount;
        request.resourceControlPolicies = resourceControlPolicies(principal, resource, form);
        const Variants variants =
            useKnownTags(principal, request, nullptr, resourceTags(resource), form);
        AccessDecision decision = run(principal, std::move(request), nullptr, form, variants);
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
        const Variants variants =
            useKnownTags(principal, request, nullptr, resourceTags(resource), form);
        AccessDecision decision = run(principal, std::move(request), nullptr, form, variants);
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
        const Variants variants = useKnownTags(principal, request, trust, role.tags, form);
        AccessDecision decision = run(principal, std::move(request), trust, form, variants);
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
                           return allowsAction(p.policy, assumeRoleAction);
                       });
}

bool AccessEvaluator::allowsAction(const AuditPolicy* policy, const QString& action)
{
    QHash<const AuditPolicy*, bool>& answers = m_allowsAction[action];
    if (const auto known = answers.constFind(policy); known != answers.cend())
        return *known;
    const auto statements = policy->document().statements();
    const bool allows =
        std::any_of(statements.cbegin(), statements.cend(), [&](const PolicyStatement& s) {
            if (s.effect != PolicyEffect::Allow)
                return false;
            const bool listed =
                std::any_of(s.actions.cbegin(), s.actions.cend(), [&](const QString& pattern) {
                    return PolicyPattern::compile(pattern, PolicyPattern::Wildcards::On,
                                                  PolicyPattern::Variables::Off,
                                                  Qt::CaseInsensitive)
                        .matches(action);
                });
            return listed != s.notAction;
        });
    answers.insert(policy, allows);
    return allows;
}

const QList<int>& AccessEvaluator::rolesAllowedBy(const AuditPolicy* policy)
{
    auto found = m_rolesAllowedBy.find(policy);
    if (found != m_rolesAllowedBy.end())
        return *found;
    QList<int> allowed;
    const QList<Role>& all = roles();
    if (policy->hasVariables() || allowsAction(policy, assumeRoleAction)) {
        EvaluationRequest alone;
        alone.action = assumeRoleAction;
        alone.identityPolicies = {policy->named(AuditPolicy::Form::Lenient, QString())};
        for (int r = 0; r < all.size(); ++r) {
            alone.resource = all.at(r).arn().toString();
            if (policy->hasVariables() || PolicyEvaluator::evaluate(alone).isAllowed())
                allowed << r;
        }
    }
    return *m_rolesAllowedBy.insert(policy, allowed);
}

const QList<const AuditPolicy*>& AccessEvaluator::ownCompiled(EntityKind kind, int index)
{
    static const QList<const AuditPolicy*> none;
    QList<std::optional<QList<const AuditPolicy*>>>* table = nullptr;
    switch (kind) {
    case EntityKind::User:
        table = &m_ownCompiledUsers;
        if (table->isEmpty())
            table->resize(users().size());
        break;
    case EntityKind::Group:
        table = &m_ownCompiledGroups;
        if (table->isEmpty())
            table->resize(groups().size());
        break;
    case EntityKind::Role:
        table = &m_ownCompiledRoles;
        if (table->isEmpty())
            table->resize(roles().size());
        break;
    case EntityKind::Policy:
        return none;
    }
    std::optional<QList<const AuditPolicy*>>& known = (*table)[index];
    if (known)
        return *known;
    QList<PolicySet::Named> own;
    const DirectorySnapshot* all = snapshot();
    if (all && (kind != EntityKind::User || all->hasUsers())) {
        own = all->ownPolicies(kind, index);
    } else if (kind == EntityKind::Group) {
        const Group& group = groups().at(index);
        own = PolicySet::forGroup(m_directory, group.accountId, group.name).identityPolicies;
    } else if (kind == EntityKind::User) {
        const User& user = users().at(index);
        for (const PolicySet::Named& named :
             PolicySet::forUser(m_directory, user.accountId, user.name).identityPolicies)
            if (named.viaGroup.isEmpty())
                own << named;
    }
    QList<const AuditPolicy*> compiled;
    for (const PolicySet::Named& named : own)
        if (const AuditPolicy* p =
                policy(named.cacheKey, named.document, PolicyKind::Identity, named.name))
            compiled << p;
    known = std::move(compiled);
    return *known;
}

const AccessEvaluator::TrustIndex& AccessEvaluator::trustIndex()
{
    if (m_trustIndex)
        return *m_trustIndex;
    m_trustIndex.emplace();
    const QList<Role>& all = roles();
    m_trustIndex->namedBy.resize(all.size());
    for (int r = 0; r < all.size(); ++r) {
        const AuditPolicy* trust = trustPolicy(all.at(r));
        if (!trust)
            continue;
        bool anyone = false;
        for (const PolicyStatement& statement : trust->document().statements()) {
            if (!statement.principal || statement.effect != PolicyEffect::Allow)
                continue;
            if (statement.principal->anyone || statement.notPrincipal ||
                statement.principal->aws.contains(QStringLiteral("*")))
                anyone = true;
            for (const QString& arn : statement.principal->aws) {
                m_trustIndex->rolesNaming[arn] << r;
                m_trustIndex->namedBy[r] << arn;
                if (arn.startsWith(QLatin1String("arn:")) && !arn.endsWith(QLatin1String(":root")))
                    m_trustIndex->namesPrincipals = true;
            }
        }
        if (anyone)
            m_trustIndex->rolesTrustingAnyone << r;
    }
    return *m_trustIndex;
}

bool AccessEvaluator::mightAllow(EntityKind kind, int index, const QStringList& actions)
{
    if (m_mode == AuditMode::Exhaustive)
        return true;
    auto allows = [&](EntityKind owner, int i) {
        const QList<const AuditPolicy*>& own = ownCompiled(owner, i);
        return std::any_of(own.cbegin(), own.cend(), [&](const AuditPolicy* p) {
            return p->hasVariables() ||
                   std::any_of(actions.cbegin(), actions.cend(),
                               [&](const QString& action) { return allowsAction(p, action); });
        });
    };
    if (allows(kind, index))
        return true;
    if (kind != EntityKind::User)
        return false;
    const QList<int> memberOf = groupsOfUser(index);
    return std::any_of(memberOf.cbegin(), memberOf.cend(),
                       [&](int g) { return allows(EntityKind::Group, g); });
}

bool AccessEvaluator::mightAssume(EntityKind kind, int index)
{
    if (m_mode == AuditMode::Exhaustive)
        return true;
    const TrustIndex& trusts = trustIndex();
    if (!trusts.rolesTrustingAnyone.isEmpty())
        return true;
    // Named by a trust policy itself (when any names more than accounts).
    auto named = [&] {
        if (kind == EntityKind::User)
            return trusts.rolesNaming.contains(users().at(index).arn().toString());
        const Role& role = roles().at(index);
        return trusts.rolesNaming.contains(role.arn().toString()) ||
               trusts.rolesNaming.contains(
                   Arn::assumedRole(role.accountId, role.name, sessionName).toString());
    };
    if (trusts.namesPrincipals && named())
        return true;
    return mightAllow(kind, index, {assumeRoleAction});
}

bool AccessEvaluator::limitedByScps(const QString& accountId)
{
    if (m_mode == AuditMode::Exhaustive)
        return true;
    auto known = m_limitedByScps.constFind(accountId);
    if (known == m_limitedByScps.cend())
        known = m_limitedByScps.insert(
            accountId, !PolicySet::controlPolicyLevels(m_directory, accountId,
                                                       OrganizationPolicy::Type::ServiceControl)
                            .isEmpty());
    return *known;
}

bool AccessEvaluator::mayAssumeSomeRole(const AuditPrincipal& principal)
{
    if (m_mode == AuditMode::Exhaustive)
        return true;
    const TrustIndex& index = trustIndex();
    return mayAssumeAnyRole(principal) || !index.rolesTrustingAnyone.isEmpty() ||
           index.rolesNaming.contains(principal.arn) ||
           index.rolesNaming.contains(principal.strict.principal.arn);
}

QList<int> AccessEvaluator::candidateRoles(const AuditPrincipal& principal)
{
    QList<int> all(roles().size());
    std::iota(all.begin(), all.end(), 0);
    if (m_mode == AuditMode::Exhaustive)
        return all;
    const TrustIndex& index = trustIndex();
    QList<int> candidates = index.rolesTrustingAnyone;
    candidates += index.rolesNaming.value(principal.arn);
    if (principal.strict.principal.arn != principal.arn)
        candidates += index.rolesNaming.value(principal.strict.principal.arn);
    for (const AuditPrincipal::Policy& p : principal.identity) {
        if (p.policy->hasVariables())
            return all;
        if (allowsAction(p.policy, assumeRoleAction))
            candidates += rolesAllowedBy(p.policy);
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    return candidates;
}

AccessEvaluator::Candidates AccessEvaluator::candidatePrincipals(const Role& role)
{
    Candidates out;
    const int userCount = int(users().size());
    const int roleCount = int(roles().size());
    const TrustIndex& index = trustIndex();
    const QString roleArn = role.arn().toString();
    const DirectorySnapshot* all = snapshot(); // none in Exhaustive mode
    const auto self = all ? all->roleIndex(role.accountId, role.name) : std::nullopt;
    if (!self || index.rolesTrustingAnyone.contains(*self)) {
        out.users.resize(userCount);
        std::iota(out.users.begin(), out.users.end(), 0);
        out.roles.resize(roleCount);
        std::iota(out.roles.begin(), out.roles.end(), 0);
        return out;
    }
    QList<bool> user(userCount, false);
    QList<bool> other(roleCount, false);
    // Named by the trust policy itself: a user, a role, or one of its sessions.
    for (const QString& arn : index.namedBy.at(*self)) {
        const auto parsed = Arn::parse(arn);
        if (!parsed)
            continue;
        if (parsed->service() == QLatin1String("sts") &&
            parsed->resourceType() == QLatin1String("assumed-role")) {
            const QString name = parsed->resource().section(QLatin1Char('/'), 1, 1);
            if (const auto r = all->roleIndex(parsed->account(), name))
                other[*r] = true;
        } else if (const auto found = all->principalIndex(arn)) {
            (found->first == EntityKind::User ? user : other)[found->second] = true;
        }
    }
    // Allowed by an identity policy: a group's policies once for all its members.
    QHash<const AuditPolicy*, bool> answers; // each distinct policy asked once
    auto mayAllow = [&](EntityKind kind, int i) {
        const QList<const AuditPolicy*>& own = ownCompiled(kind, i);
        return std::any_of(own.cbegin(), own.cend(), [&](const AuditPolicy* p) {
            auto known = answers.constFind(p);
            if (known == answers.cend())
                known = answers.insert(p, policyMayAllow(p, assumeRoleAction, roleArn));
            return *known;
        });
    };
    QList<bool> groupAllows(groups().size(), false);
    for (int g = 0; g < groupAllows.size(); ++g)
        groupAllows[g] = mayAllow(EntityKind::Group, g);
    for (int u = 0; u < userCount; ++u) {
        if (user.at(u))
            continue;
        const QList<int> memberOf = groupsOfUser(u);
        user[u] =
            mayAllow(EntityKind::User, u) || std::any_of(memberOf.cbegin(), memberOf.cend(),
                                                         [&](int g) { return groupAllows.at(g); });
    }
    for (int r = 0; r < roleCount; ++r)
        other[r] = other.at(r) || mayAllow(EntityKind::Role, r);
    for (int u = 0; u < userCount; ++u)
        if (user.at(u))
            out.users << u;
    for (int r = 0; r < roleCount; ++r)
        if (other.at(r))
            out.roles << r;
    return out;
}

QList<AssumeEdge> AccessEvaluator::assumeEdges(const AuditPrincipal& principal)
{
    QList<AssumeEdge> edges;
    if (!mayAssumeSomeRole(principal))
        return edges;
    for (const int r : candidateRoles(principal)) {
        const Role& role = m_roles.at(r);
        if (!mayAssume(principal, role))
            continue;
        const AccessDecision decision = decideAssume(principal, role);
        if (decision.allowed())
            edges.append(
                {principal.arn, principal.kind, role.arn().toString(), decision.conditional()});
    }
    return edges;
}
