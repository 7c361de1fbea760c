#pragma once

#include "crypto/securebytes.h"
#include "crypto/sigv4.h"
#include "iam/clock.h"
#include "iam/result.h"

#include <QByteArrayList>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

// What a request's Authorization header claims, once its form is checked.
struct SigV4Authorization
{
    QString accessKeyId;
    SigV4Scope scope;
    QByteArrayList signedHeaders; // as the client listed them, lower case
    QByteArray signature;         // hex, as sent
    QDateTime requestTime;        // from X-Amz-Date (or Date)
    QString sessionToken;         // X-Amz-Security-Token, signed or not; empty if absent
};

// Checks SigV4-signed requests the way AWS does (spec §7): the canonical
// request is rebuilt from exactly the SignedHeaders the client listed, host
// must be among them, region and service come from the credential scope, the
// signature is compared in constant time, and a request dated more than 15
// minutes from now is refused. Errors carry AWS's codes: MissingAuthenticationToken,
// IncompleteSignature, RequestExpired, SignatureDoesNotMatch, InvalidClientTokenId.
//
// Two steps, because finding the secret for an access key id is the
// caller's business (and may be asynchronous): parse(), look the secret up,
// then verify().
class SigV4Verifier
{
public:
    static constexpr qint64 MaxClockSkewSeconds = 15 * 60;

    // clock must outlive the verifier.
    explicit SigV4Verifier(const Clock& clock = *Clock::system());

    // Empty (the default) accepts any region / service in the scope.
    void setExpectedRegion(const QString& region) { m_region = region; }
    void setExpectedService(const QString& service) { m_service = service; }

    // Form, date and scope checks that need no secret.
    Result<SigV4Authorization> parse(const SigV4Request& request) const;
    // The signature check proper.
    Result<void> verify(const SigV4Request& request, const SigV4Authorization& authorization,
                        const SecureBytes& secretAccessKey) const;

    // parse() and verify() with a synchronous lookup; an unknown access key
    // id (nullopt) is InvalidClientTokenId.
    using SecretLookup = std::function<std::optional<SecureBytes>(const QString& accessKeyId)>;
    Result<SigV4Authorization> authenticate(const SigV4Request& request,
                                            const SecretLookup& lookup) const;

private:
    Result<void> checkTime(const QDateTime& requestTime) const;
    Result<void> checkScope(const SigV4Authorization& authorization) const;

    const Clock* m_clock;
    QString m_region;
    QString m_service;
};
