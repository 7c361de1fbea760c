#include "directory/credentialstore.h"

#include "directory/accountstore.h"
#include "directory/directory.h"
#include "directory/directorycontext.h"
#include "directory/directoryerrors.h"
#include "directory/directoryrows.h"
#include "iam/arn.h"
#include "iam/namerules.h"
#include "iam/passwordpolicy.h"
#include "iam/quotas.h"

#include <QRegularExpression>
#include <QSqlQuery>

using DirectoryErrors::quotaExceeded;
using DirectoryRows::fromMs;
using DirectoryRows::nameKey;

namespace {

AccessKeyInfo readAccessKey(const QSqlQuery& q)
{
    AccessKeyInfo k;
    k.accessKeyId = q.value(0).toString();
    k.accountId = q.value(1).toString();
    k.userName = q.value(2).toString();
    k.active = q.value(3).toBool();
    k.createDate = fromMs(q.value(4));
    k.lastUsed = fromMs(q.value(5));
    k.lastUsedService = q.value(6).toString();
    return k;
}

const QString accessKeySelect = QStringLiteral(
    "SELECT k.access_key_id, u.account_id, u.name, k.active, k.create_date, k.last_used,"
    " k.last_used_service FROM access_keys k JOIN users u ON u.id = k.user_id ");

} // namespace

CredentialStore::CredentialStore(DirectoryContext& context, const AccountStore& accounts)
    : m_context(context)
    , m_accounts(accounts)
{}

void CredentialStore::notifyUserChanged(const QString& accountId, const QString& userName)
{
    m_context.notify([accountId, userName](Directory* owner) {
        Q_EMIT owner->entityChanged(EntityKind::User, accountId, userName);
    });
}

Result<void> CredentialStore::addAccessKey(qint64 userId, const QString& accountId,
                                           const QString& userName, const QString& accessKeyId)
{
    static const QRegularExpression format(QStringLiteral("^AKIA[A-Z0-9]{16}$"));
    if (!format.match(accessKeyId).hasMatch())
        return IamError::constraintViolation(
            accessKeyId, QStringLiteral("accessKeyId"),
            QStringLiteral("satisfy regular expression pattern: AKIA[A-Z0-9]{16}"));
    if (auto r = m_context.claimQuota(QStringLiteral("access_keys"), QString::number(userId)); !r)
        return r.error();
    const auto keys = m_context.count(
        QStringLiteral("SELECT count(*) FROM access_keys WHERE user_id = ?"), {userId});
    if (!keys)
        return keys.error();
    if (*keys >= Quotas::AccessKeysPerUser)
        return quotaExceeded(QStringLiteral("AccessKeysPerUser"), Quotas::AccessKeysPerUser);
    const auto sameKey = m_context.count(
        QStringLiteral("SELECT count(*) FROM access_keys WHERE access_key_id = ?"), {accessKeyId});
    if (!sameKey)
        return sameKey.error();
    if (*sameKey > 0)
        return IamError::entityAlreadyExists(
            QStringLiteral("The Access Key with id %1 already exists.").arg(accessKeyId));
    if (auto r = m_context.sql().exec(QStringLiteral("INSERT INTO access_keys(access_key_id,"
                                                     " user_id, active, create_date)"
                                                     " VALUES (?, ?, 1, ?)"),
                                      {accessKeyId, userId, m_context.nowMs()});
        !r)
        return r.error();
    notifyUserChanged(accountId, userName);
    return {};
}

QList<AccessKeyInfo> CredentialStore::accessKeys(const QString& accountId,
                                                 const QString& userName) const
{
    return m_context.selectRows<AccessKeyInfo>(
        accessKeySelect +
            QStringLiteral("WHERE u.account_id = ? AND u.name_key = ? ORDER BY k.create_date,"
                           " k.access_key_id"),
        {accountId, nameKey(userName)}, &readAccessKey);
}

std::optional<AccessKeyInfo> CredentialStore::accessKey(const QString& accessKeyId) const
{
    const QList<AccessKeyInfo> found = m_context.selectRows<AccessKeyInfo>(
        accessKeySelect + QStringLiteral("WHERE k.access_key_id = ?"), {accessKeyId},
        &readAccessKey);
    return found.isEmpty() ? std::nullopt : std::optional<AccessKeyInfo>(found.first());
}

Result<void> CredentialStore::changeAccessKey(const QString& accessKeyId, const QString& sqlText,
                                              const QVariantList& binds)
{
    const auto key = accessKey(accessKeyId);
    if (!key)
        return IamError::noSuchEntity(
            QStringLiteral("The Access Key with id %1 cannot be found.").arg(accessKeyId));
    if (auto r = m_context.sql().exec(sqlText, binds); !r)
        return r.error();
    notifyUserChanged(key->accountId, key->userName);
    return {};
}

Result<void> CredentialStore::setAccessKeyActive(const QString& accessKeyId, bool active)
{
    return m_context.transact([&] {
        return changeAccessKey(
            accessKeyId,
            QStringLiteral("UPDATE access_keys SET active = ? WHERE access_key_id = ?"),
            {active, accessKeyId});
    });
}

Result<void> CredentialStore::recordAccessKeyUse(const QString& accessKeyId, const QString& service)
{
    return m_context.transact([&] {
        return changeAccessKey(accessKeyId,
                               QStringLiteral("UPDATE access_keys SET last_used = ?,"
                                              " last_used_service = ? WHERE access_key_id = ?"),
                               {m_context.nowMs(), service, accessKeyId});
    });
}

Result<void> CredentialStore::deleteAccessKey(const QString& accessKeyId)
{
    return m_context.transact([&] {
        return changeAccessKey(accessKeyId,
                               QStringLiteral("DELETE FROM access_keys WHERE access_key_id = ?"),
                               {accessKeyId});
    });
}

Result<bool> CredentialStore::mfaSerialTaken(const QString& serial) const
{
    const auto taken = m_context.count(
        QStringLiteral("SELECT (SELECT count(*) FROM mfa_devices WHERE serial_number = ?)"
                       " + (SELECT count(*) FROM root_mfa_devices WHERE serial_number = ?)"),
        {serial, serial});
    if (!taken)
        return taken.error();
    return *taken > 0;
}

Result<void> CredentialStore::checkNewMfaSerial(const QString& deviceName,
                                                const QString& serial) const
{
    if (auto r = NameRules::validateMfaDeviceName(deviceName); !r)
        return r;
    if (auto r = NameRules::validateSerialNumber(serial); !r)
        return r;
    // One namespace of serials per account, users' devices and root's alike.
    const auto taken = mfaSerialTaken(serial);
    if (!taken)
        return taken.error();
    if (*taken)
        return IamError::entityAlreadyExists(
            QStringLiteral("MFADevice entity at the same path and name already exists."));
    return {};
}

Result<void> CredentialStore::addMfaDevice(qint64 userId, const QString& accountId,
                                           const QString& userName, const QString& deviceName)
{
    const QString serial = Arn::mfa(accountId, deviceName).toString();
    if (auto r = checkNewMfaSerial(deviceName, serial); !r)
        return r;
    if (auto r = m_context.claimQuota(QStringLiteral("mfa_devices"), QString::number(userId)); !r)
        return r;
    const auto devices = m_context.count(
        QStringLiteral("SELECT count(*) FROM mfa_devices WHERE user_id = ?"), {userId});
    if (!devices)
        return devices.error();
    if (*devices >= Quotas::MfaDevicesPerUser)
        return quotaExceeded(QStringLiteral("MFADevicesPerUser"), Quotas::MfaDevicesPerUser);
    if (auto r = m_context.sql().exec(QStringLiteral("INSERT INTO mfa_devices(serial_number,"
                                                     " user_id, enable_date) VALUES (?, ?, ?)"),
                                      {serial, userId, m_context.nowMs()});
        !r)
        return r.error();
    notifyUserChanged(accountId, userName);
    return {};
}

QList<MfaDeviceInfo> CredentialStore::mfaDevices(const QString& accountId,
                                                 const QString& userName) const
{
    QList<MfaDeviceInfo> out;
    const auto r = m_context.sql().select(
        QStringLiteral("SELECT m.serial_number, u.account_id, u.name, m.enable_date"
                       " FROM mfa_devices m JOIN users u ON u.id = m.user_id"
                       " WHERE u.account_id = ? AND u.name_key = ?"
                       " ORDER BY m.enable_date, m.serial_number"),
        {accountId, nameKey(userName)}, [&](const QSqlQuery& q) {
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        fromMs(q.value(3))});
        });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return out;
}

Result<MfaDeviceInfo> CredentialStore::addRootMfaDevice(const QString& accountId,
                                                        const QString& deviceName)
{
    const QString serial = Arn::mfa(accountId, deviceName).toString();
    const auto added = m_context.transact([&]() -> Result<void> {
        if (auto r = m_accounts.requireRootUser(accountId); !r)
            return r;
        if (auto r = checkNewMfaSerial(deviceName, serial); !r)
            return r;
        if (auto r = m_context.claimQuota(QStringLiteral("root_mfa_devices"), accountId); !r)
            return r;
        const auto devices = m_context.count(
            QStringLiteral("SELECT count(*) FROM root_mfa_devices WHERE account_id = ?"),
            {accountId});
        if (!devices)
            return devices.error();
        if (*devices >= Quotas::MfaDevicesPerUser)
            return quotaExceeded(QStringLiteral("MFADevicesPerUser"), Quotas::MfaDevicesPerUser);
        if (auto r = m_context.sql().exec(
                QStringLiteral("INSERT INTO root_mfa_devices(serial_number, account_id,"
                               " enable_date) VALUES (?, ?, ?)"),
                {serial, accountId, m_context.nowMs()});
            !r)
            return r.error();
        m_context.notify([](Directory* owner) { Q_EMIT owner->accountsChanged(); });
        return {};
    });
    if (!added)
        return added.error();
    if (auto device = mfaDevice(serial))
        return *device;
    return IamError::serviceFailure(QStringLiteral("The new MFA device vanished."));
}

QList<MfaDeviceInfo> CredentialStore::rootMfaDevices(const QString& accountId) const
{
    QList<MfaDeviceInfo> out;
    const auto r = m_context.sql().select(
        QStringLiteral("SELECT serial_number, account_id, enable_date FROM root_mfa_devices"
                       " WHERE account_id = ? ORDER BY enable_date, serial_number"),
        {accountId}, [&](const QSqlQuery& q) {
            out.append(
                {q.value(0).toString(), q.value(1).toString(), QString(), fromMs(q.value(2))});
        });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return out;
}

Result<void> CredentialStore::removeMfaDevice(const QString& serialNumber)
{
    return m_context.transact([&]() -> Result<void> {
        QString accountId;
        QString userName;
        const auto found = m_context.sql().select(
            QStringLiteral("SELECT u.account_id, u.name FROM mfa_devices m"
                           " JOIN users u ON u.id = m.user_id WHERE m.serial_number = ?"),
            {serialNumber}, [&](const QSqlQuery& q) {
                accountId = q.value(0).toString();
                userName = q.value(1).toString();
            });
        if (!found)
            return found.error();
        if (accountId.isEmpty()) {
            const auto root = m_context.sql().exec(
                QStringLiteral("DELETE FROM root_mfa_devices WHERE serial_number = ?"),
                {serialNumber});
            if (!root)
                return root.error();
            if (root.value() == 0)
                return IamError::noSuchEntity(
                    QStringLiteral("MFA device with serial number %1 cannot be found.")
                        .arg(serialNumber));
            m_context.notify([](Directory* owner) { Q_EMIT owner->accountsChanged(); });
            return {};
        }
        if (auto r = m_context.sql().exec(
                QStringLiteral("DELETE FROM mfa_devices WHERE serial_number = ?"), {serialNumber});
            !r)
            return r.error();
        notifyUserChanged(accountId, userName);
        return {};
    });
}

Result<void> CredentialStore::acceptMfaCodeStep(const QString& serialNumber, quint64 step)
{
    return m_context.transact([&]() -> Result<void> {
        bool found = false;
        QVariant last;
        QString table = QStringLiteral("mfa_devices");
        const auto rootDevices = m_context.count(
            QStringLiteral("SELECT count(*) FROM root_mfa_devices WHERE serial_number = ?"),
            {serialNumber});
        if (!rootDevices)
            return rootDevices.error();
        if (*rootDevices > 0)
            table = QStringLiteral("root_mfa_devices");
        const auto read = m_context.sql().select(
            QStringLiteral("SELECT last_code_step FROM %1 WHERE serial_number = ?").arg(table),
            {serialNumber}, [&](const QSqlQuery& q) {
                found = true;
                last = q.value(0);
            });
        if (!read)
            return read.error();
        if (!found)
            return IamError::noSuchEntity(
                QStringLiteral("MFA device with serial number %1 cannot be found.")
                    .arg(serialNumber));
        if (!last.isNull() && step <= last.toULongLong())
            return IamError::accessDenied(
                QStringLiteral("MultiFactorAuthentication failed with invalid MFA one time pass "
                               "code."));
        const auto written = m_context.sql().exec(
            QStringLiteral("UPDATE %1 SET last_code_step = ? WHERE serial_number = ?").arg(table),
            {qint64(step), serialNumber});
        return written ? Result<void>() : Result<void>(written.error());
    });
}

std::optional<MfaDeviceInfo> CredentialStore::mfaDevice(const QString& serialNumber) const
{
    std::optional<MfaDeviceInfo> out;
    const auto r = m_context.sql().select(
        QStringLiteral("SELECT m.serial_number, u.account_id, u.name, m.enable_date"
                       " FROM mfa_devices m JOIN users u ON u.id = m.user_id"
                       " WHERE m.serial_number = ?"
                       " UNION ALL SELECT serial_number, account_id, '',"
                       " enable_date FROM root_mfa_devices"
                       " WHERE serial_number = ?"),
        {serialNumber, serialNumber}, [&](const QSqlQuery& q) {
            out = MfaDeviceInfo{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                fromMs(q.value(3))};
        });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return out;
}

Result<void> CredentialStore::setLoginProfile(qint64 userId, const QString& accountId,
                                              const QString& userName, const QString& passwordHash,
                                              bool resetRequired)
{
    if (!passwordHash.startsWith(QLatin1String("$scrypt$")))
        return IamError::invalidInput(QStringLiteral(
            "A login profile keeps a scrypt hash of the password, never the password."));
    const auto r = m_context.sql().exec(
        QStringLiteral("INSERT INTO login_profiles(user_id, password_hash, reset_required,"
                       " create_date) VALUES (?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET"
                       " password_hash = excluded.password_hash,"
                       " reset_required = excluded.reset_required"),
        {userId, passwordHash, resetRequired, m_context.nowMs()});
    if (!r)
        return r.error();
    if (auto h = appendPasswordHistory(userId, passwordHash); !h)
        return h;
    notifyUserChanged(accountId, userName);
    return {};
}

Result<void> CredentialStore::deleteLoginProfile(qint64 userId, const QString& accountId,
                                                 const QString& userName)
{
    const auto r = m_context.sql().exec(
        QStringLiteral("DELETE FROM login_profiles WHERE user_id = ?"), {userId});
    if (!r)
        return r.error();
    if (r.value() == 0)
        return IamError::noSuchEntity(
            QStringLiteral("Login Profile for User %1 cannot be found.").arg(userName));
    notifyUserChanged(accountId, userName);
    return {};
}

std::optional<LoginProfile> CredentialStore::loginProfile(const QString& accountId,
                                                          const QString& userName) const
{
    std::optional<LoginProfile> profile;
    const auto r = m_context.sql().select(
        QStringLiteral("SELECT lp.password_hash, lp.reset_required, lp.create_date,"
                       " coalesce((SELECT max(h.set_at) FROM password_history h"
                       "  WHERE h.user_id = lp.user_id), lp.create_date)"
                       " FROM login_profiles lp JOIN users u ON u.id = lp.user_id"
                       " WHERE u.account_id = ? AND u.name_key = ?"),
        {accountId, nameKey(userName)}, [&](const QSqlQuery& q) {
            profile = LoginProfile{q.value(0).toString(), q.value(1).toBool(), fromMs(q.value(2)),
                                   fromMs(q.value(3))};
        });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return profile;
}

Result<void> CredentialStore::appendPasswordHistory(qint64 userId, const QString& passwordHash)
{
    if (auto r = m_context.sql().exec(
            QStringLiteral("INSERT INTO password_history(user_id, password_hash,"
                           " set_at) VALUES (?, ?, ?)"),
            {userId, passwordHash, m_context.nowMs()});
        !r)
        return r.error();
    const auto pruned = m_context.sql().exec(
        QStringLiteral("DELETE FROM password_history WHERE user_id = ? AND id NOT IN"
                       " (SELECT id FROM password_history WHERE user_id = ?"
                       " ORDER BY id DESC LIMIT ?)"),
        {userId, userId, PasswordPolicy::PasswordReusePreventionMax});
    return pruned ? Result<void>() : Result<void>(pruned.error());
}

QStringList CredentialStore::passwordHistory(const QString& accountId, const QString& userName,
                                             int count) const
{
    QStringList hashes;
    if (count <= 0)
        return hashes;
    const auto r = m_context.sql().select(
        QStringLiteral("SELECT h.password_hash FROM password_history h"
                       " JOIN users u ON u.id = h.user_id"
                       " WHERE u.account_id = ? AND u.name_key = ? ORDER BY h.id DESC LIMIT ?"),
        {accountId, nameKey(userName), count},
        [&](const QSqlQuery& q) { hashes << q.value(0).toString(); });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return hashes;
}
