#pragma once

#include <QCoreApplication>
#include <QTextStream>

class CommandLine;
class Directory;

// `switchboard audit verify`: recomputes the audit trail's hash chain and
// names the first event that was altered, inserted or deleted.
class AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    static constexpr int TamperedExit = 3;

    AuditCommand(Directory& directory, QTextStream& out, QTextStream& err);
    int run(const CommandLine& commandLine);

private:
    int verify(bool json);

    Directory& m_directory;
    QTextStream& m_out;
    QTextStream& m_err;
};
