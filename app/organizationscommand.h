#pragma once

#include <QCoreApplication>
#include <QTextStream>

class CommandLine;
class ConsoleSession;
class Directory;

// `switchboard organizations create-account --account-name NAME --email
// EMAIL [--access-role admin|read-only|none] --user CALLER --password-stdin`,
// and the reads `list-accounts`, `describe-organization` and
// `describe-account --account-id ID`: the directory as an AWS Organization,
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
    int listAccounts(ConsoleSession& session);
    int describeOrganization(ConsoleSession& session);
    int describeAccount(const CommandLine& commandLine, ConsoleSession& session);
    int fail(const QString& operation, const QString& code, const QString& message);
    int usage(const QString& problem);

    Directory& m_directory;
    QTextStream& m_out;
    QTextStream& m_err;
};
