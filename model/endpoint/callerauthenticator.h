#pragma once

#include "crypto/securebytes.h"
#include "crypto/sigv4.h"
#include "crypto/sigv4verifier.h"
#include "endpoint/endpointcaller.h"
#include "iam/result.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

class Clock;
class Directory;
class SecretStore;
class StsService;

// Finds who signed a request (spec §7, DESIGN "a request through the
// endpoint"): parses the SigV4 Authorization, looks the access key up (an
// IAM user's active AKIA key, or an open STS session's ASIA key and its
// authentic token), reads its secret from the secret store and verifies the
// signature in constant time. Errors are AWS's: InvalidClientTokenId for an
// unknown, inactive or mismatched key, SignatureDoesNotMatch, ExpiredToken,
// RequestExpired, MissingAuthenticationToken, IncompleteSignature.
//
// Secrets read from the store are kept in memory (wiped on release) so that
// a client's next request needs no store round trip; they are forgotten on
// any change of the directory, including one made by another process.
class CallerAuthenticator : public QObject
{
    Q_OBJECT

public:
    CallerAuthenticator(Directory* directory, StsService* sts, QObject* parent = nullptr);
    ~CallerAuthenticator() override;

    // service: "iam" or "sts", what the request's credential scope must name.
    // done is called once, possibly before this returns (a cached key).
    void authenticate(const SigV4Request& request, const QString& service, QObject* context,
                      std::function<void(Result<EndpointCaller>)> done);

    static IamError invalidToken();

private:
    struct KnownKey
    {
        SecureBytes secret;
        SecureBytes sessionToken; // ASIA keys only
        EndpointCaller caller;
    };
    using KnownKeyPtr = std::shared_ptr<const KnownKey>;
    using Completion = std::function<void(Result<KnownKeyPtr>)>;

    void lookUpUserKey(const SigV4Authorization& authorization, QObject* context, Completion done);
    void lookUpSession(const SigV4Authorization& authorization, QObject* context, Completion done);
    Result<EndpointCaller> checkKnownKey(const KnownKey& key, const SigV4Request& request,
                                         const SigV4Authorization& authorization) const;
    Result<Identity> userIdentity(const QString& accountId, const QString& userName) const;
    Result<Identity> sessionIdentity(const TemporarySession& session) const;
    void forget();

    Directory* m_directory;
    StsService* m_sts;
    const Clock* m_clock;
    SigV4Verifier m_verifier;
    QHash<QString, KnownKeyPtr> m_known;
};
