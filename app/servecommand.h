#pragma once

#include "endpoint/localendpoint.h"

#include <QCoreApplication>
#include <QTextStream>

class CommandLine;
class Directory;
class SecretStore;

// `switchboard serve [--port N] [--bind ADDR]`: the local STS and IAM
// endpoint, headless. Prints "Listening on http://ADDR:PORT" as its first
// line once it accepts connections, logs one line per request on stderr,
// and stops cleanly on SIGINT or SIGTERM (exit 0).
class ServeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)

public:
    static constexpr quint16 DefaultPort = LocalEndpoint::DefaultPort;

    ServeCommand(Directory& directory, SecretStore& secrets, QTextStream& out, QTextStream& err);
    int run(const CommandLine& commandLine);

private:
    Directory& m_directory;
    SecretStore& m_secrets;
    QTextStream& m_out;
    QTextStream& m_err;
};
