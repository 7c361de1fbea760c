#include "directory/accountstore.h"

#include "directory/directory.h"
#include "directory/directorycontext.h"
#include "directory/directoryrows.h"
#include "iam/namerules.h"
#include "iam/organizationids.h"
#include "iam/quotas.h"

#include <QCoreApplication>
#include <QSqlQuery>

using DirectoryRows::fromMs;

namespace {

IamError noSuchAccount(const QString& accountId)
{
    return IamError::noSuchEntity(
        QStringLiteral("The account with id %1 cannot be found.").arg(accountId));
}

const QString rootUserSelect = QStringLiteral(
    "SELECT account_id, email, password_hash, create_date, password_last_set FROM root_users");

RootUser readRootUser(const QSqlQuery& q)
{
    return RootUser{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    fromMs(q.value(3)), fromMs(q.value(4))};
}

Result<void> checkPasswordHash(const QString& passwordHash)
{
    if (passwordHash.startsWith(QLatin1String("$scrypt$")))
        return {};
    return IamError::invalidInput(
        QStringLiteral("A console password is kept as a scrypt hash, never as the password."));
}

IamError noSuchRootUser(const QString& accountId)
{
    return IamError::noSuchEntity(
        QStringLiteral("The account %1 has no root user.").arg(accountId));
}
bool isRaisableQuota(const QString& quota)
{
    return quota == QLatin1String("PoliciesPerUser") || quota == QLatin1String("PoliciesPerRole");
}

IamError notRaisable(const QString& quota)
{
    return IamError::invalidInput(
        QStringLiteral("The quota %1 cannot be changed; only PoliciesPerUser and PoliciesPerRole "
                       "can.")
            .arg(quota));
}

} // namespace

AccountStore::AccountStore(DirectoryContext& context)
    : m_context(context)
{}

void AccountStore::notifyChanged()
{
    m_context.notify([](Directory* owner) { Q_EMIT owner->accountsChanged(); });
}

void AccountStore::notifyPasswordPolicyChanged(const QString& accountId)
{
    m_context.notify(
        [accountId](Directory* owner) { Q_EMIT owner->passwordPolicyChanged(accountId); });
}

Result<void> AccountStore::require(const QString& accountId) const
{
    if (accountId == QLatin1String("aws"))
        return noSuchAccount(accountId);
    const auto accounts =
        m_context.count(QStringLiteral("SELECT count(*) FROM accounts WHERE id = ?"), {accountId});
    if (!accounts)
        return accounts.error();
    if (*accounts == 0)
        return noSuchAccount(accountId);
    return {};
}

Result<Account> AccountStore::create(const QString& accountId, const QString& alias)
{
    if (auto r = NameRules::validateAccountId(accountId); !r)
        return r.error();
    if (!alias.isEmpty())
        if (auto r = NameRules::validateAccountAlias(alias); !r)
            return r.error();
    if (auto r = m_context.claimName(QStringLiteral("accounts"), QString(), accountId); !r)
        return r.error();
    const auto sameId =
        m_context.count(QStringLiteral("SELECT count(*) FROM accounts WHERE id = ?"), {accountId});
    if (!sameId)
        return sameId.error();
    if (*sameId > 0)
        return IamError::entityAlreadyExists(
            QStringLiteral("Account %1 already exists.").arg(accountId));
    if (!alias.isEmpty()) {
        // Aliases are unique across accounts: a concurrent claim of this one waits.
        if (auto r = m_context.claimName(QStringLiteral("account_aliases"), QString(), alias); !r)
            return r.error();
        const auto sameAlias = m_context.count(
            QStringLiteral("SELECT count(*) FROM accounts WHERE alias = ?"), {alias});
        if (!sameAlias)
            return sameAlias.error();
        if (*sameAlias > 0)
            return IamError::entityAlreadyExists(
                QStringLiteral("The account alias %1 already exists.").arg(alias));
    }
    const auto r = m_context.sql().exec(
        QStringLiteral("INSERT INTO accounts(id, alias, create_date) VALUES (?, ?, ?)"),
        {accountId, alias.isEmpty() ? QVariant() : QVariant(alias), m_context.nowMs()});
    if (!r)
        return r.error();
    // The first account is the organization's management account, as in AWS.
    if (const auto m = m_context.sql().exec(
            QStringLiteral("INSERT INTO organization(id, management_account_id)"
                           " VALUES (1, ?) ON CONFLICT DO NOTHING"),
            {accountId});
        !m)
        return m.error();
    notifyChanged();
    return Account{accountId, alias};
}

QString AccountStore::managementAccountId() const
{
    return m_context.sql()
        .scalar(QStringLiteral("SELECT management_account_id FROM organization WHERE id = 1"))
        .toString();
}

Result<void> AccountStore::setManagementAccount(const QString& accountId)
{
    return m_context.transact([&]() -> Result<void> {
        const auto accounts = m_context.count(
            QStringLiteral("SELECT count(*) FROM accounts WHERE id = ? AND id <> 'aws'"),
            {accountId});
        if (!accounts)
            return accounts.error();
        if (*accounts == 0)
            return IamError::noSuchEntity(
                QStringLiteral("The account with id %1 cannot be found.").arg(accountId));
        const auto r = m_context.sql().exec(
            QStringLiteral("INSERT INTO organization(id, management_account_id)"
                           " VALUES (1, ?) ON CONFLICT (id) DO UPDATE"
                           " SET management_account_id = excluded.management_account_id"),
            {accountId});
        if (!r)
            return r.error();
        notifyChanged();
        return {};
    });
}

Result<void> AccountStore::setMemberAccountName(const QString& accountId, const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 50)
        return IamError::invalidInput(QCoreApplication::translate(
            "Directory", "The account name must be 1 to 50 characters long."));
    return m_context.transact([&]() -> Result<void> {
        if (auto r = require(accountId); !r)
            return r;
        const auto r = m_context.sql().exec(
            QStringLiteral("INSERT INTO organization_accounts(account_id, name, joined_at)"
                           " VALUES (?, ?, ?) ON CONFLICT (account_id) DO UPDATE"
                           " SET name = excluded.name, joined_at = excluded.joined_at"),
            {accountId, trimmed, m_context.nowMs()});
        if (!r)
            return r.error();
        notifyChanged();
        return {};
    });
}

QString AccountStore::organizationIdOf(const QString& accountId) const
{
    const QString management = managementAccountId();
    if (management.isEmpty() || !memberAccount(accountId))
        return {};
    return OrganizationIds::organizationId(management);
}

std::optional<MemberAccount> AccountStore::memberAccount(const QString& accountId) const
{
    std::optional<MemberAccount> found;
    const auto r = m_context.sql().select(
        QStringLiteral("SELECT a.id, coalesce(o.name, nullif(a.alias, ''), a.id),"
                       " coalesce(r.email, ''), coalesce(o.joined_at, a.create_date)"
                       " FROM accounts a LEFT JOIN organization_accounts o ON o.account_id = a.id"
                       " LEFT JOIN root_users r ON r.account_id = a.id"
                       " WHERE a.id = ? AND a.id <> 'aws'"),
        {accountId}, [&](const QSqlQuery& q) {
            found = MemberAccount{q.value(0).toString(), q.value(1).toString(),
                                  q.value(2).toString(), fromMs(q.value(3))};
        });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return found;
}

bool AccountStore::isEmpty() const
{
    // Unreadable is not empty: nothing gets seeded over a directory we cannot read.
    const auto accounts =
        m_context.count(QStringLiteral("SELECT count(*) FROM accounts WHERE id <> 'aws'"), {});
    return accounts && *accounts == 0;
}

QList<Account> AccountStore::accounts() const
{
    QList<Account> out;
    const auto r = m_context.sql().select(
        QStringLiteral("SELECT id, alias FROM accounts WHERE id <> 'aws' ORDER BY id"), {},
        [&](const QSqlQuery& q) {
            out.append({q.value(0).toString(), q.value(1).toString()});
        });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return out;
}

std::optional<Account> AccountStore::find(const QString& idOrAlias) const
{
    const QString key = idOrAlias.trimmed();
    std::optional<Account> found;
    const auto r = m_context.sql().select(
        QStringLiteral(
            "SELECT id, alias FROM accounts WHERE id <> 'aws' AND (id = ? OR alias = ?)"),
        {key, key.toLower()}, [&](const QSqlQuery& q) {
            found = Account{q.value(0).toString(), q.value(1).toString()};
        });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return found;
}

Result<RootUser> AccountStore::setRootUser(const QString& accountId, const QString& email,
                                           const QString& passwordHash)
{
    const QString address = email.trimmed();
    const auto written = m_context.transact([&]() -> Result<void> {
        if (auto r = require(accountId); !r)
            return r;
        if (auto r = NameRules::validateEmail(address); !r)
            return r;
        if (auto r = checkPasswordHash(passwordHash); !r)
            return r;
        const auto sameEmail =
            m_context.count(QStringLiteral("SELECT count(*) FROM root_users"
                                           " WHERE email_key = ? AND account_id <> ?"),
                            {address.toLower(), accountId});
        if (!sameEmail)
            return sameEmail.error();
        if (*sameEmail > 0)
            return IamError::entityAlreadyExists(
                QStringLiteral("The email address %1 is already the root user of another account.")
                    .arg(address));
        const qint64 now = m_context.nowMs();
        const auto r = m_context.sql().exec(
            QStringLiteral("INSERT INTO root_users(account_id, email, email_key, password_hash,"
                           " create_date, password_last_set) VALUES (?, ?, ?, ?, ?, ?)"
                           " ON CONFLICT (account_id) DO UPDATE SET email = excluded.email,"
                           " email_key = excluded.email_key,"
                           " password_hash = excluded.password_hash,"
                           " password_last_set = excluded.password_last_set"),
            {accountId, address, address.toLower(), passwordHash, now, now});
        if (!r)
            return r.error();
        notifyChanged();
        return {};
    });
    if (!written)
        return written.error();
    if (auto root = rootUser(accountId))
        return *root;
    return IamError::serviceFailure(QStringLiteral("The new root user vanished."));
}

Result<void> AccountStore::setRootPassword(const QString& accountId, const QString& passwordHash)
{
    return m_context.transact([&]() -> Result<void> {
        if (auto r = checkPasswordHash(passwordHash); !r)
            return r;
        const auto r =
            m_context.sql().exec(QStringLiteral("UPDATE root_users SET password_hash = ?,"
                                                " password_last_set = ? WHERE account_id = ?"),
                                 {passwordHash, m_context.nowMs(), accountId});
        if (!r)
            return r.error();
        if (r.value() == 0)
            return noSuchRootUser(accountId);
        notifyChanged();
        return {};
    });
}

std::optional<RootUser> AccountStore::rootUser(const QString& accountId) const
{
    const auto rows = m_context.selectRows(rootUserSelect + QStringLiteral(" WHERE account_id = ?"),
                                           {accountId}, &readRootUser);
    return rows.isEmpty() ? std::nullopt : std::optional<RootUser>(rows.first());
}

std::optional<RootUser> AccountStore::rootUserByEmail(const QString& email) const
{
    const auto rows = m_context.selectRows(rootUserSelect + QStringLiteral(" WHERE email_key = ?"),
                                           {email.trimmed().toLower()}, &readRootUser);
    return rows.isEmpty() ? std::nullopt : std::optional<RootUser>(rows.first());
}

Result<void> AccountStore::setPasswordPolicy(const QString& accountId, const PasswordPolicy& policy)
{
    return m_context.transact([&]() -> Result<void> {
        if (auto r = require(accountId); !r)
            return r;
        if (auto r = policy.validateSettings(); !r)
            return r;
        const auto r = m_context.sql().exec(
            QStringLiteral(
                "INSERT INTO password_policies(account_id, minimum_length,"
                " require_uppercase, require_lowercase, require_numbers, require_symbols,"
                " allow_users_to_change_password, max_password_age, password_reuse_prevention,"
                " hard_expiry) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (account_id) DO UPDATE SET minimum_length = excluded.minimum_length,"
                " require_uppercase = excluded.require_uppercase,"
                " require_lowercase = excluded.require_lowercase,"
                " require_numbers = excluded.require_numbers,"
                " require_symbols = excluded.require_symbols,"
                " allow_users_to_change_password = excluded.allow_users_to_change_password,"
                " max_password_age = excluded.max_password_age,"
                " password_reuse_prevention = excluded.password_reuse_prevention,"
                " hard_expiry = excluded.hard_expiry"),
            {accountId, policy.minimumLength, policy.requireUppercase, policy.requireLowercase,
             policy.requireNumbers, policy.requireSymbols, policy.allowUsersToChangePassword,
             policy.maxPasswordAgeDays, policy.passwordReusePrevention, policy.hardExpiry});
        if (!r)
            return r.error();
        notifyPasswordPolicyChanged(accountId);
        return {};
    });
}

std::optional<PasswordPolicy> AccountStore::passwordPolicy(const QString& accountId) const
{
    std::optional<PasswordPolicy> policy;
    const auto r = m_context.sql().select(
        QStringLiteral("SELECT minimum_length, require_uppercase, require_lowercase,"
                       " require_numbers, require_symbols, allow_users_to_change_password,"
                       " max_password_age, password_reuse_prevention, hard_expiry"
                       " FROM password_policies WHERE account_id = ?"),
        {accountId}, [&](const QSqlQuery& q) {
            PasswordPolicy p;
            p.minimumLength = q.value(0).toInt();
            p.requireUppercase = q.value(1).toBool();
            p.requireLowercase = q.value(2).toBool();
            p.requireNumbers = q.value(3).toBool();
            p.requireSymbols = q.value(4).toBool();
            p.allowUsersToChangePassword = q.value(5).toBool();
            p.maxPasswordAgeDays = q.value(6).toInt();
            p.passwordReusePrevention = q.value(7).toInt();
            p.hardExpiry = q.value(8).toBool();
            policy = p;
        });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return policy;
}

PasswordPolicy AccountStore::effectivePasswordPolicy(const QString& accountId) const
{
    return passwordPolicy(accountId).value_or(PasswordPolicy::awsDefault());
}

Result<void> AccountStore::deletePasswordPolicy(const QString& accountId)
{
    return m_context.transact([&]() -> Result<void> {
        const auto r = m_context.sql().exec(
            QStringLiteral("DELETE FROM password_policies WHERE account_id = ?"), {accountId});
        if (!r)
            return r.error();
        if (r.value() == 0)
            return IamError::noSuchEntity(
                QStringLiteral("The Password Policy with domain name %1 cannot be found.")
                    .arg(accountId));
        notifyPasswordPolicyChanged(accountId);
        return {};
    });
}

Result<int> AccountStore::accountQuota(const QString& accountId, const QString& quota) const
{
    if (!isRaisableQuota(quota))
        return notRaisable(quota);
    const auto value = m_context.sql().value(
        QStringLiteral("SELECT coalesce((SELECT value FROM account_quotas"
                       " WHERE account_id = ? AND quota = ?), ?)"),
        {accountId, quota, Quotas::ManagedPoliciesPerEntity}, Quotas::ManagedPoliciesPerEntity);
    if (!value)
        return value.error();
    return value->toInt();
}

Result<void> AccountStore::setAccountQuota(const QString& accountId, const QString& quota,
                                           int value)
{
    if (!isRaisableQuota(quota))
        return notRaisable(quota);
    if (value < Quotas::ManagedPoliciesPerEntity ||
        value > Quotas::ManagedPoliciesPerPrincipalRaisedMax)
        return IamError::invalidInput(QStringLiteral("The quota %1 can be %2 to %3, not %4.")
                                          .arg(quota)
                                          .arg(Quotas::ManagedPoliciesPerEntity)
                                          .arg(Quotas::ManagedPoliciesPerPrincipalRaisedMax)
                                          .arg(value));
    return m_context.transact([&]() -> Result<void> {
        if (auto r = require(accountId); !r)
            return r;
        const auto r = m_context.sql().exec(
            QStringLiteral("INSERT INTO account_quotas(account_id, quota, value)"
                           " VALUES (?, ?, ?) ON CONFLICT (account_id, quota)"
                           " DO UPDATE SET value = excluded.value"),
            {accountId, quota, value});
        if (!r)
            return r.error();
        notifyChanged();
        return {};
    });
}

Result<void> AccountStore::requireRootUser(const QString& accountId) const
{
    const auto roots = m_context.count(
        QStringLiteral("SELECT count(*) FROM root_users WHERE account_id = ?"), {accountId});
    if (!roots)
        return roots.error();
    if (*roots == 0)
        return noSuchRootUser(accountId);
    return {};
}
