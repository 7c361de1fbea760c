#pragma once

#include "exitcode.h"
#include <QCoreApplication>
#include <QTextStream>

class CommandLine;
class Directory;
class SecretStore;

// `switchboard exec --role-arn ARN --user NAME [--account ID]
// [--password-stdin] [--duration-seconds N] -- COMMAND [ARGS...]`: runs
// COMMAND on a role's credentials without writing a key down, as an EC2
// instance or ECS task runs on its role. The program finds the credentials
// through the SDKs' container provider, served by this process on loopback
// (ContainerCredentialServer) and renewed before they expire; its own AWS
// keys and profile are taken out of its environment. Standard input, output
// and error are the program's; SIGINT and SIGTERM are passed on to it; the
// exit status is its exit status (128 + the signal when a signal ended it,
// 127 when it could not start).
class ExecCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExecCommand)

public:
    static constexpr int CannotStart = ExitCode::CannotStart;

    ExecCommand(Directory& directory, SecretStore& secrets, QTextStream& out, QTextStream& err);
    int run(const CommandLine& commandLine);

private:
    Directory& m_directory;
    SecretStore& m_secrets;
    QTextStream& m_out;
    QTextStream& m_err;
};
