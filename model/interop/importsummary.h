#pragma once

#include <QString>
#include <QStringList>

// What an import brought into the directory.
struct ImportSummary
{
    QString accountId;
    int users = 0;
    int groups = 0;
    int roles = 0;
    int policies = 0;           // customer managed, of the account
    int awsManagedPolicies = 0; // added; those the directory already had are kept as they are
    // The OrganizationAccountAccessRole the import added to a new account,
    // trusting the management account; empty when none was added.
    QString accessRoleArn;
    // The first account of a directory: its root user's email, and its
    // password when it was generated (shown once, never stored in clear).
    QString rootEmail;
    QString generatedRootPassword;
    // What was left out or changed on the way (an id already taken, a policy
    // the files never define, entities of another account), one line each.
    QStringList warnings;
};
