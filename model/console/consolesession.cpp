#include "console/consolesession.h"

#include "console/authorizer.h"
#include "directory/directory.h"
#include "iam/clock.h"
#include "sts/stsservice.h"

#include <QTimer>

ConsoleSession::ConsoleSession(Directory* directory, const Clock* clock, QObject* parent,
                               StsService* sts)
    : QObject(parent)
    , m_directory(directory)
    , m_clock(clock ? clock : Clock::system())
    , m_sts(sts)
    , m_authorizer(new Authorizer(directory, m_clock, this))
    , m_audit(directory)
    , m_authenticator(new Authenticator(directory, m_clock, m_authorizer, &m_audit, sts, this))
    , m_roles(new RoleSessionController(directory, m_clock, m_authorizer, &m_audit, sts, this))
{
    connect(m_roles, &RoleSessionController::activeIdentityChanged, this,
            &ConsoleSession::activeIdentityChanged);
    connect(m_roles, &RoleSessionController::roleSwitched, this, &ConsoleSession::roleSwitched);
    connect(m_roles, &RoleSessionController::switchedBack, this, &ConsoleSession::switchedBack);
    connect(m_roles, &RoleSessionController::roleSessionExpired, this,
            &ConsoleSession::roleSessionExpired);
    connect(m_roles, &RoleSessionController::signInEnded, this, &ConsoleSession::signOut);
}

ConsoleSession::~ConsoleSession() = default;

QString ConsoleSession::authenticationFailedMessage()
{
    return Authenticator::authenticationFailedMessage();
}

QString ConsoleSession::invalidSwitchInformationMessage()
{
    return RoleSessionController::invalidSwitchInformationMessage();
}

QString ConsoleSession::rootCannotSwitchMessage()
{
    return RoleSessionController::rootCannotSwitchMessage();
}

// --- Signing in and out ------------------------------------------------------

void ConsoleSession::startSignIn()
{
    signOut();
    m_pendingReset.reset();
}

Result<void> ConsoleSession::signIn(const QString& account, const QString& userName,
                                    const QString& password)
{
    startSignIn();
    return finishPasswordStep(m_authenticator->checkPassword(account, userName, password),
                              m_authenticator->userKey(account, userName));
}

Result<void> ConsoleSession::signInRoot(const QString& email, const QString& password)
{
    startSignIn();
    return finishPasswordStep(m_authenticator->checkRootPassword(email, password),
                              Authenticator::rootKey(email));
}

void ConsoleSession::signInWithMfa(const QString& account, const QString& userName,
                                   const QString& password, const QString& code,
                                   std::function<void(Result<void>)> done)
{
    startSignIn();
    finishMfaStep(m_authenticator->checkPassword(account, userName, password),
                  m_authenticator->userKey(account, userName), code, std::move(done));
}

void ConsoleSession::signInRootWithMfa(const QString& email, const QString& password,
                                       const QString& code, std::function<void(Result<void>)> done)
{
    startSignIn();
    finishMfaStep(m_authenticator->checkRootPassword(email, password),
                  Authenticator::rootKey(email), code, std::move(done));
}

Result<void> ConsoleSession::finishPasswordStep(Result<Identity> identity,
                                                const Authenticator::SignInKey& key)
{
    if (!identity)
        return identity.error();
    if (m_authenticator->needsMfaCode(*identity))
        return Authenticator::mfaRequired();
    return establish(*identity, key);
}

void ConsoleSession::finishMfaStep(Result<Identity> identity, const Authenticator::SignInKey& key,
                                   const QString& code, std::function<void(Result<void>)> done)
{
    if (!identity || !m_authenticator->needsMfaCode(*identity)) {
        const Result<void> outcome = identity ? establish(*identity, key) : identity.error();
        QTimer::singleShot(0, this, [done = std::move(done), outcome] { done(outcome); });
        return;
    }
    m_authenticator->verifyMfaCode(*identity, key, code,
                                   [this, key, done = std::move(done)](Result<Identity> confirmed) {
                                       if (!confirmed)
                                           return done(confirmed.error());
                                       done(establish(*confirmed, key));
                                   });
}

Result<void> ConsoleSession::establish(const Identity& identity,
                                       const Authenticator::SignInKey& key)
{
    if (auto admitted = m_authenticator->admit(identity, key); !admitted) {
        if (admitted.error().code() == passwordResetRequiredCode())
            m_pendingReset = PendingReset{identity, key};
        return admitted;
    }
    if (auto begun = m_roles->begin(identity); !begun)
        return begun;
    Q_EMIT signedIn();
    Q_EMIT activeIdentityChanged();
    return {};
}

Result<void> ConsoleSession::changeOwnPassword(const QString& oldPassword,
                                               const QString& newPassword)
{
    const bool pending = m_pendingReset.has_value();
    const Identity& user = userIdentity();
    if (!pending && (!isSignedIn() || user.kind != Identity::Kind::User))
        return IamError::accessDenied(tr("Only a signed-in IAM user can change their password."));
    const Identity who = pending ? m_pendingReset->identity : user;
    // Guessing the old password is guessing a password: the sign-in throttle
    // counts it (under the pending sign-in's key, else the user's own).
    const Authenticator::SignInKey throttle =
        pending ? m_pendingReset->key : Authenticator::SignInKey{who.account.id, who.user.name};
    if (auto changed =
            m_authenticator->changePassword(who, throttle, pending, oldPassword, newPassword);
        !changed)
        return changed;
    if (!pending)
        return {};
    PendingReset waiting = std::move(*m_pendingReset);
    m_pendingReset.reset();
    return establish(waiting.identity, waiting.key);
}

void ConsoleSession::signInFederated(const SamlSignIn& signIn,
                                     std::function<void(Result<void>)> done)
{
    if (m_sts)
        startSignIn();
    m_authenticator->assumeRoleWithSaml(
        signIn, [this, signIn, done = std::move(done)](Result<AssumeRoleResult> assumed) {
            if (!assumed)
                return done(assumed.error());
            if (auto begun = m_roles->beginFederated(signIn, *assumed); !begun)
                return done(begun);
            Q_EMIT signedIn();
            done({});
        });
}

Result<void> ConsoleSession::signInAsUserOf(const ConsoleSession& source)
{
    if (&source == this || !source.canSwitchRoleInNewSession())
        return IamError::accessDenied(
            tr("Only an IAM user signed in at the console can switch role in a new session."));
    const Identity user = source.userIdentity();
    // Fail closed: the sign-in is the user's as they were then, and only while it lasts.
    const auto now = m_directory->user(user.account.id, user.user.name);
    if (!now || now->createDate != user.user.createDate || m_clock->now() >= user.expiresAt)
        return IamError::accessDenied(
            tr("The sign-in of %1 has ended. Sign in again.").arg(user.user.name));
    startSignIn();
    // Said apart from a password's sign-in, in English as the trail's other details.
    const QString detail = user.mfaAuthenticated ? QStringLiteral("MFA; added session")
                                                 : QStringLiteral("Added session");
    if (auto recorded = m_audit.signIn(user.arn(), AuditRecorder::signInName(user), true, detail);
        !recorded)
        return recorded;
    if (auto begun = m_roles->begin(user, RoleSessionController::OpenRoleSession::Leave); !begun)
        return begun;
    Q_EMIT signedIn();
    Q_EMIT activeIdentityChanged();
    return {};
}

void ConsoleSession::authenticatePerson(const QString& account, const QString& userName,
                                        const QString& password, const QString& code,
                                        const QString& purpose,
                                        std::function<void(Result<Identity>)> done)
{
    m_authenticator->authenticatePerson(account, userName, password, code, purpose,
                                        std::move(done));
}

void ConsoleSession::actAs(const Identity& identity)
{
    m_pendingReset.reset();
    m_roles->actAs(identity);
}

void ConsoleSession::signOut()
{
    if (!isSignedIn())
        return;
    m_roles->end();
    Q_EMIT signedOut();
    Q_EMIT activeIdentityChanged();
}

// --- Role sessions -----------------------------------------------------------

Result<Role> ConsoleSession::checkSwitchRole(const SwitchRoleRequest& request) const
{
    return m_roles->checkSwitchRole(request);
}

int ConsoleSession::maxSwitchDuration(const Role& role) const
{
    return m_roles->maxSwitchDuration(role);
}

void ConsoleSession::switchRole(const SwitchRoleRequest& request,
                                std::function<void(Result<void>)> done)
{
    m_roles->switchRole(request, std::move(done));
}

void ConsoleSession::renewRole(std::function<void(Result<void>)> done)
{
    m_roles->renewRole(std::move(done));
}

void ConsoleSession::switchBack()
{
    m_roles->switchBack();
}

bool ConsoleSession::canSwitchRole() const
{
    return m_roles->canSwitchRole();
}

bool ConsoleSession::canSwitchRoleInNewSession() const
{
    const Identity& user = userIdentity();
    return canSwitchRole() && user.kind == Identity::Kind::User &&
           user.credentials == Identity::Credentials::Console;
}

bool ConsoleSession::canSwitchBack() const
{
    return m_roles->canSwitchBack();
}

StsCaller ConsoleSession::userCaller() const
{
    return m_roles->userCaller();
}

QList<RoleHistoryEntry> ConsoleSession::roleHistory() const
{
    return m_roles->roleHistory();
}

QList<RoleBookmark> ConsoleSession::roleBookmarks() const
{
    return m_roles->roleBookmarks();
}

qint64 ConsoleSession::secondsLeft() const
{
    return m_roles->secondsLeft();
}

void ConsoleSession::revealSessionCredentials(
    std::function<void(Result<TemporaryCredentials>)> done)
{
    m_roles->revealSessionCredentials(std::move(done));
}

void ConsoleSession::checkExpiry()
{
    m_roles->checkExpiry();
}

// --- Acting as the active identity ------------------------------------------

Authorization ConsoleSession::authorize(const QString& action, const QString& resource) const
{
    return m_authorizer->authorize(identity(), action, resource);
}

Authorization ConsoleSession::authorize(const ConsoleAction& action) const
{
    return authorize(action.action, action.resource);
}

Result<void> ConsoleSession::recordEvent(const QString& action, const QString& target, bool success,
                                         const QString& detail)
{
    return m_roles->recordEvent(action, target, success, detail);
}
