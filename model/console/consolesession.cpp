#include "console/consolesession.h"

#include "console/accesskeymanager.h"
#include "console/authorizer.h"
#include "console/displaycolor.h"
#include "console/mfadevicemanager.h"
#include "crypto/passwordhasher.h"
#include "crypto/totp.h"
#include "directory/directory.h"
#include "iam/arn.h"
#include "iam/clock.h"
#include "iam/quotas.h"
#include "secrets/secretjob.h"
#include "secrets/secretkey.h"
#include "secrets/secretstore.h"
#include "sts/stsservice.h"
#include "sts/trustconditions.h"

#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace {
// Verifying against a real-looking hash when the user is unknown keeps the
// answer time the same, so timing does not tell which names exist.
const QString& decoyHash()
{
    static const QString hash = PasswordHasher::hash(QStringLiteral("decoy-password"));
    return hash;
}
// The name a sign-in is audited under: the user's, or "root".
QString signInName(const Identity& identity)
{
    return identity.isRoot() ? QStringLiteral("root") : identity.user.name;
}
// Calls done on a later event-loop turn, as the STS calls do, so callers
// have one path for errors and results.
template <typename T>
void finishLater(QObject* context, std::function<void(Result<T>)> done, const IamError& error)
{
    QTimer::singleShot(0, context, [done = std::move(done), error]() { done(error); });
}
// Whether the event went into the audit trail (the stored event is not needed).
Result<void> stored(const Result<AuditEvent>& appended)
{
    return appended ? Result<void>() : Result<void>(appended.error());
}
// Ending access never waits on the audit trail (refusing to end would keep
// access open); a record that could not be written is reported instead.
void reportUnrecorded(const Result<void>& audit)
{
    if (!audit)
        qWarning("Audit record lost: %s", qPrintable(audit.error().toString()));
}
} // namespace

ConsoleSession::ConsoleSession(Directory* directory, const Clock* clock, QObject* parent,
                               StsService* sts)
    : QObject(parent)
    , m_directory(directory)
    , m_clock(clock ? clock : Clock::system())
    , m_sts(sts)
    , m_authorizer(new Authorizer(directory, m_clock, this))
{
    if (m_sts) {
        m_accessKeys = new AccessKeyManager(this, m_sts->secrets(), this);
        m_mfaDevices = new MfaDeviceManager(this, m_sts->secrets(), this);
    }
    m_expiryTimer.setSingleShot(true);
    connect(&m_expiryTimer, &QTimer::timeout, this, &ConsoleSession::checkExpiry);
}

ConsoleSession::~ConsoleSession() = default;

IamError ConsoleSession::unlessAuditFailed(const Result<void>& audit, const IamError& error)
{
    return audit ? error : audit.error();
}

void ConsoleSession::actAs(const Identity& identity)
{
    m_expiryTimer.stop();
    m_pendingReset.reset();
    m_identity = identity;
    // A role session's "own" identity is the session itself: there is nothing to switch back to.
    m_userIdentity = identity;
    m_activeRequest = {};
    Q_EMIT activeIdentityChanged();
}

Authorization ConsoleSession::authorize(const QString& action, const QString& resource) const
{
    return m_authorizer->authorize(m_identity, action, resource);
}

Authorization ConsoleSession::authorize(const ConsoleAction& action) const
{
    return authorize(action.action, action.resource);
}

QString ConsoleSession::authenticationFailedMessage()
{
    return tr("Your authentication information is incorrect. Please try again.");
}

QString ConsoleSession::rootCannotSwitchMessage()
{
    // STS's own message: English in every language, as AWS sends it.
    return QStringLiteral("Roles may not be assumed by root accounts.");
}

ConsoleSession::SignInKey ConsoleSession::userKey(const QString& typedAccount,
                                                  const QString& typedUser) const
{
    const auto account = m_directory->findAccount(typedAccount.trimmed());
    return {account ? account->id : typedAccount.trimmed(), typedUser.trimmed()};
}

ConsoleSession::SignInKey ConsoleSession::rootKey(const QString& email)
{
    // No account id or alias can be spelled so: root's counter is its own.
    return {QStringLiteral("(root user)"), email.trimmed()};
}

Result<void> ConsoleSession::checkLockout(const SignInKey& key, const QString& shownName) const
{
    const QDateTime now = m_clock->now();
    const QDateTime windowStart = now.addSecs(-Quotas::SignInFailureWindowSeconds);
    const auto failures = m_directory->signInFailuresSince(key.account, key.user, windowStart);
    if (!failures)
        return failures.error();
    if (*failures < Quotas::SignInFailuresBeforeLockout)
        return {};
    const auto last = m_directory->lastSignInFailure(key.account, key.user);
    if (!last)
        return last.error();
    const QDateTime until = last->addSecs(Quotas::SignInLockoutSeconds);
    if (now >= until)
        return {};
    const qint64 minutes = (now.secsTo(until) + 59) / 60;
    return IamError::accessDenied(
        tr("Too many failed sign-in attempts. The user %1 is locked out for %n more minute(s), "
           "until %2 UTC.",
           nullptr, int(minutes))
            .arg(shownName, until.toUTC().toString(QStringLiteral("HH:mm"))));
}

Result<Identity> ConsoleSession::authenticate(const QString& account, const QString& userName,
                                              const QString& password) const
{
    const auto acct = m_directory->findAccount(account.trimmed());
    const auto user = acct ? m_directory->user(acct->id, userName) : std::nullopt;
    const auto profile = user ? m_directory->loginProfile(acct->id, user->name) : std::nullopt;
    const QString& hash = profile ? profile->passwordHash : decoyHash();
    const bool passwordMatches = PasswordHasher::verify(password, hash);
    if (!profile || !passwordMatches)
        return IamError::accessDenied(authenticationFailedMessage());

    Identity identity;
    identity.kind = Identity::Kind::User;
    identity.account = *acct;
    identity.user = *user;
    identity.userAccount = *acct;
    identity.issuedAt = m_clock->now();
    identity.expiresAt = identity.issuedAt.addSecs(Quotas::ConsoleSessionDuration);
    return identity;
}

Result<Identity> ConsoleSession::authenticateRoot(const QString& email,
                                                  const QString& password) const
{
    const auto root = m_directory->rootUserByEmail(email);
    const auto account = root ? m_directory->findAccount(root->accountId) : std::nullopt;
    const QString& hash = root ? root->passwordHash : decoyHash();
    const bool passwordMatches = PasswordHasher::verify(password, hash);
    if (!account || !passwordMatches)
        return IamError::accessDenied(authenticationFailedMessage());

    Identity identity;
    identity.kind = Identity::Kind::Root;
    identity.account = *account;
    identity.userAccount = *account;
    identity.rootEmail = root->email;
    identity.issuedAt = m_clock->now();
    identity.expiresAt = identity.issuedAt.addSecs(Quotas::ConsoleSessionDuration);
    return identity;
}

Result<Identity>
ConsoleSession::checkCredentials(const SignInKey& key, const QString& typedArn,
                                 const QString& shownName,
                                 const std::function<Result<Identity>()>& authenticate)
{
    if (isSignedIn())
        signOut();
    m_pendingReset.reset();
    if (auto locked = checkLockout(key, shownName); !locked)
        return unlessAuditFailed(
            recordSignIn(typedArn, shownName, false, QStringLiteral("Locked out")), locked.error());
    auto identity = authenticate();
    if (!identity) {
        // An attempt that cannot be counted must not be free to repeat.
        if (auto counted = m_directory->recordSignInFailure(key.account, key.user); !counted)
            return counted.error();
        return unlessAuditFailed(
            recordSignIn(typedArn, shownName, false, QStringLiteral("Failed authentication")),
            identity.error());
    }
    return identity;
}

Result<Identity> ConsoleSession::checkPassword(const QString& account, const QString& userName,
                                               const QString& password)
{
    const QString typedArn =
        Arn::user(account.trimmed(), QStringLiteral("/"), userName.trimmed()).toString();
    return checkCredentials(userKey(account, userName), typedArn, userName.trimmed(),
                            [&] { return authenticate(account, userName.trimmed(), password); });
}

QList<MfaDeviceInfo> ConsoleSession::mfaDevicesOf(const Identity& identity) const
{
    if (identity.isRoot())
        return m_directory->rootMfaDevices(identity.account.id);
    return m_directory->mfaDevices(identity.account.id, identity.user.name);
}

Result<void> ConsoleSession::finishPasswordStep(Result<Identity> identity, const SignInKey& key)
{
    if (!identity)
        return identity.error();
    if (!mfaDevicesOf(*identity).isEmpty())
        return IamError(mfaRequiredCode(),
                        tr("Enter the code from your MFA device to finish signing in."), 401);
    return establish(std::move(identity).value(), key);
}

Result<void> ConsoleSession::signIn(const QString& account, const QString& userName,
                                    const QString& password)
{
    return finishPasswordStep(checkPassword(account, userName, password),
                              userKey(account, userName));
}

QString ConsoleSession::rootActor(const QString& email) const
{
    // The audit trail is the administrators', not the signer's: it may name the account.
    const auto root = m_directory->rootUserByEmail(email);
    return root ? root->arn() : email.trimmed();
}

Result<void> ConsoleSession::signInRoot(const QString& email, const QString& password)
{
    const SignInKey key = rootKey(email);
    return finishPasswordStep(checkCredentials(key, rootActor(email), email.trimmed(),
                                               [&] { return authenticateRoot(email, password); }),
                              key);
}

void ConsoleSession::signInWithMfa(const QString& account, const QString& userName,
                                   const QString& password, const QString& code,
                                   std::function<void(Result<void>)> done)
{
    finishMfaStep(checkPassword(account, userName, password), userKey(account, userName), code,
                  std::move(done));
}

void ConsoleSession::signInRootWithMfa(const QString& email, const QString& password,
                                       const QString& code, std::function<void(Result<void>)> done)
{
    const SignInKey key = rootKey(email);
    finishMfaStep(checkCredentials(key, rootActor(email), email.trimmed(),
                                   [&] { return authenticateRoot(email, password); }),
                  key, code, std::move(done));
}

void ConsoleSession::finishMfaStep(Result<Identity> identity, const SignInKey& key,
                                   const QString& code, std::function<void(Result<void>)> done)
{
    if (!identity) {
        finishLater<void>(this, std::move(done), identity.error());
        return;
    }
    if (mfaDevicesOf(*identity).isEmpty()) {
        const Result<void> established = establish(std::move(identity).value(), key);
        QTimer::singleShot(0, this, [done = std::move(done), established]() { done(established); });
        return;
    }
    if (!m_sts) {
        finishLater<void>(this, std::move(done),
                          IamError::serviceFailure(tr("MFA sign-in needs the secret store.")));
        return;
    }
    verifyMfaCode(*identity, key, code,
                  [this, key, done = std::move(done)](Result<Identity> confirmed) {
                      if (!confirmed)
                          return done(confirmed.error());
                      done(establish(std::move(confirmed).value(), key));
                  });
}

void ConsoleSession::verifyMfaCode(const Identity& identity, const SignInKey& key,
                                   const QString& code, std::function<void(Result<Identity>)> done)
{
    const auto devices = mfaDevicesOf(identity);
    if (devices.isEmpty()) { // removed meanwhile: nothing to verify the code against
        finishLater<Identity>(this, std::move(done),
                              IamError::accessDenied(authenticationFailedMessage()));
        return;
    }
    const QString serial = devices.first().serialNumber;
    const QString secretKey =
        SecretKey(QUuid::fromString(m_directory->directoryId()), SecretKey::Kind::MfaSeed, serial)
            .toString();
    SecretJob* job = m_sts->secrets()->get(secretKey);
    connect(job, &SecretJob::finished, this,
            [this, identity, serial, key, code = code.trimmed(),
             done = std::move(done)](SecretJob* job) {
                const auto step = job->error() == SecretStore::NoError
                                      ? Totp::verify(code, job->value(), m_clock->now())
                                      : std::nullopt;
                // A code seen before is as wrong as a made-up one.
                if (!step || !m_directory->acceptMfaCodeStep(serial, *step)) {
                    if (auto counted = m_directory->recordSignInFailure(key.account, key.user);
                        !counted) {
                        done(counted.error());
                        return;
                    }
                    done(
                        unlessAuditFailed(recordSignIn(identity.arn(), signInName(identity), false,
                                                       QStringLiteral("Failed MFA authentication")),
                                          IamError::accessDenied(authenticationFailedMessage())));
                    return;
                }
                Identity confirmed = identity;
                confirmed.mfaAuthenticated = true;
                confirmed.mfaAuthTime = m_clock->now();
                done(std::move(confirmed));
            });
}

void ConsoleSession::authenticatePerson(const QString& account, const QString& userName,
                                        const QString& password, const QString& code,
                                        const QString& purpose,
                                        std::function<void(Result<Identity>)> done)
{
    const QString typedUser = userName.trimmed();
    const QString typedArn =
        Arn::user(account.trimmed(), QStringLiteral("/"), typedUser).toString();
    const SignInKey key = userKey(account, userName);
    auto refuse = [this, &done](const IamError& error) {
        QTimer::singleShot(0, this, [done, error] { done(error); });
    };
    if (auto locked = checkLockout(key, typedUser); !locked)
        return refuse(unlessAuditFailed(
            recordSignIn(typedArn, typedUser, false, QStringLiteral("Locked out")),
            locked.error()));
    auto identity = authenticate(account, typedUser, password);
    if (!identity) {
        if (auto counted = m_directory->recordSignInFailure(key.account, key.user); !counted)
            return refuse(counted.error());
        return refuse(unlessAuditFailed(
            recordSignIn(typedArn, typedUser, false, QStringLiteral("Failed authentication")),
            identity.error()));
    }
    // A password that must be changed first is changed at the console's own sign-in.
    if (auto fresh = checkPasswordAge(*identity); !fresh)
        return refuse(unlessAuditFailed(
            recordSignIn(identity->arn(), identity->user.name, false, fresh.error().code()),
            fresh.error()));
    auto finish = [this, key, purpose, done = std::move(done)](Result<Identity> confirmed) {
        if (!confirmed)
            return done(std::move(confirmed));
        if (auto cleared = m_directory->clearSignInFailures(key.account, key.user); !cleared)
            return done(cleared.error());
        if (auto recorded = recordSignIn(
                confirmed->arn(), confirmed->user.name, true,
                confirmed->mfaAuthenticated ? purpose + QStringLiteral(", MFA") : purpose);
            !recorded)
            return done(recorded.error());
        done(std::move(confirmed));
    };
    if (mfaDevicesOf(*identity).isEmpty()) {
        QTimer::singleShot(
            0, this, [finish, confirmed = std::move(identity).value()] { finish(confirmed); });
        return;
    }
    if (!m_sts)
        return refuse(IamError::serviceFailure(tr("MFA sign-in needs the secret store.")));
    verifyMfaCode(*identity, key, code, std::move(finish));
}

Result<void> ConsoleSession::checkPasswordAge(const Identity& identity) const
{
    if (identity.kind != Identity::Kind::User)
        return {};
    const auto profile = m_directory->loginProfile(identity.account.id, identity.user.name);
    if (!profile)
        return {};
    const PasswordPolicy policy = m_directory->effectivePasswordPolicy(identity.account.id);
    const bool expired =
        policy.maxPasswordAgeDays > 0 &&
        profile->passwordLastSet.addDays(policy.maxPasswordAgeDays) <= m_clock->now();
    if (expired && policy.hardExpiry)
        return IamError::accessDenied(
            tr("Your password has expired. Ask your administrator to reset it."));
    if (expired || profile->passwordResetRequired)
        return IamError(passwordResetRequiredCode(),
                        expired ? tr("Your password has expired. Choose a new password.")
                                : tr("You must choose a new password before you continue."),
                        401);
    return {};
}

Result<void> ConsoleSession::establish(Identity identity, const SignInKey& key)
{
    if (auto cleared = m_directory->clearSignInFailures(key.account, key.user); !cleared)
        return cleared;
    if (auto fresh = checkPasswordAge(identity); !fresh) {
        const auto recorded =
            recordSignIn(identity.arn(), signInName(identity), false, fresh.error().code());
        if (!recorded)
            return recorded;
        if (fresh.error().code() == passwordResetRequiredCode())
            m_pendingReset = PendingReset{std::move(identity), key};
        return fresh;
    }
    // No sign-in without its record.
    if (auto recorded = recordSignIn(identity.arn(), signInName(identity), true,
                                     identity.mfaAuthenticated ? QStringLiteral("MFA") : QString());
        !recorded)
        return recorded;
    m_identity = std::move(identity);
    m_userIdentity = m_identity;
    if (auto resumed = resumeConsoleRoleSession(); !resumed) {
        m_identity = {};
        m_userIdentity = {};
        m_activeRequest = {};
        return resumed;
    }
    scheduleExpiry();
    Q_EMIT signedIn();
    Q_EMIT activeIdentityChanged();
    return {};
}

Result<void> ConsoleSession::recordPasswordChange(const Identity& identity, bool success,
                                                  const QString& detail)
{
    AuditEvent event;
    event.actorArn = identity.arn();
    event.sessionName = identity.user.name;
    event.action = QStringLiteral("iam:ChangePassword");
    event.target = identity.user.arn().toString();
    event.outcome = success ? QStringLiteral("Success") : QStringLiteral("Failure");
    event.detail = detail;
    return stored(m_directory->appendAuditEvent(event));
}

Result<void> ConsoleSession::changeOwnPassword(const QString& oldPassword,
                                               const QString& newPassword)
{
    const bool pending = m_pendingReset.has_value();
    if (!pending && (!isSignedIn() || m_userIdentity.kind != Identity::Kind::User))
        return IamError::accessDenied(tr("Only a signed-in IAM user can change their password."));
    const Identity who = pending ? m_pendingReset->identity : m_userIdentity;
    const QString accountId = who.account.id;
    const QString userName = who.user.name;
    const auto fail = [&](const IamError& error) -> Result<void> {
        return unlessAuditFailed(recordPasswordChange(who, false, error.code()), error);
    };
    // Guessing the old password is guessing a password: the sign-in throttle
    // counts it (under the pending sign-in's key, else the user's own).
    const SignInKey throttle = pending ? m_pendingReset->key : SignInKey{accountId, userName};
    if (auto locked = checkLockout(throttle, userName); !locked)
        return fail(locked.error());
    const auto profile = m_directory->loginProfile(accountId, userName);
    if (!profile || !PasswordHasher::verify(oldPassword, profile->passwordHash)) {
        if (auto counted = m_directory->recordSignInFailure(throttle.account, throttle.user);
            !counted)
            return fail(counted.error());
        return fail(IamError::accessDenied(tr("The current password is incorrect.")));
    }
    if (!pending && !m_directory->effectivePasswordPolicy(accountId).allowUsersToChangePassword) {
        const Authorization answer = m_authorizer->authorize(
            m_userIdentity, QStringLiteral("iam:ChangePassword"), who.user.arn().toString());
        if (!answer.allowed())
            return fail(IamError::accessDenied(answer.message));
    }
    if (oldPassword == newPassword)
        return fail(IamError::passwordPolicyViolation(
            tr("The new password must differ from the current password.")));
    if (auto r = m_directory->checkNewPassword(accountId, userName, newPassword); !r)
        return fail(r.error());
    // The new password and its record are one change: without the record, no new password.
    if (auto r = m_directory->runInTransaction([&]() -> Result<void> {
            if (auto set = m_directory->setLoginProfile(accountId, userName,
                                                        PasswordHasher::hash(newPassword), false);
                !set)
                return set;
            return recordPasswordChange(who, true, {});
        });
        !r)
        return fail(r.error());
    if (!pending)
        return {};
    PendingReset waiting = std::move(*m_pendingReset);
    m_pendingReset.reset();
    return establish(std::move(waiting.identity), waiting.key);
}

void ConsoleSession::signOut()
{
    if (!isSignedIn())
        return;
    m_expiryTimer.stop();
    if (isInRole())
        endRoleSession(QStringLiteral("SignOut"));
    // A federated sign-in that switched role ends its own session too.
    if (!m_federatedIdentity.isNull() && !isFederatedSignInSession()) {
        m_identity = m_federatedIdentity;
        endRoleSession(QStringLiteral("SignOut"));
    }
    const QString arn = m_identity.isFederated() ? m_identity.arn() : m_userIdentity.arn();
    reportUnrecorded(recordEvent(QStringLiteral("ConsoleSignOut"), arn, true, {}));
    m_identity = {};
    m_userIdentity = {};
    m_federatedIdentity = {};
    m_activeRequest = {};
    Q_EMIT signedOut();
    Q_EMIT activeIdentityChanged();
}

Result<void> ConsoleSession::recordSignIn(const QString& actorArn, const QString& userName,
                                          bool success, const QString& detail)
{
    AuditEvent event;
    event.actorArn = actorArn;
    event.sessionName = userName;
    event.action = QStringLiteral("ConsoleLogin");
    event.target = actorArn;
    event.outcome = success ? QStringLiteral("Success") : QStringLiteral("Failure");
    event.detail = detail;
    return stored(m_directory->appendAuditEvent(event));
}

void ConsoleSession::checkExpiry()
{
    if (!isSignedIn())
        return;
    const QDateTime now = m_clock->now();
    if (isInRole() && now >= m_identity.expiresAt) {
        const QString displayName = m_identity.displayName;
        const bool signInSession = isFederatedSignInSession() || originalIdentity().isNull();
        endRoleSession(QStringLiteral("Expired"));
        reportUnrecorded(recordEvent(QStringLiteral("RoleSessionExpired"), m_identity.session.arn,
                                     true, displayName));
        if (signInSession) {
            signOut();
            return;
        }
        m_identity = originalIdentity();
        m_activeRequest = {};
        Q_EMIT roleSessionExpired(displayName);
        Q_EMIT activeIdentityChanged();
    }
    const Identity& original = originalIdentity();
    if (!original.isNull() && now >= original.expiresAt)
        signOut();
    else
        scheduleExpiry();
}

void ConsoleSession::scheduleExpiry()
{
    // Re-armed on each timeout, so a clock that jumps (tests) is checked
    // again rather than trusted once. Expiries are real instants.
    QDateTime deadline = m_identity.expiresAt;
    const Identity& original = originalIdentity();
    if (!original.isNull() && original.expiresAt < deadline)
        deadline = original.expiresAt;
    const qint64 ms = m_clock->now().msecsTo(deadline);
    m_expiryTimer.start(int(std::clamp<qint64>(ms, 0, 60 * 1000)));
}

Result<void> ConsoleSession::recordEvent(const QString& action, const QString& target, bool success,
                                         const QString& detail)
{
    AuditEvent event;
    event.actorArn =
        isInRole() && !originalIdentity().isNull() ? originalIdentity().arn() : m_identity.arn();
    event.sessionName = isInRole() ? m_identity.session.sessionName : signInName(m_identity);
    event.action = action;
    event.target = target;
    event.outcome = success ? QStringLiteral("Success") : QStringLiteral("Failure");
    event.detail = detail;
    return stored(m_directory->appendAuditEvent(event));
}

// --- Switch Role -----------------------------------------------------------

namespace {
constexpr int defaultSwitchDuration = 3600;
constexpr int minimumSessionDuration = 900;

// "admin/Reader" -> path "/admin/", name "Reader".
std::pair<QString, QString> splitRoleName(const QString& pathAndName)
{
    QString text = pathAndName.trimmed();
    if (text.startsWith(QLatin1Char('/')))
        text.remove(0, 1);
    const qsizetype slash = text.lastIndexOf(QLatin1Char('/'));
    if (slash < 0)
        return {QStringLiteral("/"), text};
    return {QLatin1Char('/') + text.left(slash + 1), text.mid(slash + 1)};
}
} // namespace

StsCaller ConsoleSession::userCaller() const
{
    // The console switches with the original credentials: for a federated
    // sign-in, its own role session's (which makes the switch chaining).
    if (m_userIdentity.isNull() && !m_federatedIdentity.isNull())
        return StsCaller::session(m_federatedIdentity.session.accessKeyId);
    StsCaller caller = m_userIdentity.isRoot()
                           ? StsCaller::root(m_userIdentity.account.id)
                           : StsCaller::user(m_userIdentity.account.id, m_userIdentity.user.name);
    caller.mfaAuthenticated = m_userIdentity.mfaAuthenticated;
    caller.mfaAuthTime = m_userIdentity.mfaAuthTime;
    return caller;
}

int ConsoleSession::maxSwitchDuration(const Role& role) const
{
    // In session seconds: at a training speed the role session is that much
    // shorter in real time, and must still end before the console session.
    const Identity& original = originalIdentity();
    const qint64 left =
        original.isNull() ? 0 : m_clock->sessionMsecsLeft(original.expiresAt) / 1000;
    // A federated sign-in's switch is role chaining: one hour at most.
    const int most = m_userIdentity.isNull()
                         ? std::min(role.maxSessionDuration, Quotas::RoleChainingDurationMax)
                         : role.maxSessionDuration;
    return int(std::clamp<qint64>(left, 0, most));
}

qint64 ConsoleSession::secondsLeft() const
{
    if (!isSignedIn())
        return 0;
    return std::max<qint64>(0, m_clock->now().secsTo(m_identity.expiresAt));
}

bool ConsoleSession::canSwitchRole() const
{
    return isSignedIn() && !originalIdentity().isNull() && !originalIdentity().isRoot();
}

bool ConsoleSession::canSwitchBack() const
{
    return isInRole() && !originalIdentity().isNull() && !isFederatedSignInSession();
}

QList<RoleHistoryEntry> ConsoleSession::roleHistory() const
{
    if (m_userIdentity.isNull())
        return {};
    return m_directory->roleHistory(m_userIdentity.arn());
}

QList<RoleBookmark> ConsoleSession::roleBookmarks() const
{
    if (m_userIdentity.isNull())
        return {};
    return m_directory->roleBookmarks(m_userIdentity.arn());
}

Result<Role> ConsoleSession::checkSwitchRole(const SwitchRoleRequest& request) const
{
    if (!isSignedIn())
        return IamError::accessDenied(tr("Sign in to switch roles."));
    if (originalIdentity().isNull())
        return IamError::accessDenied(tr("Sign in to switch roles."));
    const bool federated = m_userIdentity.isNull();
    // AWS's own words: root is the account, not a principal that may take a role.
    if (m_userIdentity.isRoot())
        return IamError::accessDenied(rootCannotSwitchMessage());
    if (!m_sts)
        return IamError::serviceFailure(tr("Switching roles is not available in this console."));
    const QString pathAndName =
        splitRoleName(request.roleName).first.mid(1) + splitRoleName(request.roleName).second;
    if (request.account.trimmed().isEmpty() || pathAndName.isEmpty())
        return IamError::validation(tr("Enter the account (12-digit id or alias) and the role."));
    if (pathAndName.size() > Quotas::SwitchRolePathAndNameMax)
        return IamError::validation(
            tr("The role's path and name together are %1 characters; the console can switch "
               "only to roles whose path and name fit in %2. Use the API or the CLI instead.")
                .arg(pathAndName.size())
                .arg(Quotas::SwitchRolePathAndNameMax));
    const auto account = m_directory->findAccount(request.account.trimmed());
    if (!account)
        return IamError::noSuchEntity(
            tr("There is no account %1 in this directory.").arg(request.account.trimmed()));
    const auto [path, name] = splitRoleName(request.roleName);
    const auto role = m_directory->role(account->id, name);
    if (!role)
        return IamError::noSuchEntity(tr("The role with name %1 cannot be found in account %2.")
                                          .arg(pathAndName, account->id));
    // A role with a path is switched to by path and name; the console refuses
    // the bare name (or another path) with its general message.
    if (role->path != path)
        return IamError::validation(
            invalidSwitchInformationMessage() + QLatin1Char(' ') +
            tr("Enter the role's path and name: %1.").arg(role->switchRoleName()));
    const TrustConditions trust = TrustConditions::of(role->trustPolicy);
    if (trust.requiresExternalId)
        return IamError::accessDenied(
            tr("The role %1 requires an external ID (sts:ExternalId), which the console cannot "
               "send. Assume it with the API or the CLI: switchboard sts assume-role "
               "--external-id ...")
                .arg(role->name));
    if (!request.sessionName.isEmpty())
        if (auto r = StsService::checkRoleSessionName(request.sessionName); !r)
            return r.error();
    if (request.durationSeconds)
        if (auto r = StsService::assumeRoleDuration(request.durationSeconds,
                                                    role->maxSessionDuration, federated);
            !r)
            return r.error();
    const bool hasMfaCode = !request.tokenCode.trimmed().isEmpty();
    // A sign-in with MFA carries over to the switch, as in AWS's console.
    if (trust.requiresMfa && federated)
        return IamError::accessDenied(
            tr("The role %1 requires MFA, which a federated session cannot give here. Sign in "
               "through your identity provider with MFA, or as an IAM user.")
                .arg(role->name));
    if (trust.requiresMfa && !hasMfaCode && !m_userIdentity.mfaAuthenticated)
        return IamError::accessDenied(
            m_directory->mfaDevices(m_userIdentity.account.id, m_userIdentity.user.name).isEmpty()
                ? tr("The role %1 requires MFA, and your user has no MFA device. Assign a "
                     "virtual MFA device to your user first.")
                      .arg(role->name)
                : tr("The role %1 requires MFA. Enter the code from your MFA device.")
                      .arg(role->name));
    if (hasMfaCode)
        if (auto r = StsService::checkTokenCode(request.tokenCode.trimmed()); !r)
            return r.error();
    const StsCaller caller = userCaller();
    if (auto allowed = m_sts->authorizeAssumeRole(caller, role->arn().toString(), hasMfaCode);
        !allowed)
        return explainAssumeRoleDenial(allowed.error(), *role);
    return *role;
}

QString ConsoleSession::invalidSwitchInformationMessage()
{
    return tr("Invalid information in one or more fields. Check your information or contact "
              "your administrator.");
}

IamError ConsoleSession::explainAssumeRoleDenial(const IamError& denial, const Role& role) const
{
    if (denial.code() != QLatin1String("AccessDenied"))
        return denial;
    // AWS's message does not say which side refused; the console does.
    const Identity& original = originalIdentity();
    const Authorization own =
        m_authorizer->authorize(original, QStringLiteral("sts:AssumeRole"), role.arn().toString());
    const QString why = own.allowed()
                            ? tr("The role's trust policy does not trust %1.").arg(original.arn())
                            : tr("Your own policies do not allow sts:AssumeRole on this role.");
    return IamError::accessDenied(denial.message() + QLatin1Char(' ') + why);
}

void ConsoleSession::switchRole(const SwitchRoleRequest& request,
                                std::function<void(Result<void>)> done)
{
    auto role = checkSwitchRole(request);
    if (!role) {
        const Result<void> recorded =
            isSignedIn() && !originalIdentity().isNull()
                ? recordEvent(QStringLiteral("SwitchRole"), request.roleName, false,
                              role.error().code())
                : Result<void>();
        finishLater<void>(this, std::move(done), unlessAuditFailed(recorded, role.error()));
        return;
    }
    const int left = maxSwitchDuration(*role);
    if (left < minimumSessionDuration) {
        finishLater<void>(this, std::move(done),
                          IamError::validation(tr("Your console session ends in less than 15 "
                                                  "minutes. Sign in again to switch roles.")));
        return;
    }
    AssumeRoleRequest assume;
    assume.roleArn = role->arn().toString();
    // The console names the session after the person: the user, or the
    // federated sign-in's own session name.
    const QString personName = m_userIdentity.isNull() ? m_federatedIdentity.session.sessionName
                                                       : m_userIdentity.user.name;
    assume.roleSessionName = request.sessionName.isEmpty() ? personName : request.sessionName;
    // The console ends a role session with the user's own; it never outlives it.
    assume.durationSeconds =
        std::min(request.durationSeconds.value_or(defaultSwitchDuration), left);
    if (!request.tokenCode.trimmed().isEmpty()) {
        const auto devices =
            m_directory->mfaDevices(m_userIdentity.account.id, m_userIdentity.user.name);
        assume.serialNumber = devices.isEmpty() ? QString() : devices.first().serialNumber;
        assume.tokenCode = request.tokenCode.trimmed();
    }
    const StsCaller caller = userCaller();
    const QString userArn = originalIdentity().arn();
    const Role target = *role;
    m_sts->assumeRole(
        caller, assume, this,
        [this, request, target, userArn, done = std::move(done)](Result<AssumeRoleResult> r) {
            // The user may have signed out while STS was working.
            if (originalIdentity().arn() != userArn) {
                if (r)
                    m_sts->endSession(r.value().credentials.accessKeyId, QStringLiteral("SignOut"),
                                      this, [](Result<void>) {});
                done(IamError::accessDenied(tr("Sign in to switch roles.")));
                return;
            }
            if (!r) {
                done(
                    unlessAuditFailed(recordEvent(QStringLiteral("SwitchRole"),
                                                  target.arn().toString(), false, r.error().code()),
                                      explainAssumeRoleDenial(r.error(), target)));
                return;
            }
            // A federated sign-in's own session stays: switching back returns to it.
            if (isInRole() && !isFederatedSignInSession())
                endRoleSession(QStringLiteral("SwitchRole"));
            done(activateRoleSession(r.value().session, target, request));
        });
}

void ConsoleSession::renewRole(std::function<void(Result<void>)> done)
{
    if (!canSwitchBack()) {
        finishLater<void>(this, std::move(done),
                          IamError::validation(tr("There is no role session to renew.")));
        return;
    }
    SwitchRoleRequest again = m_activeRequest;
    again.tokenCode.clear(); // a code is good once; a role that needs MFA asks again
    switchRole(again, std::move(done));
}

Result<void> ConsoleSession::activateRoleSession(const TemporarySession& session, const Role& role,
                                                 const SwitchRoleRequest& request)
{
    SwitchRoleRequest shown = request;
    shown.roleName = role.switchRoleName();
    shown.displayName = request.effectiveDisplayName();
    if (!DisplayColor::parse(shown.color))
        shown.color = QStringLiteral("blue");
    shown.color = DisplayColor::parse(shown.color)->id();
    shown.tokenCode.clear();

    Identity identity;
    identity.kind = Identity::Kind::RoleSession;
    identity.account = m_directory->findAccount(role.accountId).value_or(Account{});
    identity.user = m_userIdentity.user;
    identity.userAccount = m_userIdentity.account;
    identity.issuedAt = session.issuedAt;
    identity.expiresAt = session.expiresAt;
    identity.role = role;
    identity.session = session;
    identity.displayName = shown.displayName;
    identity.color = shown.color;
    identity.accountInput = shown.account;
    m_identity = identity;
    m_activeRequest = shown;

    const auto recorded = m_directory->runInTransaction([&]() -> Result<void> {
        if (!m_userIdentity.isNull()) {
            if (auto r = m_directory->markConsoleSession(session.accessKeyId, m_userIdentity.arn(),
                                                         shown.displayName, shown.color);
                !r)
                return r;
            if (auto r = m_directory->recordRoleHistory({m_userIdentity.arn(),
                                                         role.accountId,
                                                         shown.account,
                                                         shown.roleName,
                                                         shown.displayName,
                                                         shown.color,
                                                         {}});
                !r)
                return r;
        }
        return recordEvent(QStringLiteral("SwitchRole"), role.arn().toString(), true,
                           shown.displayName);
    });
    if (!recorded) {
        // An unrecorded switch does not happen: the new session ends unused.
        endRoleSession(QStringLiteral("AuditFailure"));
        m_identity = originalIdentity();
        m_activeRequest = {};
        scheduleExpiry();
        Q_EMIT activeIdentityChanged();
        return recorded;
    }
    scheduleExpiry();
    Q_EMIT roleSwitched();
    Q_EMIT activeIdentityChanged();
    return {};
}

void ConsoleSession::endRoleSession(const QString& reason)
{
    if (!isInRole())
        return;
    if (m_sts)
        m_sts->endSession(m_identity.session.accessKeyId, reason, this, [](Result<void> r) {
            if (!r)
                qWarning("%s", qPrintable(r.error().toString()));
        });
    else if (auto r = m_directory->endTemporarySession(m_identity.session.accessKeyId, reason); !r)
        qWarning("%s", qPrintable(r.error().toString()));
}

void ConsoleSession::switchBack()
{
    if (!isInRole())
        return;
    if (!canSwitchBack()) {
        signOut();
        return;
    }
    const QString sessionArn = m_identity.session.arn;
    endRoleSession(QStringLiteral("SwitchBack"));
    reportUnrecorded(
        recordEvent(QStringLiteral("SwitchBack"), sessionArn, true, m_identity.displayName));
    m_identity = originalIdentity();
    m_activeRequest = {};
    scheduleExpiry();
    Q_EMIT switchedBack();
    Q_EMIT activeIdentityChanged();
}

Result<void> ConsoleSession::resumeConsoleRoleSession()
{
    // A role session opened before the console was closed goes on until it ends.
    const auto open = m_directory->openConsoleSession(m_userIdentity.arn(), m_clock->now());
    if (!open || !m_sts)
        return {};
    // Only the user who opened it resumes it: a user re-created under the same
    // name is younger than the session; and only while its role is the same one.
    if (m_userIdentity.user.createDate > open->issuedAt ||
        !StsService::checkSessionPrincipal(*m_directory, *open))
        return {};
    const auto role = m_directory->roleByArn(open->roleArn);
    if (!role)
        return {};
    SwitchRoleRequest request;
    const auto account = m_directory->findAccount(role->accountId);
    request.account = account && !account->alias.isEmpty() ? account->alias : role->accountId;
    request.roleName = role->switchRoleName();
    request.displayName = open->displayName;
    request.color = open->color;
    request.sessionName = open->sessionName;
    Identity identity;
    identity.kind = Identity::Kind::RoleSession;
    identity.account = account.value_or(Account{});
    identity.user = m_userIdentity.user;
    identity.userAccount = m_userIdentity.account;
    identity.issuedAt = open->issuedAt;
    identity.expiresAt = open->expiresAt;
    identity.role = *role;
    identity.session = *open;
    identity.displayName = open->displayName;
    identity.color = open->color;
    identity.accountInput = request.account;
    m_identity = identity;
    m_activeRequest = request;
    return recordEvent(QStringLiteral("ResumeRoleSession"), open->arn, true, open->displayName);
}

void ConsoleSession::signInFederated(const SamlSignIn& signIn,
                                     std::function<void(Result<void>)> done)
{
    if (!m_sts) {
        finishLater<void>(this, std::move(done),
                          IamError::serviceFailure(tr("Federated sign-in is not available.")));
        return;
    }
    if (isSignedIn())
        signOut();
    m_sts->assumeRoleWithSaml(
        signIn, this, [this, signIn, done = std::move(done)](Result<AssumeRoleResult> r) {
            if (!r) {
                done(unlessAuditFailed(
                    recordSignIn(signIn.principalArn, QString(), false, r.error().code()),
                    r.error()));
                return;
            }
            const auto role = m_directory->roleByArn(signIn.roleArn);
            if (!role) {
                done(
                    IamError::noSuchEntity(tr("The role %1 cannot be found.").arg(signIn.roleArn)));
                return;
            }
            SwitchRoleRequest request;
            request.account = role->accountId;
            request.roleName = role->switchRoleName();
            request.displayName = role->name + QLatin1Char('/') + r.value().session.sessionName;
            request.color = QStringLiteral("blue");
            m_userIdentity = {};
            m_federatedIdentity = {};
            if (auto activated = activateRoleSession(r.value().session, *role, request);
                !activated) {
                done(activated);
                return;
            }
            m_federatedIdentity = m_identity;
            Q_EMIT signedIn();
            done({});
        });
}

void ConsoleSession::revealSessionCredentials(
    std::function<void(Result<TemporaryCredentials>)> done)
{
    if (!isInRole() || !m_sts) {
        finishLater<TemporaryCredentials>(
            this, std::move(done),
            IamError::validation(tr("There is no role session whose credentials to show.")));
        return;
    }
    const QString sessionArn = m_identity.session.arn;
    if (canSwitchBack()) {
        const Authorization allowed = m_authorizer->authorize(
            originalIdentity(), QStringLiteral("sts:AssumeRole"), m_identity.role.arn().toString());
        if (!allowed.allowed()) {
            finishLater<TemporaryCredentials>(
                this, std::move(done),
                unlessAuditFailed(recordEvent(QStringLiteral("ShowSessionSecret"), sessionArn,
                                              false, QStringLiteral("AccessDenied")),
                                  IamError::accessDenied(allowed.message)));
            return;
        }
    }
    // No secret is shown without its record.
    if (auto recorded = recordEvent(QStringLiteral("ShowSessionSecret"), sessionArn, true, {});
        !recorded) {
        finishLater<TemporaryCredentials>(this, std::move(done), recorded.error());
        return;
    }
    m_sts->sessionCredentials(m_identity.session.accessKeyId, this, std::move(done));
}
