#include "stscommand.h"

#include "commandline.h"
#include "console/consolesession.h"
#include "directory/directory.h"
#include "headlesssignin.h"
#include "iam/clock.h"
#include "sts/stsservice.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace {
const QString getCallerIdentityCommand = QStringLiteral("get-caller-identity");
const QString assumeRoleCommand = QStringLiteral("assume-role");
const QString getSessionTokenCommand = QStringLiteral("get-session-token");
const QString assumeRoleWithSamlCommand = QStringLiteral("assume-role-with-saml");

// Runs an asynchronous STS call to its end: a headless command has nothing
// else to do meanwhile.
template <typename T, typename Call>
Result<T> waitFor(Call call)
{
    std::optional<Result<T>> outcome;
    QEventLoop loop;
    call(&loop, [&](Result<T> r) {
        outcome.emplace(std::move(r));
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return std::move(*outcome);
}
} // namespace

StsCommand::StsCommand(Directory& directory, SecretStore& secrets, QTextStream& out,
                       QTextStream& err)
    : m_directory(directory)
    , m_secrets(secrets)
    , m_out(out)
    , m_err(err)
{}

int StsCommand::run(const CommandLine& commandLine)
{
    const QString operation = commandLine.commandArguments().value(0);
    if (operation == assumeRoleWithSamlCommand)
        return assumeRoleWithSaml(commandLine);
    if (operation != getCallerIdentityCommand && operation != assumeRoleCommand &&
        operation != getSessionTokenCommand)
        return usageError(
            tr("argument operation: Invalid choice, valid choices are:\n\n%1 | %2 | %3 | %4")
                .arg(assumeRoleCommand, assumeRoleWithSamlCommand, getCallerIdentityCommand,
                     getSessionTokenCommand));
    // The operations' own required options are the command line's; the caller is named one of two
    // ways.
    if (!HeadlessSignIn::namesCaller(commandLine))
        return usageError(tr("the following arguments are required: --user"));
    if (auto invalid = checkDuration(commandLine))
        return *invalid;

    const QString apiOperation = operationName(operation);
    StsService sts(&m_directory, &m_secrets, Clock::system());
    ConsoleSession session(&m_directory, Clock::system(), nullptr, &sts);
    // The console's sign-in: the same lockout and audit trail as the window.
    if (auto signedIn = HeadlessSignIn::signIn(session, m_directory, commandLine); !signedIn) {
        if (signedIn.error().code() == QLatin1String("ValidationError"))
            return usageError(signedIn.error().message());
        return serviceError(apiOperation, signedIn.error());
    }
    // The user or root user as the console's session sees it.
    const StsCaller caller = session.userCaller();
    int status = 0;
    if (operation == getCallerIdentityCommand)
        status = getCallerIdentity(sts, caller);
    else if (operation == assumeRoleCommand)
        status = assumeRole(sts, caller, commandLine);
    else
        status = getSessionToken(sts, caller, commandLine);
    session.signOut();
    return status;
}

std::optional<int> StsCommand::checkDuration(const CommandLine& commandLine)
{
    const QString duration = commandLine.value(QStringLiteral("duration-seconds"));
    bool durationOk = true;
    if (!duration.isEmpty())
        duration.toInt(&durationOk);
    if (durationOk)
        return std::nullopt;
    return usageError(tr("argument --duration-seconds: invalid int value: '%1'").arg(duration));
}

int StsCommand::assumeRoleWithSaml(const CommandLine& commandLine)
{
    if (auto invalid = checkDuration(commandLine))
        return *invalid;
    SamlSignIn signIn;
    signIn.principalArn = commandLine.value(QStringLiteral("principal-arn"));
    signIn.roleArn = commandLine.value(QStringLiteral("role-arn"));
    const auto assertion = parameterValue(commandLine.value(QStringLiteral("saml-assertion")));
    if (!assertion)
        return usageError(assertion.error().message());
    signIn.samlAssertion = assertion.value();
    if (const QString d = commandLine.value(QStringLiteral("duration-seconds")); !d.isEmpty())
        signIn.durationSeconds = d.toInt();
    StsService sts(&m_directory, &m_secrets, Clock::system());
    const auto result = waitFor<AssumeRoleResult>(
        [&](QObject* context, auto done) { sts.assumeRoleWithSaml(signIn, context, done); });
    if (!result)
        return serviceError(QStringLiteral("AssumeRoleWithSAML"), result.error());
    const AssumeRoleResult::Saml& saml = result->saml;
    return printCredentials(result.value(), true, !result->session.sessionTags.isEmpty(),
                            {{QStringLiteral("Subject"), jsonString(saml.subject)},
                             {QStringLiteral("SubjectType"), jsonString(saml.subjectType)},
                             {QStringLiteral("Issuer"), jsonString(saml.issuer)},
                             {QStringLiteral("Audience"), jsonString(saml.audience)},
                             {QStringLiteral("NameQualifier"), jsonString(saml.nameQualifier)}});
}

Result<QByteArray> StsCommand::parameterValue(const QString& value)
{
    // The AWS CLI's file:// form: the file's content is the value.
    const QString filePrefix = QStringLiteral("file://");
    if (!value.startsWith(filePrefix))
        return value.toUtf8();
    QFile file(value.mid(filePrefix.size()));
    if (!file.open(QIODevice::ReadOnly))
        return IamError::validation(
            tr("Error parsing parameter '--saml-assertion': Unable to load paramfile %1: %2")
                .arg(value, file.errorString()));
    return file.readAll().trimmed();
}

Result<TagList> StsCommand::sessionTags(const QStringList& arguments)
{
    TagList tags;
    for (const QString& argument : arguments) {
        std::optional<QString> key;
        std::optional<QString> value;
        for (const QString& pair : argument.split(QLatin1Char(','))) {
            const QString name = pair.section(QLatin1Char('='), 0, 0);
            if (!pair.contains(QLatin1Char('=')) ||
                (name != QLatin1String("Key") && name != QLatin1String("Value")))
                return IamError::validation(
                    tr("Error parsing parameter '--tags': expected Key=KEY,Value=VALUE, "
                       "received: %1")
                        .arg(argument));
            (name == QLatin1String("Key") ? key : value) = pair.section(QLatin1Char('='), 1);
        }
        if (!key || !value)
            return IamError::validation(
                tr("Error parsing parameter '--tags': each tag needs Key= and Value=, "
                   "received: %1")
                    .arg(argument));
        tags.append({*key, *value});
    }
    return tags;
}

QString StsCommand::operationName(const QString& cliName)
{
    QString out;
    for (const QString& word : cliName.split(QLatin1Char('-')))
        out += word.left(1).toUpper() + word.mid(1);
    return out;
}

int StsCommand::usageError(const QString& message)
{
    m_err << tr("switchboard: error: %1").arg(message) << Qt::endl;
    return UsageError;
}

int StsCommand::serviceError(const QString& operation, const IamError& error)
{
    // The AWS CLI's own layout, which scripts match.
    m_err << QStringLiteral("\nAn error occurred (%1) when calling the %2 operation: %3")
                 .arg(error.code(), operation, error.message())
          << Qt::endl;
    return ServiceError;
}

int StsCommand::getCallerIdentity(StsService& sts, const StsCaller& caller)
{
    const auto identity = sts.getCallerIdentity(caller);
    if (!identity)
        return serviceError(QStringLiteral("GetCallerIdentity"), identity.error());
    m_out << jsonObject({{QStringLiteral("UserId"), jsonString(identity->userId)},
                         {QStringLiteral("Account"), jsonString(identity->account)},
                         {QStringLiteral("Arn"), jsonString(identity->arn)}})
          << Qt::endl;
    return 0;
}

int StsCommand::assumeRole(StsService& sts, const StsCaller& caller, const CommandLine& commandLine)
{
    AssumeRoleRequest request;
    request.roleArn = commandLine.value(QStringLiteral("role-arn"));
    request.roleSessionName = commandLine.value(QStringLiteral("role-session-name"));
    if (const QString d = commandLine.value(QStringLiteral("duration-seconds")); !d.isEmpty())
        request.durationSeconds = d.toInt();
    if (commandLine.isSet(QStringLiteral("external-id")))
        request.externalId = commandLine.value(QStringLiteral("external-id"));
    request.serialNumber = commandLine.value(QStringLiteral("serial-number"));
    request.tokenCode = commandLine.value(QStringLiteral("token-code"));
    request.policy = commandLine.value(QStringLiteral("policy"));
    auto tags = sessionTags(commandLine.values(QStringLiteral("tags")));
    if (!tags)
        return usageError(tags.error().message());
    request.tags = *tags;
    request.transitiveTagKeys = commandLine.values(QStringLiteral("transitive-tag-keys"));
    const auto result = waitFor<AssumeRoleResult>(
        [&](QObject* context, auto done) { sts.assumeRole(caller, request, context, done); });
    if (!result)
        return serviceError(QStringLiteral("AssumeRole"), result.error());
    // AWS answers PackedPolicySize when session policies or tags were passed.
    return printCredentials(result.value(), true,
                            !request.policy.isEmpty() || !request.tags.isEmpty());
}

int StsCommand::getSessionToken(StsService& sts, const StsCaller& caller,
                                const CommandLine& commandLine)
{
    GetSessionTokenRequest request;
    if (const QString d = commandLine.value(QStringLiteral("duration-seconds")); !d.isEmpty())
        request.durationSeconds = d.toInt();
    request.serialNumber = commandLine.value(QStringLiteral("serial-number"));
    request.tokenCode = commandLine.value(QStringLiteral("token-code"));
    const auto result = waitFor<AssumeRoleResult>(
        [&](QObject* context, auto done) { sts.getSessionToken(caller, request, context, done); });
    if (!result)
        return serviceError(QStringLiteral("GetSessionToken"), result.error());
    return printCredentials(result.value(), false, false);
}

int StsCommand::printCredentials(const AssumeRoleResult& result, bool withAssumedRoleUser,
                                 bool withPackedPolicySize, const Members& more)
{
    const TemporaryCredentials& c = result.credentials;
    // Printing the secret is what the command is for, as with the AWS CLI.
    Members members{{QStringLiteral("Credentials"),
                     jsonObject({{QStringLiteral("AccessKeyId"), jsonString(c.accessKeyId)},
                                 {QStringLiteral("SecretAccessKey"),
                                  jsonString(c.secretAccessKey.insecureUtf8String())},
                                 {QStringLiteral("SessionToken"),
                                  jsonString(c.sessionToken.insecureUtf8String())},
                                 {QStringLiteral("Expiration"), jsonString(awsTime(c.expiration))}},
                                1)}};
    if (withAssumedRoleUser)
        members.append(
            {QStringLiteral("AssumedRoleUser"),
             jsonObject({{QStringLiteral("AssumedRoleId"), jsonString(result.assumedRoleId)},
                         {QStringLiteral("Arn"), jsonString(result.arn)}},
                        1)});
    if (withPackedPolicySize)
        members.append(
            {QStringLiteral("PackedPolicySize"), QString::number(result.packedPolicySize)});
    members += more;
    m_out << jsonObject(members) << Qt::endl;
    return 0;
}

QString StsCommand::jsonString(const QString& text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2)); // without [ ]
}

QString StsCommand::jsonObject(const Members& members, int depth)
{
    if (members.isEmpty())
        return QStringLiteral("{}");
    const QString inner(4 * (depth + 1), QLatin1Char(' '));
    QStringList lines;
    for (const auto& [key, value] : members)
        lines << inner + jsonString(key) + QStringLiteral(": ") + value;
    return QStringLiteral("{\n") + lines.join(QStringLiteral(",\n")) + QLatin1Char('\n') +
           QString(4 * depth, QLatin1Char(' ')) + QLatin1Char('}');
}

QString StsCommand::awsTime(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("+00:00");
}
