#include "policy/compiledstatement.h"

#include <algorithm>

StatementInput::StatementInput(QStringView action, QStringView resource,
                               const RequestContext& context, const RequestPrincipal& principal)
    : resource(resource)
    , context(&context)
    , principal(&principal)
{
    // Actions match case-insensitively: fold once here, and the patterns at compile time.
    m_folded.resize(action.size());
    for (qsizetype i = 0; i < action.size(); ++i)
        m_folded[i] = action.at(i).toCaseFolded();
    const QStringView folded(m_folded.constData(), m_folded.size());
    const qsizetype colon = folded.indexOf(QLatin1Char(':'));
    actionService = colon < 0 ? folded : folded.left(colon);
    actionName = colon < 0 ? QStringView() : folded.mid(colon + 1);
}

CompiledStatement CompiledStatement::compile(const PolicyStatement& statement,
                                             PolicyPattern::Variables variables)
{
    using W = PolicyPattern::Wildcards;
    using V = PolicyPattern::Variables;
    CompiledStatement compiled;
    compiled.m_effect = statement.effect;
    compiled.m_notAction = statement.notAction;
    for (const QString& action : statement.actions) {
        ActionPattern pattern;
        pattern.everything = action == QLatin1String("*");
        const qsizetype colon = action.indexOf(QLatin1Char(':'));
        const QString folded = action.toCaseFolded();
        pattern.service = PolicyPattern::compile(folded.left(colon), W::On, V::Off);
        pattern.name = PolicyPattern::compile(folded.mid(colon + 1), W::On, V::Off);
        compiled.m_actions.append(pattern);
    }
    compiled.m_anyResource = !statement.hasResource;
    compiled.m_notResource = statement.notResource;
    for (const QString& resource : statement.resources)
        compiled.m_resources.append(PolicyPattern::compile(resource, W::ArnSegments, variables));
    if (statement.principal)
        compiled.m_principal =
            PrincipalMatcher::compile(*statement.principal, statement.notPrincipal);
    for (const PolicyCondition& condition : statement.conditions)
        compiled.m_conditions.append(CompiledCondition::compile(condition, variables));
    return compiled;
}

std::optional<QStringList> CompiledStatement::services() const
{
    if (m_notAction)
        return std::nullopt;
    QStringList services;
    for (const ActionPattern& action : m_actions) {
        if (action.everything || !action.service.isLiteral())
            return std::nullopt;
        if (!services.contains(action.service.text()))
            services.append(action.service.text());
    }
    return services;
}

PrincipalMatch CompiledStatement::applies(const StatementInput& input) const
{
    if (!matchesAction(input) || !matchesResource(input))
        return PrincipalMatch::None;
    const PrincipalMatch principal =
        m_principal ? m_principal->match(*input.principal) : PrincipalMatch::Direct;
    if (principal == PrincipalMatch::None || !conditionsHold(input))
        return PrincipalMatch::None;
    return principal;
}

bool CompiledStatement::matchesAction(const StatementInput& input) const
{
    const bool listed =
        std::any_of(m_actions.cbegin(), m_actions.cend(), [&input](const ActionPattern& action) {
            return action.everything || (action.service.matches(input.actionService) &&
                                         action.name.matches(input.actionName));
        });
    return listed != m_notAction;
}

bool CompiledStatement::matchesResource(const StatementInput& input) const
{
    if (m_anyResource)
        return true;
    const bool listed = std::any_of(m_resources.cbegin(), m_resources.cend(),
                                    [&input](const PolicyPattern& resource) {
                                        return resource.matches(input.resource, input.context);
                                    });
    return listed != m_notResource;
}

bool CompiledStatement::conditionsHold(const StatementInput& input) const
{
    return std::all_of(m_conditions.cbegin(), m_conditions.cend(),
                       [&input](const CompiledCondition& condition) {
                           return condition.evaluate(*input.context);
                       });
}
