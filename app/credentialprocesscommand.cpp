#include "credentialprocesscommand.h"

#include "commandline.h"
#include "console/consolesession.h"
#include "console/credentialexport.h"
#include "headlesssignin.h"
#include "iam/clock.h"
#include "sts/stsservice.h"

#include <QEventLoop>

CredentialProcessCommand::CredentialProcessCommand(Directory& directory, SecretStore& secrets,
                                                   QTextStream& out, QTextStream& err)
    : m_directory(directory)
    , m_secrets(secrets)
    , m_out(out)
    , m_err(err)
{}

Result<RoleCredentialSource::Request>
CredentialProcessCommand::request(const CommandLine& commandLine)
{
    // --role-arn is required by the command line; the caller is named one of two ways.
    if (!HeadlessSignIn::namesCaller(commandLine) &&
        commandLine.value(QStringLiteral("access-key-id")).isEmpty())
        return IamError::validation(tr("the following arguments are required: --user"));
    RoleCredentialSource::Request request;
    request.roleArn = commandLine.value(QStringLiteral("role-arn"));
    request.roleSessionName = commandLine.value(QStringLiteral("role-session-name"));
    if (const QString text = commandLine.value(QStringLiteral("duration-seconds"));
        !text.isEmpty()) {
        bool ok = false;
        const int seconds = text.toInt(&ok);
        if (!ok)
            return IamError::validation(
                tr("argument --duration-seconds: invalid int value: '%1'").arg(text));
        request.durationSeconds = seconds;
    }
    return request;
}

Result<TemporaryCredentials> CredentialProcessCommand::fetch(RoleCredentialSource& source)
{
    std::optional<Result<TemporaryCredentials>> outcome;
    QEventLoop loop;
    source.credentials([&](Result<TemporaryCredentials> result) {
        outcome.emplace(std::move(result));
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return std::move(*outcome);
}

int CredentialProcessCommand::run(const CommandLine& commandLine)
{
    const auto wanted = request(commandLine);
    if (!wanted) {
        m_err << tr("switchboard: error: %1").arg(wanted.error().message()) << Qt::endl;
        return UsageError;
    }
    StsService sts(&m_directory, &m_secrets, Clock::system());
    ConsoleSession session(&m_directory, Clock::system(), nullptr, &sts);
    if (auto signedIn = HeadlessSignIn::signInEither(session, m_directory, m_secrets, commandLine);
        !signedIn) {
        m_err << tr("switchboard: error: %1: %2")
                     .arg(signedIn.error().code(), signedIn.error().message())
              << Qt::endl;
        return ServiceError;
    }
    RoleCredentialSource source(&session, &sts, wanted.value());
    const auto credentials = fetch(source);
    session.signOut();
    if (!credentials) {
        m_err << tr("switchboard: error: %1: %2")
                     .arg(credentials.error().code(), credentials.error().message())
              << Qt::endl;
        return ServiceError;
    }
    // Printing the secret is what a credential process is for.
    m_out << CredentialExport::credentialProcessJson(credentials.value());
    m_out.flush();
    return 0;
}
