#include "endpoint/queryparameters.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

IamError malformed(const QString& what)
{
    return IamError(QStringLiteral("MalformedQueryString"), what, 400);
}

// application/x-www-form-urlencoded: '+' is a space, %XX a byte; the bytes
// must be UTF-8.
Result<QString> decodeComponent(QByteArrayView encoded)
{
    QByteArray bytes;
    bytes.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded[i];
        if (c == '+') {
            bytes.append(' ');
        } else if (c == '%') {
            const bool complete = i + 2 < encoded.size();
            const int high = complete ? hexValue(encoded[i + 1]) : -1;
            const int low = complete ? hexValue(encoded[i + 2]) : -1;
            if (high < 0 || low < 0)
                return malformed(
                    QCoreApplication::translate(
                        "QueryParameters", "The request has a malformed percent escape at byte %1.")
                        .arg(i));
            bytes.append(char(high * 16 + low));
            i += 2;
        } else {
            bytes.append(c);
        }
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return malformed(QCoreApplication::translate(
            "QueryParameters", "The request's parameters are not valid UTF-8."));
    return text;
}

} // namespace

Result<QueryParameters> QueryParameters::parse(QByteArrayView formBody)
{
    if (formBody.size() > MaxBodyBytes)
        return IamError(QStringLiteral("RequestEntityTooLarge"),
                        QCoreApplication::translate("QueryParameters",
                                                    "The request body is larger than %1 bytes.")
                            .arg(MaxBodyBytes),
                        413);
    QueryParameters parameters;
    qsizetype start = 0;
    while (start <= formBody.size()) {
        qsizetype end = formBody.indexOf('&', start);
        if (end < 0)
            end = formBody.size();
        const QByteArrayView pair = formBody.sliced(start, end - start);
        start = end + 1;
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QByteArrayView rawName = equals < 0 ? pair : pair.first(equals);
        const QByteArrayView rawValue = equals < 0 ? QByteArrayView() : pair.sliced(equals + 1);
        auto name = decodeComponent(rawName);
        if (!name)
            return name.error();
        auto value = decodeComponent(rawValue);
        if (!value)
            return value.error();
        if (name->isEmpty())
            return malformed(QCoreApplication::translate(
                "QueryParameters", "The request has a parameter without a name."));
        if (parameters.m_values.contains(*name))
            return malformed(QCoreApplication::translate(
                                 "QueryParameters", "The parameter %1 is given more than once.")
                                 .arg(*name));
        parameters.m_values.insert(*name, *value);
    }
    return parameters;
}

std::optional<QString> QueryParameters::optional(const QString& name) const
{
    const auto it = m_values.constFind(name);
    if (it == m_values.constEnd())
        return std::nullopt;
    return *it;
}

QString QueryParameters::fieldName(const QString& parameter)
{
    if (parameter.isEmpty())
        return parameter;
    // AWS lower-cases the leading run of capitals: "MaxItems" -> "maxItems".
    return parameter.at(0).toLower() + parameter.mid(1);
}

Result<QString> QueryParameters::required(const QString& name) const
{
    const auto it = m_values.constFind(name);
    if (it == m_values.constEnd())
        return IamError::validation(
            QStringLiteral("1 validation error detected: Value null at '%1' failed to satisfy "
                           "constraint: Member must not be null")
                .arg(fieldName(name)));
    return *it;
}

Result<std::optional<int>> QueryParameters::integer(const QString& name, int min, int max) const
{
    const auto text = optional(name);
    if (!text)
        return std::optional<int>();
    bool ok = false;
    const qlonglong number = text->toLongLong(&ok);
    if (!ok)
        return IamError::validation(
            QStringLiteral("1 validation error detected: Value '%1' at '%2' failed to satisfy "
                           "constraint: Member must be a whole number")
                .arg(*text, fieldName(name)));
    if (number < min)
        return IamError::constraintViolation(*text, fieldName(name),
                                             QStringLiteral("Member must have value greater "
                                                            "than or equal to %1")
                                                 .arg(min));
    if (number > max)
        return IamError::constraintViolation(*text, fieldName(name),
                                             QStringLiteral("Member must have value less "
                                                            "than or equal to %1")
                                                 .arg(max));
    return std::optional<int>(int(number));
}

Result<std::optional<bool>> QueryParameters::boolean(const QString& name) const
{
    const auto text = optional(name);
    if (!text)
        return std::optional<bool>();
    if (text->compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return std::optional<bool>(true);
    if (text->compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return std::optional<bool>(false);
    return IamError::validation(
        QStringLiteral("1 validation error detected: Value '%1' at '%2' failed to satisfy "
                       "constraint: Member must be true or false")
            .arg(*text, fieldName(name)));
}

QStringList QueryParameters::list(const QString& name) const
{
    QStringList items;
    for (int n = 1;; ++n) {
        const auto it = m_values.constFind(name + QStringLiteral(".member.") + QString::number(n));
        if (it == m_values.constEnd())
            return items;
        items.append(*it);
    }
}

QList<QMap<QString, QString>> QueryParameters::structList(const QString& name,
                                                          const QStringList& fields) const
{
    QList<QMap<QString, QString>> items;
    for (int n = 1;; ++n) {
        const QString prefix =
            name + QStringLiteral(".member.") + QString::number(n) + QLatin1Char('.');
        QMap<QString, QString> item;
        for (const QString& field : fields) {
            const auto it = m_values.constFind(prefix + field);
            if (it != m_values.constEnd())
                item.insert(field, *it);
        }
        if (item.isEmpty())
            return items;
        items.append(item);
    }
}
