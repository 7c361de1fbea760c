#include "organizationscommand.h"

#include "admin/directoryadmin.h"
#include "commandline.h"
#include "console/consolesession.h"
#include "directory/directory.h"
#include "headlesssignin.h"
#include "iam/clock.h"
#include "iam/organizationids.h"
#include "interop/organizationaccessrole.h"
#include "interop/organizationbundle.h"
#include "interop/organizationjson.h"

#include <QDir>

#include <QFile>

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
    return OrganizationJson::timestamp(time);
}

QJsonObject accountJson(const Directory& directory, const MemberAccount& account)
{
    return OrganizationJson::account(directory, account);
}

// --filter / --type: SERVICE_CONTROL_POLICY or RESOURCE_CONTROL_POLICY.
std::optional<OrganizationPolicy::Type> policyType(const QString& text)
{
    return OrganizationPolicy::typeFromName(text);
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
    using Handler = int (OrganizationsCommand::*)(const CommandLine&, ConsoleSession&);
    static const QList<std::pair<QString, Handler>> handlers = {
        {QStringLiteral("create-account"), &OrganizationsCommand::createAccount},
        {QStringLiteral("list-accounts"), &OrganizationsCommand::listAccounts},
        {QStringLiteral("describe-organization"), &OrganizationsCommand::describeOrganization},
        {QStringLiteral("describe-account"), &OrganizationsCommand::describeAccount},
        {QStringLiteral("list-roots"), &OrganizationsCommand::listRoots},
        {QStringLiteral("list-organizational-units-for-parent"),
         &OrganizationsCommand::listOrganizationalUnitsForParent},
        {QStringLiteral("list-accounts-for-parent"), &OrganizationsCommand::listAccountsForParent},
        {QStringLiteral("create-organizational-unit"),
         &OrganizationsCommand::createOrganizationalUnit},
        {QStringLiteral("update-organizational-unit"),
         &OrganizationsCommand::updateOrganizationalUnit},
        {QStringLiteral("delete-organizational-unit"),
         &OrganizationsCommand::deleteOrganizationalUnit},
        {QStringLiteral("move-account"), &OrganizationsCommand::moveAccount},
        {QStringLiteral("list-policies"), &OrganizationsCommand::listPolicies},
        {QStringLiteral("describe-policy"), &OrganizationsCommand::describePolicy},
        {QStringLiteral("create-policy"), &OrganizationsCommand::createPolicy},
        {QStringLiteral("update-policy"), &OrganizationsCommand::updatePolicy},
        {QStringLiteral("delete-policy"), &OrganizationsCommand::deletePolicy},
        {QStringLiteral("attach-policy"), &OrganizationsCommand::attachPolicy},
        {QStringLiteral("detach-policy"), &OrganizationsCommand::detachPolicy},
        {QStringLiteral("list-policies-for-target"), &OrganizationsCommand::listPoliciesForTarget},
        {QStringLiteral("list-targets-for-policy"), &OrganizationsCommand::listTargetsForPolicy},
        {QStringLiteral("import"), &OrganizationsCommand::importBundle},
        {QStringLiteral("export"), &OrganizationsCommand::exportBundle},
    };
    Handler handler = nullptr;
    QStringList operations;
    for (const auto& [name, function] : handlers) {
        operations << name;
        if (name == operation)
            handler = function;
    }
    if (!handler)
        return usage(
            tr("organizations needs an operation: %1").arg(operations.join(QStringLiteral(", "))));
    if (!HeadlessSignIn::namesCaller(commandLine))
        return usage(tr("the following arguments are required: --user or --root"));
    ConsoleSession session(&m_directory, Clock::system());
    // create-account's --email is the new account's, never the caller's.
    const bool emailIsTheCallers = operation != QLatin1String("create-account");
    if (auto signedIn =
            HeadlessSignIn::signInCaller(session, m_directory, commandLine, emailIsTheCallers);
        !signedIn)
        return fail(awsOperation(operation), signedIn.error().code(), signedIn.error().message());
    m_operation = awsOperation(operation);
    const int code = (this->*handler)(commandLine, session);
    session.signOut();
    return code;
}

int OrganizationsCommand::print(const QJsonObject& object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson()) << Qt::flush;
    return 0;
}

int OrganizationsCommand::failWith(const IamError& error)
{
    return fail(m_operation, error.code(), error.message());
}

template <typename T, typename ToJson>
int OrganizationsCommand::printList(const QString& key, const Result<QList<T>>& items,
                                    ToJson toJson)
{
    if (!items)
        return failWith(items.error());
    QJsonArray out;
    for (const T& item : items.value())
        out.append(toJson(item));
    return print({{key, out}});
}

int OrganizationsCommand::listRoots(const CommandLine&, ConsoleSession& session)
{
    DirectoryAdmin admin(&session, &m_directory);
    return printList(QStringLiteral("Roots"), admin.listRoots(),
                     [&](const OrganizationTarget& root) { return OrganizationJson::root(root); });
}

int OrganizationsCommand::listOrganizationalUnitsForParent(const CommandLine& commandLine,
                                                           ConsoleSession& session)
{
    const QString parent = commandLine.value(QStringLiteral("parent-id"));
    DirectoryAdmin admin(&session, &m_directory);
    return printList(
        QStringLiteral("OrganizationalUnits"), admin.listOrganizationalUnitsForParent(parent),
        [&](const OrganizationalUnit& unit) { return OrganizationJson::organizationalUnit(unit); });
}

int OrganizationsCommand::listAccountsForParent(const CommandLine& commandLine,
                                                ConsoleSession& session)
{
    const QString parent = commandLine.value(QStringLiteral("parent-id"));
    DirectoryAdmin admin(&session, &m_directory);
    return printList(QStringLiteral("Accounts"), admin.listAccountsForParent(parent),
                     [&](const MemberAccount& account) {
                         return OrganizationJson::account(m_directory, account);
                     });
}

int OrganizationsCommand::createOrganizationalUnit(const CommandLine& commandLine,
                                                   ConsoleSession& session)
{
    const QString parent = commandLine.value(QStringLiteral("parent-id"));
    DirectoryAdmin admin(&session, &m_directory);
    const auto unit =
        admin.createOrganizationalUnit(parent, commandLine.value(QStringLiteral("name")));
    if (!unit)
        return failWith(unit.error());
    return print({{QStringLiteral("OrganizationalUnit"),
                   OrganizationJson::organizationalUnit(unit.value())}});
}

int OrganizationsCommand::updateOrganizationalUnit(const CommandLine& commandLine,
                                                   ConsoleSession& session)
{
    const QString unitId = commandLine.value(QStringLiteral("organizational-unit-id"));
    DirectoryAdmin admin(&session, &m_directory);
    const auto unit =
        admin.updateOrganizationalUnit(unitId, commandLine.value(QStringLiteral("name")));
    if (!unit)
        return failWith(unit.error());
    return print({{QStringLiteral("OrganizationalUnit"),
                   OrganizationJson::organizationalUnit(unit.value())}});
}

int OrganizationsCommand::deleteOrganizationalUnit(const CommandLine& commandLine,
                                                   ConsoleSession& session)
{
    const QString unitId = commandLine.value(QStringLiteral("organizational-unit-id"));
    DirectoryAdmin admin(&session, &m_directory);
    if (auto r = admin.deleteOrganizationalUnit(unitId); !r)
        return failWith(r.error());
    return 0;
}

int OrganizationsCommand::moveAccount(const CommandLine& commandLine, ConsoleSession& session)
{
    const QString accountId = commandLine.value(QStringLiteral("account-id"));
    DirectoryAdmin admin(&session, &m_directory);
    if (auto r = admin.moveAccount(accountId, commandLine.value(QStringLiteral("source-parent-id")),
                                   commandLine.value(QStringLiteral("destination-parent-id")));
        !r)
        return failWith(r.error());
    return 0;
}

std::optional<OrganizationPolicy::Type>
OrganizationsCommand::typeOption(const CommandLine& commandLine, const QString& option, int& code)
{
    const auto type = policyType(commandLine.value(option));
    if (!type)
        code =
            usage(tr("--%1 must be SERVICE_CONTROL_POLICY or RESOURCE_CONTROL_POLICY").arg(option));
    return type;
}

std::optional<QString> OrganizationsCommand::content(const CommandLine& commandLine, int& code)
{
    const QString value = commandLine.value(QStringLiteral("content"));
    if (!value.startsWith(QLatin1String("file://")))
        return value;
    QFile file(value.mid(7));
    if (!file.open(QIODevice::ReadOnly)) {
        code = usage(tr("cannot read --content %1: %2").arg(file.fileName(), file.errorString()));
        return std::nullopt;
    }
    return QString::fromUtf8(file.readAll());
}

int OrganizationsCommand::listPolicies(const CommandLine& commandLine, ConsoleSession& session)
{
    int code = 0;
    const auto type = typeOption(commandLine, QStringLiteral("filter"), code);
    if (!type)
        return code;
    DirectoryAdmin admin(&session, &m_directory);
    return printList(
        QStringLiteral("Policies"), admin.listOrganizationPolicies(*type),
        [&](const OrganizationPolicy& policy) { return OrganizationJson::policySummary(policy); });
}

int OrganizationsCommand::describePolicy(const CommandLine& commandLine, ConsoleSession& session)
{
    const QString policyId = commandLine.value(QStringLiteral("policy-id"));
    DirectoryAdmin admin(&session, &m_directory);
    const auto policy = admin.describeOrganizationPolicy(policyId);
    if (!policy)
        return failWith(policy.error());
    return print({{QStringLiteral("Policy"), OrganizationJson::policy(policy.value())}});
}

int OrganizationsCommand::createPolicy(const CommandLine& commandLine, ConsoleSession& session)
{
    int code = 0;
    const QString name = commandLine.value(QStringLiteral("name"));
    const auto type = typeOption(commandLine, QStringLiteral("type"), code);
    if (!type)
        return code;
    const auto text = content(commandLine, code);
    if (!text)
        return code;
    DirectoryAdmin admin(&session, &m_directory);
    const auto policy = admin.createOrganizationPolicy(
        name, commandLine.value(QStringLiteral("description")), *type, *text);
    if (!policy)
        return failWith(policy.error());
    return print({{QStringLiteral("Policy"), OrganizationJson::policy(policy.value())}});
}

int OrganizationsCommand::updatePolicy(const CommandLine& commandLine, ConsoleSession& session)
{
    int code = 0;
    const QString policyId = commandLine.value(QStringLiteral("policy-id"));
    // What is not given stays as it is (a null string).
    auto given = [&](const QString& option) {
        return commandLine.isSet(option) ? commandLine.value(option) : QString();
    };
    QString text;
    if (commandLine.isSet(QStringLiteral("content"))) {
        const auto read = content(commandLine, code);
        if (!read)
            return code;
        text = *read;
    }
    DirectoryAdmin admin(&session, &m_directory);
    const auto policy = admin.updateOrganizationPolicy(policyId, given(QStringLiteral("name")),
                                                       given(QStringLiteral("description")), text);
    if (!policy)
        return failWith(policy.error());
    return print({{QStringLiteral("Policy"), OrganizationJson::policy(policy.value())}});
}

int OrganizationsCommand::deletePolicy(const CommandLine& commandLine, ConsoleSession& session)
{
    const QString policyId = commandLine.value(QStringLiteral("policy-id"));
    DirectoryAdmin admin(&session, &m_directory);
    if (auto r = admin.deleteOrganizationPolicy(policyId); !r)
        return failWith(r.error());
    return 0;
}

int OrganizationsCommand::attachPolicy(const CommandLine& commandLine, ConsoleSession& session)
{
    const QString policyId = commandLine.value(QStringLiteral("policy-id"));
    DirectoryAdmin admin(&session, &m_directory);
    if (auto r = admin.attachOrganizationPolicy(policyId,
                                                commandLine.value(QStringLiteral("target-id")));
        !r)
        return failWith(r.error());
    return 0;
}

int OrganizationsCommand::detachPolicy(const CommandLine& commandLine, ConsoleSession& session)
{
    const QString policyId = commandLine.value(QStringLiteral("policy-id"));
    DirectoryAdmin admin(&session, &m_directory);
    if (auto r = admin.detachOrganizationPolicy(policyId,
                                                commandLine.value(QStringLiteral("target-id")));
        !r)
        return failWith(r.error());
    return 0;
}

int OrganizationsCommand::listPoliciesForTarget(const CommandLine& commandLine,
                                                ConsoleSession& session)
{
    int code = 0;
    const QString targetId = commandLine.value(QStringLiteral("target-id"));
    const auto type = typeOption(commandLine, QStringLiteral("filter"), code);
    if (!type)
        return code;
    DirectoryAdmin admin(&session, &m_directory);
    return printList(
        QStringLiteral("Policies"), admin.listPoliciesForTarget(targetId, *type),
        [&](const OrganizationPolicy& policy) { return OrganizationJson::policySummary(policy); });
}

int OrganizationsCommand::listTargetsForPolicy(const CommandLine& commandLine,
                                               ConsoleSession& session)
{
    const QString policyId = commandLine.value(QStringLiteral("policy-id"));
    DirectoryAdmin admin(&session, &m_directory);
    return printList(
        QStringLiteral("Targets"), admin.listTargetsForPolicy(policyId),
        [&](const OrganizationTarget& target) { return OrganizationJson::target(target); });
}

int OrganizationsCommand::createAccount(const CommandLine& commandLine, ConsoleSession& session)
{
    NewAccountRequest request;
    request.name = commandLine.value(QStringLiteral("account-name"));
    request.root.email = commandLine.email();
    request.root.password = qEnvironmentVariable("SWITCHBOARD_ROOT_PASSWORD");
    if (commandLine.isSet(QStringLiteral("access-role"))) {
        const auto access =
            OrganizationAccessRole::parseAccess(commandLine.value(QStringLiteral("access-role")));
        if (!access)
            return usage(access.error().message());
        request.accessRole = access.value();
    }
    DirectoryAdmin admin(&session, &m_directory);
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

int OrganizationsCommand::listAccounts(const CommandLine&, ConsoleSession& session)
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

int OrganizationsCommand::describeOrganization(const CommandLine&, ConsoleSession& session)
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

int OrganizationsCommand::importBundle(const CommandLine& commandLine, ConsoleSession& session)
{
    const QStringList files = commandLine.commandArguments().mid(1);
    if (files.isEmpty())
        return usage(tr("organizations import needs the files to read"));
    const auto bundle = OrganizationBundle::read(files);
    if (!bundle)
        return fail(QStringLiteral("ImportOrganization"), bundle.error().code(),
                    bundle.error().message());
    DirectoryAdmin admin(&session, &m_directory);
    const auto steps = admin.importOrganization(bundle.value());
    if (!steps)
        return fail(QStringLiteral("ImportOrganization"), steps.error().code(),
                    steps.error().message());
    m_err << tr("Imported the organization: %n change(s).", nullptr, steps.value()) << Qt::endl;
    return 0;
}

int OrganizationsCommand::write(const QDir& directory, const QString& name,
                                const QJsonObject& object)
{
    QFile file(directory.filePath(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(QJsonDocument(object).toJson()) < 0)
        return usage(tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return 0;
}

int OrganizationsCommand::exportBundle(const CommandLine& commandLine, ConsoleSession& session)
{
    const QString path = commandLine.commandArguments().value(1);
    if (path.isEmpty())
        return usage(tr("organizations export needs the folder to write to"));
    QDir directory(path);
    if (!directory.exists() && !QDir().mkpath(path))
        return usage(tr("cannot create the folder %1").arg(path));
    // Every read is authorized as the command it stands for, before anything is written.
    DirectoryAdmin admin(&session, &m_directory);
    QList<std::pair<QString, QJsonObject>> files;
    const auto roots = admin.listRoots();
    if (!roots)
        return failWith(roots.error());
    files.append({OrganizationBundle::fileName(QStringLiteral("list-roots")),
                  {{QStringLiteral("Roots"), QJsonArray{OrganizationJson::root(roots->first())}}}});
    QStringList parents{roots->first().id};
    while (!parents.isEmpty()) {
        const QString parent = parents.takeFirst();
        const auto units = admin.listOrganizationalUnitsForParent(parent);
        if (!units)
            return failWith(units.error());
        QJsonArray unitsJson;
        for (const OrganizationalUnit& unit : units.value()) {
            unitsJson.append(OrganizationJson::organizationalUnit(unit));
            parents.append(unit.id);
        }
        files.append({OrganizationBundle::fileName(
                          QStringLiteral("list-organizational-units-for-parent"), parent),
                      {{QStringLiteral("OrganizationalUnits"), unitsJson}}});
        const auto accounts = admin.listAccountsForParent(parent);
        if (!accounts)
            return failWith(accounts.error());
        QJsonArray accountsJson;
        for (const MemberAccount& account : accounts.value())
            accountsJson.append(OrganizationJson::account(m_directory, account));
        files.append(
            {OrganizationBundle::fileName(QStringLiteral("list-accounts-for-parent"), parent),
             {{QStringLiteral("Accounts"), accountsJson}}});
    }
    for (const auto type :
         {OrganizationPolicy::Type::ServiceControl, OrganizationPolicy::Type::ResourceControl}) {
        const auto policies = admin.listOrganizationPolicies(type);
        if (!policies)
            return failWith(policies.error());
        QJsonArray summaries;
        for (const OrganizationPolicy& listed : policies.value()) {
            summaries.append(OrganizationJson::policySummary(listed));
            const auto policy = admin.describeOrganizationPolicy(listed.id);
            if (!policy)
                return failWith(policy.error());
            files.append(
                {OrganizationBundle::fileName(QStringLiteral("describe-policy"), listed.id),
                 {{QStringLiteral("Policy"), OrganizationJson::policy(policy.value())}}});
            const auto targets = admin.listTargetsForPolicy(listed.id);
            if (!targets)
                return failWith(targets.error());
            QJsonArray targetsJson;
            for (const OrganizationTarget& target : targets.value())
                targetsJson.append(OrganizationJson::target(target));
            files.append(
                {OrganizationBundle::fileName(QStringLiteral("list-targets-for-policy"), listed.id),
                 {{QStringLiteral("Targets"), targetsJson}}});
        }
        files.append({OrganizationBundle::fileName(QStringLiteral("list-policies"),
                                                   OrganizationPolicy::typeName(type)),
                      {{QStringLiteral("Policies"), summaries}}});
    }
    for (const auto& [name, object] : files)
        if (const int code = write(directory, name, object); code != 0)
            return code;
    m_err
        << tr("Exported the organization: %n file(s) in %1.", nullptr, int(files.size())).arg(path)
        << Qt::endl;
    return 0;
}
