#pragma once

#include <QCoreApplication>
#include <QTextStream>

class CommandLine;
class Directory;

// `switchboard config import FILE --user NAME [--account ID] [--password-stdin]`:
// the role profiles of an AWS config file (~/.aws/config, aws-extend-switch-roles
// keys included) become the user's saved roles, after the user signs in as
// the sts commands do. `switchboard config export [--account ID] [--user NAME]
// [--region R] [--endpoint-url URL] [--output FILE]`: the directory's roles as
// profiles whose credentials come from `switchboard credential-process`.
// Exit codes: 0 done, 1 failed (nothing imported), 2 usage.
class ConfigCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConfigCommand)

public:
    enum ExitCode
    {
        Done = 0,
        Failed = 1,
        UsageError = 2
    };

    ConfigCommand(Directory& directory, QTextStream& out, QTextStream& err);
    int run(const CommandLine& commandLine);

private:
    int runImport(const CommandLine& commandLine, const QString& file);
    int runExport(const CommandLine& commandLine);
    int usage(const QString& problem);

    Directory& m_directory;
    QTextStream& m_out;
    QTextStream& m_err;
};
