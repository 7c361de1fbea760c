#include "console/credentialexport.h"

#include "sts/temporarycredentials.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {
// Plain when the shell reads the value as is, else single-quoted.
QString shellWord(const QString& value)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9+/=._:-]+$"));
    if (plain.match(value).hasMatch())
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString jsonString(const QString& value)
{
    // A one-element array is the shortest way to get Qt's JSON escaping of a string.
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString expiration(const TemporaryCredentials& credentials)
{
    return credentials.expiration.toUTC().toString(Qt::ISODate);
}

// Written by hand to keep the order AWS documents (QJsonObject sorts keys).
QString field(const char* name, const QString& value, bool last = false)
{
    return QStringLiteral("  \"%1\": %2%3\n")
        .arg(QLatin1String(name), jsonString(value), last ? QString() : QStringLiteral(","));
}
} // namespace

QString CredentialExport::environmentVariables(const TemporaryCredentials& credentials)
{
    const auto line = [](const char* name, const QString& value) {
        return QStringLiteral("export %1=%2\n").arg(QLatin1String(name), shellWord(value));
    };
    return line("AWS_ACCESS_KEY_ID", credentials.accessKeyId) +
           line("AWS_SECRET_ACCESS_KEY", credentials.secretAccessKey.insecureUtf8String()) +
           line("AWS_SESSION_TOKEN", credentials.sessionToken.insecureUtf8String());
}

QString CredentialExport::credentialProcessJson(const TemporaryCredentials& credentials)
{
    return QStringLiteral("{\n  \"Version\": 1,\n") +
           field("AccessKeyId", credentials.accessKeyId) +
           field("SecretAccessKey", credentials.secretAccessKey.insecureUtf8String()) +
           field("SessionToken", credentials.sessionToken.insecureUtf8String()) +
           field("Expiration", expiration(credentials), true) + QStringLiteral("}\n");
}

QString CredentialExport::containerCredentialsJson(const TemporaryCredentials& credentials)
{
    return QStringLiteral("{\n") + field("AccessKeyId", credentials.accessKeyId) +
           field("SecretAccessKey", credentials.secretAccessKey.insecureUtf8String()) +
           field("Token", credentials.sessionToken.insecureUtf8String()) +
           field("Expiration", expiration(credentials), true) + QStringLiteral("}\n");
}
