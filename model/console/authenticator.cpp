#include "console/authenticator.h"

#include "console/auditrecorder.h"
#include "console/authorizer.h"
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

#include <QTimer>
#include <QUuid>

namespace {
// Verifying against a real-looking hash when the user is unknown keeps the
// answer time the same, so timing does not tell which names exist.
const QString& decoyHash()
{
    static const QString hash = PasswordHasher::hash(QStringLiteral("decoy-password"));
    return hash;
}
} // namespace

Authenticator::Authenticator(Directory* directory, const Clock* clock, Authorizer* authorizer,
                             const AuditRecorder* audit, StsService* sts, QObject* parent)
    : QObject(parent)
    , m_directory(directory)
    , m_clock(clock ? clock : Clock::system())
    , m_authorizer(authorizer)
    , m_audit(audit)
    , m_sts(sts)
{}

QString Authenticator::authenticationFailedMessage()
{
    return tr("Your authentication information is incorrect. Please try again.");
}

IamError Authenticator::mfaRequired()
{
    return IamError(mfaRequiredCode(),
                    tr("Enter the code from your MFA device to finish signing in."), 401);
}

Authenticator::SignInKey Authenticator::userKey(const QString& typedAccount,
                                                const QString& typedUser) const
{
    const auto account = m_directory->findAccount(typedAccount.trimmed());
    return {account ? account->id : typedAccount.trimmed(), typedUser.trimmed()};
}

Authenticator::SignInKey Authenticator::rootKey(const QString& email)
{
    // No account id or alias can be spelled so: root's counter is its own.
    return {QStringLiteral("(root user)"), email.trimmed()};
}

Result<void> Authenticator::checkLockout(const SignInKey& key, const QString& shownName) const
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

Identity Authenticator::signedInNow(Identity identity) const
{
    identity.issuedAt = m_clock->now();
    identity.expiresAt = identity.issuedAt.addSecs(Quotas::ConsoleSessionDuration);
    return identity;
}

Result<Identity> Authenticator::authenticate(const QString& account, const QString& userName,
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
    return signedInNow(identity);
}

Result<Identity> Authenticator::authenticateRoot(const QString& email,
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
    return signedInNow(identity);
}

IamError Authenticator::refuse(const SignInKey& key, const QString& actorArn,
                               const QString& shownName, const QString& detail,
                               const IamError& error)
{
    // An attempt that cannot be counted must not be free to repeat.
    if (auto counted = m_directory->recordSignInFailure(key.account, key.user); !counted)
        return counted.error();
    return AuditRecorder::unlessFailed(m_audit->signIn(actorArn, shownName, false, detail), error);
}

Result<Identity>
Authenticator::checkCredentials(const SignInKey& key, const QString& typedArn,
                                const QString& shownName,
                                const std::function<Result<Identity>()>& authenticate)
{
    if (auto locked = checkLockout(key, shownName); !locked)
        return AuditRecorder::unlessFailed(
            m_audit->signIn(typedArn, shownName, false, QStringLiteral("Locked out")),
            locked.error());
    auto identity = authenticate();
    if (!identity)
        return refuse(key, typedArn, shownName, QStringLiteral("Failed authentication"),
                      identity.error());
    return identity;
}

Result<Identity> Authenticator::checkPassword(const QString& account, const QString& userName,
                                              const QString& password)
{
    const QString typedUser = userName.trimmed();
    const QString typedArn =
        Arn::user(account.trimmed(), QStringLiteral("/"), typedUser).toString();
    return checkCredentials(userKey(account, userName), typedArn, typedUser,
                            [&] { return authenticate(account, typedUser, password); });
}

QString Authenticator::rootActor(const QString& email) const
{
    // The audit trail is the administrators', not the signer's: it may name the account.
    const auto root = m_directory->rootUserByEmail(email);
    return root ? root->arn() : email.trimmed();
}

Result<Identity> Authenticator::checkRootPassword(const QString& email, const QString& password)
{
    return checkCredentials(rootKey(email), rootActor(email), email.trimmed(),
                            [&] { return authenticateRoot(email, password); });
}

QList<MfaDeviceInfo> Authenticator::mfaDevicesOf(const Identity& identity) const
{
    if (identity.isRoot())
        return m_directory->rootMfaDevices(identity.account.id);
    return m_directory->mfaDevices(identity.account.id, identity.user.name);
}

bool Authenticator::needsMfaCode(const Identity& identity) const
{
    return !mfaDevicesOf(identity).isEmpty();
}

void Authenticator::verifyMfaCode(const Identity& identity, const SignInKey& key,
                                  const QString& code, std::function<void(Result<Identity>)> done)
{
    const auto answerLater = [this, &done](const IamError& error) {
        QTimer::singleShot(0, this, [done = std::move(done), error] { done(error); });
    };
    const auto devices = mfaDevicesOf(identity);
    if (devices.isEmpty()) // removed meanwhile: nothing to verify the code against
        return answerLater(IamError::accessDenied(authenticationFailedMessage()));
    if (!m_sts)
        return answerLater(IamError::serviceFailure(tr("MFA sign-in needs the secret store.")));
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
                if (!step || !m_directory->acceptMfaCodeStep(serial, *step))
                    return done(refuse(key, identity.arn(), AuditRecorder::signInName(identity),
                                       QStringLiteral("Failed MFA authentication"),
                                       IamError::accessDenied(authenticationFailedMessage())));
                Identity confirmed = identity;
                confirmed.mfaAuthenticated = true;
                confirmed.mfaAuthTime = m_clock->now();
                done(std::move(confirmed));
            });
}

Result<void> Authenticator::checkPasswordAge(const Identity& identity) const
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

Result<void> Authenticator::admit(const Identity& identity, const SignInKey& key)
{
    if (auto cleared = m_directory->clearSignInFailures(key.account, key.user); !cleared)
        return cleared;
    const QString name = AuditRecorder::signInName(identity);
    if (auto fresh = checkPasswordAge(identity); !fresh)
        return AuditRecorder::unlessFailed(
            m_audit->signIn(identity.arn(), name, false, fresh.error().code()), fresh.error());
    // No sign-in without its record.
    return m_audit->signIn(identity.arn(), name, true,
                           identity.mfaAuthenticated ? QStringLiteral("MFA") : QString());
}

Result<void> Authenticator::changePassword(const Identity& user, const SignInKey& throttle,
                                           bool finishesSignIn, const QString& oldPassword,
                                           const QString& newPassword)
{
    const QString accountId = user.account.id;
    const QString userName = user.user.name;
    const auto fail = [&](const IamError& error) -> Result<void> {
        return AuditRecorder::unlessFailed(m_audit->passwordChange(user, false, error.code()),
                                           error);
    };
    // Guessing the old password is guessing a password: the sign-in throttle counts it.
    if (auto locked = checkLockout(throttle, userName); !locked)
        return fail(locked.error());
    const auto profile = m_directory->loginProfile(accountId, userName);
    if (!profile || !PasswordHasher::verify(oldPassword, profile->passwordHash)) {
        if (auto counted = m_directory->recordSignInFailure(throttle.account, throttle.user);
            !counted)
            return fail(counted.error());
        return fail(IamError::accessDenied(tr("The current password is incorrect.")));
    }
    if (!finishesSignIn &&
        !m_directory->effectivePasswordPolicy(accountId).allowUsersToChangePassword) {
        const Authorization answer = m_authorizer->authorize(
            user, QStringLiteral("iam:ChangePassword"), user.user.arn().toString());
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
            return m_audit->passwordChange(user, true, {});
        });
        !r)
        return fail(r.error());
    return {};
}

void Authenticator::assumeRoleWithSaml(const SamlSignIn& signIn,
                                       std::function<void(Result<AssumeRoleResult>)> done)
{
    if (!m_sts) {
        const IamError error = IamError::serviceFailure(tr("Federated sign-in is not available."));
        QTimer::singleShot(0, this, [done = std::move(done), error] { done(error); });
        return;
    }
    m_sts->assumeRoleWithSaml(
        signIn, this, [this, signIn, done = std::move(done)](Result<AssumeRoleResult> r) {
            if (!r)
                return done(AuditRecorder::unlessFailed(
                    m_audit->signIn(signIn.principalArn, QString(), false, r.error().code()),
                    r.error()));
            done(std::move(r));
        });
}

void Authenticator::authenticatePerson(const QString& account, const QString& userName,
                                       const QString& password, const QString& code,
                                       const QString& purpose,
                                       std::function<void(Result<Identity>)> done)
{
    const SignInKey key = userKey(account, userName);
    auto identity = checkPassword(account, userName, password);
    // A password that must be changed first is changed at the console's own sign-in.
    if (identity)
        if (auto fresh = checkPasswordAge(*identity); !fresh)
            identity = AuditRecorder::unlessFailed(
                m_audit->signIn(identity->arn(), identity->user.name, false, fresh.error().code()),
                fresh.error());
    if (!identity) {
        QTimer::singleShot(0, this,
                           [done = std::move(done), error = identity.error()] { done(error); });
        return;
    }
    auto finish = [this, key, purpose, done = std::move(done)](Result<Identity> confirmed) {
        if (!confirmed)
            return done(std::move(confirmed));
        if (auto cleared = m_directory->clearSignInFailures(key.account, key.user); !cleared)
            return done(cleared.error());
        if (auto recorded = m_audit->signIn(
                confirmed->arn(), confirmed->user.name, true,
                confirmed->mfaAuthenticated ? purpose + QStringLiteral(", MFA") : purpose);
            !recorded)
            return done(recorded.error());
        done(std::move(confirmed));
    };
    if (!needsMfaCode(*identity)) {
        QTimer::singleShot(
            0, this, [finish, confirmed = std::move(identity).value()] { finish(confirmed); });
        return;
    }
    verifyMfaCode(*identity, key, code, std::move(finish));
}
