#include "directory/postgresaddress.h"

#include <QStringList>
#include <QUrl>

#include <algorithm>

namespace {

IamError invalidAddress(const QString& shown, const QString& why)
{
    return IamError::validation(
        QStringLiteral("The directory address %1 cannot be used: %2").arg(shown, why));
}

QString decoded(const QString& text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

} // namespace

bool PostgresAddress::names(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://")) ||
           location.startsWith(QLatin1String("postgres://"));
}

Result<PostgresAddress> PostgresAddress::parse(const QString& location)
{
    // libpq's URI by hand: QUrl refuses user info without a host, which a socket address has.
    const qsizetype schemeEnd = location.indexOf(QLatin1String("://"));
    QString rest = location.mid(schemeEnd + 3);
    QString queryText;
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        queryText = rest.mid(q + 1);
        rest.truncate(q);
    }
    QString path;
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        path = rest.mid(slash + 1);
        rest.truncate(slash);
    }
    QString userInfo;
    if (const qsizetype at = rest.lastIndexOf(QLatin1Char('@')); at >= 0) {
        userInfo = rest.left(at);
        rest = rest.mid(at + 1);
    }
    QList<QPair<QString, QString>> items;
    for (const QString& item : queryText.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        items.append({decoded(item.left(eq)), eq < 0 ? QString() : decoded(item.mid(eq + 1))});
    }
    // What is shown in an error never repeats a password.
    const QString shown = location.left(schemeEnd + 3) +
                          (userInfo.isEmpty() ? QString()
                                              : decoded(userInfo.section(QLatin1Char(':'), 0, 0)) +
                                                    QLatin1Char('@')) +
                          rest + QLatin1Char('/') + path;
    const bool hasPassword = userInfo.contains(QLatin1Char(':')) ||
                             std::any_of(items.cbegin(), items.cend(), [](const auto& item) {
                                 return item.first == QLatin1String("password");
                             });
    if (hasPassword)
        return invalidAddress(shown, QStringLiteral("it contains a password. Leave the password "
                                                    "out; PostgreSQL reads it from PGPASSWORD, "
                                                    "~/.pgpass or PGPASSFILE."));
    PostgresAddress address;
    address.m_location = location;
    address.m_user = decoded(userInfo);
    address.m_database = decoded(path);
    // host, [v6 host] or either with :port
    const qsizetype portColon = rest.lastIndexOf(QLatin1Char(':'));
    if (portColon >= 0 && portColon > rest.lastIndexOf(QLatin1Char(']'))) {
        bool ok = false;
        address.m_port = rest.mid(portColon + 1).toInt(&ok);
        if (!ok)
            return invalidAddress(shown, QStringLiteral("its port is not a number."));
        rest.truncate(portColon);
    }
    if (rest.startsWith(QLatin1Char('[')) && rest.endsWith(QLatin1Char(']')))
        rest = rest.mid(1, rest.size() - 2);
    address.m_host = decoded(rest);
    for (const auto& [key, value] : items) {
        if (key == QLatin1String("host")) {
            address.m_host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            address.m_port = value.toInt(&ok);
            if (!ok)
                return invalidAddress(shown, QStringLiteral("its port is not a number."));
        } else if (key == QLatin1String("user")) {
            address.m_user = value;
        } else if (key == QLatin1String("dbname")) {
            address.m_database = value;
        } else {
            address.m_options.append({key, value});
        }
    }
    if (address.m_database.isEmpty())
        return invalidAddress(shown, QStringLiteral("it names no database; add /DATABASE, as in "
                                                    "postgresql://USER@HOST:PORT/DATABASE."));
    return address;
}

QString PostgresAddress::connectOptions() const
{
    QStringList options;
    for (const auto& [key, value] : m_options)
        options << key + QLatin1Char('=') + quoted(value);
    return options.join(QLatin1Char(';'));
}
