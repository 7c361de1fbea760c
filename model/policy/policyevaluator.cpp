#include "policy/policyevaluator.h"

#include "policy/organizationpolicyrules.h"

#include <optional>

namespace {

// What the policies of one kind said about a request.
struct Layer
{
    bool present = false;
    QList<MatchedStatement> allows;
    QList<MatchedStatement> denies;
    PrincipalMatch strongest = PrincipalMatch::None; // how the allowing statements name the caller

    bool allowed() const { return !allows.isEmpty(); }
};

void scan(const NamedPolicy& named, PolicyType type, int index, const StatementInput& input,
          Layer& layer, int level = 0)
{
    layer.present = true;
    if (!named.policy)
        return;
    StatementHits hits;
    named.policy->match(input, hits);
    const QList<PolicyStatement>& statements = named.policy->document().statements();
    for (const StatementHit& hit : hits) {
        MatchedStatement matched{named.name,    type, index, statements.at(hit.statement).sid,
                                 hit.statement, level};
        if (hit.effect == PolicyEffect::Deny) {
            layer.denies.append(std::move(matched));
            continue;
        }
        layer.allows.append(std::move(matched));
        if (int(hit.principal) > int(layer.strongest))
            layer.strongest = hit.principal;
    }
}

// The account field of an ARN ("arn:aws:s3:::bucket" has none).
QStringView arnAccount(QStringView arn)
{
    if (!arn.startsWith(QLatin1String("arn:")))
        return {};
    qsizetype start = 0;
    for (int field = 0; field < 4; ++field) {
        start = arn.indexOf(QLatin1Char(':'), start);
        if (start < 0)
            return {};
        ++start;
    }
    const qsizetype end = arn.indexOf(QLatin1Char(':'), start);
    return end < 0 ? QStringView() : arn.mid(start, end - start);
}

bool isSameAccount(const EvaluationRequest& request)
{
    const QStringView owner = request.resourceAccount.isEmpty()
                                  ? arnAccount(request.resource)
                                  : QStringView(request.resourceAccount);
    return owner.isEmpty() || request.principal.account.isEmpty() ||
           owner == request.principal.account;
}

struct Layers
{
    Layer identity;
    Layer boundary;
    Layer session;
    Layer resource;
    bool root = false;

    // Boundary and session policies: the limits of a role session or user.
    std::optional<PolicyType> limitsGap() const
    {
        if (boundary.present && !boundary.allowed())
            return PolicyType::Boundary;
        if (session.present && !session.allowed())
            return PolicyType::Session;
        return std::nullopt;
    }
    // The identity side: an identity allow within the limits.
    std::optional<PolicyType> identityGap() const
    {
        if (!root && !identity.allowed())
            return PolicyType::Identity;
        return limitsGap();
    }
    QList<MatchedStatement> allAllows() const
    {
        return identity.allows + boundary.allows + session.allows + resource.allows;
    }
    QList<MatchedStatement> allDenies() const
    {
        return identity.denies + boundary.denies + session.denies + resource.denies;
    }
};

// What the organization's SCPs and RCPs said (IAM User Guide, "Policy evaluation
// logic"; Organizations User Guide, "SCP evaluation"): they grant nothing, any
// deny is final, and for SCPs every level from the root down to the account
// must allow.
struct Guardrails
{
    QList<MatchedStatement> denies; // RCPs' then SCPs'
    QList<MatchedStatement> allows; // every level's allowing SCP statements
    bool scpLevelWithoutAllow = false;

    void scanServiceControl(const QList<QList<NamedPolicy>>& levels, const StatementInput& input)
    {
        for (int l = 0; l < levels.size(); ++l) {
            const Layer layer = scanLevel(levels.at(l), PolicyType::ServiceControl, l, input);
            denies += layer.denies;
            allows += layer.allows;
            if (!layer.allowed())
                scpLevelWithoutAllow = true;
        }
    }
    // Only an RCP's denies count: AWS attaches RCPFullAWSAccess, which allows
    // everything, to every level and it cannot be detached, and no other RCP may
    // allow (Organizations User Guide, "RCP syntax").
    void scanResourceControl(const QList<QList<NamedPolicy>>& levels, const StatementInput& input)
    {
        if (!OrganizationPolicyRules::resourceControlApplies(input.actionService, input.actionName))
            return;
        for (int l = 0; l < levels.size(); ++l)
            denies += scanLevel(levels.at(l), PolicyType::ResourceControl, l, input).denies;
    }

private:
    static Layer scanLevel(const QList<NamedPolicy>& level, PolicyType type, int l,
                           const StatementInput& input)
    {
        Layer layer;
        for (int i = 0; i < level.size(); ++i)
            scan(level.at(i), type, i, input, layer, l);
        return layer;
    }
};

EvaluationResult allow(PolicyType decidedBy, QList<MatchedStatement> matched)
{
    return {Decision::Allow, decidedBy, std::move(matched)};
}

EvaluationResult implicitDeny(PolicyType missing)
{
    return {Decision::ImplicitDeny, missing, {}};
}

} // namespace

EvaluationResult PolicyEvaluator::evaluate(const EvaluationRequest& request)
{
    return decide(request, Mode::Request);
}

EvaluationResult PolicyEvaluator::evaluateAssumeRole(const EvaluationRequest& request)
{
    return decide(request, Mode::AssumeRole);
}

EvaluationResult PolicyEvaluator::decide(const EvaluationRequest& request, Mode mode)
{
    const StatementInput input(request.action, request.resource, request.context,
                               request.principal);
    Layers layers;
    layers.root = request.principal.root;
    for (int i = 0; i < request.identityPolicies.size(); ++i)
        scan(request.identityPolicies.at(i), PolicyType::Identity, i, input, layers.identity);
    if (request.permissionsBoundary)
        scan(*request.permissionsBoundary, PolicyType::Boundary, 0, input, layers.boundary);
    for (int i = 0; i < request.sessionPolicies.size(); ++i)
        scan(request.sessionPolicies.at(i), PolicyType::Session, i, input, layers.session);
    const PolicyType resourceType =
        mode == Mode::AssumeRole ? PolicyType::Trust : PolicyType::Resource;
    if (request.resourcePolicy)
        scan(*request.resourcePolicy, resourceType, 0, input, layers.resource);
    // Outside an organization and in its management account the lists are empty.
    Guardrails org;
    if (!request.resourceControlPolicies.isEmpty())
        org.scanResourceControl(request.resourceControlPolicies, input);
    if (!request.serviceControlPolicies.isEmpty())
        org.scanServiceControl(request.serviceControlPolicies, input);

    const QList<MatchedStatement> denies = org.denies + layers.allDenies();
    if (!denies.isEmpty())
        return {Decision::ExplicitDeny, denies.constFirst().type, denies};
    // SCPs limit every principal of a member account, its root user included,
    // whatever its own or the resource's policies grant.
    if (org.scpLevelWithoutAllow)
        return implicitDeny(PolicyType::ServiceControl);
    // An allow names every statement that agreed, the SCPs' last.
    const auto grant = [&org](PolicyType decidedBy, const QList<MatchedStatement>& matched) {
        return allow(decidedBy, matched + org.allows);
    };

    const bool sameAccount = isSameAccount(request);
    const PrincipalMatch named = layers.resource.strongest;
    if (mode == Mode::AssumeRole) {
        if (named == PrincipalMatch::None)
            return implicitDeny(PolicyType::Trust);
        // A service or identity provider has no identity policies of its own.
        if (!request.principal.isAwsPrincipal())
            return grant(PolicyType::Trust, layers.resource.allows);
    }
    if (sameAccount) {
        if (layers.root && mode == Mode::Request)
            return grant(PolicyType::Identity, layers.allAllows());
        // Granted to the user or session ARN itself: no identity policy,
        // boundary or session policy needs to agree (AWS evaluation logic).
        if (named == PrincipalMatch::Direct)
            return grant(resourceType, layers.resource.allows);
        // Granted to the role of the session: still within its boundary and
        // session policies.
        if (named == PrincipalMatch::Role) {
            if (const auto gap = layers.limitsGap())
                return implicitDeny(*gap);
            return grant(resourceType,
                         layers.resource.allows + layers.boundary.allows + layers.session.allows);
        }
    }
    if (const auto gap = layers.identityGap())
        return implicitDeny(*gap);
    if (!sameAccount && named == PrincipalMatch::None)
        return implicitDeny(resourceType);
    return grant(PolicyType::Identity, layers.allAllows());
}
