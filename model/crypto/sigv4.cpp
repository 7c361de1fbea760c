#include "crypto/sigv4.h"

#include "crypto/hmac.h"
#include "crypto/sha256.h"

#include <QTimeZone>

#include <algorithm>

namespace {
constexpr char Newline = '\n';

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '~';
}

// Percent-encodes every byte but the unreserved ones and those in keep.
QByteArray uriEncode(QByteArrayView bytes, QByteArrayView keep = {})
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (char c : bytes) {
        if (isUnreserved(c) || keep.contains(c)) {
            out.append(c);
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out.append('%').append(hex[byte >> 4]).append(hex[byte & 0x0f]);
        }
    }
    return out;
}

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// RFC 3986 §5.2.4 on segments, plus collapsing empty segments as AWS does.
QByteArrayList normalizedSegments(QByteArrayView path, bool* trailingSlash)
{
    QByteArrayList segments;
    const QByteArrayList parts = path.toByteArray().split('/');
    *trailingSlash = false;
    for (const QByteArray& part : parts) {
        *trailingSlash = part.isEmpty() || part == "." || part == "..";
        if (part.isEmpty() || part == ".")
            continue;
        if (part == "..") {
            if (!segments.isEmpty())
                segments.removeLast();
            continue;
        }
        segments.append(part);
    }
    return segments;
}

QByteArray lowerCaseName(QByteArrayView name)
{
    return name.toByteArray().trimmed().toLower();
}
} // namespace

QByteArrayList SigV4Request::headerValues(QByteArrayView name) const
{
    QByteArrayList values;
    for (const auto& [headerName, value] : headers)
        if (QByteArrayView(headerName).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            values.append(value);
    return values;
}

bool SigV4Request::hasHeader(QByteArrayView name) const
{
    return std::any_of(headers.cbegin(), headers.cend(), [name](const auto& header) {
        return QByteArrayView(header.first).trimmed().compare(name, Qt::CaseInsensitive) == 0;
    });
}

void SigV4Request::setHeader(const QByteArray& name, const QByteArray& value)
{
    removeHeader(name);
    headers.append({name, value});
}

void SigV4Request::removeHeader(QByteArrayView name)
{
    headers.removeIf([name](const auto& header) {
        return QByteArrayView(header.first).trimmed().compare(name, Qt::CaseInsensitive) == 0;
    });
}

QByteArray SigV4Scope::toByteArray() const
{
    return date.toString(QStringLiteral("yyyyMMdd")).toLatin1() + '/' + region.toUtf8() + '/' +
           service.toUtf8() + '/' + SigV4::Terminator;
}

QByteArray SigV4::canonicalUri(QByteArrayView path)
{
    bool trailingSlash = false;
    const QByteArrayList segments = normalizedSegments(path, &trailingSlash);
    if (segments.isEmpty())
        return QByteArrayLiteral("/");
    QByteArray out;
    for (const QByteArray& segment : segments)
        out.append('/').append(uriEncode(segment));
    if (trailingSlash)
        out.append('/');
    return out;
}

QByteArray SigV4::canonicalQuery(QByteArrayView query)
{
    QList<std::pair<QByteArray, QByteArray>> parameters;
    for (const QByteArray& part : query.toByteArray().split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf('=');
        const QByteArray key = equals < 0 ? part : part.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : part.mid(equals + 1);
        parameters.append({uriEncode(QByteArray::fromPercentEncoding(key)),
                           uriEncode(QByteArray::fromPercentEncoding(value))});
    }
    std::sort(parameters.begin(), parameters.end());
    QByteArray out;
    for (const auto& [key, value] : parameters) {
        if (!out.isEmpty())
            out.append('&');
        out.append(key).append('=').append(value);
    }
    return out;
}

QByteArray SigV4::canonicalHeaderValue(const QByteArrayList& values)
{
    QByteArrayList folded;
    folded.reserve(values.size());
    for (const QByteArray& value : values) {
        QByteArray out;
        bool pendingSpace = false;
        for (char c : value) {
            if (isWhitespace(c)) {
                pendingSpace = !out.isEmpty();
                continue;
            }
            if (pendingSpace)
                out.append(' ');
            pendingSpace = false;
            out.append(c);
        }
        folded.append(out);
    }
    return folded.join(',');
}

QByteArrayList SigV4::signableHeaders(const SigV4Request& request)
{
    QByteArrayList names;
    for (const auto& header : request.headers) {
        const QByteArray name = lowerCaseName(header.first);
        if (name != "authorization" && !names.contains(name))
            names.append(name);
    }
    std::sort(names.begin(), names.end());
    return names;
}

QByteArray SigV4::canonicalRequest(const SigV4Request& request, const QByteArrayList& signedHeaders)
{
    QByteArray out;
    out.append(request.method).append(Newline);
    out.append(canonicalUri(request.path)).append(Newline);
    out.append(canonicalQuery(request.query)).append(Newline);
    QByteArrayList names;
    for (const QByteArray& header : signedHeaders) {
        const QByteArray name = lowerCaseName(header);
        names.append(name);
        out.append(name).append(':');
        out.append(canonicalHeaderValue(request.headerValues(name))).append(Newline);
    }
    out.append(Newline);
    out.append(names.join(';')).append(Newline);
    out.append(Sha256::hashHex(request.body));
    return out;
}

QByteArray SigV4::stringToSign(QByteArrayView canonicalRequest, const QDateTime& time,
                               const SigV4Scope& scope)
{
    QByteArray out = Algorithm;
    out.append(Newline).append(formatDateTime(time));
    out.append(Newline).append(scope.toByteArray());
    out.append(Newline).append(Sha256::hashHex(canonicalRequest));
    return out;
}

SecureBytes SigV4::signingKey(const SecureBytes& secretAccessKey, const SigV4Scope& scope)
{
    SecureBytes key = SecureBytes::fromView("AWS4");
    key.append(secretAccessKey);
    const QByteArray date = scope.date.toString(QStringLiteral("yyyyMMdd")).toLatin1();
    SecureBytes dateKey = Hmac::mac(Hmac::Algorithm::Sha256, key.view(), date);
    SecureBytes regionKey =
        Hmac::mac(Hmac::Algorithm::Sha256, dateKey.view(), scope.region.toUtf8());
    SecureBytes serviceKey =
        Hmac::mac(Hmac::Algorithm::Sha256, regionKey.view(), scope.service.toUtf8());
    return Hmac::mac(Hmac::Algorithm::Sha256, serviceKey.view(), Terminator);
}

QByteArray SigV4::signature(const SecureBytes& signingKey, QByteArrayView stringToSign)
{
    // The signature travels in the clear; only the key behind it is secret.
    return Hmac::mac(Hmac::Algorithm::Sha256, signingKey.view(), stringToSign)
        .toHex()
        .insecureCopy();
}

QByteArray SigV4::authorizationHeader(const QString& accessKeyId, const SigV4Scope& scope,
                                      const QByteArrayList& signedHeaders, QByteArrayView signature)
{
    QByteArray out = Algorithm;
    out.append(" Credential=").append(accessKeyId.toUtf8()).append('/').append(scope.toByteArray());
    out.append(", SignedHeaders=").append(signedHeaders.join(';'));
    out.append(", Signature=").append(signature);
    return out;
}

SigV4Request SigV4::sign(SigV4Request request, const SigV4Credentials& credentials,
                         const QString& region, const QString& service, const QDateTime& time)
{
    request.setHeader(QByteArrayLiteral("X-Amz-Date"), formatDateTime(time));
    if (!credentials.sessionToken.isEmpty())
        request.setHeader(QByteArrayLiteral("X-Amz-Security-Token"),
                          credentials.sessionToken.toUtf8());
    request.removeHeader("Authorization");
    const SigV4Scope scope{time.toUTC().date(), region, service};
    const QByteArrayList signedHeaders = signableHeaders(request);
    const QByteArray toSign = stringToSign(canonicalRequest(request, signedHeaders), time, scope);
    const QByteArray signatureHex =
        signature(signingKey(credentials.secretAccessKey, scope), toSign);
    request.headers.append(
        {QByteArrayLiteral("Authorization"),
         authorizationHeader(credentials.accessKeyId, scope, signedHeaders, signatureHex)});
    return request;
}

QByteArray SigV4::formatDateTime(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QDateTime SigV4::parseDateTime(QByteArrayView text)
{
    if (text.size() != 16 || text[8] != 'T' || text[15] != 'Z')
        return {};
    const QString latin1 = QString::fromLatin1(text);
    // Date and time apart: parsing the whole as local time could hit a DST gap.
    const QDate date = QDate::fromString(latin1.first(8), QStringLiteral("yyyyMMdd"));
    const QTime time = QTime::fromString(latin1.sliced(9, 6), QStringLiteral("HHmmss"));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}
