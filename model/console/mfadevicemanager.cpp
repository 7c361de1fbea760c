#include "console/mfadevicemanager.h"

#include "console/auditrecorder.h"
#include "console/consoleaction.h"
#include "console/consolesession.h"
#include "crypto/base32.h"
#include "crypto/random.h"
#include "crypto/totp.h"
#include "directory/directory.h"
#include "directory/directoryerrors.h"
#include "iam/arn.h"
#include "iam/clock.h"
#include "iam/namerules.h"
#include "iam/quotas.h"
#include "secrets/secretjob.h"
#include "secrets/secretkey.h"
#include "secrets/secretstore.h"

#include <QTimer>

#include <optional>

namespace {
constexpr int seedSize = 20; // 160 bits, as RFC 4226 recommends and AWS issues

// Calls done on a later event-loop turn, so every outcome takes one path.
template <typename T>
void finishLater(QObject* context, std::function<void(Result<T>)> done, Result<T> result)
{
    QTimer::singleShot(0, context, [done = std::move(done), result = std::move(result)]() mutable {
        done(std::move(result));
    });
}

QString mfaUserArn(const Directory& directory, const QString& accountId, const QString& userName)
{
    const auto user = directory.user(accountId, userName);
    return user ? user->arn().toString()
                : Arn::user(accountId, QStringLiteral("/"), userName).toString();
}

IamError invalidCodes()
{
    return IamError(QStringLiteral("InvalidAuthenticationCode"),
                    QStringLiteral("Authentication code for device is not valid."), 403);
}
} // namespace

SecureBytes PendingMfaDevice::otpauthUri() const
{
    // The app shows "Switchboard (user@account)"; AWS uses "Amazon Web Services".
    return Totp::otpauthUri(QStringLiteral("Switchboard"), userName + QLatin1Char('@') + accountId,
                            seed);
}

SecureBytes PendingMfaDevice::base32Seed() const
{
    return Base32::encodeSecret(seed, Base32::Padding::Omit);
}

MfaDeviceManager::MfaDeviceManager(ConsoleSession* session, Directory* directory,
                                   const Clock* clock, SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_directory(directory)
    , m_clock(clock ? clock : Clock::system())
    , m_secrets(secrets)
{}

QList<MfaDeviceInfo> MfaDeviceManager::devices(const QString& accountId,
                                               const QString& userName) const
{
    if (userName.isEmpty())
        return m_directory->rootMfaDevices(accountId);
    return m_directory->mfaDevices(accountId, userName);
}

QString MfaDeviceManager::seedKey(const QString& serialNumber) const
{
    return SecretKey(QUuid::fromString(m_directory->directoryId()), SecretKey::Kind::MfaSeed,
                     serialNumber)
        .toString();
}

Result<void> MfaDeviceManager::authorizeAssign(const QString& accountId,
                                               const QString& userName) const
{
    if (userName.isEmpty()) {
        const Identity& me = m_session->identity();
        if (me.isRoot() && me.account.id == accountId)
            return {};
        return IamError::accessDenied(
            tr("Only the root user of account %1 can manage its MFA devices.").arg(accountId));
    }
    const QString userArn = mfaUserArn(*m_directory, accountId, userName);
    for (const ConsoleAction& action : {ConsoleAction::createVirtualMfaDevice(userArn),
                                        ConsoleAction::enableMfaDevice(userArn)}) {
        const Authorization answer = m_session->authorize(action);
        if (!answer.allowed())
            return IamError::accessDenied(answer.message);
    }
    return {};
}

Result<PendingMfaDevice> MfaDeviceManager::start(const QString& accountId, const QString& userName,
                                                 const QString& deviceName) const
{
    if (auto allowed = authorizeAssign(accountId, userName); !allowed)
        return allowed.error();
    const Directory& directory = *m_directory;
    if (userName.isEmpty() ? !directory.rootUser(accountId) : !directory.user(accountId, userName))
        return IamError::noSuchEntity(
            QStringLiteral("The user with name %1 cannot be found.").arg(userName));
    const QString name = deviceName.trimmed();
    if (auto valid = NameRules::validateMfaDeviceName(name); !valid)
        return valid.error();
    const QString serial = Arn::mfa(accountId, name).toString();
    if (directory.mfaDevice(serial))
        return IamError::entityAlreadyExists(
            QStringLiteral("MFADevice entity at the same path and name already exists."));
    if (devices(accountId, userName).size() >= Quotas::MfaDevicesPerUser)
        return DirectoryErrors::quotaExceeded(QStringLiteral("MFADevicesPerUser"),
                                              Quotas::MfaDevicesPerUser);
    PendingMfaDevice device;
    device.accountId = accountId;
    device.userName = userName;
    device.deviceName = name;
    device.serialNumber = serial;
    QByteArray random = Random::bytes(seedSize);
    device.seed = SecureBytes::takeFrom(random);
    return device;
}

std::optional<quint64> MfaDeviceManager::matchConsecutiveCodes(const SecureBytes& seed,
                                                               const QString& code1,
                                                               const QString& code2,
                                                               const QDateTime& now)
{
    const auto second = Totp::verify(code2.trimmed(), seed, now);
    if (!second || *second == 0)
        return std::nullopt;
    const int period = Totp::Parameters{}.period;
    const QDateTime firstTime =
        QDateTime::fromSecsSinceEpoch(qint64(*second - 1) * period, Qt::UTC);
    if (Totp::verify(code1.trimmed(), seed, firstTime, 0) != *second - 1)
        return std::nullopt;
    return second;
}

void MfaDeviceManager::enable(const PendingMfaDevice& device, const QString& code1,
                              const QString& code2, std::function<void(Result<MfaDeviceInfo>)> done)
{
    const QString target = device.serialNumber;
    if (auto allowed = authorizeAssign(device.accountId, device.userName); !allowed) {
        finishLater<MfaDeviceInfo>(
            this, std::move(done),
            refused(QStringLiteral("EnableMFADevice"), target, allowed.error()));
        return;
    }
    const auto step = matchConsecutiveCodes(device.seed, code1, code2, m_clock->now());
    if (!step) {
        finishLater<MfaDeviceInfo>(
            this, std::move(done),
            refused(QStringLiteral("EnableMFADevice"), target, invalidCodes()));
        return;
    }
    // Claim the serial in the directory first: of two enrolments of one name
    // only the first gets the row, and only the row's owner writes the seed,
    // so a second enrolment can never replace (or remove) the first's seed.
    Directory* directory = m_directory;
    auto added =
        device.userName.isEmpty()
            ? directory->addRootMfaDevice(device.accountId, device.deviceName)
            : directory->addMfaDevice(device.accountId, device.userName, device.deviceName);
    if (!added) {
        finishLater<MfaDeviceInfo>(
            this, std::move(done),
            refused(QStringLiteral("EnableMFADevice"), target, added.error()));
        return;
    }
    const QString key = seedKey(added->serialNumber);
    SecretJob* job = m_secrets->put(key, device.seed.clone());
    const QString accountId = device.accountId;
    const QString userName = device.userName;
    const quint64 acceptedStep = *step;
    const MfaDeviceInfo info = *added;
    connect(job, &SecretJob::finished, this, [=, this, done = std::move(done)](SecretJob* put) {
        if (put->error() != SecretStore::NoError) {
            // The claimed row goes, so no device is left without its seed.
            const IamError failed = IamError::serviceFailure(
                tr("The MFA device's secret could not be stored: %1").arg(put->errorString()));
            if (auto released = directory->removeMfaDevice(target); !released) {
                done(refused(QStringLiteral("EnableMFADevice"), target, released.error()));
                return;
            }
            done(AuditRecorder::unlessFailed(audit(QStringLiteral("EnableMFADevice"), target, false,
                                                   QStringLiteral("SecretStoreError")),
                                             failed));
            return;
        }
        // The used-up code and the record are one transaction.
        const auto enabled = directory->runInTransaction([&]() -> Result<void> {
            // The second code is now used up, for sign-in and STS alike.
            if (auto r = directory->acceptMfaCodeStep(target, acceptedStep); !r)
                return r;
            return audit(QStringLiteral("EnableMFADevice"), target, true, {});
        });
        if (!enabled) {
            // Nothing may stay behind: the seed and the row go with the failed device.
            m_secrets->remove(key);
            if (auto released = directory->removeMfaDevice(target); !released)
                qWarning("An MFA device row could not be released after a failed enrolment");
            done(refused(QStringLiteral("EnableMFADevice"), target, enabled.error()));
            return;
        }
        Q_EMIT devicesChanged(accountId, userName);
        done(info);
    });
}

void MfaDeviceManager::remove(const QString& serialNumber, std::function<void(Result<void>)> done)
{
    Directory* directory = m_directory;
    const auto device = directory->mfaDevice(serialNumber);
    if (!device) {
        finishLater<void>(this, std::move(done),
                          IamError::noSuchEntity(
                              QStringLiteral("MFA device with serial number %1 does not exist.")
                                  .arg(serialNumber)));
        return;
    }
    const auto allowed = device->userName.isEmpty()
                             ? authorizeAssign(device->accountId, QString())
                             : authorizeRemove(device->accountId, device->userName);
    if (!allowed) {
        finishLater<void>(
            this, std::move(done),
            refused(QStringLiteral("DeactivateMFADevice"), serialNumber, allowed.error()));
        return;
    }
    if (auto removed = directory->removeMfaDevice(serialNumber); !removed) {
        finishLater<void>(
            this, std::move(done),
            refused(QStringLiteral("DeactivateMFADevice"), serialNumber, removed.error()));
        return;
    }
    SecretJob* job = m_secrets->remove(seedKey(serialNumber));
    const QString accountId = device->accountId;
    const QString userName = device->userName;
    connect(job, &SecretJob::finished, this, [=, this, done = std::move(done)](SecretJob* removed) {
        const bool ok = removed->error() == SecretStore::NoError;
        const auto recorded = audit(QStringLiteral("DeactivateMFADevice"), serialNumber, ok,
                                    ok ? QString() : QStringLiteral("SecretStoreError"));
        Q_EMIT devicesChanged(accountId, userName);
        // The device is gone either way; a lost record is still the caller's failure.
        if (!recorded) {
            done(recorded);
            return;
        }
        if (!ok) {
            done(IamError::serviceFailure(
                tr("The device was removed, but its secret could not be deleted from "
                   "%1: %2")
                    .arg(m_secrets->backendName(), removed->errorString())));
            return;
        }
        done({});
    });
}

Result<void> MfaDeviceManager::authorizeRemove(const QString& accountId,
                                               const QString& userName) const
{
    const QString userArn = mfaUserArn(*m_directory, accountId, userName);
    const Authorization answer = m_session->authorize(ConsoleAction::deactivateMfaDevice(userArn));
    if (!answer.allowed())
        return IamError::accessDenied(answer.message);
    return {};
}

Result<void> MfaDeviceManager::audit(const QString& action, const QString& target, bool success,
                                     const QString& detail)
{
    return m_session->recordEvent(action, target, success, detail);
}

IamError MfaDeviceManager::refused(const QString& action, const QString& target,
                                   const IamError& error)
{
    return AuditRecorder::unlessFailed(audit(action, target, false, error.code()), error);
}
