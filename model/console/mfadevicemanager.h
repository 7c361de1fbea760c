#pragma once

#include "crypto/securebytes.h"
#include "iam/mfadeviceinfo.h"
#include "iam/result.h"

#include <QObject>

#include <functional>
#include <optional>

class Clock;
class ConsoleSession;
class Directory;
class SecretStore;

// A virtual MFA device being set up: its seed exists only in memory until
// the user proves, with two consecutive codes, that the authenticator app
// has it (CreateVirtualMFADevice + EnableMFADevice, as the console does).
struct PendingMfaDevice
{
    QString accountId;
    QString userName;
    QString deviceName;
    QString serialNumber; // arn:aws:iam::<acct>:mfa/<name>
    SecureBytes seed;     // 20 bytes from the CSPRNG
    // otpauth://totp/...: what the QR code holds. A secret too.
    SecureBytes otpauthUri() const;
    // The seed in base32, for typing it into an app by hand. A secret too.
    SecureBytes base32Seed() const;
};

// The "Security credentials" tab's MFA devices: assign a virtual device
// (authorized as iam:CreateVirtualMFADevice + iam:EnableMFADevice on the
// user), remove it (iam:DeactivateMFADevice), each audited; the seed lives
// only in the secret store (SecretKey kind MfaSeed, id = serial number).
// An empty user name means the account's root user, whose devices only the
// root user itself may assign or remove, as in AWS.
class MfaDeviceManager : public QObject
{
    Q_OBJECT

public:
    // Acts as session's identity on directory; secrets holds the seeds.
    MfaDeviceManager(ConsoleSession* session, Directory* directory, const Clock* clock,
                     SecretStore* secrets, QObject* parent = nullptr);

    QList<MfaDeviceInfo> devices(const QString& accountId, const QString& userName) const;

    // A fresh seed for a new device; validates the name and the quota first.
    Result<PendingMfaDevice> start(const QString& accountId, const QString& userName,
                                   const QString& deviceName) const;
    // Two consecutive codes (the first for one 30-second step, the second for
    // the next) enable the device: the device's serial is claimed in the
    // directory first (EntityAlreadyExists when another enrolment has it,
    // without touching the store), then the seed goes to the store under that
    // serial. done is called once, later; on failure nothing changed.
    void enable(const PendingMfaDevice& device, const QString& code1, const QString& code2,
                std::function<void(Result<MfaDeviceInfo>)> done);
    void remove(const QString& serialNumber, std::function<void(Result<void>)> done);

    // The step of code2 when code1 and code2 are the codes of two consecutive
    // steps, the second within one step of now (as AWS accepts them).
    static std::optional<quint64> matchConsecutiveCodes(const SecureBytes& seed,
                                                        const QString& code1, const QString& code2,
                                                        const QDateTime& now);

Q_SIGNALS:
    void devicesChanged(const QString& accountId, const QString& userName);

private:
    QString seedKey(const QString& serialNumber) const;
    Result<void> authorizeAssign(const QString& accountId, const QString& userName) const;
    Result<void> authorizeRemove(const QString& accountId, const QString& userName) const;
    Result<void> audit(const QString& action, const QString& target, bool success,
                       const QString& detail);
    // Records the refusal; the error, or the audit write's when that failed too.
    IamError refused(const QString& action, const QString& target, const IamError& error);

    ConsoleSession* m_session;
    Directory* m_directory;
    const Clock* m_clock;
    SecretStore* m_secrets;
};
