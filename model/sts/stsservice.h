#pragma once

#include "directory/temporarysession.h"
#include "iam/result.h"
#include "sts/assumerolerequest.h"
#include "sts/assumeroleresult.h"
#include "sts/calleridentityresult.h"
#include "sts/getsessiontokenrequest.h"
#include "sts/samlsignin.h"
#include "sts/stscaller.h"
#include "sts/temporarycredentials.h"

#include <QObject>
#include <QPointer>

#include <functional>

class Clock;
class Directory;
class SecretStore;

// The Security Token Service over the directory (spec §3): AssumeRole,
// AssumeRoleWithSAML, GetSessionToken and GetCallerIdentity, with AWS's
// rules, error codes and messages.
//
// Issued sessions are recorded in the directory (metadata only); their
// secret access key and session token go to the secret store, as do the
// directory's token-signing key and, read from there, MFA seeds. Because the
// store is asynchronous, so are the calls that touch it: each calls done
// exactly once, on a later event-loop turn, unless context is destroyed
// first. Validation errors come the same way, so callers have one path.
class StsService : public QObject
{
    Q_OBJECT

public:
    template <typename T>
    using Completion = std::function<void(Result<T>)>;

    StsService(Directory* directory, SecretStore* secrets, const Clock* clock,
               QObject* parent = nullptr);
    ~StsService() override;

    void assumeRole(const StsCaller& caller, const AssumeRoleRequest& request, QObject* context,
                    Completion<AssumeRoleResult> done);
    // Verifies the signed SAML Response against the provider's metadata
    // (InvalidIdentityToken, ExpiredTokenException), uses its assertion id
    // once, asks the role's trust policy, and issues a session named after
    // the assertion's RoleSessionName. Needs no caller credentials.
    void assumeRoleWithSaml(const SamlSignIn& signIn, QObject* context,
                            Completion<AssumeRoleResult> done);
    void getSessionToken(const StsCaller& caller, const GetSessionTokenRequest& request,
                         QObject* context, Completion<AssumeRoleResult> done);
    // Needs no permission and no secret.
    Result<CallerIdentityResult> getCallerIdentity(const StsCaller& caller) const;

    // The session a pair of credentials belongs to, after checking that the
    // token is authentic and names that key (InvalidClientTokenId otherwise)
    // and that the session is open (ExpiredToken otherwise).
    void resolveSession(const QString& accessKeyId, const SecureBytes& sessionToken,
                        QObject* context, Completion<TemporarySession> done);
    // Whether the session's principal still exists as the one it was issued
    // to: the role (AROA...) of a role session, the user (AIDA...) or the
    // account root of a session token, by unique id, so that a principal
    // deleted and re-created under the same name does not inherit it.
    // InvalidClientTokenId otherwise.
    static Result<void> checkSessionPrincipal(const Directory& directory,
                                              const TemporarySession& session);
    // The session's credentials read back from the secret store.
    void sessionCredentials(const QString& accessKeyId, QObject* context,
                            Completion<TemporaryCredentials> done);
    // Ends a session (reason: "SwitchBack", "SignOut", "Expired", "Revoked")
    // and removes its secrets from the store.
    void endSession(const QString& accessKeyId, const QString& reason, QObject* context,
                    Completion<void> done);
    // Ends every session whose time is up; done gets how many.
    void endExpiredSessions(QObject* context, Completion<int> done);

    // The rules, for forms that check as the user types and for the
    // pre-flight check. Each gives the error AWS gives.
    static Result<void> checkRoleSessionName(const QString& name);
    static Result<void> checkExternalId(const QString& externalId);
    static Result<void> checkTokenCode(const QString& code);
    static Result<void> checkSerialNumber(const QString& serialNumber);
    // durationSeconds for AssumeRole against the role's maximum; chained
    // sessions are limited to one hour.
    static Result<int> assumeRoleDuration(std::optional<int> requested, int maxSessionDuration,
                                          bool chained);
    static Result<int> sessionTokenDuration(std::optional<int> requested, bool root);
    // AssumeRoleWithSAML: the assertion's SessionDuration (else DurationSeconds,
    // else one hour), capped by DurationSeconds, the role's maximum and the
    // seconds left until the assertion's SessionNotOnOrAfter.
    static Result<int> samlDuration(std::optional<int> requested,
                                    std::optional<int> sessionDuration, int maxSessionDuration,
                                    std::optional<qint64> untilSessionNotOnOrAfter = {});

    // Does the caller's identity, and the role's trust policy, allow
    // sts:AssumeRole? The same decision assumeRole() makes, without MFA code
    // or ExternalId checks: mfaPresent and externalId stand in for them.
    Result<void> authorizeAssumeRole(const StsCaller& caller, const QString& roleArn,
                                     bool mfaPresent,
                                     const std::optional<QString>& externalId = {}) const;
    // The AWS services (e.g. "ec2.amazonaws.com") the role's trust policy
    // lets assume it: whoever hands the role to one of them needs iam:PassRole.
    QStringList trustedServices(const QString& roleArn) const;

    Directory* directory() const { return m_directory; }
    const Clock* clock() const { return m_clock; }
    SecretStore* secrets() const { return m_secrets; }

private:
    // Removes the secrets of the sessions the directory ended with their principal.
    void removeSecretsOfDeletedPrincipals();

    class Private;
    std::unique_ptr<Private> d;
    Directory* m_directory;
    SecretStore* m_secrets;
    const Clock* m_clock;
};
