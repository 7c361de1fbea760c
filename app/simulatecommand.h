#pragma once

#include <QCoreApplication>
#include <QTextStream>

class CommandLine;
class ConsoleSession;
class Directory;

// `switchboard simulate --batch FILE|-` (JSON Lines in and out, streaming)
// and `switchboard simulate --principal ARN --action A... [--resource R]
// [--context key=value...] [--json] --user [ACCOUNT/]NAME|--root` against
// the directory's own policies. The principal form reads the directory as
// the signed-in caller's iam:SimulatePrincipalPolicy on the principal, as
// AWS's simulator; the batch form decides only the documents it is given and
// opens no directory, so it has nobody to authorize (AWS's
// SimulateCustomPolicy asks only iam:SimulateCustomPolicy, of an account the
// batch never touches).
class SimulateCommand
{
    Q_DECLARE_TR_FUNCTIONS(SimulateCommand)

public:
    SimulateCommand(QTextStream& out, QTextStream& err);

    // Whether the command line asks for the batch form, which needs no directory.
    static bool isBatch(const CommandLine& commandLine);
    int runBatch(const CommandLine& commandLine);
    int runPrincipal(const CommandLine& commandLine, const Directory& directory,
                     const ConsoleSession& caller);

private:
    QTextStream& m_out;
    QTextStream& m_err;
};
