#include "policy/compiledpolicy.h"

#include <algorithm>

CompiledPolicy::CompiledPolicy(PolicyDocument document)
    : m_document(std::move(document))
{
    const auto variables = m_document.supportsVariables() ? PolicyPattern::Variables::On
                                                          : PolicyPattern::Variables::Off;
    m_statements.reserve(m_document.statements().size());
    for (const PolicyStatement& statement : m_document.statements())
        m_statements.append(CompiledStatement::compile(statement, variables));

    for (int i = 0; i < m_statements.size(); ++i) {
        const auto services = m_statements.at(i).services();
        if (!services) {
            m_anyService.append(i);
            for (ServiceStatements& group : m_byService)
                group.statements.append(i);
            continue;
        }
        for (const QString& service : *services) {
            auto group = std::find_if(
                m_byService.begin(), m_byService.end(),
                [&service](const ServiceStatements& g) { return g.service == service; });
            if (group == m_byService.end())
                group = m_byService.insert(m_byService.end(), {service, m_anyService});
            group->statements.append(i);
        }
    }
}

const QList<int>& CompiledPolicy::candidates(QStringView foldedService) const
{
    for (const ServiceStatements& group : m_byService) {
        if (group.service == foldedService)
            return group.statements;
    }
    return m_anyService;
}

Result<std::shared_ptr<const CompiledPolicy>>
CompiledPolicy::compile(const QString& text, PolicyKind kind, PolicyDiagnostic* diagnostic)
{
    auto document = PolicyDocument::parse(text, kind, diagnostic);
    if (!document.ok())
        return document.error();
    return std::shared_ptr<const CompiledPolicy>(
        std::make_shared<CompiledPolicy>(std::move(document).value()));
}

void CompiledPolicy::match(const StatementInput& input, StatementHits& hits) const
{
    for (const int i : candidates(input.actionService)) {
        const CompiledStatement& statement = m_statements.at(i);
        const PrincipalMatch principal = statement.applies(input);
        if (principal != PrincipalMatch::None)
            hits.append({i, statement.effect(), principal});
    }
}
