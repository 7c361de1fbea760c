#include "idpcommand.h"

#include "commandline.h"
#include "console/samlidentityprovider.h"
#include "directory/directory.h"
#include "headlesssignin.h"
#include "iam/clock.h"
#include "sts/stsservice.h"

#include <QEventLoop>

#include <optional>

IdpCommand::IdpCommand(Directory& directory, SecretStore& secrets, QTextStream& out,
                       QTextStream& err)
    : m_directory(directory)
    , m_secrets(secrets)
    , m_out(out)
    , m_err(err)
{}

int IdpCommand::run(const CommandLine& commandLine)
{
    const QString operation = commandLine.commandArguments().value(0);
    if (operation == QLatin1String("assertion"))
        return assertion(commandLine);
    return usageError(tr("argument operation: Invalid choice, valid choices are:\n\nassertion"));
}

int IdpCommand::usageError(const QString& message)
{
    m_err << tr("switchboard: error: %1").arg(message) << Qt::endl;
    return UsageError;
}

int IdpCommand::assertion(const CommandLine& commandLine)
{
    SamlIdentityProvider::AssertionRequest request;
    if (const QString d = commandLine.value(QStringLiteral("duration-seconds")); !d.isEmpty()) {
        bool ok = false;
        request.sessionDuration = d.toInt(&ok);
        if (!ok)
            return usageError(tr("argument --duration-seconds: invalid int value: '%1'").arg(d));
    }
    const auto password = HeadlessSignIn::password(commandLine);
    if (!password)
        return usageError(password.error().message());
    request.userName = commandLine.userName();
    request.account = HeadlessSignIn::account(m_directory, commandLine, request.userName);
    request.password = password.value();
    request.mfaCode = commandLine.value(QStringLiteral("token-code"));
    request.providerArn = commandLine.value(QStringLiteral("provider"));
    request.roleArn = commandLine.value(QStringLiteral("role-arn"));

    StsService sts(&m_directory, &m_secrets, Clock::system());
    SamlIdentityProvider idp(&sts);
    std::optional<Result<QByteArray>> outcome;
    QEventLoop loop;
    idp.issueAssertion(request, [&](Result<QByteArray> r) {
        outcome.emplace(std::move(r));
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    if (!*outcome) {
        m_err << tr("switchboard: the identity provider refused: %1 (%2)")
                     .arg(outcome->error().message(), outcome->error().code())
              << Qt::endl;
        return ServiceError;
    }
    m_out << QString::fromLatin1(outcome->value()) << Qt::endl;
    return 0;
}
