#pragma once

#include <QCoreApplication>
#include <QTextStream>

class CommandLine;
class Directory;

// `switchboard import authz-details FILE... [--account ID] [--replace]
// [--access-role admin|read-only|none] --user NAME --password-stdin` and
// `switchboard export authz-details [--account ID] [--output FILE]`: the
// output of `aws iam get-account-authorization-details` into and out of the
// directory (--directory). The import is the console's (DirectoryAdmin):
// the caller (--user, the one account that has that user; the password on
// stdin or in SWITCHBOARD_PASSWORD) signs in and every action of the import
// is authorized as them; only the first import into an empty directory
// needs no caller. Exit codes: 0 done, 1 the import or export failed
// (nothing changed), 2 usage.
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
    int run(const CommandLine& commandLine);

private:
    int runImport(const CommandLine& commandLine, const QStringList& files);
    int runExport(const CommandLine& commandLine);
    int usage(const QString& problem);

    Directory& m_directory;
    QTextStream& m_out;
    QTextStream& m_err;
};
