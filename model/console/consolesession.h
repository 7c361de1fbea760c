#pragma once

#include "console/auditrecorder.h"
#include "console/authenticator.h"
#include "console/authorization.h"
#include "console/consoleaction.h"
#include "console/identity.h"
#include "console/rolesessioncontroller.h"
#include "console/switchrolerequest.h"
#include "directory/rolebookmark.h"
#include "directory/rolehistoryentry.h"
#include "iam/mfadeviceinfo.h"
#include "iam/result.h"
#include "sts/samlsignin.h"
#include "sts/stscaller.h"
#include "sts/temporarycredentials.h"

#include <QObject>

#include <functional>
#include <optional>

class Authorizer;
class Clock;
class Directory;
class StsService;

// One console session: who is signed in, as whom the console acts, and when
// the session ends. It composes the authenticator (how a person proves who
// they are), the role-session controller (the identity's role sessions and
// their expiry) and the audit recorder. Views ask it, never the store, who
// the caller is. It hands out no services: whoever creates it passes the
// directory, the clock and the credential managers to what needs them.
class ConsoleSession : public QObject
{
    Q_OBJECT

public:
    // Without an StsService the console signs users in but cannot switch roles.
    explicit ConsoleSession(Directory* directory, const Clock* clock = nullptr,
                            QObject* parent = nullptr, StsService* sts = nullptr);
    ~ConsoleSession() override;

    // Account id or alias, user name, password, as the console's IAM-user
    // sign-in page takes them. A wrong account, user or password all give the
    // same message; five failures within 15 minutes lock the user out for 15.
    //
    // A user with an MFA device is not signed in by this call: when the
    // password is right it fails with code mfaRequiredCode() (not counted as a
    // failed sign-in) and the caller asks for a code and calls signInWithMfa().
    Result<void> signIn(const QString& account, const QString& userName, const QString& password);
    // The second step for a user with an MFA device: the password again and a
    // code from the device, verified against the seed in the secret store
    // (one step of clock skew; a code's step is accepted once). A wrong code
    // counts as a failed sign-in. On success identity().mfaAuthenticated is
    // true. done is called once, later. Also signs in a user without a device
    // (the code is then ignored), so a dialog can always take this path.
    void signInWithMfa(const QString& account, const QString& userName, const QString& password,
                       const QString& code, std::function<void(Result<void>)> done);
    // The root user's sign-in (AWS's "Root user" choice): the account's root
    // email address and password. The same answers as signIn(): one message
    // for a wrong email or password, five failures within 15 minutes lock the
    // email out for 15, mfaRequiredCode() when the root user has an MFA device.
    Result<void> signInRoot(const QString& email, const QString& password);
    // The second step for a root user with an MFA device, as signInWithMfa().
    void signInRootWithMfa(const QString& email, const QString& password, const QString& code,
                           std::function<void(Result<void>)> done);
    // The IamError code of signIn() when the user must give an MFA code.
    static QString mfaRequiredCode() { return Authenticator::mfaRequiredCode(); }
    // The IamError code of signIn() (and the MFA step) when the password is
    // right but must be changed first: the profile requires a reset, or the
    // password is older than the account policy's maximum age. The caller asks
    // for a new one and calls changeOwnPassword(), which then finishes the
    // sign-in. With the policy's hard expiry an expired password is refused.
    static QString passwordResetRequiredCode()
    {
        return Authenticator::passwordResetRequiredCode();
    }
    // The user's own password change (iam:ChangePassword): the old password,
    // then the account's password policy and its reuse prevention. Allowed by
    // the policy's "allow users to change their own password" or by the
    // user's own permissions; always for a sign-in waiting on a reset. A wrong
    // old password counts as a failed sign-in, and a locked-out user cannot
    // try again until the lockout ends (the same rule as signIn()).
    Result<void> changeOwnPassword(const QString& oldPassword, const QString& newPassword);
    // A sign-in is waiting for changeOwnPassword().
    bool isPasswordChangePending() const { return m_pendingReset.has_value(); }
    void signOut();
    // For the local endpoint: an API caller whose credentials were verified
    // there (an access key or STS session credentials). The session acts as
    // identity from now on, without a sign-in event, expiry timer or resumed
    // console role session: the endpoint checks the credentials per request.
    void actAs(const Identity& identity);
    // A federated user signs in through an identity provider straight into a
    // role (AssumeRoleWithSAML with the provider's signed assertion). There is
    // no user to switch back to.
    void signInFederated(const SamlSignIn& signIn, std::function<void(Result<void>)> done);
    // Multi-session's "Switch role in a new session", as AWS's console does
    // it: this session signs in as the IAM user of source (the user behind
    // source's role session too) on source's own sign-in. No password is
    // asked; the MFA state and the end are the sign-in's; no role session is
    // resumed (source may be in it). Refused (AccessDenied, nobody signed in
    // here) unless source canSwitchRoleInNewSession(), and when the user was
    // deleted or re-created or the sign-in ended since. Audited as the
    // user's ConsoleLogin.
    Result<void> signInAsUserOf(const ConsoleSession& source);
    // The sign-in's checks of a person (lockout, password, password age, the
    // MFA code when the user has a device; failures counted and audited as
    // for signIn) without signing in or changing this session: how the
    // built-in identity provider authenticates. purpose is the audit detail
    // of a success. done is called once, later.
    void authenticatePerson(const QString& account, const QString& userName,
                            const QString& password, const QString& code, const QString& purpose,
                            std::function<void(Result<Identity>)> done);

    // --- Switch Role ------------------------------------------------------

    // Why this switch would fail, said before trying: a signed-in root user,
    // path + name over 64 characters, an unknown account or role, a role that
    // does not trust the user, no identity permission for sts:AssumeRole, an
    // ExternalId the console cannot give, an MFA code missing or malformed.
    // On success, the role.
    Result<Role> checkSwitchRole(const SwitchRoleRequest& request) const;
    // Longest allowed duration for a switch to role: the role's maximum, and
    // never beyond the end of the user's own console session.
    int maxSwitchDuration(const Role& role) const;
    // Assumes the role as the user's own identity (never chaining; a
    // federated sign-in's own role session, which is chaining: one hour at
    // most), makes it the active identity, records it in the role history
    // and the audit log.
    // done is called once, later; on failure the identity is unchanged.
    void switchRole(const SwitchRoleRequest& request, std::function<void(Result<void>)> done);
    // Assumes the active role again with the same settings (a fresh session).
    void renewRole(std::function<void(Result<void>)> done);
    // Ends the role session and returns to the user's own identity (or the
    // federated sign-in's role session).
    void switchBack();
    // Whether the console may switch roles now: signed in, not as root. A
    // federated (SAML) sign-in may switch too.
    bool canSwitchRole() const;
    // Whether a new session may take over this one's sign-in to switch role
    // (signInAsUserOf): an IAM user signed in at the console, also while in
    // a role; not the root user, a federated sign-in or an API caller.
    bool canSwitchRoleInNewSession() const;
    // Whether there is a role session to leave for the identity signed in:
    // not so for a federated sign-in's own session (that is signing out).
    bool canSwitchBack() const;
    bool isInRole() const { return m_roles->isInRole(); }
    // The signed-in user as themselves (equal to identity() when not in a role).
    const Identity& userIdentity() const { return m_roles->userIdentity(); }
    // The request the active role session was made from (for Renew and links).
    const SwitchRoleRequest& activeSwitchRequest() const { return m_roles->activeSwitchRequest(); }
    // The signed-in user (or root user) as STS sees the console's session, MFA
    // included; for a federated sign-in, its own role session's credentials.
    StsCaller userCaller() const;
    // The federated sign-in's own role session (AssumeRoleWithSAML), also
    // while it switched to another role; null for an IAM user or root.
    const Identity& federatedIdentity() const { return m_roles->federatedIdentity(); }
    // The signed-in user's last 5 roles, newest first.
    QList<RoleHistoryEntry> roleHistory() const;
    // The roles the signed-in user saved (imported AWS config profiles);
    // none for a federated session, which has no user of its own.
    QList<RoleBookmark> roleBookmarks() const;
    // Seconds until the active identity's session ends (0 when none).
    qint64 secondsLeft() const;
    // The active role session's credentials. Showing the secret is itself an
    // action: the user must be allowed sts:AssumeRole on the role (they could
    // get the same secrets through the API), and it is audited.
    void revealSessionCredentials(std::function<void(Result<TemporaryCredentials>)> done);

    bool isSignedIn() const { return m_roles->isActive(); }
    const Identity& identity() const { return m_roles->identity(); }

    // May the active identity do this? Every console screen and button asks.
    Authorization authorize(const QString& action, const QString& resource) const;
    Authorization authorize(const ConsoleAction& action) const;

    static QString authenticationFailedMessage();
    // The Switch Role page's refusal of an account, role or path it cannot use.
    static QString invalidSwitchInformationMessage();
    // AWS's refusal when a root user tries to assume a role (console and STS alike).
    static QString rootCannotSwitchMessage();

    // Appends an audit event as the active identity (the user, also in a
    // role). For the console's managers; never pass a secret in detail.
    // An action whose record cannot be written fails with the write's error.
    Result<void> recordEvent(const QString& action, const QString& target, bool success,
                             const QString& detail);

    // Ends the role session, then the console session, when its time is up.
    // Runs on a timer;
    // public so that a clock that jumps (tests, training) is honoured at once.
    void checkExpiry();

Q_SIGNALS:
    void signedIn();
    void signedOut();
    void activeIdentityChanged();
    void roleSwitched();
    void switchedBack();
    // The role session ran out: the console is the user's own again.
    void roleSessionExpired(const QString& displayName);

private:
    // Signs out whoever was signed in and forgets a sign-in waiting on a reset.
    void startSignIn();
    // After the password: MfaRequired when the identity has an MFA device, else signed in.
    Result<void> finishPasswordStep(Result<Identity> identity, const Authenticator::SignInKey& key);
    // After the password with an MFA code: verifies the code when the identity has a device.
    void finishMfaStep(Result<Identity> identity, const Authenticator::SignInKey& key,
                       const QString& code, std::function<void(Result<void>)> done);
    // Admits the identity and makes it the session's. Fails with
    // passwordResetRequiredCode() (keeping the sign-in pending) when the
    // password must be changed first.
    Result<void> establish(const Identity& identity, const Authenticator::SignInKey& key);

    Directory* m_directory;
    const Clock* m_clock;
    StsService* m_sts;
    Authorizer* m_authorizer;
    AuditRecorder m_audit;
    Authenticator* m_authenticator;
    RoleSessionController* m_roles;
    struct PendingReset
    {
        Identity identity;
        Authenticator::SignInKey key;
    };
    std::optional<PendingReset> m_pendingReset;
};
