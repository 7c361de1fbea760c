#pragma once

#include "exitcode.h"
#include "iam/result.h"
#include "rolecredentialsource.h"

#include <QCoreApplication>
#include <QTextStream>

#include <optional>

class CommandLine;
class Directory;
class SecretStore;

// `switchboard credential-process --role-arn ARN --user NAME [--account ID]
// [--duration-seconds N] [--role-session-name S] [--access-key-id AKIA...]`:
// a role's temporary credentials as the JSON an AWS config's
// credential_process prints, so that a profile holds no keys. The password
// comes from SWITCHBOARD_PASSWORD (the AWS CLI runs this; nobody can be
// asked), or the user's access key from the secret store stands in for it.
class CredentialProcessCommand
{
    Q_DECLARE_TR_FUNCTIONS(CredentialProcessCommand)

public:
    static constexpr int ServiceError = ExitCode::AwsService;
    static constexpr int UsageError = ExitCode::AwsUsage;

    CredentialProcessCommand(Directory& directory, SecretStore& secrets, QTextStream& out,
                             QTextStream& err);
    int run(const CommandLine& commandLine);

    // The role, session name and duration of the command line, or a usage
    // error (shared with exec).
    static Result<RoleCredentialSource::Request> request(const CommandLine& commandLine);
    // Waits for the source's credentials: a headless command has nothing else to do.
    static Result<TemporaryCredentials> fetch(RoleCredentialSource& source);

private:
    Directory& m_directory;
    SecretStore& m_secrets;
    QTextStream& m_out;
    QTextStream& m_err;
};
