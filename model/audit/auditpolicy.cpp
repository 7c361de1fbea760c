#include "audit/auditpolicy.h"

#include "policy/policycache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

const QString statementKey = QStringLiteral("Statement");
const QString conditionKey = QStringLiteral("Condition");

QJsonArray statementsOf(const QJsonObject& document)
{
    const QJsonValue statement = document.value(statementKey);
    return statement.isArray() ? statement.toArray() : QJsonArray{statement};
}

} // namespace

Result<AuditPolicy> AuditPolicy::compile(PolicyCache& cache, const QString& text, PolicyKind kind)
{
    auto original = cache.get(text, kind);
    if (!original)
        return original.error();
    AuditPolicy policy;
    policy.m_original = original.value();
    const QList<PolicyStatement>& statements = policy.document().statements();
    policy.m_hasConditions =
        std::any_of(statements.cbegin(), statements.cend(),
                    [](const PolicyStatement& s) { return !s.conditions.isEmpty(); });
    policy.m_hasVariables =
        policy.document().supportsVariables() && text.contains(QLatin1String("${"));
    if (!policy.m_hasConditions) {
        policy.m_strict = {policy.m_original, {}};
        policy.m_lenient = policy.m_strict;
        return policy;
    }
    auto strict = compileForm(cache, policy.document(), text, kind, Form::Strict);
    if (!strict)
        return strict.error();
    auto lenient = compileForm(cache, policy.document(), text, kind, Form::Lenient);
    if (!lenient)
        return lenient.error();
    policy.m_strict = strict.value();
    policy.m_lenient = lenient.value();
    return policy;
}

Result<AuditPolicy::Compiled> AuditPolicy::compileForm(PolicyCache& cache,
                                                       const PolicyDocument& document,
                                                       const QString& text, PolicyKind kind,
                                                       Form form)
{
    QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    const QJsonArray statements = statementsOf(json);
    QJsonArray kept;
    Compiled compiled;
    for (int i = 0; i < statements.size() && i < document.statements().size(); ++i) {
        QJsonObject statement = statements.at(i).toObject();
        if (statement.contains(conditionKey)) {
            const bool allow = document.statements().at(i).effect == PolicyEffect::Allow;
            // Strict: an allow that may not hold is gone, a deny that may hold stays.
            // Lenient: the other way round.
            if (allow != (form == Form::Lenient))
                continue;
            statement.remove(conditionKey);
        }
        kept.append(statement);
        compiled.originalStatements.append(i);
    }
    if (kept.isEmpty())
        return compiled;
    json.insert(statementKey, kept);
    const QString formText = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    auto policy = cache.get(formText, kind);
    if (!policy)
        return policy.error();
    compiled.policy = policy.value();
    return compiled;
}

NamedPolicy AuditPolicy::named(Form form, const QString& name) const
{
    return {name, form == Form::Strict ? m_strict.policy : m_lenient.policy};
}

int AuditPolicy::originalStatement(Form form, int index) const
{
    const QList<int>& map =
        form == Form::Strict ? m_strict.originalStatements : m_lenient.originalStatements;
    return map.isEmpty() ? index : map.value(index, index);
}
