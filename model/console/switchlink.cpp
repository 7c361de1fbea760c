#include "console/switchlink.h"

#include "console/displaycolor.h"

#include <QUrlQuery>

namespace {
const QString host = QStringLiteral("signin.aws.amazon.com");
const QString path = QStringLiteral("/switchrole");

QString encoded(const QString& value)
{
    // '/' separates a role's path from its name; it is legal in a query and
    // easier to read unescaped.
    return QString::fromLatin1(QUrl::toPercentEncoding(value, "/"));
}

QString decodedItem(const QUrlQuery& query, const QString& key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded).trimmed();
}
} // namespace

QUrl SwitchLink::toUrl(const SwitchRoleRequest& request)
{
    // The color as the console writes it: the hex digits without '#'.
    const auto color = DisplayColor::parse(request.color);
    QString query =
        QStringLiteral("account=%1&roleName=%2")
            .arg(encoded(request.account.trimmed()), encoded(request.roleName.trimmed()));
    const QString displayName = request.displayName.trimmed();
    if (!displayName.isEmpty())
        query += QStringLiteral("&displayName=") + encoded(displayName);
    if (color)
        query += QStringLiteral("&color=") + color->hex().mid(1).toUpper();
    return QUrl(QStringLiteral("https://") + host + path + QLatin1Char('?') + query,
                QUrl::StrictMode);
}

std::optional<SwitchRoleRequest> SwitchLink::parse(const QString& text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host() != host)
        return std::nullopt;
    QString urlPath = url.path();
    if (urlPath.endsWith(QLatin1Char('/')))
        urlPath.chop(1);
    if (urlPath != path)
        return std::nullopt;

    const QUrlQuery query(url);
    SwitchRoleRequest request;
    request.account = decodedItem(query, QStringLiteral("account"));
    request.roleName = decodedItem(query, QStringLiteral("roleName"));
    // The form takes the path without its leading slash.
    while (request.roleName.startsWith(QLatin1Char('/')))
        request.roleName.remove(0, 1);
    if (request.account.isEmpty() || request.roleName.isEmpty())
        return std::nullopt;
    request.displayName = decodedItem(query, QStringLiteral("displayName"));
    // An unknown color is not worth refusing the link for: the default stays.
    if (const auto color = DisplayColor::parse(decodedItem(query, QStringLiteral("color"))))
        request.color = color->id();
    return request;
}
