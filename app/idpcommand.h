#pragma once

#include "exitcode.h"
#include <QCoreApplication>
#include <QTextStream>

class CommandLine;
class Directory;
class SecretStore;

// `switchboard idp assertion --provider ARN --user NAME [--account ID]
// --role-arn ARN [--token-code CODE] [--duration-seconds N] --password-stdin`:
// the built-in identity provider authenticates the user as the console's
// sign-in does and prints the signed SAML Response, base64-encoded, for
// `sts assume-role-with-saml --saml-assertion` or AssumeRoleWithSAML.
class IdpCommand
{
    Q_DECLARE_TR_FUNCTIONS(IdpCommand)

public:
    static constexpr int ServiceError = ExitCode::AwsService;
    static constexpr int UsageError = ExitCode::AwsUsage;

    IdpCommand(Directory& directory, SecretStore& secrets, QTextStream& out, QTextStream& err);
    int run(const CommandLine& commandLine);

private:
    int assertion(const CommandLine& commandLine);
    int usageError(const QString& message);

    Directory& m_directory;
    SecretStore& m_secrets;
    QTextStream& m_out;
    QTextStream& m_err;
};
