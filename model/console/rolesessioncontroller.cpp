#include "console/rolesessioncontroller.h"

#include "console/auditrecorder.h"
#include "console/authorizer.h"
#include "console/displaycolor.h"
#include "directory/directory.h"
#include "iam/clock.h"
#include "iam/quotas.h"
#include "sts/stsservice.h"
#include "sts/trustconditions.h"

#include <algorithm>

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
// Calls done on a later event-loop turn, as the STS calls do, so callers
// have one path for errors and results.
template <typename T>
void finishLater(QObject* context, std::function<void(Result<T>)> done, const IamError& error)
{
    QTimer::singleShot(0, context, [done = std::move(done), error]() { done(error); });
}
} // namespace

RoleSessionController::RoleSessionController(Directory* directory, const Clock* clock,
                                             Authorizer* authorizer, const AuditRecorder* audit,
                                             StsService* sts, QObject* parent)
    : QObject(parent)
    , m_directory(directory)
    , m_clock(clock ? clock : Clock::system())
    , m_authorizer(authorizer)
    , m_audit(audit)
    , m_sts(sts)
{
    m_expiryTimer.setSingleShot(true);
    connect(&m_expiryTimer, &QTimer::timeout, this, &RoleSessionController::checkExpiry);
}

QString RoleSessionController::rootCannotSwitchMessage()
{
    // STS's own message: English in every language, as AWS sends it.
    return QStringLiteral("Roles may not be assumed by root accounts.");
}

QString RoleSessionController::invalidSwitchInformationMessage()
{
    return tr("Invalid information in one or more fields. Check your information or contact "
              "your administrator.");
}

Result<void> RoleSessionController::recordEvent(const QString& action, const QString& target,
                                                bool success, const QString& detail) const
{
    return m_audit->action(m_identity, originalIdentity(), action, target, success, detail);
}

// --- Beginning and ending ----------------------------------------------------

Result<void> RoleSessionController::begin(const Identity& user, OpenRoleSession open)
{
    m_identity = user;
    m_userIdentity = user;
    m_federatedIdentity = {};
    m_activeRequest = {};
    const Result<void> resumed =
        open == OpenRoleSession::Resume ? resumeConsoleRoleSession() : Result<void>();
    if (!resumed) {
        m_identity = {};
        m_userIdentity = {};
        m_activeRequest = {};
        return resumed;
    }
    scheduleExpiry();
    return {};
}

Result<void> RoleSessionController::beginFederated(const SamlSignIn& signIn,
                                                   const AssumeRoleResult& assumed)
{
    const auto role = m_directory->roleByArn(signIn.roleArn);
    if (!role)
        return IamError::noSuchEntity(tr("The role %1 cannot be found.").arg(signIn.roleArn));
    SwitchRoleRequest request;
    request.account = role->accountId;
    request.roleName = role->switchRoleName();
    request.displayName = role->name + QLatin1Char('/') + assumed.session.sessionName;
    request.color = QStringLiteral("blue");
    m_userIdentity = {};
    m_federatedIdentity = {};
    if (auto activated = activateRoleSession(assumed.session, *role, request); !activated)
        return activated;
    m_federatedIdentity = m_identity;
    return {};
}

void RoleSessionController::actAs(const Identity& identity)
{
    m_expiryTimer.stop();
    m_identity = identity;
    // A role session's "own" identity is the session itself: there is nothing to switch back to.
    m_userIdentity = identity;
    m_federatedIdentity = {};
    m_activeRequest = {};
    Q_EMIT activeIdentityChanged();
}

void RoleSessionController::end()
{
    if (!isActive())
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
    AuditRecorder::reportUnrecorded(recordEvent(QStringLiteral("ConsoleSignOut"), arn, true, {}));
    m_identity = {};
    m_userIdentity = {};
    m_federatedIdentity = {};
    m_activeRequest = {};
}

// --- Expiry ------------------------------------------------------------------

void RoleSessionController::checkExpiry()
{
    if (!isActive())
        return;
    const QDateTime now = m_clock->now();
    if (isInRole() && now >= m_identity.expiresAt) {
        const QString displayName = m_identity.displayName;
        const bool signInSession = isFederatedSignInSession() || originalIdentity().isNull();
        endRoleSession(QStringLiteral("Expired"));
        AuditRecorder::reportUnrecorded(recordEvent(QStringLiteral("RoleSessionExpired"),
                                                    m_identity.session.arn, true, displayName));
        if (signInSession) {
            Q_EMIT signInEnded();
            return;
        }
        returnToOriginal();
        Q_EMIT roleSessionExpired(displayName);
        Q_EMIT activeIdentityChanged();
    }
    const Identity& original = originalIdentity();
    if (!original.isNull() && now >= original.expiresAt)
        Q_EMIT signInEnded();
    else
        scheduleExpiry();
}

void RoleSessionController::scheduleExpiry()
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

qint64 RoleSessionController::secondsLeft() const
{
    if (!isActive())
        return 0;
    return std::max<qint64>(0, m_clock->now().secsTo(m_identity.expiresAt));
}

// --- Switch Role -------------------------------------------------------------

StsCaller RoleSessionController::userCaller() const
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

int RoleSessionController::maxSwitchDuration(const Role& role) const
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

bool RoleSessionController::canSwitchRole() const
{
    return isActive() && !originalIdentity().isNull() && !originalIdentity().isRoot();
}

bool RoleSessionController::canSwitchBack() const
{
    return isInRole() && !originalIdentity().isNull() && !isFederatedSignInSession();
}

QList<RoleHistoryEntry> RoleSessionController::roleHistory() const
{
    if (m_userIdentity.isNull())
        return {};
    return m_directory->roleHistory(m_userIdentity.arn());
}

QList<RoleBookmark> RoleSessionController::roleBookmarks() const
{
    if (m_userIdentity.isNull())
        return {};
    return m_directory->roleBookmarks(m_userIdentity.arn());
}

Result<Role> RoleSessionController::checkSwitchRole(const SwitchRoleRequest& request) const
{
    if (!isActive())
        return IamError::accessDenied(tr("Sign in to switch roles."));
    if (originalIdentity().isNull())
        return IamError::accessDenied(tr("Sign in to switch roles."));
    const bool federated = m_userIdentity.isNull();
    // AWS's own words: root is the account, not a principal that may take a role.
    if (m_userIdentity.isRoot())
        return IamError::accessDenied(rootCannotSwitchMessage());
    if (!m_sts)
        return IamError::serviceFailure(tr("Switching roles is not available in this console."));
    const auto [path, name] = splitRoleName(request.roleName);
    const QString pathAndName = path.mid(1) + name;
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

IamError RoleSessionController::explainAssumeRoleDenial(const IamError& denial,
                                                        const Role& role) const
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

void RoleSessionController::switchRole(const SwitchRoleRequest& request,
                                       std::function<void(Result<void>)> done)
{
    auto role = checkSwitchRole(request);
    if (!role) {
        const Result<void> recorded =
            isActive() && !originalIdentity().isNull()
                ? recordEvent(QStringLiteral("SwitchRole"), request.roleName, false,
                              role.error().code())
                : Result<void>();
        finishLater<void>(this, std::move(done),
                          AuditRecorder::unlessFailed(recorded, role.error()));
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
                done(AuditRecorder::unlessFailed(recordEvent(QStringLiteral("SwitchRole"),
                                                             target.arn().toString(), false,
                                                             r.error().code()),
                                                 explainAssumeRoleDenial(r.error(), target)));
                return;
            }
            // A federated sign-in's own session stays: switching back returns to it.
            if (isInRole() && !isFederatedSignInSession())
                endRoleSession(QStringLiteral("SwitchRole"));
            done(activateRoleSession(r.value().session, target, request));
        });
}

void RoleSessionController::renewRole(std::function<void(Result<void>)> done)
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

Identity RoleSessionController::roleSessionIdentity(const TemporarySession& session,
                                                    const Role& role,
                                                    const SwitchRoleRequest& shown) const
{
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
    return identity;
}

Result<void> RoleSessionController::activateRoleSession(const TemporarySession& session,
                                                        const Role& role,
                                                        const SwitchRoleRequest& request)
{
    SwitchRoleRequest shown = request;
    shown.roleName = role.switchRoleName();
    shown.displayName = request.effectiveDisplayName();
    if (!DisplayColor::parse(shown.color))
        shown.color = QStringLiteral("blue");
    shown.color = DisplayColor::parse(shown.color)->id();
    shown.tokenCode.clear();

    m_identity = roleSessionIdentity(session, role, shown);
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
        returnToOriginal();
        scheduleExpiry();
        Q_EMIT activeIdentityChanged();
        return recorded;
    }
    scheduleExpiry();
    Q_EMIT roleSwitched();
    Q_EMIT activeIdentityChanged();
    return {};
}

void RoleSessionController::endRoleSession(const QString& reason)
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

void RoleSessionController::returnToOriginal()
{
    m_identity = originalIdentity();
    m_activeRequest = {};
}

void RoleSessionController::switchBack()
{
    if (!isInRole())
        return;
    if (!canSwitchBack()) {
        Q_EMIT signInEnded();
        return;
    }
    const QString sessionArn = m_identity.session.arn;
    endRoleSession(QStringLiteral("SwitchBack"));
    AuditRecorder::reportUnrecorded(
        recordEvent(QStringLiteral("SwitchBack"), sessionArn, true, m_identity.displayName));
    returnToOriginal();
    scheduleExpiry();
    Q_EMIT switchedBack();
    Q_EMIT activeIdentityChanged();
}

Result<void> RoleSessionController::resumeConsoleRoleSession()
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
    m_identity = roleSessionIdentity(*open, *role, request);
    m_activeRequest = request;
    return recordEvent(QStringLiteral("ResumeRoleSession"), open->arn, true, open->displayName);
}

void RoleSessionController::revealSessionCredentials(
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
                AuditRecorder::unlessFailed(recordEvent(QStringLiteral("ShowSessionSecret"),
                                                        sessionArn, false,
                                                        QStringLiteral("AccessDenied")),
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
