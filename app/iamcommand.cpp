#include "iamcommand.h"

#include "admin/directoryadmin.h"
#include "commandline.h"
#include "console/accesskeymanager.h"
#include "console/consolesession.h"
#include "headlesssignin.h"
#include "iam/clock.h"
#include "sts/stsservice.h"
#include "stscommand.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

IamCommand::IamCommand(Directory& directory, SecretStore& secrets, QTextStream& out,
                       QTextStream& err)
    : m_directory(directory)
    , m_secrets(secrets)
    , m_out(out)
    , m_err(err)
{}

int IamCommand::run(const CommandLine& commandLine)
{
    const QString operation = commandLine.commandArguments().value(0);
    if (operation == QLatin1String("create-access-key"))
        return createAccessKey(commandLine);
    if (operation == QLatin1String("set-account-quota"))
        return setAccountQuota(commandLine);
    m_err << tr("switchboard: error: argument operation: Invalid choice, valid choices are:\n\n%1")
                 .arg(QStringLiteral("create-access-key | set-account-quota"))
          << Qt::endl;
    return StsCommand::UsageError;
}

int IamCommand::serviceError(const QString& operation, const IamError& error)
{
    m_err << QStringLiteral("\nAn error occurred (%1) when calling the %2 operation: %3")
                 .arg(error.code(), operation, error.message())
          << Qt::endl;
    return StsCommand::ServiceError;
}

int IamCommand::createAccessKey(const CommandLine& commandLine)
{
    const QString userName = commandLine.value(QStringLiteral("user-name"));
    if (!HeadlessSignIn::namesCaller(commandLine)) {
        m_err << tr("switchboard: error: the following arguments are required: --user") << Qt::endl;
        return StsCommand::UsageError;
    }
    StsService sts(&m_directory, &m_secrets, Clock::system());
    ConsoleSession session(&m_directory, Clock::system(), nullptr, &sts);
    const auto fail = [this](const IamError& error) {
        return serviceError(QStringLiteral("CreateAccessKey"), error);
    };
    if (auto signedIn = HeadlessSignIn::signIn(session, m_directory, commandLine); !signedIn)
        return fail(signedIn.error());
    // The key is for a user of --account, by default the caller's own, as
    // IAM's CreateAccessKey; the caller's permissions decide across accounts.
    const auto target = HeadlessSignIn::targetAccount(session, m_directory, commandLine);
    if (!target) {
        session.signOut();
        return fail(target.error());
    }
    const QString accountId = target.value();
    std::optional<Result<NewAccessKey>> created;
    QEventLoop loop;
    AccessKeyManager keys(&session, &m_directory, Clock::system(), &m_secrets);
    keys.create(accountId, userName, [&](Result<NewAccessKey> key) {
        created.emplace(std::move(key));
        loop.quit();
    });
    if (!created)
        loop.exec();
    session.signOut();
    if (!*created)
        return fail(created->error());
    const NewAccessKey& key = created->value();
    QJsonObject accessKey{
        {QStringLiteral("UserName"), key.info.userName},
        {QStringLiteral("AccessKeyId"), key.info.accessKeyId},
        {QStringLiteral("Status"), QStringLiteral("Active")},
        // Printing the secret is what the command is for, as with the AWS CLI.
        {QStringLiteral("SecretAccessKey"), key.secretAccessKey.insecureUtf8String()},
        {QStringLiteral("CreateDate"),
         key.info.createDate.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
             QStringLiteral("+00:00")}};
    m_out << QString::fromUtf8(
                 QJsonDocument(QJsonObject{{QStringLiteral("AccessKey"), accessKey}}).toJson())
          << Qt::flush;
    return 0;
}

int IamCommand::setAccountQuota(const CommandLine& commandLine)
{
    const QString quota = commandLine.value(QStringLiteral("quota"));
    bool isNumber = false;
    const int value = commandLine.value(QStringLiteral("value")).toInt(&isNumber);
    const bool known =
        quota == QLatin1String("PoliciesPerUser") || quota == QLatin1String("PoliciesPerRole");
    if (!known || !isNumber || !HeadlessSignIn::namesCaller(commandLine)) {
        m_err << tr("switchboard: error: the following arguments are required: --quota "
                    "PoliciesPerUser|PoliciesPerRole, --value N, --user")
              << Qt::endl;
        return StsCommand::UsageError;
    }
    StsService sts(&m_directory, &m_secrets, Clock::system());
    ConsoleSession session(&m_directory, Clock::system(), nullptr, &sts);
    const auto fail = [this](const IamError& error) {
        return serviceError(QStringLiteral("RequestServiceQuotaIncrease"), error);
    };
    if (auto signedIn = HeadlessSignIn::signIn(session, m_directory, commandLine); !signedIn)
        return fail(signedIn.error());
    const auto target = HeadlessSignIn::targetAccount(session, m_directory, commandLine);
    if (!target) {
        session.signOut();
        return fail(target.error());
    }
    DirectoryAdmin admin(&session, &m_directory);
    const EntityKind kind =
        quota == QLatin1String("PoliciesPerRole") ? EntityKind::Role : EntityKind::User;
    const auto set = admin.setManagedPoliciesQuota(target.value(), kind, value);
    session.signOut();
    if (!set)
        return fail(set.error());
    m_out << QString::fromUtf8(
                 QJsonDocument(
                     QJsonObject{{QStringLiteral("Quota"),
                                  QJsonObject{{QStringLiteral("AccountId"), target.value()},
                                              {QStringLiteral("QuotaName"), quota},
                                              {QStringLiteral("Value"), value}}}})
                     .toJson())
          << Qt::flush;
    return 0;
}
