#pragma once

#include "console/identity.h"
#include "console/switchrolerequest.h"
#include "directory/rolebookmark.h"
#include "directory/rolehistoryentry.h"
#include "iam/result.h"
#include "sts/assumeroleresult.h"
#include "sts/samlsignin.h"
#include "sts/stscaller.h"
#include "sts/temporarycredentials.h"

#include <QObject>
#include <QTimer>

#include <functional>

class AuditRecorder;
class Authorizer;
class Clock;
class Directory;
class StsService;

// One signed-in identity and its role sessions: who signed in (an IAM user,
// a root user, or a federated sign-in's own role session), the role session
// the console acts as, Switch Role, Renew and Switch back, and the timers
// that end a role session and the console session when their time is up.
class RoleSessionController : public QObject
{
    Q_OBJECT

public:
    // Without an StsService there are no role sessions: the user stays themselves.
    RoleSessionController(Directory* directory, const Clock* clock, Authorizer* authorizer,
                          const AuditRecorder* audit, StsService* sts, QObject* parent = nullptr);

    // What begin() does with a console role session the user left open.
    enum class OpenRoleSession
    {
        Resume, // a sign-in: the console goes on where the user left it
        Leave   // a session added beside one that may be in it: it stays that one's
    };
    // A user or root user signed in: they become the active identity, and a
    // console role session they left open resumes (unless open says Leave).
    // Fails (nobody active) when the resumption cannot be recorded.
    Result<void> begin(const Identity& user, OpenRoleSession open = OpenRoleSession::Resume);
    // A federated sign-in's own role session (from AssumeRoleWithSAML)
    // becomes the active identity; there is no user to switch back to.
    Result<void> beginFederated(const SamlSignIn& signIn, const AssumeRoleResult& assumed);
    // An API caller the endpoint verified acts from now on, without expiry
    // timer or resumed console role session.
    void actAs(const Identity& identity);
    // Ends the role sessions and records the sign-out; nobody is active after.
    void end();

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
    // and the audit log. done is called once, later; on failure the
    // identity is unchanged.
    void switchRole(const SwitchRoleRequest& request, std::function<void(Result<void>)> done);
    // Assumes the active role again with the same settings (a fresh session).
    void renewRole(std::function<void(Result<void>)> done);
    // Ends the role session and returns to the user's own identity (or the
    // federated sign-in's role session); a federated sign-in's own session
    // cannot be left so (consoleSessionExpired() asks to sign out instead).
    void switchBack();
    bool canSwitchRole() const;
    bool canSwitchBack() const;
    // The active role session's credentials, for a person allowed
    // sts:AssumeRole on the role; audited.
    void revealSessionCredentials(std::function<void(Result<TemporaryCredentials>)> done);

    bool isActive() const { return !m_identity.isNull(); }
    bool isInRole() const { return m_identity.isRoleSession(); }
    const Identity& identity() const { return m_identity; }
    const Identity& userIdentity() const { return m_userIdentity; }
    const Identity& federatedIdentity() const { return m_federatedIdentity; }
    const SwitchRoleRequest& activeSwitchRequest() const { return m_activeRequest; }
    StsCaller userCaller() const;
    QList<RoleHistoryEntry> roleHistory() const;
    QList<RoleBookmark> roleBookmarks() const;
    qint64 secondsLeft() const;

    // Appends an audit event as the active identity (the user, also in a role).
    [[nodiscard]] Result<void> recordEvent(const QString& action, const QString& target,
                                           bool success, const QString& detail) const;

    // Ends the role session, then the console session, when its time is up.
    // Runs on a timer; public so that a clock that jumps is honoured at once.
    void checkExpiry();

    static QString invalidSwitchInformationMessage();
    static QString rootCannotSwitchMessage();

Q_SIGNALS:
    void activeIdentityChanged();
    void roleSwitched();
    void switchedBack();
    // The role session ran out: the console is the user's own again.
    void roleSessionExpired(const QString& displayName);
    // The signed-in identity's own session ran out (or a federated sign-in
    // left its own role session): whoever holds this controller signs out.
    void signInEnded();

private:
    // Who authorizes a switch (the console always asks with the original
    // credentials): the signed-in user or root, else the federated sign-in.
    const Identity& originalIdentity() const
    {
        return m_userIdentity.isNull() ? m_federatedIdentity : m_userIdentity;
    }
    // The active identity is the federated sign-in's own role session.
    bool isFederatedSignInSession() const
    {
        return !m_federatedIdentity.isNull() && isInRole() &&
               m_identity.session.accessKeyId == m_federatedIdentity.session.accessKeyId;
    }
    void scheduleExpiry();
    // Fails (and ends the new session) when the switch cannot be recorded.
    Result<void> activateRoleSession(const TemporarySession& session, const Role& role,
                                     const SwitchRoleRequest& request);
    Identity roleSessionIdentity(const TemporarySession& session, const Role& role,
                                 const SwitchRoleRequest& shown) const;
    void endRoleSession(const QString& reason);
    Result<void> resumeConsoleRoleSession();
    IamError explainAssumeRoleDenial(const IamError& denial, const Role& role) const;
    // Back to the person's own identity after a role session ended.
    void returnToOriginal();

    Directory* m_directory;
    const Clock* m_clock;
    Authorizer* m_authorizer;
    const AuditRecorder* m_audit;
    StsService* m_sts;
    Identity m_identity;
    Identity m_userIdentity;
    Identity m_federatedIdentity;
    SwitchRoleRequest m_activeRequest;
    QTimer m_expiryTimer;
};
