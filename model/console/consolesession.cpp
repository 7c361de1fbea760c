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
// Calls done on a later event-loop turn, as the STS calls do, so callers
// have one path for errors and results.
template <typename T>
void finishLater(QObject* context, std::function<void(Result<T>)> done, const IamError& error)
{
    QTimer::singleShot(0, context, [done = std::move(done), error]() { done(error); });
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

Result<void> ConsoleSession::checkLockout(const QString& account, const QString& userName) const
{
    const QDateTime now = m_clock->now();
    const QDateTime windowStart = now.addSecs(-Quotas::SignInFailureWindowSeconds);
    if (m_directory->signInFailuresSince(account, userName, windowStart) <
        Quotas::SignInFailuresBeforeLockout)
        return {};
    const QDateTime until =
        m_directory->lastSignInFailure(account, userName).addSecs(Quotas::SignInLockoutSeconds);
    if (now >= until)
        return {};
    const qint64 minutes = (now.secsTo(until) + 59) / 60;
    return IamError::accessDenied(
        tr("Too many failed sign-in attempts. The user %1 is locked out for %n more minute(s), "
           "until %2 UTC.",
           nullptr, int(minutes))
            .arg(userName, until.toUTC().toString(QStringLiteral("HH:mm"))));
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
    identity.issuedAt = m_clock->now();
    identity.expiresAt = identity.issuedAt.addSecs(Quotas::ConsoleSessionDuration);
    return identity;
}

Result<Identity> ConsoleSession::checkPassword(const QString& account, const QString& userName,
                                               const QString& password)
{
    if (isSignedIn())
        signOut();
    m_pendingReset.reset();
    const QString typedArn =
        Arn::user(account.trimmed(), QStringLiteral("/"), userName.trimmed()).toString();
    if (auto locked = checkLockout(account.trimmed(), userName.trimmed()); !locked) {
        recordSignIn(typedArn, userName, false, QStringLiteral("Locked out"));
        return locked.error();
    }
    auto identity = authenticate(account, userName.trimmed(), password);
    if (!identity) {
        m_directory->recordSignInFailure(account.trimmed(), userName.trimmed());
        recordSignIn(typedArn, userName, false, QStringLiteral("Failed authentication"));
    }
    return identity;
}

Result<void> ConsoleSession::signIn(const QString& account, const QString& userName,
                                    const QString& password)
{
    auto identity = checkPassword(account, userName, password);
    if (!identity)
        return identity.error();
    if (!m_directory->mfaDevices(identity->account.id, identity->user.name).isEmpty())
        return IamError(mfaRequiredCode(),
                        tr("Enter the code from your MFA device to finish signing in."), 401);
    return establish(std::move(identity).value(), account, userName);
}

void ConsoleSession::signInWithMfa(const QString& account, const QString& userName,
                                   const QString& password, const QString& code,
                                   std::function<void(Result<void>)> done)
{
    auto identity = checkPassword(account, userName, password);
    if (!identity) {
        finishLater<void>(this, std::move(done), identity.error());
        return;
    }
    if (m_directory->mfaDevices(identity->account.id, identity->user.name).isEmpty()) {
        const Result<void> established = establish(std::move(identity).value(), account, userName);
        QTimer::singleShot(0, this, [done = std::move(done), established]() { done(established); });
        return;
    }
    if (!m_sts) {
        finishLater<void>(this, std::move(done),
                          IamError::serviceFailure(tr("MFA sign-in needs the secret store.")));
        return;
    }
    verifyMfaCode(*identity, account, userName, code,
                  [this, account, userName, done = std::move(done)](Result<Identity> confirmed) {
                      if (!confirmed)
                          return done(confirmed.error());
                      done(establish(std::move(confirmed).value(), account, userName));
                  });
}

void ConsoleSession::verifyMfaCode(const Identity& identity, const QString& typedAccount,
                                   const QString& typedUser, const QString& code,
                                   std::function<void(Result<Identity>)> done)
{
    const QString accountId = identity.account.id;
    const QString userName = identity.user.name;
    const QString serial = m_directory->mfaDevices(accountId, userName).first().serialNumber;
    const QString key =
        SecretKey(QUuid::fromString(m_directory->directoryId()), SecretKey::Kind::MfaSeed, serial)
            .toString();
    SecretJob* job = m_sts->secrets()->get(key);
    connect(job, &SecretJob::finished, this,
            [this, identity, serial, account = typedAccount.trimmed(), user = typedUser.trimmed(),
             code = code.trimmed(), done = std::move(done)](SecretJob* job) {
                const auto step = job->error() == SecretStore::NoError
                                      ? Totp::verify(code, job->value(), m_clock->now())
                                      : std::nullopt;
                // A code seen before is as wrong as a made-up one.
                if (!step || !m_directory->acceptMfaCodeStep(serial, *step)) {
                    m_directory->recordSignInFailure(account, user);
                    recordSignIn(identity.arn(), identity.user.name, false,
                                 QStringLiteral("Failed MFA authentication"));
                    done(IamError::accessDenied(authenticationFailedMessage()));
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
    const QString typedAccount = account.trimmed();
    const QString typedUser = userName.trimmed();
    const QString typedArn = Arn::user(typedAccount, QStringLiteral("/"), typedUser).toString();
    auto refuse = [this, &done](const IamError& error) {
        QTimer::singleShot(0, this, [done, error] { done(error); });
    };
    if (auto locked = checkLockout(typedAccount, typedUser); !locked) {
        recordSignIn(typedArn, typedUser, false, QStringLiteral("Locked out"));
        return refuse(locked.error());
    }
    auto identity = authenticate(account, typedUser, password);
    if (!identity) {
        m_directory->recordSignInFailure(typedAccount, typedUser);
        recordSignIn(typedArn, typedUser, false, QStringLiteral("Failed authentication"));
        return refuse(identity.error());
    }
    // A password that must be changed first is changed at the console's own sign-in.
    if (auto fresh = checkPasswordAge(*identity); !fresh) {
        recordSignIn(identity->arn(), identity->user.name, false, fresh.error().code());
        return refuse(fresh.error());
    }
    auto finish = [this, typedAccount, typedUser, purpose,
                   done = std::move(done)](Result<Identity> confirmed) {
        if (confirmed) {
            m_directory->clearSignInFailures(typedAccount, typedUser);
            recordSignIn(confirmed->arn(), confirmed->user.name, true,
                         confirmed->mfaAuthenticated ? purpose + QStringLiteral(", MFA") : purpose);
        }
        done(std::move(confirmed));
    };
    if (m_directory->mfaDevices(identity->account.id, identity->user.name).isEmpty()) {
        QTimer::singleShot(
            0, this, [finish, confirmed = std::move(identity).value()] { finish(confirmed); });
        return;
    }
    if (!m_sts)
        return refuse(IamError::serviceFailure(tr("MFA sign-in needs the secret store.")));
    verifyMfaCode(*identity, typedAccount, typedUser, code, std::move(finish));
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

Result<void> ConsoleSession::establish(Identity identity, const QString& typedAccount,
                                       const QString& typedUser)
{
    m_directory->clearSignInFailures(typedAccount.trimmed(), typedUser.trimmed());
    if (auto fresh = checkPasswordAge(identity); !fresh) {
        recordSignIn(identity.arn(), identity.user.name, false, fresh.error().code());
        if (fresh.error().code() == passwordResetRequiredCode())
            m_pendingReset = PendingReset{std::move(identity), typedAccount, typedUser};
        return fresh;
    }
    m_identity = std::move(identity);
    m_userIdentity = m_identity;
    recordSignIn(m_identity.arn(), m_identity.user.name, true,
                 m_identity.mfaAuthenticated ? QStringLiteral("MFA") : QString());
    resumeConsoleRoleSession();
    scheduleExpiry();
    Q_EMIT signedIn();
    Q_EMIT activeIdentityChanged();
    return {};
}

void ConsoleSession::recordPasswordChange(const Identity& identity, bool success,
                                          const QString& detail)
{
    AuditEvent event;
    event.actorArn = identity.arn();
    event.sessionName = identity.user.name;
    event.action = QStringLiteral("iam:ChangePassword");
    event.target = identity.user.arn().toString();
    event.outcome = success ? QStringLiteral("Success") : QStringLiteral("Failure");
    event.detail = detail;
    m_directory->appendAuditEvent(event);
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
        recordPasswordChange(who, false, error.code());
        return error;
    };
    const auto profile = m_directory->loginProfile(accountId, userName);
    if (!profile || !PasswordHasher::verify(oldPassword, profile->passwordHash))
        return fail(IamError::accessDenied(tr("The current password is incorrect.")));
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
    if (auto r = m_directory->setLoginProfile(accountId, userName,
                                              PasswordHasher::hash(newPassword), false);
        !r)
        return fail(r.error());
    recordPasswordChange(who, true, {});
    if (!pending)
        return {};
    PendingReset waiting = std::move(*m_pendingReset);
    m_pendingReset.reset();
    return establish(std::move(waiting.identity), waiting.typedAccount, waiting.typedUser);
}

void ConsoleSession::signOut()
{
    if (!isSignedIn())
        return;
    m_expiryTimer.stop();
    if (isInRole())
        endRoleSession(QStringLiteral("SignOut"));
    const QString arn = m_identity.isFederated() ? m_identity.arn() : m_userIdentity.arn();
    recordEvent(QStringLiteral("ConsoleSignOut"), arn, true, {});
    m_identity = {};
    m_userIdentity = {};
    m_activeRequest = {};
    Q_EMIT signedOut();
    Q_EMIT activeIdentityChanged();
}

void ConsoleSession::recordSignIn(const QString& actorArn, const QString& userName, bool success,
                                  const QString& detail)
{
    AuditEvent event;
    event.actorArn = actorArn;
    event.sessionName = userName;
    event.action = QStringLiteral("ConsoleLogin");
    event.target = actorArn;
    event.outcome = success ? QStringLiteral("Success") : QStringLiteral("Failure");
    event.detail = detail;
    m_directory->appendAuditEvent(event);
}

void ConsoleSession::checkExpiry()
{
    if (!isSignedIn())
        return;
    const QDateTime now = m_clock->now();
    if (isInRole() && now >= m_identity.expiresAt) {
        const QString displayName = m_identity.displayName;
        const bool federated = m_identity.isFederated();
        endRoleSession(QStringLiteral("Expired"));
        recordEvent(QStringLiteral("RoleSessionExpired"), m_identity.session.arn, true,
                    displayName);
        if (federated) {
            signOut();
            return;
        }
        m_identity = m_userIdentity;
        m_activeRequest = {};
        Q_EMIT roleSessionExpired(displayName);
        Q_EMIT activeIdentityChanged();
    }
    if (now >= m_userIdentity.expiresAt && !m_userIdentity.isNull())
        signOut();
    else
        scheduleExpiry();
}

void ConsoleSession::scheduleExpiry()
{
    // Re-armed on each timeout, so a clock that jumps (tests, training mode)
    // is checked again rather than trusted once.
    QDateTime deadline = m_identity.expiresAt;
    if (!m_userIdentity.isNull() && m_userIdentity.expiresAt < deadline)
        deadline = m_userIdentity.expiresAt;
    const qint64 ms = qint64(double(m_clock->now().msecsTo(deadline)) / m_clock->speed());
    m_expiryTimer.start(int(std::clamp<qint64>(ms, 0, 60 * 1000)));
}

void ConsoleSession::recordEvent(const QString& action, const QString& target, bool success,
                                 const QString& detail)
{
    AuditEvent event;
    event.actorArn =
        isInRole() && !m_identity.isFederated() ? m_userIdentity.arn() : m_identity.arn();
    event.sessionName = isInRole() ? m_identity.session.sessionName : m_identity.user.name;
    event.action = action;
    event.target = target;
    event.outcome = success ? QStringLiteral("Success") : QStringLiteral("Failure");
    event.detail = detail;
    m_directory->appendAuditEvent(event);
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
    StsCaller caller = StsCaller::user(m_userIdentity.account.id, m_userIdentity.user.name);
    caller.mfaAuthenticated = m_userIdentity.mfaAuthenticated;
    caller.mfaAuthTime = m_userIdentity.mfaAuthTime;
    return caller;
}

int ConsoleSession::maxSwitchDuration(const Role& role) const
{
    const qint64 left =
        m_userIdentity.isNull() ? 0 : m_clock->now().secsTo(m_userIdentity.expiresAt);
    return int(std::clamp<qint64>(left, 0, role.maxSessionDuration));
}

qint64 ConsoleSession::secondsLeft() const
{
    if (!isSignedIn())
        return 0;
    return std::max<qint64>(0, m_clock->now().secsTo(m_identity.expiresAt));
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
    if (m_userIdentity.isNull())
        return IamError::accessDenied(
            tr("A federated session cannot switch roles in the console. Sign out and sign in "
               "as an IAM user."));
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
    if (!role || (path != QLatin1String("/") && role->path != path))
        return IamError::noSuchEntity(tr("The role with name %1 cannot be found in account %2.")
                                          .arg(pathAndName, account->id));
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
                                                    role->maxSessionDuration, false);
            !r)
            return r.error();
    const bool hasMfaCode = !request.tokenCode.trimmed().isEmpty();
    // A sign-in with MFA carries over to the switch, as in AWS's console.
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

IamError ConsoleSession::explainAssumeRoleDenial(const IamError& denial, const Role& role) const
{
    if (denial.code() != QLatin1String("AccessDenied"))
        return denial;
    // AWS's message does not say which side refused; the console does.
    const Authorization own = m_authorizer->authorize(
        m_userIdentity, QStringLiteral("sts:AssumeRole"), role.arn().toString());
    const QString why =
        own.allowed() ? tr("The role's trust policy does not trust %1.").arg(m_userIdentity.arn())
                      : tr("Your own policies do not allow sts:AssumeRole on this role.");
    return IamError::accessDenied(denial.message() + QLatin1Char(' ') + why);
}

void ConsoleSession::switchRole(const SwitchRoleRequest& request,
                                std::function<void(Result<void>)> done)
{
    auto role = checkSwitchRole(request);
    if (!role) {
        if (isSignedIn() && !m_userIdentity.isNull())
            recordEvent(QStringLiteral("SwitchRole"), request.roleName, false, role.error().code());
        finishLater<void>(this, std::move(done), role.error());
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
    assume.roleSessionName =
        request.sessionName.isEmpty() ? m_userIdentity.user.name : request.sessionName;
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
    const QString userArn = m_userIdentity.arn();
    const Role target = *role;
    m_sts->assumeRole(
        caller, assume, this,
        [this, request, target, userArn, done = std::move(done)](Result<AssumeRoleResult> r) {
            // The user may have signed out while STS was working.
            if (m_userIdentity.arn() != userArn) {
                if (r)
                    m_sts->endSession(r.value().credentials.accessKeyId, QStringLiteral("SignOut"),
                                      this, [](Result<void>) {});
                done(IamError::accessDenied(tr("Sign in to switch roles.")));
                return;
            }
            if (!r) {
                recordEvent(QStringLiteral("SwitchRole"), target.arn().toString(), false,
                            r.error().code());
                done(explainAssumeRoleDenial(r.error(), target));
                return;
            }
            if (isInRole())
                endRoleSession(QStringLiteral("SwitchRole"));
            activateRoleSession(r.value().session, target, request);
            done({});
        });
}

void ConsoleSession::renewRole(std::function<void(Result<void>)> done)
{
    if (!isInRole() || m_identity.isFederated()) {
        finishLater<void>(this, std::move(done),
                          IamError::validation(tr("There is no role session to renew.")));
        return;
    }
    SwitchRoleRequest again = m_activeRequest;
    again.tokenCode.clear(); // a code is good once; a role that needs MFA asks again
    switchRole(again, std::move(done));
}

void ConsoleSession::activateRoleSession(const TemporarySession& session, const Role& role,
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

    if (!m_userIdentity.isNull()) {
        m_directory->markConsoleSession(session.accessKeyId, m_userIdentity.arn(),
                                        shown.displayName, shown.color);
        m_directory->recordRoleHistory({m_userIdentity.arn(),
                                        role.accountId,
                                        shown.account,
                                        shown.roleName,
                                        shown.displayName,
                                        shown.color,
                                        {}});
    }
    recordEvent(QStringLiteral("SwitchRole"), role.arn().toString(), true, shown.displayName);
    scheduleExpiry();
    Q_EMIT roleSwitched();
    Q_EMIT activeIdentityChanged();
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
    else
        m_directory->endTemporarySession(m_identity.session.accessKeyId, reason);
}

void ConsoleSession::switchBack()
{
    if (!isInRole())
        return;
    if (m_identity.isFederated()) {
        signOut();
        return;
    }
    const QString sessionArn = m_identity.session.arn;
    endRoleSession(QStringLiteral("SwitchBack"));
    recordEvent(QStringLiteral("SwitchBack"), sessionArn, true, m_identity.displayName);
    m_identity = m_userIdentity;
    m_activeRequest = {};
    scheduleExpiry();
    Q_EMIT switchedBack();
    Q_EMIT activeIdentityChanged();
}

void ConsoleSession::resumeConsoleRoleSession()
{
    // A role session opened before the console was closed goes on until it ends.
    const auto open = m_directory->openConsoleSession(m_userIdentity.arn(), m_clock->now());
    if (!open)
        return;
    const auto role = m_directory->roleByArn(open->roleArn);
    if (!role)
        return;
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
    recordEvent(QStringLiteral("ResumeRoleSession"), open->arn, true, open->displayName);
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
                recordSignIn(signIn.principalArn, QString(), false, r.error().code());
                done(r.error());
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
            activateRoleSession(r.value().session, *role, request);
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
    if (!m_userIdentity.isNull()) {
        const Authorization allowed = m_authorizer->authorize(
            m_userIdentity, QStringLiteral("sts:AssumeRole"), m_identity.role.arn().toString());
        if (!allowed.allowed()) {
            recordEvent(QStringLiteral("ShowSessionSecret"), sessionArn, false,
                        QStringLiteral("AccessDenied"));
            finishLater<TemporaryCredentials>(this, std::move(done),
                                              IamError::accessDenied(allowed.message));
            return;
        }
    }
    recordEvent(QStringLiteral("ShowSessionSecret"), sessionArn, true, {});
    m_sts->sessionCredentials(m_identity.session.accessKeyId, this, std::move(done));
}
