#include "policy/conditionvalue.h"

#include "policy/requestcontext.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace {

using Family = ConditionOperator::Family;

// Splits an ARN (or ARN pattern) into its six components; the last keeps any
// further colons. Colons inside ${...} belong to a variable, not a separator.
QList<QStringView> arnComponents(QStringView text)
{
    QList<QStringView> parts;
    qsizetype start = 0;
    int braces = 0;
    for (qsizetype i = 0; i < text.size() && parts.size() < 5; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('{') && i > 0 && text.at(i - 1) == QLatin1Char('$'))
            ++braces;
        else if (c == QLatin1Char('}') && braces > 0)
            --braces;
        else if (c == QLatin1Char(':') && braces == 0) {
            parts.append(text.mid(start, i - start));
            start = i + 1;
        }
    }
    parts.append(text.mid(start));
    return parts;
}

std::optional<int> digits(QStringView text, qsizetype& pos, int count)
{
    if (pos + count > text.size())
        return std::nullopt;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text.at(pos + i);
        if (!c.isDigit())
            return std::nullopt;
        value = value * 10 + c.digitValue();
    }
    pos += count;
    return value;
}

bool consume(QStringView text, qsizetype& pos, char c)
{
    if (pos < text.size() && text.at(pos) == QLatin1Char(c)) {
        ++pos;
        return true;
    }
    return false;
}

// The common ISO 8601 forms without QDateTime's parser (which is slow):
// YYYY-MM-DD[(T| )hh:mm[:ss[.fff]]][Z|(+|-)hh[:]mm]
std::optional<qint64> parseIsoFast(QStringView text)
{
    qsizetype pos = 0;
    const auto year = digits(text, pos, 4);
    const bool dash1 = consume(text, pos, '-');
    const auto month = digits(text, pos, 2);
    const bool dash2 = consume(text, pos, '-');
    const auto day = digits(text, pos, 2);
    if (!year || !month || !day || !dash1 || !dash2)
        return std::nullopt;
    const QDate date(*year, *month, *day);
    if (!date.isValid())
        return std::nullopt;
    qint64 ms = 0;
    if (pos < text.size() &&
        (text.at(pos) == QLatin1Char('T') || text.at(pos) == QLatin1Char('t') ||
         text.at(pos) == QLatin1Char(' '))) {
        ++pos;
        const auto hour = digits(text, pos, 2);
        const bool colon = consume(text, pos, ':');
        const auto minute = digits(text, pos, 2);
        if (!hour || !colon || !minute || *hour > 23 || *minute > 59)
            return std::nullopt;
        ms = (*hour * 3600LL + *minute * 60LL) * 1000;
        if (consume(text, pos, ':')) {
            const auto second = digits(text, pos, 2);
            if (!second || *second > 60)
                return std::nullopt;
            ms += *second * 1000LL;
            if (consume(text, pos, '.')) {
                qint64 scale = 100;
                const qsizetype start = pos;
                for (; pos < text.size() && text.at(pos).isDigit(); ++pos, scale /= 10)
                    ms += text.at(pos).digitValue() * scale;
                if (pos == start)
                    return std::nullopt;
            }
        }
    }
    qint64 offsetMs = 0;
    if (consume(text, pos, 'Z') || consume(text, pos, 'z')) {
    } else if (pos < text.size() &&
               (text.at(pos) == QLatin1Char('+') || text.at(pos) == QLatin1Char('-'))) {
        const qint64 sign = text.at(pos) == QLatin1Char('-') ? -1 : 1;
        ++pos;
        const auto hours = digits(text, pos, 2);
        consume(text, pos, ':');
        const auto minutes = digits(text, pos, 2);
        if (!hours || !minutes)
            return std::nullopt;
        offsetMs = sign * (*hours * 3600LL + *minutes * 60LL) * 1000;
    }
    if (pos != text.size())
        return std::nullopt;
    constexpr qint64 julianDayOfEpoch = 2440588;
    return (date.toJulianDay() - julianDayOfEpoch) * 86400000LL + ms - offsetMs;
}

} // namespace

ConditionValue ConditionValue::compile(const QString& text, ConditionOperator::Family family,
                                       PolicyPattern::Variables variables)
{
    using W = PolicyPattern::Wildcards;
    ConditionValue value;
    value.m_family = family;
    const W wildcards = family == Family::StringLike || family == Family::Arn ? W::On : W::Off;
    const Qt::CaseSensitivity cs =
        family == Family::StringIgnoreCase ? Qt::CaseInsensitive : Qt::CaseSensitive;
    value.m_pattern = PolicyPattern::compile(text, wildcards, variables, cs);
    if (family == Family::Arn) {
        for (QStringView part : arnComponents(text))
            value.m_arnParts.append(PolicyPattern::compile(part.toString(), W::On, variables));
    }
    if (value.m_pattern.hasVariables())
        return value;
    switch (family) {
    case Family::Numeric:
        value.m_number = toNumber(text);
        break;
    case Family::Date:
        if (const auto ms = toEpochMilliseconds(text))
            value.m_number = double(*ms);
        break;
    case Family::Bool:
        value.m_bool = toBool(text);
        break;
    case Family::Binary:
        value.m_bytes = fromBase64(text);
        break;
    case Family::IpAddress:
        value.m_range = IpAddressRange::parse(text);
        break;
    default:
        break;
    }
    return value;
}

bool ConditionValue::matches(QStringView requestValue, const ConditionOperator& op,
                             const RequestContext& context) const
{
    switch (m_family) {
    case Family::String:
    case Family::StringIgnoreCase:
    case Family::StringLike:
        return m_pattern.matches(requestValue, &context);
    case Family::Arn:
        return matchesArn(requestValue, context);
    case Family::Null:
        return false; // decided by key presence, not by values
    default:
        break;
    }
    if (!m_pattern.hasVariables())
        return compare(requestValue, op, std::nullopt);
    const auto resolved = m_pattern.resolve(&context);
    return resolved && compare(requestValue, op, resolved);
}

// ARN operators compare component by component, so a '*' never spans a ':'
// of the first five; the resource part may hold colons of its own.
bool ConditionValue::matchesArn(QStringView requestValue, const RequestContext& context) const
{
    if (m_arnParts.size() < 6) {
        // A truncated ARN matches nothing; a non-ARN pattern such as "*" the whole value.
        return !m_pattern.text().startsWith(QLatin1String("arn:")) &&
               m_pattern.matches(requestValue, &context);
    }
    const QList<QStringView> parts = arnComponents(requestValue);
    if (parts.size() < 6)
        return false;
    for (int i = 0; i < 6; ++i) {
        if (!m_arnParts.at(i).matches(parts.at(i), &context))
            return false;
    }
    return true;
}

bool ConditionValue::compare(QStringView requestValue, const ConditionOperator& op,
                             const std::optional<QString>& resolved) const
{
    switch (m_family) {
    case Family::Numeric: {
        const auto policy = resolved ? toNumber(*resolved) : m_number;
        const auto request = toNumber(requestValue);
        return policy && request && compareOrdered(*request, *policy, op.comparison());
    }
    case Family::Date: {
        const auto policyMs = resolved ? toEpochMilliseconds(*resolved) : std::nullopt;
        const auto policy =
            resolved ? (policyMs ? std::optional<double>(double(*policyMs)) : std::nullopt)
                     : m_number;
        const auto request = toEpochMilliseconds(requestValue);
        return policy && request && compareOrdered(double(*request), *policy, op.comparison());
    }
    case Family::Bool: {
        const auto policy = resolved ? toBool(*resolved) : m_bool;
        const auto request = toBool(requestValue);
        return policy && request && *policy == *request;
    }
    case Family::Binary: {
        const auto policy = resolved ? fromBase64(*resolved) : m_bytes;
        const auto request = fromBase64(requestValue);
        return policy && request && *policy == *request;
    }
    case Family::IpAddress: {
        const auto policy = resolved ? IpAddressRange::parse(*resolved) : m_range;
        const auto request = IpAddressRange::parse(requestValue);
        return policy && request && policy->contains(*request);
    }
    default:
        return false;
    }
}

bool ConditionValue::compareOrdered(double request, double policy, ConditionOperator::Comparison c)
{
    using C = ConditionOperator::Comparison;
    switch (c) {
    case C::Equals:
        return request == policy;
    case C::LessThan:
        return request < policy;
    case C::LessThanEquals:
        return request <= policy;
    case C::GreaterThan:
        return request > policy;
    case C::GreaterThanEquals:
        return request >= policy;
    }
    return false;
}

std::optional<QString> ConditionValue::textOf(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    return std::nullopt;
}

std::optional<double> ConditionValue::toNumber(QStringView text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<qint64> ConditionValue::toEpochMilliseconds(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    // Epoch seconds: only digits (AWS accepts them wherever a date goes).
    bool allDigits = true;
    for (qsizetype i = text.startsWith(QLatin1Char('-')) ? 1 : 0; i < text.size(); ++i)
        allDigits = allDigits && text.at(i).isDigit();
    if (allDigits && text != QLatin1String("-")) {
        bool ok = false;
        const qint64 seconds = text.toLongLong(&ok);
        if (ok)
            return seconds * 1000;
    }
    if (const auto fast = parseIsoFast(text))
        return fast;
    QDateTime parsed = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed = QDateTime(parsed.date(), parsed.time(), Qt::UTC);
    return parsed.toMSecsSinceEpoch();
}

std::optional<bool> ConditionValue::toBool(QStringView text)
{
    if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return true;
    if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

std::optional<QByteArray> ConditionValue::fromBase64(QStringView text)
{
    auto decoded =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}
