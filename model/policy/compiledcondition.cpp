#include "policy/compiledcondition.h"

#include "policy/requestcontext.h"

#include <algorithm>

CompiledCondition CompiledCondition::compile(const PolicyCondition& condition,
                                             PolicyPattern::Variables variables)
{
    CompiledCondition compiled;
    compiled.m_op = ConditionOperator::parse(condition.op).value_or(ConditionOperator());
    compiled.m_key = condition.key;
    compiled.m_lowerCaseKey = condition.key.toLower();
    for (const QString& value : condition.values) {
        if (compiled.m_op.family() == ConditionOperator::Family::Null) {
            // A Null value other than true/false never matches.
            if (const auto expectation = ConditionValue::toBool(value))
                compiled.m_nullExpectations.append(*expectation);
            continue;
        }
        compiled.m_values.append(ConditionValue::compile(value, compiled.m_op.family(), variables));
    }
    return compiled;
}

bool CompiledCondition::evaluate(const RequestContext& context) const
{
    const QStringList* values = context.valuesForLowerCaseKey(m_lowerCaseKey);
    const bool missing = !values || values->isEmpty();
    if (m_op.family() == ConditionOperator::Family::Null)
        return evaluateNull(missing);
    if (missing)
        return evaluateMissing();
    const auto satisfied = [&](const QString& value) { return satisfiedBy(value, context); };
    switch (m_op.setOperator()) {
    case ConditionOperator::SetOperator::ForAnyValue:
        return std::any_of(values->cbegin(), values->cend(), satisfied);
    case ConditionOperator::SetOperator::ForAllValues:
        return std::all_of(values->cbegin(), values->cend(), satisfied);
    case ConditionOperator::SetOperator::None:
        break;
    }
    // A plain operator on a multi-valued key: any value may match; a negated
    // one holds only when no value matches.
    const bool anyMatch = std::any_of(values->cbegin(), values->cend(), [&](const QString& value) {
        return matchesAnyPolicyValue(value, context);
    });
    return anyMatch != m_op.isNegated();
}

// Spec §5.6: a missing key fails a condition, except ...IfExists, negated
// operators and ForAllValues (vacuously true); ForAnyValue stays false.
bool CompiledCondition::evaluateMissing() const
{
    if (m_op.isIfExists())
        return true;
    switch (m_op.setOperator()) {
    case ConditionOperator::SetOperator::ForAllValues:
        return true;
    case ConditionOperator::SetOperator::ForAnyValue:
        return false;
    case ConditionOperator::SetOperator::None:
        break;
    }
    return m_op.isNegated();
}

bool CompiledCondition::evaluateNull(bool keyMissing) const
{
    return std::any_of(m_nullExpectations.cbegin(), m_nullExpectations.cend(),
                       [keyMissing](bool expectMissing) { return expectMissing == keyMissing; });
}

bool CompiledCondition::matchesAnyPolicyValue(QStringView requestValue,
                                              const RequestContext& context) const
{
    return std::any_of(m_values.cbegin(), m_values.cend(), [&](const ConditionValue& value) {
        return value.matches(requestValue, m_op, context);
    });
}
