#include "audit/auditpolicy.h"

#include "policy/policycache.h"
#include "policy/requestcontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

const QString statementKey = QStringLiteral("Statement");
const QString conditionKey = QStringLiteral("Condition");
const QString principalTagPrefix = QStringLiteral("aws:principaltag/");
const QStringList resourceTagPrefixes{QStringLiteral("aws:resourcetag/"),
                                      QStringLiteral("iam:resourcetag/")};
constexpr int maxTagConditions = 64; // one bit each

QJsonArray statementsOf(const QJsonObject& document)
{
    const QJsonValue statement = document.value(statementKey);
    return statement.isArray() ? statement.toArray() : QJsonArray{statement};
}

bool startsWithAny(const QString& key, const QStringList& prefixes)
{
    return std::any_of(prefixes.cbegin(), prefixes.cend(), [&](const QString& prefix) {
        return key.startsWith(prefix, Qt::CaseInsensitive);
    });
}

// The policy variables a value names: "${aws:PrincipalTag/team, 'none'}" names
// aws:PrincipalTag/team. ${*}, ${?} and ${$} stand for characters, not variables.
QStringList variablesIn(const QString& value)
{
    QStringList names;
    for (qsizetype at = value.indexOf(QLatin1String("${")); at >= 0;
         at = value.indexOf(QLatin1String("${"), at + 2)) {
        const qsizetype end = value.indexOf(QLatin1Char('}'), at);
        if (end < 0)
            break;
        const QString name =
            value.mid(at + 2, end - at - 2).section(QLatin1Char(','), 0, 0).trimmed();
        if (name != QLatin1String("*") && name != QLatin1String("?") && name != QLatin1String("$"))
            names << name;
    }
    return names;
}

void removeCondition(QJsonObject& block, const PolicyCondition& condition)
{
    QJsonObject keys = block.value(condition.op).toObject();
    keys.remove(condition.key);
    if (keys.isEmpty())
        block.remove(condition.op);
    else
        block.insert(condition.op, keys);
}

} // namespace

Result<AuditPolicy> AuditPolicy::compile(PolicyCache& cache, const QString& text, PolicyKind kind)
{
    auto original = cache.get(text, kind);
    if (!original)
        return original.error();
    AuditPolicy policy;
    policy.m_original = original.value();
    policy.m_text = text;
    policy.m_kind = kind;
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
    policy.findTagConditions();
    auto strict = policy.compileForm(cache, Form::Strict, {});
    if (!strict)
        return strict.error();
    auto lenient = policy.compileForm(cache, Form::Lenient, {});
    if (!lenient)
        return lenient.error();
    policy.m_strict = strict.value();
    policy.m_lenient = lenient.value();
    return policy;
}

void AuditPolicy::findTagConditions()
{
    const QList<PolicyStatement>& statements = document().statements();
    for (int i = 0; i < statements.size(); ++i) {
        const QList<PolicyCondition>& conditions = statements.at(i).conditions;
        for (int c = 0; c < conditions.size() && m_tagConditions.size() < maxTagConditions; ++c) {
            const PolicyCondition& condition = conditions.at(c);
            const bool onPrincipal =
                condition.key.startsWith(principalTagPrefix, Qt::CaseInsensitive);
            if (!onPrincipal && !startsWithAny(condition.key, resourceTagPrefixes))
                continue;
            TagCondition tag{i, c, onPrincipal};
            if (document().supportsVariables())
                for (const QString& value : condition.values)
                    for (const QString& name : variablesIn(value)) {
                        if (name.startsWith(principalTagPrefix, Qt::CaseInsensitive))
                            tag.namesPrincipalTags = true;
                        else
                            tag.namesOther = true;
                    }
            m_tagConditions.append(tag);
        }
    }
}

quint64 AuditPolicy::decidedTagConditions(const KnownTags& known,
                                          const RequestContext& context) const
{
    quint64 decided = 0;
    for (int t = 0; t < m_tagConditions.size(); ++t) {
        const TagCondition& tag = m_tagConditions.at(t);
        if (!(tag.onPrincipal ? known.principal : known.resource))
            continue;
        const bool valuesKnown = !tag.namesOther && (!tag.namesPrincipalTags || known.principal);
        const QString& key =
            document().statements().at(tag.statement).conditions.at(tag.condition).key;
        if (valuesKnown || !context.contains(key))
            decided |= quint64(1) << t;
    }
    return decided;
}

Result<AuditPolicy::Compiled> AuditPolicy::variant(PolicyCache& cache, Form form,
                                                   quint64 decided) const
{
    if (decided == 0)
        return compiled(form);
    return compileForm(cache, form, [this, decided](int statement, int condition) {
        for (int t = 0; t < m_tagConditions.size(); ++t) {
            const TagCondition& tag = m_tagConditions.at(t);
            if (tag.statement == statement && tag.condition == condition)
                return (decided >> t & 1) != 0;
        }
        return false;
    });
}

Result<AuditPolicy::Compiled> AuditPolicy::compileForm(PolicyCache& cache, Form form,
                                                       const Kept& kept) const
{
    QJsonObject json = QJsonDocument::fromJson(m_text.toUtf8()).object();
    const QJsonArray statements = statementsOf(json);
    const QList<PolicyStatement>& parsed = document().statements();
    QJsonArray out;
    Compiled compiled;
    for (int i = 0; i < statements.size() && i < parsed.size(); ++i) {
        QJsonObject statement = statements.at(i).toObject();
        const QList<PolicyCondition>& conditions = parsed.at(i).conditions;
        if (!conditions.isEmpty()) {
            QJsonObject block = statement.value(conditionKey).toObject();
            bool allKept = true;
            for (int c = 0; c < conditions.size(); ++c) {
                if (kept && kept(i, c))
                    continue;
                allKept = false;
                removeCondition(block, conditions.at(c));
            }
            const bool allow = parsed.at(i).effect == PolicyEffect::Allow;
            // Of a condition that may or may not hold, strict: an allow is gone, a deny
            // stays; lenient: the other way round. The conditions kept are decided.
            if (!allKept && allow != (form == Form::Lenient))
                continue;
            if (block.isEmpty())
                statement.remove(conditionKey);
            else
                statement.insert(conditionKey, block);
        }
        out.append(statement);
        compiled.originalStatements.append(i);
    }
    if (out.isEmpty())
        return compiled;
    json.insert(statementKey, out);
    const QString formText = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    auto policy = cache.get(formText, m_kind);
    if (!policy)
        return policy.error();
    compiled.policy = policy.value();
    return compiled;
}

NamedPolicy AuditPolicy::named(Form form, const QString& name) const
{
    return {name, compiled(form).policy};
}

const AuditPolicy::Compiled& AuditPolicy::compiled(Form form) const
{
    return form == Form::Strict ? m_strict : m_lenient;
}

int AuditPolicy::originalStatement(Form form, int index) const
{
    const QList<int>& map = compiled(form).originalStatements;
    return map.isEmpty() ? index : map.value(index, index);
}
