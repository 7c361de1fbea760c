#pragma once

#include "directory/organizationpolicy.h"
#include "iam/iamerror.h"
#include "iam/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <optional>

class CommandLine;
class QDir;
class ConsoleSession;
class Directory;

// `switchboard organizations create-account --account-name NAME --email
// EMAIL [--access-role admin|read-only|none] --user CALLER --password-stdin`,
// the reads `list-accounts`, `describe-organization` and
// `describe-account --account-id ID`, and the organization's structure and
// policies: list-roots, list-organizational-units-for-parent,
// list-accounts-for-parent, create-/update-/delete-organizational-unit,
// move-account, list-policies --filter, describe-policy, create-policy,
// update-policy, delete-policy, attach-policy, detach-policy,
// list-policies-for-target, list-targets-for-policy: the directory as an AWS Organization,
// answered as the AWS CLI prints it. The caller signs in with the console's
// sign-in (--user, the one account that has that user) and every call is
// decided by the policy engine for them; organizations calls are the
// management account's. Exit 254 for a service error, 252 for usage, as the
// AWS CLI.
class OrganizationsCommand
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationsCommand)

public:
    OrganizationsCommand(Directory& directory, QTextStream& out, QTextStream& err);
    int run(const CommandLine& commandLine);

private:
    int createAccount(const CommandLine& commandLine, ConsoleSession& session);
    int listAccounts(const CommandLine& commandLine, ConsoleSession& session);
    int describeOrganization(const CommandLine& commandLine, ConsoleSession& session);
    int describeAccount(const CommandLine& commandLine, ConsoleSession& session);
    int listRoots(const CommandLine& commandLine, ConsoleSession& session);
    int listOrganizationalUnitsForParent(const CommandLine& commandLine, ConsoleSession& session);
    int listAccountsForParent(const CommandLine& commandLine, ConsoleSession& session);
    int createOrganizationalUnit(const CommandLine& commandLine, ConsoleSession& session);
    int updateOrganizationalUnit(const CommandLine& commandLine, ConsoleSession& session);
    int deleteOrganizationalUnit(const CommandLine& commandLine, ConsoleSession& session);
    int moveAccount(const CommandLine& commandLine, ConsoleSession& session);
    int listPolicies(const CommandLine& commandLine, ConsoleSession& session);
    int describePolicy(const CommandLine& commandLine, ConsoleSession& session);
    int createPolicy(const CommandLine& commandLine, ConsoleSession& session);
    int updatePolicy(const CommandLine& commandLine, ConsoleSession& session);
    int deletePolicy(const CommandLine& commandLine, ConsoleSession& session);
    int attachPolicy(const CommandLine& commandLine, ConsoleSession& session);
    int detachPolicy(const CommandLine& commandLine, ConsoleSession& session);
    int listPoliciesForTarget(const CommandLine& commandLine, ConsoleSession& session);
    int listTargetsForPolicy(const CommandLine& commandLine, ConsoleSession& session);
    // import FILE...: an OrganizationBundle's files; export DIR writes them.
    int importBundle(const CommandLine& commandLine, ConsoleSession& session);
    int exportBundle(const CommandLine& commandLine, ConsoleSession& session);
    int write(const QDir& directory, const QString& name, const QJsonObject& object);

    int fail(const QString& operation, const QString& code, const QString& message);
    int failWith(const IamError& error); // for the operation running
    int usage(const QString& problem);
    int print(const QJsonObject& object);
    // {key: [toJson(item)...]} as the AWS CLI lists, or the error of the listing.
    template <typename T, typename ToJson>
    int printList(const QString& key, const Result<QList<T>>& items, ToJson toJson);
    std::optional<OrganizationPolicy::Type> typeOption(const CommandLine& commandLine,
                                                       const QString& option, int& code);
    // --content: the text, or file://FILE's.
    std::optional<QString> content(const CommandLine& commandLine, int& code);

    Directory& m_directory;
    QTextStream& m_out;
    QTextStream& m_err;
    QString m_operation; // "ListRoots": the AWS operation running, for its errors
};
