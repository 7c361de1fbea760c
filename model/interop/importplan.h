#pragma once

#include "console/consoleaction.h"
#include "interop/authzdetails.h"
#include "interop/organizationaccessrole.h"

#include <QList>
#include <QString>

// What an import of authorization details will do, worked out before
// anything changes (AuthzDetailsImporter::plan), so that it can be
// authorized as a whole first (DirectoryAdmin::importAuthzDetails) and then
// applied in one transaction (AuthzDetailsImporter::apply).
struct ImportPlan
{
    enum class Target
    {
        // The directory has no account yet: the import founds the organization,
        // its account becomes the management account. Nobody could sign in to
        // authorize it; nothing is asked.
        FirstAccount,
        // An account the directory does not have: the organization creates it
        // (organizations:CreateAccount, asked of the caller in the management
        // account) and fills it, as AWS Organizations creates an account.
        NewAccount,
        // An account the directory has: every IAM action inside it.
        ExistingAccount
    };

    QString accountId;
    Target target = Target::ExistingAccount;
    bool replace = false;
    OrganizationAccessRole::Access accessRole = OrganizationAccessRole::Access::Admin;
    // Every action the import performs, in order and once each, on the
    // resource it touches: the replaced entities' deletes first, then the
    // creates, puts, attachments, memberships, tags and boundaries. For a new
    // account, organizations:CreateAccount; for the first account, none.
    QList<ConsoleAction> actions;
    // What undoing the import takes: the inverse actions, last first (for a
    // new or first account, taking the account out of the organization).
    QList<ConsoleAction> undoActions;
    AuthzDetails details;
};
