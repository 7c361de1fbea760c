#pragma once

#include "directory/memberaccount.h"
#include "directory/rootuser.h"
#include "iam/account.h"
#include "iam/passwordpolicy.h"
#include "iam/result.h"

#include <QList>
#include <QString>

#include <optional>

class DirectoryContext;

// The accounts (table accounts) with what the organization knows of them
// (organization: its management account; organization_accounts: the names
// accounts were created with), their root users (root_users), password
// policies (password_policies) and raised quotas (account_quotas). Each
// change emits accountsChanged (passwordPolicyChanged) after the commit.
class AccountStore
{
public:
    explicit AccountStore(DirectoryContext& context);

    // The first account created becomes the management account. Runs in the
    // caller's transaction (Directory attaches the organization's default policies).
    Result<Account> create(const QString& accountId, const QString& alias);
    QList<Account> accounts() const;
    // No accounts yet; an unreadable directory is not empty.
    bool isEmpty() const;
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
    // NoSuchEntity when the account has no root user; a failed query is an error.
    Result<void> requireRootUser(const QString& accountId) const;

    Result<void> setPasswordPolicy(const QString& accountId, const PasswordPolicy& policy);
    std::optional<PasswordPolicy> passwordPolicy(const QString& accountId) const;
    Result<void> deletePasswordPolicy(const QString& accountId);
    PasswordPolicy effectivePasswordPolicy(const QString& accountId) const;

    // PoliciesPerUser and PoliciesPerRole only (InvalidInput for another quota).
    Result<int> accountQuota(const QString& accountId, const QString& quota) const;
    Result<void> setAccountQuota(const QString& accountId, const QString& quota, int value);

private:
    void notifyChanged();
    void notifyPasswordPolicyChanged(const QString& accountId);

    DirectoryContext& m_context;
};
