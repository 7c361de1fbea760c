#pragma once

#include "iam/result.h"
#include "iam/role.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Directory;

// OrganizationAccountAccessRole: the role AWS Organizations creates in each
// account it creates, trusting the management account, so the management
// account's people enter the new account with Switch Role. An import that
// brings a new account into the directory adds it (AuthzDetailsImporter);
// it is tagged as added, so an export of the account leaves it out and the
// account exports as it was imported.
class OrganizationAccessRole
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationAccessRole)

public:
    enum class Access
    {
        Admin,    // AdministratorAccess, as AWS Organizations attaches
        ReadOnly, // SecurityAudit and ReadOnlyAccess: for auditing
        None      // no role
    };

    static QString roleName();
    // The tag that marks the role as added by the import, not by the account.
    static Tag addedByTag();
    static bool isAdded(const Role& role);

    // "admin", "read-only" or "none" (the command line's --access-role);
    // InvalidInput otherwise.
    static Result<Access> parseAccess(const QString& text);
    static QStringList accessNames();
    // The AWS managed policies the role gets.
    static QStringList policyArns(Access access);
    static QString trustPolicy(const QString& managementAccountId);

    // Creates the role in accountId, trusting managementAccountId, with the
    // policies of access (nothing for None). Runs in the caller's transaction.
    static Result<void> create(Directory& directory, const QString& accountId,
                               const QString& managementAccountId, Access access);
};
