#pragma once

#include "console/identity.h"
#include "iam/mfadeviceinfo.h"
#include "iam/result.h"
#include "sts/assumeroleresult.h"
#include "sts/samlsignin.h"

#include <QObject>

#include <functional>

class AuditRecorder;
class Authorizer;
class Clock;
class Directory;
class SecretStore;
class StsService;

// How a person proves who they are to the console: the password (of an IAM
// user or an account's root user), the code of their MFA device, an
// identity provider's assertion; the lockout after repeated failures, the
// password's age and the user's own password change. It decides and records
// (every attempt is audited, every failure counted) but keeps no session:
// the console session holds who is signed in.
class Authenticator : public QObject
{
    Q_OBJECT

public:
    // What sign-in failures are counted under: the account the typed id or
    // alias resolves to (as typed when unknown) and the user name, or the
    // root user's email; so each account has one counter however it is
    // spelled, and unknown names are throttled like known ones.
    struct SignInKey
    {
        QString account;
        QString user;
    };

    // Without sts there is no secret store: MFA and federated sign-in fail.
    Authenticator(Directory* directory, const Clock* clock, Authorizer* authorizer,
                  const AuditRecorder* audit, StsService* sts, QObject* parent = nullptr);

    SignInKey userKey(const QString& typedAccount, const QString& typedUser) const;
    static SignInKey rootKey(const QString& email);

    // The password step of an IAM user's sign-in: the lockout (five failures
    // within 15 minutes lock the user out for 15), then account, user and
    // password, all with the same message when wrong. A failure is counted
    // and audited; on success, the user's identity (not yet signed in).
    Result<Identity> checkPassword(const QString& account, const QString& userName,
                                   const QString& password);
    // The same for the root user's email address and password.
    Result<Identity> checkRootPassword(const QString& email, const QString& password);
    // Whether the sign-in needs a code from the identity's MFA device.
    bool needsMfaCode(const Identity& identity) const;
    // The code against the identity's device (one step of clock skew; a
    // code's step is accepted once). A wrong code counts as a failed
    // sign-in. done gets the identity, MFA-authenticated; it is called once,
    // later.
    void verifyMfaCode(const Identity& identity, const SignInKey& key, const QString& code,
                       std::function<void(Result<Identity>)> done);
    // The last step once the person proved who they are: clears the failures
    // counted under key, checks the password's age and records the sign-in.
    // Fails with passwordResetRequiredCode() when the password must be
    // changed first (recorded as a failed sign-in).
    Result<void> admit(const Identity& identity, const SignInKey& key);
    // Whether the user's password may still be used to sign in.
    Result<void> checkPasswordAge(const Identity& identity) const;
    // Fails while the person counted under key is locked out; shownName names
    // them in the message.
    Result<void> checkLockout(const SignInKey& key, const QString& shownName) const;

    // A user changes their own password (iam:ChangePassword): the old
    // password (a wrong one counts under throttle, and a locked-out user
    // cannot try), then, unless the change finishes a sign-in waiting on a
    // reset, the policy's "allow users to change their own password" or
    // the user's own permissions, then the account's password policy and its
    // reuse prevention. The new password and its record are one change.
    Result<void> changePassword(const Identity& user, const SignInKey& throttle,
                                bool finishesSignIn, const QString& oldPassword,
                                const QString& newPassword);

    // A federated sign-in: AssumeRoleWithSAML with the provider's signed
    // assertion; a refusal is audited as a failed sign-in. done gets the
    // role session, called once, later.
    void assumeRoleWithSaml(const SamlSignIn& signIn,
                            std::function<void(Result<AssumeRoleResult>)> done);

    // The sign-in's checks of a person (lockout, password, password age, the
    // MFA code when the user has a device; failures counted and audited)
    // without signing in: how the built-in identity provider authenticates.
    // purpose is the audit detail of a success. done is called once, later.
    void authenticatePerson(const QString& account, const QString& userName,
                            const QString& password, const QString& code, const QString& purpose,
                            std::function<void(Result<Identity>)> done);

    // The IamError code of a sign-in when the user must give an MFA code.
    static QString mfaRequiredCode() { return QStringLiteral("MfaRequired"); }
    // The IamError code of a sign-in whose password is right but must be
    // changed first: the profile requires a reset, or the password is older
    // than the account policy's maximum age (with the policy's hard expiry an
    // expired password is refused instead).
    static QString passwordResetRequiredCode() { return QStringLiteral("PasswordResetRequired"); }
    static QString authenticationFailedMessage();
    // The sign-in's answer when the password was right and a code is needed.
    static IamError mfaRequired();

private:
    Result<Identity> authenticate(const QString& account, const QString& userName,
                                  const QString& password) const;
    Result<Identity> authenticateRoot(const QString& email, const QString& password) const;
    // Who a root sign-in attempt is audited as: the root ARN, or the email typed.
    QString rootActor(const QString& email) const;
    // The lockout check, then authenticate; a failure is counted and audited
    // (as typedArn).
    Result<Identity> checkCredentials(const SignInKey& key, const QString& typedArn,
                                      const QString& shownName,
                                      const std::function<Result<Identity>()>& authenticate);
    // Counts a failed attempt under key and audits it; the answer is error,
    // unless the attempt could not be counted or recorded.
    IamError refuse(const SignInKey& key, const QString& actorArn, const QString& shownName,
                    const QString& detail, const IamError& error);
    QList<MfaDeviceInfo> mfaDevicesOf(const Identity& identity) const;
    Identity signedInNow(Identity identity) const;

    Directory* m_directory;
    const Clock* m_clock;
    Authorizer* m_authorizer;
    const AuditRecorder* m_audit;
    StsService* m_sts;
};
