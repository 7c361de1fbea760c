#include "interop/authzdetailsformat.h"

#include "directory/policydocumentformatter.h"

#include <QJsonDocument>
#include <QUrl>

QDateTime AuthzDetailsFormat::parseDate(const QString& text)
{
    QString iso = text.trimmed();
    // Python's str() of a datetime separates date and time with a space.
    if (iso.size() > 10 && iso.at(10) == QLatin1Char(' '))
        iso[10] = QLatin1Char('T');
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    // Without a zone the time is not what AWS meant: refuse it rather than guess.
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        return {};
    return time.toUTC();
}

QString AuthzDetailsFormat::formatDate(const QDateTime& time)
{
    const QDateTime utc = time.toUTC();
    return utc.time().msec() == 0 ? utc.toString(Qt::ISODate) : utc.toString(Qt::ISODateWithMs);
}

std::optional<QJsonObject> AuthzDetailsFormat::documentObject(const QJsonValue& value)
{
    if (value.isObject())
        return value.toObject();
    if (!value.isString())
        return std::nullopt;
    const QString decoded = QUrl::fromPercentEncoding(value.toString().toUtf8());
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(decoded.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        return std::nullopt;
    return json.object();
}

QString AuthzDetailsFormat::documentText(const QJsonObject& document)
{
    return PolicyDocumentFormatter::format(document);
}

QJsonObject AuthzDetailsFormat::documentJson(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}
