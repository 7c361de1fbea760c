#include "commandcatalog.h"

#include <algorithm>

namespace {
OptionUse required(const QString& name, const QString& description = {})
{
    return {name, true, description};
}

OptionUse optional(const QString& name, const QString& description = {})
{
    return {name, false, description};
}

// The options of a command that signs its caller in (HeadlessSignIn).
QList<OptionUse> callerOptions()
{
    return {optional(QStringLiteral("user")), optional(QStringLiteral("root")),
            optional(QStringLiteral("email")), optional(QStringLiteral("password-stdin")),
            optional(QStringLiteral("account"))};
}

// The options of a command that reads the directory as its caller
// (HeadlessSignIn::signInReader): --account is the account read, the
// caller's by default; --token-code for a caller with an MFA device.
QList<OptionUse> readerOptions()
{
    return callerOptions() +
           QList<OptionUse>{optional(QStringLiteral("token-code"),
                                     CommandCatalog::tr("The code of the caller's MFA device, when "
                                                        "they have one."))};
}
} // namespace

bool CommandDefinition::uses(const QString& option) const
{
    return std::any_of(options.begin(), options.end(),
                       [&option](const OptionUse& use) { return use.name == option; });
}

CommandCatalog::CommandCatalog()
{
    addGlobalOptions();
    addCommandOptions();
    addConsole();
    addDirectoryCommands();
    addOrganizationsCommands();
    addStsAndIamCommands();
    addCredentialCommands();
    addAuditCommands();
}

const OptionDefinition* CommandCatalog::option(const QString& name) const
{
    for (const QList<OptionDefinition>* list : {&m_global, &m_options})
        for (const OptionDefinition& option : *list)
            if (option.name == name)
                return &option;
    return nullptr;
}

bool CommandCatalog::isGlobal(const QString& name) const
{
    return std::any_of(m_global.begin(), m_global.end(),
                       [&name](const OptionDefinition& option) { return option.name == name; });
}

const CommandDefinition* CommandCatalog::command(const QStringList& words) const
{
    for (const CommandDefinition& command : m_commands)
        if (command.words == words)
            return &command;
    return nullptr;
}

QStringList CommandCatalog::nextWords(const QStringList& prefix) const
{
    QStringList words;
    for (const CommandDefinition& command : m_commands)
        if (command.words.size() > prefix.size() && command.words.mid(0, prefix.size()) == prefix &&
            !words.contains(command.words.at(prefix.size())))
            words << command.words.at(prefix.size());
    return words;
}

QStringList CommandCatalog::commandsTaking(const QString& option) const
{
    QStringList names;
    for (const CommandDefinition& command : m_commands)
        if (command.uses(option))
            names << (command.words.isEmpty() ? tr("the console") : command.name());
    return names;
}

QList<CommandCatalog::ExitCodeText> CommandCatalog::exitCodes() const
{
    return {
        {ExitCode::Success, tr("done")},
        {ExitCode::Failure, tr("not found or refused, or the directory could not be opened")},
        {ExitCode::Usage, tr("wrong arguments")},
        {ExitCode::TrailTampered, tr("audit: the audit trail was cut or changed")},
        {ExitCode::StoreUnavailable,
         tr("audit: the secret store could not vouch for the audit trail")},
        {ExitCode::CannotStart, tr("exec: the command could not be started (else its status)")},
        {ExitCode::AwsUsage,
         tr("sts, iam, idp, organizations, credential-process, exec: wrong arguments, as the "
            "AWS CLI")},
        {ExitCode::AwsService,
         tr("sts, iam, idp, organizations, credential-process, exec: the request was refused, "
            "as the AWS CLI")},
    };
}

OptionDefinition& CommandCatalog::define(const QString& name, const QString& valueName,
                                         const QString& description)
{
    m_options.append({name, valueName, description, {}, false, false});
    return m_options.last();
}

CommandDefinition& CommandCatalog::add(const QString& words, const QString& summary,
                                       QList<OptionUse> options, const QString& arguments)
{
    CommandDefinition command;
    command.words = words.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    command.summary = summary;
    command.options = std::move(options);
    command.arguments = arguments;
    m_commands.append(std::move(command));
    return m_commands.last();
}

void CommandCatalog::addGlobalOptions()
{
    m_global = {
        {QStringLiteral("help"), {}, tr("Show this help and exit."), {}, false},
        {QStringLiteral("version"), {}, tr("Show the version and exit."), {}, false},
        {QStringLiteral("directory"),
         tr("path"),
         tr("The directory: a file (SQLite), or a database on a PostgreSQL server as "
            "postgresql://USER@HOST:PORT/DATABASE (its password from PGPASSWORD or ~/.pgpass, "
            "never here). Created with the demo directory when absent."),
         {},
         true},
        {QStringLiteral("empty"),
         {},
         tr("Create a missing directory (file or PostgreSQL database) empty, without the demo "
            "(whose users' password comes from SWITCHBOARD_DEMO_PASSWORD)."),
         {},
         false},
        {QStringLiteral("lang"),
         tr("language"),
         tr("User interface language, e.g. de or en."),
         {QStringLiteral("de"), QStringLiteral("en")},
         false},
        {QStringLiteral("secret-store"),
         tr("keychain|file"),
         tr("Where secrets are kept: the system keychain (default) or an encrypted file beside "
            "the directory (passphrase asked, or SWITCHBOARD_SECRETS_PASSPHRASE). Remembered."),
         {QStringLiteral("keychain"), QStringLiteral("file")},
         false},
        {QStringLiteral("clock-speed"),
         tr("factor"),
         tr("Training: role sessions run this many times faster (1, 10 or 60)."),
         {QStringLiteral("1"), QStringLiteral("10"), QStringLiteral("60")},
         false},
        {QStringLiteral("completion"),
         tr("shell"),
         tr("Print the completion script for this shell (bash) and exit."),
         {QStringLiteral("bash")},
         false},
    };
}

void CommandCatalog::addCommandOptions()
{
    define(QStringLiteral("account"), tr("account"),
           tr("Account id or alias the command applies to."));
    define(QStringLiteral("json"), {}, tr("Print JSON instead of a table."));
    define(QStringLiteral("output"), tr("file"),
           tr("The file to write (default: standard output)."))
        .isPath = true;
    define(QStringLiteral("user"), tr("name"),
           tr("Sign in as this IAM user, or ACCOUNT/NAME for a user of another account than "
              "--account (password from SWITCHBOARD_PASSWORD or --password-stdin)."));
    define(QStringLiteral("root"), {},
           tr("Sign in as the root user of --account instead of --user; the password as for "
              "--user."));
    define(QStringLiteral("email"), tr("address"),
           tr("With --root: the root user's email address (default: --account's)."));
    define(QStringLiteral("password-stdin"), {},
           tr("Read the console password of --user or --root from stdin."));
    define(QStringLiteral("access-role"), tr("admin|read-only|none"),
           tr("What a new account's OrganizationAccountAccessRole may do (default admin)."))
        .choices = {QStringLiteral("admin"), QStringLiteral("read-only"), QStringLiteral("none")};
    define(QStringLiteral("replace"), {},
           tr("Replace the users, groups, roles and policies the account already has."));
    define(QStringLiteral("open"), tr("arn"),
           tr("After sign-in, show this user, group, role or policy."));
    define(QStringLiteral("window"), tr("name"), tr("After sign-in, open this tool window."))
        .choices = {QStringLiteral("simulator"),         QStringLiteral("switch-role"),
                    QStringLiteral("keychain"),          QStringLiteral("local-endpoint"),
                    QStringLiteral("membership-matrix"), QStringLiteral("access-graph"),
                    QStringLiteral("findings"),          QStringLiteral("audit-trail"),
                    QStringLiteral("create-role")};
    define(QStringLiteral("tab"), tr("title"),
           tr("With --open, show the tab with this title, e.g. \"Security credentials\"."));
    define(QStringLiteral("switch-role"), tr("account/role"),
           tr("After sign-in, switch to this role, given as ACCOUNT/ROLE."));
    define(QStringLiteral("color"), tr("color"), tr("The display color of --switch-role."))
        .choices = {QStringLiteral("red"), QStringLiteral("orange"), QStringLiteral("yellow"),
                    QStringLiteral("green"), QStringLiteral("blue")};
    define(QStringLiteral("display-name"), tr("text"), tr("The display name of --switch-role."));
    define(QStringLiteral("add-session"), tr("user"),
           tr("After sign-in, turn on multi-session support and sign this IAM user in too, in a "
              "tab of its own (same password; repeatable)."));
    define(QStringLiteral("screenshot"), tr("file"),
           tr("Save a PNG of the console's window to this file once it is shown, then quit."))
        .isPath = true;
    define(QStringLiteral("port"), tr("port"),
           tr("The TCP port to listen on (default 4599; 0 picks a free one)."));
    define(QStringLiteral("bind"), tr("address"),
           tr("The loopback address to listen on (default 127.0.0.1)."));
    define(QStringLiteral("batch"), tr("file"),
           tr("JSON Lines of requests to decide ('-' for stdin)."))
        .isPath = true;
    define(QStringLiteral("principal"), tr("arn"), tr("The user or role ARN to simulate."));
    define(QStringLiteral("action"), tr("action"), tr("An action to decide (repeatable)."));
    define(QStringLiteral("resource"), tr("arn"), tr("The resource ARN (default *)."));
    define(QStringLiteral("context"), tr("key=value"),
           tr("A context key and its value (repeatable)."));
    define(QStringLiteral("checkpoints"), tr("file"),
           tr("Also check the trail against checkpoints exported before."))
        .isPath = true;
    define(QStringLiteral("export"), tr("file"),
           tr("Write the signed checkpoints to this file (JSON)."))
        .isPath = true;
    define(QStringLiteral("role-arn"), tr("arn"), tr("The role to assume."));
    define(QStringLiteral("role-session-name"), tr("name"), tr("The session's name."));
    define(QStringLiteral("duration-seconds"), tr("seconds"), tr("How long the credentials last."));
    define(QStringLiteral("external-id"), tr("id"),
           tr("The external id the role's trust policy asks for."));
    define(QStringLiteral("serial-number"), tr("arn"), tr("The ARN of the user's MFA device."));
    define(QStringLiteral("token-code"), tr("code"), tr("The 6-digit code of the MFA device."));
    define(QStringLiteral("policy"), tr("json"),
           tr("A session policy (JSON) that narrows the session."));
    define(QStringLiteral("tags"), tr("Key=k,Value=v..."),
           tr("Session tags, which become the session's principal tags (needs sts:TagSession)."))
        .takesSeveral = true;
    define(QStringLiteral("transitive-tag-keys"), tr("key..."),
           tr("The keys of session tags that pass on when the session assumes another role."))
        .takesSeveral = true;
    define(QStringLiteral("principal-arn"), tr("arn"), tr("The SAML identity provider's ARN."));
    define(QStringLiteral("saml-assertion"), tr("base64|file://file"),
           tr("The identity provider's signed SAML Response, base64-encoded, or file://FILE."));
    define(QStringLiteral("provider"), tr("arn"),
           tr("The ARN of the SAML provider that signs the assertion."));
    define(QStringLiteral("user-name"), tr("name"), tr("The user the command is about."));
    define(QStringLiteral("quota"), tr("name"), tr("The quota to set.")).choices = {
        QStringLiteral("PoliciesPerUser"), QStringLiteral("PoliciesPerRole")};
    define(QStringLiteral("value"), tr("n"), tr("The quota's new value, 10 to 20."));
    define(QStringLiteral("access-key-id"), tr("id"),
           tr("Sign in with this access key of the user, whose secret the secret store holds, "
              "instead of a password."));
    define(QStringLiteral("region"), tr("region"), tr("The profiles' region (default us-east-1)."));
    define(QStringLiteral("endpoint-url"), tr("url"),
           tr("The endpoint URL the profiles point the AWS CLI at."));
    define(QStringLiteral("account-name"), tr("name"), tr("The account's name."));
    define(QStringLiteral("account-id"), tr("id"), tr("The account."));
    define(QStringLiteral("parent-id"), tr("id"),
           tr("The root (r-...) or organizational unit (ou-...)."));
    define(QStringLiteral("name"), tr("name"),
           tr("The name of the organizational unit or policy."));
    define(QStringLiteral("organizational-unit-id"), tr("id"),
           tr("The organizational unit (ou-...)."));
    define(QStringLiteral("source-parent-id"), tr("id"), tr("The root or OU the account is in."));
    define(QStringLiteral("destination-parent-id"), tr("id"),
           tr("The root or OU to move the account to."));
    const QStringList policyTypes{QStringLiteral("SERVICE_CONTROL_POLICY"),
                                  QStringLiteral("RESOURCE_CONTROL_POLICY")};
    define(QStringLiteral("filter"), tr("type"), tr("The kind of policy.")).choices = policyTypes;
    define(QStringLiteral("type"), tr("type"), tr("The kind of policy.")).choices = policyTypes;
    define(QStringLiteral("policy-id"), tr("id"), tr("The policy (p-...)."));
    define(QStringLiteral("content"), tr("json|file://file"),
           tr("The policy document, or file://FILE holding it."));
    define(QStringLiteral("description"), tr("text"), tr("The policy's description."));
    define(QStringLiteral("target-id"), tr("id"),
           tr("The root, OU or account a policy is attached to."));
}

void CommandCatalog::addConsole()
{
    add({}, tr("Open the console."),
        {optional(QStringLiteral("user"),
                  tr("Sign in as this IAM user at start (password in SWITCHBOARD_PASSWORD).")),
         optional(QStringLiteral("account")), optional(QStringLiteral("open")),
         optional(QStringLiteral("tab")), optional(QStringLiteral("window")),
         optional(QStringLiteral("action"),
                  tr("--window simulator: an action to simulate (repeatable).")),
         optional(QStringLiteral("switch-role")), optional(QStringLiteral("color")),
         optional(QStringLiteral("display-name")), optional(QStringLiteral("add-session")),
         optional(QStringLiteral("port"), tr("--window local-endpoint: the TCP port.")),
         optional(QStringLiteral("screenshot"))});
}

void CommandCatalog::addDirectoryCommands()
{
    add(QStringLiteral("list"),
        tr("List an account's users, groups, roles or policies, as the caller's iam:ListUsers, "
           "ListGroups, ListRoles or ListPolicies."),
        QList<OptionUse>{optional(QStringLiteral("json"))} + readerOptions(),
        QStringLiteral("users|groups|roles|policies"))
        .choices = {QStringLiteral("users"), QStringLiteral("groups"), QStringLiteral("roles"),
                    QStringLiteral("policies")};
    add(QStringLiteral("import authz-details"),
        tr("Read the output of aws iam get-account-authorization-details into the directory, "
           "all or nothing."),
        callerOptions() + QList<OptionUse>{optional(QStringLiteral("replace")),
                                           optional(QStringLiteral("access-role"))},
        tr("FILE..."));
    add(QStringLiteral("export authz-details"),
        tr("Write an account as aws iam get-account-authorization-details prints it, as the "
           "caller's iam:GetAccountAuthorizationDetails."),
        QList<OptionUse>{optional(QStringLiteral("output"))} + readerOptions());
    add(QStringLiteral("simulate"),
        tr("Decide JSON Lines requests (--batch, no directory and no caller needed), or "
           "simulate a user or role of the directory (--principal, as the caller's "
           "iam:SimulatePrincipalPolicy)."),
        QList<OptionUse>{optional(QStringLiteral("batch")), optional(QStringLiteral("principal")),
                         optional(QStringLiteral("action")), optional(QStringLiteral("resource")),
                         optional(QStringLiteral("context")), optional(QStringLiteral("json"))} +
            readerOptions());
    add(QStringLiteral("serve"),
        tr("Serve the local STS and IAM endpoint for the AWS CLI and SDKs (loopback only)."),
        {optional(QStringLiteral("port")), optional(QStringLiteral("bind"))});
    add(QStringLiteral("config import"),
        tr("Make the role profiles of an AWS config file the user's saved roles."), callerOptions(),
        tr("FILE"));
    add(QStringLiteral("config export"),
        tr("Write the directory's roles as AWS config profiles that get credentials from "
           "switchboard."),
        {optional(QStringLiteral("account")),
         optional(QStringLiteral("user"), tr("The user whose profiles these are.")),
         optional(QStringLiteral("region")), optional(QStringLiteral("endpoint-url")),
         optional(QStringLiteral("output"))});
}

void CommandCatalog::addOrganizationsCommands()
{
    const auto organizations = [this](const QString& operation, const QString& summary,
                                      const QList<OptionUse>& options = {},
                                      const QString& arguments = {}) {
        add(QStringLiteral("organizations ") + operation, summary, options + callerOptions(),
            arguments)
            .usageExit = ExitCode::AwsUsage;
    };
    organizations(
        QStringLiteral("create-account"),
        tr("Create a member account of the organization (its root password from "
           "SWITCHBOARD_ROOT_PASSWORD, or generated and printed once)."),
        {required(QStringLiteral("account-name")), optional(QStringLiteral("access-role"))});
    // create-account's --email is the new account's, never the caller's.
    for (OptionUse& use : m_commands.last().options)
        if (use.name == QLatin1String("email")) {
            use.required = true;
            use.description = tr("The new account's root user's email address.");
        }
    organizations(QStringLiteral("list-accounts"), tr("List the organization's accounts."));
    organizations(QStringLiteral("describe-organization"), tr("Describe the organization."));
    organizations(QStringLiteral("describe-account"), tr("Describe an account."),
                  {required(QStringLiteral("account-id"))});
    organizations(QStringLiteral("list-roots"), tr("List the organization's root."));
    organizations(QStringLiteral("list-organizational-units-for-parent"),
                  tr("List the organizational units under a parent."),
                  {required(QStringLiteral("parent-id"))});
    organizations(QStringLiteral("list-accounts-for-parent"),
                  tr("List the accounts directly under a parent."),
                  {required(QStringLiteral("parent-id"))});
    organizations(QStringLiteral("create-organizational-unit"),
                  tr("Create an organizational unit."),
                  {required(QStringLiteral("parent-id")), required(QStringLiteral("name"))});
    organizations(
        QStringLiteral("update-organizational-unit"), tr("Rename an organizational unit."),
        {required(QStringLiteral("organizational-unit-id")), required(QStringLiteral("name"))});
    organizations(QStringLiteral("delete-organizational-unit"),
                  tr("Delete an empty organizational unit."),
                  {required(QStringLiteral("organizational-unit-id"))});
    organizations(QStringLiteral("move-account"), tr("Move an account to another parent."),
                  {required(QStringLiteral("account-id")),
                   required(QStringLiteral("source-parent-id")),
                   required(QStringLiteral("destination-parent-id"))});
    organizations(QStringLiteral("list-policies"),
                  tr("List the service or resource control policies."),
                  {required(QStringLiteral("filter"))});
    organizations(QStringLiteral("describe-policy"), tr("Describe a policy."),
                  {required(QStringLiteral("policy-id"))});
    organizations(QStringLiteral("create-policy"),
                  tr("Create a service or resource control policy."),
                  {required(QStringLiteral("name")), required(QStringLiteral("type")),
                   required(QStringLiteral("content")), optional(QStringLiteral("description"))});
    organizations(QStringLiteral("update-policy"),
                  tr("Change a policy's name, description or content."),
                  {required(QStringLiteral("policy-id")), optional(QStringLiteral("name")),
                   optional(QStringLiteral("description")), optional(QStringLiteral("content"))});
    organizations(QStringLiteral("delete-policy"), tr("Delete a detached policy."),
                  {required(QStringLiteral("policy-id"))});
    organizations(QStringLiteral("attach-policy"),
                  tr("Attach a policy to a root, organizational unit or account."),
                  {required(QStringLiteral("policy-id")), required(QStringLiteral("target-id"))});
    organizations(QStringLiteral("detach-policy"), tr("Detach a policy from its target."),
                  {required(QStringLiteral("policy-id")), required(QStringLiteral("target-id"))});
    organizations(QStringLiteral("list-policies-for-target"),
                  tr("List the policies attached to a target."),
                  {required(QStringLiteral("target-id")), required(QStringLiteral("filter"))});
    organizations(QStringLiteral("list-targets-for-policy"),
                  tr("List the targets a policy is attached to."),
                  {required(QStringLiteral("policy-id"))});
    organizations(QStringLiteral("import"),
                  tr("Read files written by organizations export back, all or nothing."), {},
                  tr("FILE..."));
    organizations(QStringLiteral("export"),
                  tr("Write the organization as the AWS CLI's outputs, one file each."), {},
                  tr("DIR"));
}

void CommandCatalog::addStsAndIamCommands()
{
    const auto aws = [this](const QString& words, const QString& summary,
                            const QList<OptionUse>& options) {
        add(words, summary, options).usageExit = ExitCode::AwsUsage;
    };
    aws(QStringLiteral("sts get-caller-identity"), tr("Print who the caller is."), callerOptions());
    aws(QStringLiteral("sts assume-role"), tr("Print temporary credentials of a role."),
        QList<OptionUse>{
            required(QStringLiteral("role-arn")), required(QStringLiteral("role-session-name")),
            optional(QStringLiteral("duration-seconds")), optional(QStringLiteral("external-id")),
            optional(QStringLiteral("serial-number")), optional(QStringLiteral("token-code")),
            optional(QStringLiteral("policy")), optional(QStringLiteral("tags")),
            optional(QStringLiteral("transitive-tag-keys"))} +
            callerOptions());
    aws(QStringLiteral("sts get-session-token"), tr("Print temporary credentials of the caller."),
        QList<OptionUse>{optional(QStringLiteral("duration-seconds")),
                         optional(QStringLiteral("serial-number")),
                         optional(QStringLiteral("token-code"))} +
            callerOptions());
    aws(QStringLiteral("sts assume-role-with-saml"),
        tr("Print a federated user's credentials for a role, once the SAML assertion is "
           "verified."),
        {required(QStringLiteral("principal-arn")), required(QStringLiteral("role-arn")),
         required(QStringLiteral("saml-assertion")), optional(QStringLiteral("duration-seconds"))});
    aws(QStringLiteral("iam create-access-key"),
        tr("Create an access key for a user of --account (default: the caller's); the secret "
           "is printed once."),
        QList<OptionUse>{required(QStringLiteral("user-name"))} + callerOptions());
    aws(QStringLiteral("iam set-account-quota"),
        tr("Set the account's quota of managed policies per user or role (10 to 20)."),
        QList<OptionUse>{required(QStringLiteral("quota")), required(QStringLiteral("value"))} +
            callerOptions());
    aws(QStringLiteral("idp assertion"),
        tr("The built-in SAML identity provider signs the user in and prints the signed SAML "
           "Response, base64-encoded."),
        {required(QStringLiteral("provider")), required(QStringLiteral("user")),
         optional(QStringLiteral("account")), required(QStringLiteral("role-arn")),
         optional(QStringLiteral("token-code")), optional(QStringLiteral("duration-seconds")),
         optional(QStringLiteral("password-stdin"))});
}

void CommandCatalog::addCredentialCommands()
{
    const QList<OptionUse> roleOptions =
        QList<OptionUse>{required(QStringLiteral("role-arn")),
                         optional(QStringLiteral("duration-seconds")),
                         optional(QStringLiteral("role-session-name")),
                         optional(QStringLiteral("access-key-id"))} +
        callerOptions();
    add(QStringLiteral("credential-process"),
        tr("Print a role's credentials as the JSON of an AWS profile's credential_process."),
        roleOptions)
        .usageExit = ExitCode::AwsUsage;
    add(QStringLiteral("exec"),
        tr("Run COMMAND on the role's credentials, served to it as container credentials and "
           "renewed; exits with COMMAND's status."),
        roleOptions, tr("-- COMMAND [ARGS...]"))
        .usageExit = ExitCode::AwsUsage;
}

void CommandCatalog::addAuditCommands()
{
    // The queries read an account (--account, by default the caller's) as
    // iam:GetAccountAuthorizationDetails; the trail is cloudtrail:LookupEvents.
    const QList<OptionUse> query =
        QList<OptionUse>{optional(QStringLiteral("json"))} + readerOptions();
    add(QStringLiteral("audit verify"),
        tr("Check the audit trail's hash chain, its head kept in the secret store, and "
           "checkpoints exported before (cloudtrail:LookupEvents)."),
        QList<OptionUse>{optional(QStringLiteral("checkpoints")),
                         optional(QStringLiteral("json"))} +
            readerOptions());
    add(QStringLiteral("audit checkpoints"),
        tr("Sign the trail's head now; list the signed checkpoints, or write them to a file "
           "(cloudtrail:LookupEvents)."),
        QList<OptionUse>{optional(QStringLiteral("export")), optional(QStringLiteral("json"))} +
            readerOptions());
    add(QStringLiteral("audit members"), tr("Who is in a group."), query, tr("GROUP"));
    add(QStringLiteral("audit groups"), tr("Which groups a user is in."), query, tr("USER"));
    add(QStringLiteral("audit who-can"),
        tr("Users and roles allowed an action, directly, through groups or through roles they "
           "can assume."),
        query, tr("ACTION [RESOURCE]"));
    add(QStringLiteral("audit who-can-assume"), tr("Who can switch to a role, and on which terms."),
        query, tr("ROLE"));
    add(QStringLiteral("audit reach"), tr("The roles a principal can become, chains too."), query,
        tr("USER|ROLE"));
    add(QStringLiteral("audit findings"), tr("The security review of the account."), query);
}
