#include "organizationscommand.h"

#include "admin/directoryadmin.h"
#include "commandline.h"
#include "console/consolesession.h"
#include "directory/directory.h"
#include "headlesssignin.h"
#include "iam/clock.h"
#include "iam/organizationids.h"
#include "interop/organizationaccessrole.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
constexpr int serviceError = 254;
constexpr int usageError = 252;

QString awsOperation(const QString& command)
{
    // create-account -> CreateAccount
    QString out;
    for (const QString& word : command.split(QLatin1Char('-')))
        out += word.left(1).toUpper() + word.mid(1);
    return out;
}

QString awsTime(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) +
           QStringLiteral("000+00:00");
}

QJsonObject accountJson(const Directory& directory, const MemberAccount& account)
{
    const QString management = directory.managementAccountId();
    return {{QStringLiteral("Id"), account.accountId},
            {QStringLiteral("Arn"), OrganizationIds::accountArn(management, account.accountId)},
            {QStringLiteral("Email"), account.email},
            {QStringLiteral("Name"), account.name},
            {QStringLiteral("Status"), QStringLiteral("ACTIVE")},
            {QStringLiteral("JoinedMethod"), account.accountId == management
                                                 ? QStringLiteral("INVITED")
                                                 : QStringLiteral("CREATED")},
            {QStringLiteral("JoinedTimestamp"), awsTime(account.joinedAt)}};
}
} // namespace

OrganizationsCommand::OrganizationsCommand(Directory& directory, QTextStream& out, QTextStream& err)
    : m_directory(directory)
    , m_out(out)
    , m_err(err)
{}

int OrganizationsCommand::usage(const QString& problem)
{
    m_err << tr("switchboard: error: %1").arg(problem) << Qt::endl;
    return usageError;
}

int OrganizationsCommand::fail(const QString& operation, const QString& code,
                               const QString& message)
{
    m_err << QStringLiteral("\nAn error occurred (%1) when calling the %2 operation: %3")
                 .arg(code, operation, message)
          << Qt::endl;
    return serviceError;
}

int OrganizationsCommand::run(const CommandLine& commandLine)
{
    const QString operation = commandLine.commandArguments().value(0);
    static const QStringList operations = {
        QStringLiteral("create-account"), QStringLiteral("list-accounts"),
        QStringLiteral("describe-organization"), QStringLiteral("describe-account")};
    if (!operations.contains(operation))
        return usage(
            tr("organizations needs an operation: %1").arg(operations.join(QStringLiteral(", "))));
    if (!HeadlessSignIn::namesCaller(commandLine))
        return usage(tr("the following arguments are required: --user or --root"));
    ConsoleSession session(&m_directory, Clock::system());
    // create-account's --email is the new account's, never the caller's.
    const bool emailIsTheCallers = operation != QLatin1String("create-account");
    if (auto signedIn = HeadlessSignIn::signInCaller(session, commandLine, emailIsTheCallers);
        !signedIn)
        return fail(awsOperation(operation), signedIn.error().code(), signedIn.error().message());
    int code = usageError;
    if (operation == QLatin1String("create-account"))
        code = createAccount(commandLine, session);
    else if (operation == QLatin1String("list-accounts"))
        code = listAccounts(session);
    else if (operation == QLatin1String("describe-organization"))
        code = describeOrganization(session);
    else
        code = describeAccount(commandLine, session);
    session.signOut();
    return code;
}

int OrganizationsCommand::createAccount(const CommandLine& commandLine, ConsoleSession& session)
{
    NewAccountRequest request;
    request.name = commandLine.value(QStringLiteral("account-name"));
    request.root.email = commandLine.email();
    request.root.password = qEnvironmentVariable("SWITCHBOARD_ROOT_PASSWORD");
    if (request.name.isEmpty() || request.root.email.isEmpty())
        return usage(tr("the following arguments are required: --account-name, --email"));
    if (commandLine.isSet(QStringLiteral("access-role"))) {
        const auto access =
            OrganizationAccessRole::parseAccess(commandLine.value(QStringLiteral("access-role")));
        if (!access)
            return usage(access.error().message());
        request.accessRole = access.value();
    }
    DirectoryAdmin admin(&session);
    const auto created = admin.createMemberAccount(request);
    if (!created)
        return fail(QStringLiteral("CreateAccount"), created.error().code(),
                    created.error().message());
    const MemberAccount& account = created->account;
    const QJsonObject status{{QStringLiteral("Id"), QStringLiteral("car-") + account.accountId},
                             {QStringLiteral("AccountName"), account.name},
                             {QStringLiteral("State"), QStringLiteral("SUCCEEDED")},
                             {QStringLiteral("RequestedTimestamp"), awsTime(account.joinedAt)},
                             {QStringLiteral("CompletedTimestamp"), awsTime(account.joinedAt)},
                             {QStringLiteral("AccountId"), account.accountId}};
    // Generated, it is shown this once (as the demo's passwords), on stderr
    // so that the JSON on stdout stays what the AWS CLI prints.
    if (!created->generatedRootPassword.isEmpty())
        m_err << tr("root sign-in: %1 / %2 (shown once)")
                     .arg(account.email, created->generatedRootPassword)
              << Qt::endl;
    m_out
        << QString::fromUtf8(
               QJsonDocument(QJsonObject{{QStringLiteral("CreateAccountStatus"), status}}).toJson())
        << Qt::flush;
    return 0;
}

int OrganizationsCommand::listAccounts(ConsoleSession& session)
{
    const Authorization decision = session.authorize(ConsoleAction::listAccounts());
    if (!decision.allowed())
        return fail(QStringLiteral("ListAccounts"), QStringLiteral("AccessDeniedException"),
                    decision.message);
    QJsonArray accounts;
    for (const Account& account : m_directory.accounts())
        if (const auto member = m_directory.memberAccount(account.id))
            accounts.append(accountJson(m_directory, *member));
    m_out << QString::fromUtf8(
                 QJsonDocument(QJsonObject{{QStringLiteral("Accounts"), accounts}}).toJson())
          << Qt::flush;
    return 0;
}

int OrganizationsCommand::describeOrganization(ConsoleSession& session)
{
    const Authorization decision = session.authorize(ConsoleAction::describeOrganization());
    if (!decision.allowed())
        return fail(QStringLiteral("DescribeOrganization"), QStringLiteral("AccessDeniedException"),
                    decision.message);
    const QString management = m_directory.managementAccountId();
    if (management.isEmpty())
        return fail(QStringLiteral("DescribeOrganization"),
                    QStringLiteral("AWSOrganizationsNotInUseException"),
                    tr("Your account is not a member of an organization."));
    const auto managementAccount = m_directory.memberAccount(management);
    const QJsonObject organization{
        {QStringLiteral("Id"), OrganizationIds::organizationId(management)},
        {QStringLiteral("Arn"), OrganizationIds::organizationArn(management)},
        {QStringLiteral("FeatureSet"), QStringLiteral("ALL")},
        {QStringLiteral("MasterAccountArn"), OrganizationIds::accountArn(management, management)},
        {QStringLiteral("MasterAccountId"), management},
        {QStringLiteral("MasterAccountEmail"),
         managementAccount ? managementAccount->email : QString()}};
    m_out
        << QString::fromUtf8(
               QJsonDocument(QJsonObject{{QStringLiteral("Organization"), organization}}).toJson())
        << Qt::flush;
    return 0;
}

int OrganizationsCommand::describeAccount(const CommandLine& commandLine, ConsoleSession& session)
{
    const QString accountId = commandLine.value(QStringLiteral("account-id"));
    if (accountId.isEmpty())
        return usage(tr("the following arguments are required: --account-id"));
    const QString management = m_directory.managementAccountId();
    const Authorization decision = session.authorize(
        ConsoleAction::describeAccount(OrganizationIds::accountArn(management, accountId)));
    if (!decision.allowed())
        return fail(QStringLiteral("DescribeAccount"), QStringLiteral("AccessDeniedException"),
                    decision.message);
    const auto member = m_directory.memberAccount(accountId);
    if (!member)
        return fail(QStringLiteral("DescribeAccount"), QStringLiteral("AccountNotFoundException"),
                    tr("You specified an account that doesn't exist."));
    m_out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("Account"),
                                                          accountJson(m_directory, *member)}})
                                   .toJson())
          << Qt::flush;
    return 0;
}
