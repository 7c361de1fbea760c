#pragma once

#include "directory/memberaccount.h"
#include "directory/rootuser.h"
#include "iam/account.h"
#include "iam/result.h"

#include <QList>
#include <QString>

#include <optional>

class DirectoryContext;

// The accounts (table accounts) with what the organization knows of them
// (organization: its management account; organization_accounts: the names
// accounts were created with) and their root users (root_users). Each
// change emits accountsChanged after the commit.
class AccountStore
{
public:
    explicit AccountStore(DirectoryContext& context);

    // The first account created becomes the management account. Runs in the
    // caller's transaction (Directory attaches the organization's default policies).
    Result<Account> create(const QString& accountId, const QString& alias);
    QList<Account> accounts() const;
    // By 12-digit id or by alias (case-insensitive).
    std::optional<Account> find(const QString& idOrAlias) const;
    // NoSuchEntity for an account the directory does not have (or "aws").
    Result<void> require(const QString& accountId) const;

    QString managementAccountId() const;
    Result<void> setManagementAccount(const QString& accountId);
    Result<void> setMemberAccountName(const QString& accountId, const QString& name);
    std::optional<MemberAccount> memberAccount(const QString& accountId) const;
    QString organizationIdOf(const QString& accountId) const;

    Result<RootUser> setRootUser(const QString& accountId, const QString& email,
                                 const QString& passwordHash);
    Result<void> setRootPassword(const QString& accountId, const QString& passwordHash);
    std::optional<RootUser> rootUser(const QString& accountId) const;
    std::optional<RootUser> rootUserByEmail(const QString& email) const;

private:
    void notifyChanged();

    DirectoryContext& m_context;
};
