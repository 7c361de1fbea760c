#include "audit/effectivepermissions.h"

#include "audit/accessevaluator.h"
#include "audit/cancellationtoken.h"
#include "directory/directory.h"
#include "directory/policyset.h"
#include "policy/policycache.h"
#include "policy/policyevaluator.h"
#include "policy/policypattern.h"

#include <algorithm>

namespace {

PolicySet policiesOf(const Directory& directory, EntityKind kind, const QString& accountId,
                     const QString& name)
{
    switch (kind) {
    case EntityKind::User:
        return PolicySet::forUser(directory, accountId, name);
    case EntityKind::Group:
        return PolicySet::forGroup(directory, accountId, name);
    case EntityKind::Role:
        return PolicySet::forRole(directory, accountId, name);
    case EntityKind::Policy:
        break;
    }
    return {};
}

QString effectName(PolicyEffect effect)
{
    return effect == PolicyEffect::Allow ? QStringLiteral("Allow") : QStringLiteral("Deny");
}

// The element's entries one by one, or all of a Not... element as one entry.
QStringList entries(const QStringList& values, bool negated, const QString& notName)
{
    if (negated)
        return {notName + QStringLiteral(": ") + values.join(QStringLiteral(", "))};
    return values;
}

// What the SCPs of a principal's account take away from its grants.
class ScpLimits
{
public:
    ScpLimits(const PolicySet& set, PolicyCache& cache)
    {
        if (set.serviceControlPolicies.isEmpty())
            return;
        PolicySet levels;
        levels.serviceControlPolicies = set.serviceControlPolicies;
        QStringList errors;
        levels.compileInto(cache, m_request, errors);
        const auto everything =
            cache.get(QStringLiteral(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow",)"
                                     R"("Action":"*","Resource":"*"}]})"),
                      PolicyKind::Identity);
        if (everything)
            m_request.identityPolicies = {NamedPolicy{QString(), everything.value()}};
        for (const QList<PolicySet::Named>& level : set.serviceControlPolicies)
            for (const PolicySet::Named& scp : level)
                if (const auto document =
                        PolicyDocument::parse(scp.document, PolicyKind::ServiceControl))
                    for (const PolicyStatement& statement : document->statements())
                        if (statement.effect == PolicyEffect::Deny && !statement.notAction)
                            m_deniedActions << statement.actions;
    }

    // Marks what the SCPs take from the statement's grant of action on resource.
    void mark(const PolicyStatement& statement, const QString& action, const QString& resource,
              PermissionLine& line) const
    {
        if (m_request.serviceControlPolicies.isEmpty() || statement.effect != PolicyEffect::Allow)
            return;
        EvaluationRequest request = m_request;
        request.action = statement.notAction ? QStringLiteral("*") : action;
        request.resource = statement.notResource ? QStringLiteral("*") : resource;
        const EvaluationResult decided = PolicyEvaluator::evaluate(request);
        line.noScpAllows = decided.decision == Decision::ImplicitDeny;
        line.limitedByScp = !decided.isAllowed() || deniesPartOf(statement, action);
    }

private:
    // A deny-list SCP takes part of a wider grant away ("*", "cloudtrail:*").
    bool deniesPartOf(const PolicyStatement& statement, const QString& action) const
    {
        const auto covers = [](const QString& pattern, const QString& denied) {
            return PolicyPattern::compile(pattern, PolicyPattern::Wildcards::On,
                                          PolicyPattern::Variables::Off, Qt::CaseInsensitive)
                .matches(denied);
        };
        return std::any_of(
            m_deniedActions.begin(), m_deniedActions.end(), [&](const QString& denied) {
                if (!statement.notAction)
                    return covers(action, denied);
                return std::none_of(statement.actions.begin(), statement.actions.end(),
                                    [&](const QString& left) { return covers(left, denied); });
            });
    }

    EvaluationRequest m_request;
    QStringList m_deniedActions;
};

} // namespace

QList<PermissionLine> EffectivePermissions::of(const Directory& directory, EntityKind kind,
                                               const QString& accountId, const QString& name,
                                               const CancellationToken* cancel)
{
    if (CancellationToken::requested(cancel))
        return {};
    return of(policiesOf(directory, kind, accountId, name), cancel);
}

QList<PermissionLine> EffectivePermissions::of(const PolicySet& set,
                                               const CancellationToken* cancel)
{
    PolicyCache cache;
    std::optional<NamedPolicy> boundary;
    if (set.permissionsBoundary) {
        auto compiled = cache.get(set.permissionsBoundary->document, PolicyKind::Boundary);
        // A boundary that does not compile allows nothing.
        boundary =
            NamedPolicy{set.permissionsBoundary->name, compiled ? compiled.value() : nullptr};
    }
    // Whether the boundary lets through the action on the resource, taken literally:
    // "s3:*" on "arn:aws:s3:::b/*" passes a boundary that allows exactly that or more.
    auto limited = [&boundary](const QString& action, const QString& resource) {
        if (!boundary)
            return false;
        EvaluationRequest request;
        request.action = action;
        request.resource = resource;
        request.identityPolicies = {*boundary};
        return !PolicyEvaluator::evaluate(request).isAllowed();
    };

    const ScpLimits scps(set, cache);

    QList<PermissionLine> lines;
    for (const PolicySet::Named& named : set.identityPolicies) {
        // A principal with many large policies takes a while: Cancel is honoured between them.
        if (CancellationToken::requested(cancel))
            return lines;
        const auto document = PolicyDocument::parse(named.document, PolicyKind::Identity);
        if (!document)
            continue;
        const QString source = AccessEvaluator::sourceOf(named);
        for (const PolicyStatement& statement : document->statements()) {
            const QStringList actions =
                entries(statement.actions, statement.notAction, QStringLiteral("NotAction"));
            const QStringList resources = statement.hasResource
                                              ? entries(statement.resources, statement.notResource,
                                                        QStringLiteral("NotResource"))
                                              : QStringList{QStringLiteral("*")};
            for (const QString& action : actions) {
                for (const QString& resource : resources) {
                    PermissionLine line;
                    line.effect = effectName(statement.effect);
                    line.action = action;
                    line.resource = resource;
                    line.source = source;
                    line.conditional = !statement.conditions.isEmpty();
                    line.limitedByBoundary =
                        statement.effect == PolicyEffect::Allow &&
                        limited(statement.notAction ? QStringLiteral("*") : action,
                                statement.notResource ? QStringLiteral("*") : resource);
                    scps.mark(statement, action, resource, line);
                    lines.append(line);
                }
            }
        }
    }
    return lines;
}
