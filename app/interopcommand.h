#pragma once

#include <QCoreApplication>
#include <QTextStream>

class CommandLine;
class ConsoleSession;
class Directory;

// `switchboard import authz-details FILE... [--account ID] [--replace]
// [--access-role admin|read-only|none] --user NAME --password-stdin` and
// `switchboard export authz-details [--account ID] [--output FILE] --user
// [ACCOUNT/]NAME|--root`: the
// output of `aws iam get-account-authorization-details` into and out of the
// directory (--directory). The import is the console's (DirectoryAdmin):
// the caller (--user, the one account that has that user; the password on
// stdin or in SWITCHBOARD_PASSWORD) signs in and every action of the import
// is authorized as them; only the first import into an empty directory
// needs no caller. The export is the signed-in reader's
// iam:GetAccountAuthorizationDetails of --account (default: the caller's).
// Exit codes: 0 done, 1 the import or export failed or was refused
// (nothing changed or written), 2 usage.
class InteropCommand
{
    Q_DECLARE_TR_FUNCTIONS(InteropCommand)

public:
    enum ExitCode
    {
        Done = 0,
        Failed = 1,
        UsageError = 2
    };

    InteropCommand(Directory& directory, QTextStream& out, QTextStream& err);
    // reader: the signed-in caller an export reads as; without one it is refused.
    int run(const CommandLine& commandLine, const ConsoleSession* reader = nullptr);

private:
    int runImport(const CommandLine& commandLine, const QStringList& files);
    int runExport(const CommandLine& commandLine, const ConsoleSession* reader);
    int usage(const QString& problem);

    Directory& m_directory;
    QTextStream& m_out;
    QTextStream& m_err;
};
