#include "policy/conditionoperator.h"

#include <array>

namespace {

struct BaseOperator
{
    const char* name;
    ConditionOperator::Family family;
    ConditionOperator::Comparison comparison;
    bool negated;
};

using F = ConditionOperator::Family;
using C = ConditionOperator::Comparison;

constexpr std::array<BaseOperator, 27> baseOperators{{
    {"StringEquals", F::String, C::Equals, false},
    {"StringNotEquals", F::String, C::Equals, true},
    {"StringEqualsIgnoreCase", F::StringIgnoreCase, C::Equals, false},
    {"StringNotEqualsIgnoreCase", F::StringIgnoreCase, C::Equals, true},
    {"StringLike", F::StringLike, C::Equals, false},
    {"StringNotLike", F::StringLike, C::Equals, true},
    {"NumericEquals", F::Numeric, C::Equals, false},
    {"NumericNotEquals", F::Numeric, C::Equals, true},
    {"NumericLessThan", F::Numeric, C::LessThan, false},
    {"NumericLessThanEquals", F::Numeric, C::LessThanEquals, false},
    {"NumericGreaterThan", F::Numeric, C::GreaterThan, false},
    {"NumericGreaterThanEquals", F::Numeric, C::GreaterThanEquals, false},
    {"DateEquals", F::Date, C::Equals, false},
    {"DateNotEquals", F::Date, C::Equals, true},
    {"DateLessThan", F::Date, C::LessThan, false},
    {"DateLessThanEquals", F::Date, C::LessThanEquals, false},
    {"DateGreaterThan", F::Date, C::GreaterThan, false},
    {"DateGreaterThanEquals", F::Date, C::GreaterThanEquals, false},
    {"Bool", F::Bool, C::Equals, false},
    {"BinaryEquals", F::Binary, C::Equals, false},
    {"IpAddress", F::IpAddress, C::Equals, false},
    {"NotIpAddress", F::IpAddress, C::Equals, true},
    {"ArnEquals", F::Arn, C::Equals, false},
    {"ArnNotEquals", F::Arn, C::Equals, true},
    {"ArnLike", F::Arn, C::Equals, false},
    {"ArnNotLike", F::Arn, C::Equals, true},
    {"Null", F::Null, C::Equals, false},
}};

bool chopPrefix(QStringView& name, QLatin1String prefix)
{
    if (!name.startsWith(prefix, Qt::CaseInsensitive))
        return false;
    name = name.mid(prefix.size());
    return true;
}

bool chopSuffix(QStringView& name, QLatin1String suffix)
{
    if (!name.endsWith(suffix, Qt::CaseInsensitive))
        return false;
    name.chop(suffix.size());
    return true;
}

} // namespace

std::optional<ConditionOperator> ConditionOperator::parse(QStringView name)
{
    ConditionOperator op;
    if (chopPrefix(name, QLatin1String("ForAllValues:")))
        op.m_set = SetOperator::ForAllValues;
    else if (chopPrefix(name, QLatin1String("ForAnyValue:")))
        op.m_set = SetOperator::ForAnyValue;
    op.m_ifExists = chopSuffix(name, QLatin1String("IfExists"));
    for (const BaseOperator& base : baseOperators) {
        if (name.compare(QLatin1String(base.name), Qt::CaseInsensitive) != 0)
            continue;
        if (base.family == Family::Null && op.m_ifExists)
            return std::nullopt;
        op.m_family = base.family;
        op.m_comparison = base.comparison;
        op.m_negated = base.negated;
        return op;
    }
    return std::nullopt;
}
