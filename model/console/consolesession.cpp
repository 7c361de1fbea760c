#include "console/consolesession.h"

#include "console/authorizer.h"
#include "crypto/passwordhasher.h"
#include "directory/directory.h"
#include "iam/arn.h"
#include "iam/clock.h"
#include "iam/quotas.h"

#include <algorithm>

namespace {
// Verifying against a real-looking hash when the user is unknown keeps the
// answer time the same, so timing does not tell which names exist.
const QString& decoyHash()
{
    static const QString hash = PasswordHasher::hash(QStringLiteral("decoy-password"));
    return hash;
}
} // namespace

ConsoleSession::ConsoleSession(Directory* directory, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_directory(directory)
    , m_clock(clock ? clock : Clock::system())
    , m_authorizer(new Authorizer(directory, m_clock, this))
{
    m_expiryTimer.setSingleShot(true);
    connect(&m_expiryTimer, &QTimer::timeout, this, &ConsoleSession::checkExpiry);
}

ConsoleSession::~ConsoleSession() = default;

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

Result<void> ConsoleSession::signIn(const QString& account, const QString& userName,
                                    const QString& password)
{
    if (isSignedIn())
        signOut();
    const QString typedArn =
        Arn::user(account.trimmed(), QStringLiteral("/"), userName.trimmed()).toString();
    if (auto locked = checkLockout(account.trimmed(), userName.trimmed()); !locked) {
        recordSignIn(typedArn, userName, false, QStringLiteral("Locked out"));
        return locked;
    }
    auto identity = authenticate(account, userName.trimmed(), password);
    if (!identity) {
        m_directory->recordSignInFailure(account.trimmed(), userName.trimmed());
        recordSignIn(typedArn, userName, false, QStringLiteral("Failed authentication"));
        return identity.error();
    }
    m_directory->clearSignInFailures(account.trimmed(), userName.trimmed());
    m_identity = std::move(identity).value();
    recordSignIn(m_identity.arn(), m_identity.user.name, true, {});
    scheduleExpiry();
    Q_EMIT signedIn();
    Q_EMIT activeIdentityChanged();
    return {};
}

void ConsoleSession::signOut()
{
    if (!isSignedIn())
        return;
    m_expiryTimer.stop();
    AuditEvent event;
    event.actorArn = m_identity.arn();
    event.action = QStringLiteral("ConsoleSignOut");
    event.target = m_identity.arn();
    event.outcome = QStringLiteral("Success");
    m_directory->appendAuditEvent(event);
    m_identity = {};
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
    if (m_clock->now() >= m_identity.expiresAt)
        signOut();
    else
        scheduleExpiry();
}

void ConsoleSession::scheduleExpiry()
{
    // Re-armed on each timeout, so a clock that jumps (tests, training mode)
    // is checked again rather than trusted once.
    const qint64 ms = m_clock->now().msecsTo(m_identity.expiresAt);
    m_expiryTimer.start(int(std::clamp<qint64>(ms, 0, 60 * 1000)));
}
