#include "directory/accountstore.h"

#include "directory/directory.h"
#include "directory/directorycontext.h"
#include "directory/directoryrows.h"
#include "iam/namerules.h"
#include "iam/organizationids.h"

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
} // namespace

AccountStore::AccountStore(DirectoryContext& context)
    : m_context(context)
{}

void AccountStore::notifyChanged()
{
    m_context.notify([owner = &m_context.owner()] { Q_EMIT owner->accountsChanged(); });
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
    const auto sameId =
        m_context.count(QStringLiteral("SELECT count(*) FROM accounts WHERE id = ?"), {accountId});
    if (!sameId)
        return sameId.error();
    if (*sameId > 0)
        return IamError::entityAlreadyExists(
            QStringLiteral("Account %1 already exists.").arg(accountId));
    if (!alias.isEmpty()) {
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
            QStringLiteral("INSERT OR IGNORE INTO organization(id, management_account_id)"
                           " VALUES (1, ?)"),
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
            QStringLiteral("INSERT OR REPLACE INTO organization(id, management_account_id)"
                           " VALUES (1, ?)"),
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
            QStringLiteral("INSERT OR REPLACE INTO organization_accounts(account_id, name,"
                           " joined_at) VALUES (?, ?, ?)"),
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
