#pragma once

#include <QCoreApplication>
#include <QTextStream>

class CommandLine;
class Directory;

// `switchboard simulate --batch FILE|-` (JSON Lines in and out, streaming)
// and `switchboard simulate --principal ARN --action A... [--resource R]
// [--context key=value...] [--json]` against the directory's own policies.
class SimulateCommand
{
    Q_DECLARE_TR_FUNCTIONS(SimulateCommand)

public:
    SimulateCommand(QTextStream& out, QTextStream& err);

    // Whether the command line asks for the batch form, which needs no directory.
    static bool isBatch(const CommandLine& commandLine);
    int runBatch(const CommandLine& commandLine);
    int runPrincipal(const CommandLine& commandLine, Directory& directory);

private:
    QTextStream& m_out;
    QTextStream& m_err;
};
