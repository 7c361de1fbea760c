#pragma once

#include "crypto/securebytes.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

// An HTTP request as SigV4 sees it.
struct SigV4Request
{
    QByteArray method;
    // As written in the request line, before '?'; not decoded.
    QByteArray path = QByteArrayLiteral("/");
    // As written in the request line, after '?'; not decoded.
    QByteArray query;
    // In the order received; names in any case, a name may repeat.
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // Every value of the header with that name (case-insensitive), in order.
    QByteArrayList headerValues(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    // Drops every header of that name, then appends one.
    void setHeader(const QByteArray& name, const QByteArray& value);
    void removeHeader(QByteArrayView name);
};

struct SigV4Credentials
{
    QString accessKeyId;
    SecureBytes secretAccessKey;
    QString sessionToken; // temporary credentials only
};

// <yyyymmdd>/<region>/<service>/aws4_request
struct SigV4Scope
{
    QDate date;
    QString region;
    QString service;

    QByteArray toByteArray() const;
    bool operator==(const SigV4Scope&) const = default;
};

// AWS Signature Version 4 (spec §7): each step is public so a verifier and
// the tests can rebuild and compare them.
class SigV4
{
public:
    static constexpr char Algorithm[] = "AWS4-HMAC-SHA256";
    static constexpr char Terminator[] = "aws4_request";

    // Dot segments removed, empty segments collapsed, every byte but
    // A-Za-z0-9-_.~ and '/' percent-encoded (the second encoding AWS asks of
    // services other than S3).
    static QByteArray canonicalUri(QByteArrayView path);
    // Each key and value decoded, re-encoded keeping only A-Za-z0-9-_.~,
    // sorted by key then value.
    static QByteArray canonicalQuery(QByteArrayView query);
    // Trimmed, inner whitespace runs folded to one space, repeats joined by ','.
    static QByteArray canonicalHeaderValue(const QByteArrayList& values);
    // Every header name of the request but Authorization, lower case, sorted, once.
    static QByteArrayList signableHeaders(const SigV4Request& request);

    static QByteArray canonicalRequest(const SigV4Request& request,
                                       const QByteArrayList& signedHeaders);
    static QByteArray stringToSign(QByteArrayView canonicalRequest, const QDateTime& time,
                                   const SigV4Scope& scope);
    static SecureBytes signingKey(const SecureBytes& secretAccessKey, const SigV4Scope& scope);
    // Lower-case hex.
    static QByteArray signature(const SecureBytes& signingKey, QByteArrayView stringToSign);
    static QByteArray authorizationHeader(const QString& accessKeyId, const SigV4Scope& scope,
                                          const QByteArrayList& signedHeaders,
                                          QByteArrayView signature);

    // The request with X-Amz-Date set to time, X-Amz-Security-Token set to the
    // session token (if any) and an Authorization header signing every header.
    static SigV4Request sign(SigV4Request request, const SigV4Credentials& credentials,
                             const QString& region, const QString& service, const QDateTime& time);

    // ISO 8601 basic format in UTC: 20150830T123600Z.
    static QByteArray formatDateTime(const QDateTime& time);
    // Invalid QDateTime if text is not in that format.
    static QDateTime parseDateTime(QByteArrayView text);
};
