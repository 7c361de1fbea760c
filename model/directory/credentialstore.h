#pragma once

#include "directory/loginprofile.h"
#include "iam/accesskeyinfo.h"
#include "iam/mfadeviceinfo.h"
#include "iam/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

class AccountStore;
class DirectoryContext;

// What users and root users sign in with, as metadata and hashes only
// (secrets and seeds live in the secret store): console passwords
// (login_profiles, password_history), access keys (access_keys) and virtual
// MFA devices (mfa_devices of users, root_mfa_devices of root users; one
// namespace of serials per account).
// Writers for a user's credentials take the user's row, which the caller has
// checked, and run in its transaction; a change emits entityChanged for the
// user (accountsChanged for a root user's device) after the commit.
class CredentialStore
{
public:
    CredentialStore(DirectoryContext& context, const AccountStore& accounts);

    // At most Quotas::AccessKeysPerUser per user.
    Result<void> addAccessKey(qint64 userId, const QString& accountId, const QString& userName,
                              const QString& accessKeyId);
    QList<AccessKeyInfo> accessKeys(const QString& accountId, const QString& userName) const;
    std::optional<AccessKeyInfo> accessKey(const QString& accessKeyId) const;
    Result<void> setAccessKeyActive(const QString& accessKeyId, bool active);
    Result<void> recordAccessKeyUse(const QString& accessKeyId, const QString& service);
    Result<void> deleteAccessKey(const QString& accessKeyId);

    // At most Quotas::MfaDevicesPerUser per user or root user.
    Result<void> addMfaDevice(qint64 userId, const QString& accountId, const QString& userName,
                              const QString& deviceName);
    QList<MfaDeviceInfo> mfaDevices(const QString& accountId, const QString& userName) const;
    Result<MfaDeviceInfo> addRootMfaDevice(const QString& accountId, const QString& deviceName);
    QList<MfaDeviceInfo> rootMfaDevices(const QString& accountId) const;
    // A user's or a root user's device.
    Result<void> removeMfaDevice(const QString& serialNumber);
    Result<void> acceptMfaCodeStep(const QString& serialNumber, quint64 step);
    std::optional<MfaDeviceInfo> mfaDevice(const QString& serialNumber) const;

    // The console password: creates or replaces the profile (passwordHash
    // must be a PasswordHasher hash) and appends the hash to the history.
    Result<void> setLoginProfile(qint64 userId, const QString& accountId, const QString& userName,
                                 const QString& passwordHash, bool resetRequired);
    Result<void> deleteLoginProfile(qint64 userId, const QString& accountId,
                                    const QString& userName);
    std::optional<LoginProfile> loginProfile(const QString& accountId,
                                             const QString& userName) const;
    // Previous password hashes of the user, newest first, at most count.
    QStringList passwordHistory(const QString& accountId, const QString& userName, int count) const;

private:
    // Keeps the newest hashes reuse prevention may ask for, and no more.
    Result<void> appendPasswordHistory(qint64 userId, const QString& passwordHash);
    // Whether a user's or a root user's MFA device has the serial.
    Result<bool> mfaSerialTaken(const QString& serial) const;
    // The serial's checks before a device is added: name, format, not taken.
    Result<void> checkNewMfaSerial(const QString& deviceName, const QString& serial) const;
    // Runs one statement on an access key and tells views its user changed.
    Result<void> changeAccessKey(const QString& accessKeyId, const QString& sqlText,
                                 const QVariantList& binds);
    void notifyUserChanged(const QString& accountId, const QString& userName);

    DirectoryContext& m_context;
    const AccountStore& m_accounts;
};
