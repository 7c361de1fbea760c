#include "crypto/sigv4verifier.h"

#include "crypto/constanttime.h"

#include <QMap>
#include <QStringList>

namespace {
constexpr int CredentialParts = 5;

IamError incompleteSignature(const QString& message)
{
    return {QStringLiteral("IncompleteSignature"), message, 400};
}

IamError signatureDoesNotMatch(const QString& message)
{
    return {QStringLiteral("SignatureDoesNotMatch"), message, 403};
}

IamError requestExpired(const QString& message)
{
    return {QStringLiteral("RequestExpired"), message, 400};
}

IamError missingAuthenticationToken()
{
    return {QStringLiteral("MissingAuthenticationToken"),
            QStringLiteral("Request is missing Authentication Token"), 403};
}

IamError invalidClientTokenId()
{
    return {QStringLiteral("InvalidClientTokenId"),
            QStringLiteral("The security token included in the request is invalid."), 403};
}

QString signatureMismatchMessage()
{
    return QStringLiteral("The request signature we calculated does not match the signature you "
                          "provided. Check your AWS Secret Access Key and signing method. Consult "
                          "the service documentation for details.");
}

// "AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=..." into
// the algorithm and its named parameters.
struct AuthorizationParts
{
    QString algorithm;
    QMap<QString, QString> parameters;
};

AuthorizationParts splitAuthorization(const QString& header)
{
    AuthorizationParts parts;
    const QString trimmed = header.trimmed();
    const qsizetype space = trimmed.indexOf(QLatin1Char(' '));
    parts.algorithm = trimmed.left(space);
    if (space < 0)
        return parts;
    for (const QString& item : trimmed.mid(space + 1).split(QLatin1Char(','))) {
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        if (equals > 0)
            parts.parameters.insert(item.left(equals).trimmed(), item.mid(equals + 1).trimmed());
    }
    return parts;
}

QString missingParameters(const AuthorizationParts& parts)
{
    QString message;
    for (const char* name : {"Credential", "Signature", "SignedHeaders"}) {
        if (!parts.parameters.contains(QLatin1String(name)))
            message += QStringLiteral("Authorization header requires '%1' parameter. ")
                           .arg(QLatin1String(name));
    }
    return message;
}

QDateTime requestTime(const SigV4Request& request)
{
    const QByteArrayList amzDate = request.headerValues("X-Amz-Date");
    if (!amzDate.isEmpty())
        return SigV4::parseDateTime(amzDate.first().trimmed());
    const QByteArrayList date = request.headerValues("Date");
    if (!date.isEmpty())
        return QDateTime::fromString(QString::fromLatin1(date.first().trimmed()), Qt::RFC2822Date)
            .toUTC();
    return {};
}

std::optional<SigV4Scope> parseScope(const QStringList& credential)
{
    const QDate date = QDate::fromString(credential[1], QStringLiteral("yyyyMMdd"));
    if (!date.isValid() || credential[1].size() != 8)
        return std::nullopt;
    return SigV4Scope{date, credential[2], credential[3]};
}

QString amzDate(const QDateTime& time)
{
    return QString::fromLatin1(SigV4::formatDateTime(time));
}
} // namespace

SigV4Verifier::SigV4Verifier(const Clock& clock)
    : m_clock(&clock)
{}

Result<SigV4Authorization> SigV4Verifier::parse(const SigV4Request& request) const
{
    const QByteArrayList headers = request.headerValues("Authorization");
    if (headers.isEmpty())
        return missingAuthenticationToken();
    const QString header = QString::fromUtf8(headers.first());
    const QString echo = QStringLiteral("Authorization=") + header;
    if (headers.size() > 1)
        return incompleteSignature(QStringLiteral("Only one Authorization header is allowed. ") +
                                   echo);

    const AuthorizationParts parts = splitAuthorization(header);
    if (parts.algorithm != QLatin1String(SigV4::Algorithm))
        return incompleteSignature(
            QStringLiteral("Unsupported AWS 'algorithm': '%1'.").arg(parts.algorithm));
    QString missing = missingParameters(parts);
    SigV4Authorization authorization;
    authorization.requestTime = requestTime(request);
    if (!authorization.requestTime.isValid())
        missing += QStringLiteral("Authorization header requires existence of either a "
                                  "'X-Amz-Date' or a 'Date' header. ");
    if (!missing.isEmpty())
        return incompleteSignature(missing + echo);

    const QString credentialText = parts.parameters.value(QStringLiteral("Credential"));
    const QStringList credential = credentialText.split(QLatin1Char('/'));
    if (credential.size() != CredentialParts)
        return incompleteSignature(
            QStringLiteral("Credential must have exactly 5 slash-delimited elements, e.g. "
                           "keyid/date/region/service/term, got '%1'")
                .arg(credentialText));
    const auto scope = parseScope(credential);
    if (!scope || credential[0].isEmpty())
        return incompleteSignature(
            QStringLiteral("Credential is malformed: '%1'").arg(credentialText));
    if (credential[4] != QLatin1String(SigV4::Terminator))
        return signatureDoesNotMatch(
            QStringLiteral("Credential should be scoped with a valid terminator: 'aws4_request', "
                           "not '%1'.")
                .arg(credential[4]));
    authorization.accessKeyId = credential[0];
    authorization.scope = *scope;

    for (const QString& name :
         parts.parameters.value(QStringLiteral("SignedHeaders")).split(QLatin1Char(';')))
        authorization.signedHeaders.append(name.trimmed().toLower().toUtf8());
    if (!authorization.signedHeaders.contains("host") || !request.hasHeader("Host"))
        return incompleteSignature(
            QStringLiteral("'Host' or ':authority' must be a 'SignedHeader' in the AWS "
                           "Authorization. ") +
            echo);
    authorization.signature = parts.parameters.value(QStringLiteral("Signature")).toLatin1();

    const QByteArrayList tokens = request.headerValues("X-Amz-Security-Token");
    if (!tokens.isEmpty())
        authorization.sessionToken = QString::fromUtf8(tokens.first().trimmed());

    if (auto time = checkTime(authorization.requestTime); !time)
        return time.error();
    if (auto scopeCheck = checkScope(authorization); !scopeCheck)
        return scopeCheck.error();
    return authorization;
}

Result<void> SigV4Verifier::verify(const SigV4Request& request,
                                   const SigV4Authorization& authorization,
                                   const SecureBytes& secretAccessKey) const
{
    const QByteArray canonical = SigV4::canonicalRequest(request, authorization.signedHeaders);
    const QByteArray toSign =
        SigV4::stringToSign(canonical, authorization.requestTime, authorization.scope);
    const QByteArray expected =
        SigV4::signature(SigV4::signingKey(secretAccessKey, authorization.scope), toSign);
    if (!ConstantTime::equals(expected, authorization.signature))
        return signatureDoesNotMatch(signatureMismatchMessage());
    return {};
}

Result<SigV4Authorization> SigV4Verifier::authenticate(const SigV4Request& request,
                                                       const SecretLookup& lookup) const
{
    Result<SigV4Authorization> authorization = parse(request);
    if (!authorization)
        return authorization;
    const std::optional<SecureBytes> secret = lookup(authorization->accessKeyId);
    if (!secret)
        return invalidClientTokenId();
    if (auto verified = verify(request, *authorization, *secret); !verified)
        return verified.error();
    return authorization;
}

Result<void> SigV4Verifier::checkTime(const QDateTime& time) const
{
    const QDateTime now = m_clock->now().toUTC();
    const QString skew = QStringLiteral("15 min.");
    if (time.secsTo(now) > MaxClockSkewSeconds)
        return requestExpired(
            QStringLiteral("Signature expired: %1 is now earlier than %2 (%3 - %4)")
                .arg(amzDate(time), amzDate(now.addSecs(-MaxClockSkewSeconds)), amzDate(now),
                     skew));
    if (now.secsTo(time) > MaxClockSkewSeconds)
        return requestExpired(
            QStringLiteral("Signature not yet current: %1 is still later than %2 (%3 + %4)")
                .arg(amzDate(time), amzDate(now.addSecs(MaxClockSkewSeconds)), amzDate(now), skew));
    return {};
}

Result<void> SigV4Verifier::checkScope(const SigV4Authorization& authorization) const
{
    const QDate requestDate = authorization.requestTime.toUTC().date();
    if (authorization.scope.date != requestDate)
        return signatureDoesNotMatch(
            QStringLiteral("Date in Credential scope does not match YYYYMMDD from ISO-8601 "
                           "version of date from HTTP: '%1' != '%2', from '%3'.")
                .arg(authorization.scope.date.toString(QStringLiteral("yyyyMMdd")),
                     requestDate.toString(QStringLiteral("yyyyMMdd")),
                     amzDate(authorization.requestTime)));
    if (!m_region.isEmpty() && authorization.scope.region != m_region)
        return signatureDoesNotMatch(
            QStringLiteral("Credential should be scoped to a valid region. "));
    if (!m_service.isEmpty() && authorization.scope.service != m_service)
        return signatureDoesNotMatch(
            QStringLiteral("Credential should be scoped to correct service: '%1'. ")
                .arg(m_service));
    return {};
}
