#pragma once

#include "policy/conditionoperator.h"
#include "policy/conditionvalue.h"
#include "policy/policydocument.h"

#include <QList>
#include <QString>

class RequestContext;

// One condition key under one operator, compiled: evaluates against a
// request's context per spec §5.6 (values OR together, negated operators
// AND them; missing keys as the spec says).
class CompiledCondition
{
public:
    // condition.op must name a known operator (PolicyDocument::parse checked it).
    static CompiledCondition compile(const PolicyCondition& condition,
                                     PolicyPattern::Variables variables);

    bool evaluate(const RequestContext& context) const;

    const ConditionOperator& conditionOperator() const { return m_op; }
    const QString& key() const { return m_key; }

private:
    bool matchesAnyPolicyValue(QStringView requestValue, const RequestContext& context) const;
    bool satisfiedBy(QStringView requestValue, const RequestContext& context) const
    {
        return matchesAnyPolicyValue(requestValue, context) != m_op.isNegated();
    }
    bool evaluateNull(bool keyMissing) const;
    bool evaluateMissing() const;

    ConditionOperator m_op;
    QString m_key;
    QString m_lowerCaseKey;
    QList<ConditionValue> m_values;
    QList<bool> m_nullExpectations; // Null: "true" means the key must be absent
};
