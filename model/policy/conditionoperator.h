#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// A condition operator name taken apart (spec §5.6):
// [ForAllValues:|ForAnyValue:] <base operator> [IfExists].
class ConditionOperator
{
public:
    enum class Family
    {
        String,           // StringEquals, StringNotEquals
        StringIgnoreCase, // StringEqualsIgnoreCase, StringNotEqualsIgnoreCase
        StringLike,       // StringLike, StringNotLike
        Numeric,
        Date,
        Bool,
        Binary,    // BinaryEquals
        IpAddress, // IpAddress, NotIpAddress
        Arn,       // ArnEquals, ArnLike and their negations: AWS documents them alike
        Null,
    };
    enum class Comparison
    {
        Equals,
        LessThan,
        LessThanEquals,
        GreaterThan,
        GreaterThanEquals
    };
    enum class SetOperator
    {
        None,
        ForAllValues,
        ForAnyValue
    };

    // Operator names are matched without regard to case; nullopt for an
    // unknown operator or for Null with IfExists.
    static std::optional<ConditionOperator> parse(QStringView name);

    Family family() const { return m_family; }
    Comparison comparison() const { return m_comparison; }
    // StringNotEquals, NotIpAddress, ArnNotLike...: true when no policy value matches.
    bool isNegated() const { return m_negated; }
    bool isIfExists() const { return m_ifExists; }
    SetOperator setOperator() const { return m_set; }
    // Whether '*' and '?' are wildcards in the policy values.
    bool usesWildcards() const { return m_family == Family::StringLike || m_family == Family::Arn; }

private:
    Family m_family = Family::String;
    Comparison m_comparison = Comparison::Equals;
    bool m_negated = false;
    bool m_ifExists = false;
    SetOperator m_set = SetOperator::None;
};
