#pragma once

#include "policy/conditionoperator.h"
#include "policy/ipaddressrange.h"
#include "policy/policypattern.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

class RequestContext;

// One policy value of a condition, compiled for its operator family: the
// number, date, address range, boolean or bytes it stands for, parsed once.
// A value holding policy variables is resolved and parsed per request.
class ConditionValue
{
public:
    static ConditionValue compile(const QString& text, ConditionOperator::Family family,
                                  PolicyPattern::Variables variables);

    // Whether the request value satisfies the (non-negated) operator against
    // this policy value; false when either side does not parse.
    bool matches(QStringView requestValue, const ConditionOperator& op,
                 const RequestContext& context) const;

    // The text a JSON scalar compares as: numbers and booleans keep their
    // JSON spelling; nullopt for null, arrays and objects.
    static std::optional<QString> textOf(const QJsonValue& value);

    // Conversions shared with the request side.
    static std::optional<double> toNumber(QStringView text);
    // Milliseconds since the epoch, from ISO 8601 or epoch seconds.
    static std::optional<qint64> toEpochMilliseconds(QStringView text);
    static std::optional<bool> toBool(QStringView text);
    static std::optional<QByteArray> fromBase64(QStringView text);

private:
    bool matchesArn(QStringView requestValue, const RequestContext& context) const;
    bool compare(QStringView requestValue, const ConditionOperator& op,
                 const std::optional<QString>& resolved) const;
    static bool compareOrdered(double request, double policy, ConditionOperator::Comparison c);

    ConditionOperator::Family m_family = ConditionOperator::Family::String;
    PolicyPattern m_pattern;
    QList<PolicyPattern> m_arnParts; // the six ARN components, for Arn operators
    // Parsed forms when the value holds no variables.
    std::optional<double> m_number;
    std::optional<IpAddressRange> m_range;
    std::optional<bool> m_bool;
    std::optional<QByteArray> m_bytes;
};
