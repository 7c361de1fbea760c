#include "commandline.h"

#include "directory/directory.h"
#include "environmentsecrets.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace {
// Options that take a value, so that the value is not taken for the command.
const QStringList valueOptions = {
    QStringLiteral("--directory"), QStringLiteral("--lang"), QStringLiteral("--account"),
    QStringLiteral("--user"), QStringLiteral("--open"), QStringLiteral("--screenshot"),
    QStringLiteral("--batch"), QStringLiteral("--principal"), QStringLiteral("--action"),
    QStringLiteral("--resource"), QStringLiteral("--context"), QStringLiteral("--window"),
    QStringLiteral("--switch-role"), QStringLiteral("--color"), QStringLiteral("--display-name"),
    QStringLiteral("--clock-speed"), QStringLiteral("--secret-store"), QStringLiteral("--tab"),
    QStringLiteral("--output"), QStringLiteral("--access-role"), QStringLiteral("--email"),
    // audit
    QStringLiteral("--checkpoints"), QStringLiteral("--export"),
    // sts
    QStringLiteral("--role-arn"), QStringLiteral("--role-session-name"),
    QStringLiteral("--duration-seconds"), QStringLiteral("--external-id"),
    QStringLiteral("--serial-number"), QStringLiteral("--token-code"), QStringLiteral("--policy"),
    QStringLiteral("--principal-arn"), QStringLiteral("--saml-assertion"),
    // idp
    QStringLiteral("--provider"),
    // serve
    QStringLiteral("--port"), QStringLiteral("--bind"),
    // iam
    QStringLiteral("--user-name"), QStringLiteral("--quota"), QStringLiteral("--value"),
    // config
    QStringLiteral("--endpoint-url"), QStringLiteral("--region"),
    // credential-process, exec
    QStringLiteral("--access-key-id"),
    // organizations
    QStringLiteral("--account-name"), QStringLiteral("--account-id"), QStringLiteral("--parent-id"),
    QStringLiteral("--name"), QStringLiteral("--organizational-unit-id"),
    QStringLiteral("--source-parent-id"), QStringLiteral("--destination-parent-id"),
    QStringLiteral("--filter"), QStringLiteral("--policy-id"), QStringLiteral("--type"),
    QStringLiteral("--content"), QStringLiteral("--description"), QStringLiteral("--target-id")};
// Everything after it is positional: exec's command line.
const QString endOfOptions = QStringLiteral("--");
} // namespace

CommandLine::CommandLine()
{
    m_parser.setApplicationDescription(tr(
        "A desktop console for IAM users, groups, roles and policies, with Switch Role.\n\n"
        "Without a command, the console opens. Commands (headless):\n"
        "  list users|groups|roles|policies   list the directory's entities\n"
        "  import authz-details FILE... [--account ID] [--replace]\n"
        "                       [--access-role admin|read-only|none] --user [ACCOUNT/]CALLER\n"
        "                                      read the output of aws iam\n"
        "                                      get-account-authorization-details (pages of one\n"
        "                                      account) into the directory, all or nothing,\n"
        "                                      authorized as CALLER (password as for sts; the\n"
        "                                      first import into an empty directory needs\n"
        "                                      none); a new account gets\n"
        "                                      OrganizationAccountAccessRole, which the\n"
        "                                      management account switches into; replacing an\n"
        "                                      account is authorized inside it (--root\n"
        "                                      --account TARGET, or a user there)\n"
        "  organizations create-account --account-name NAME --email EMAIL --user CALLER\n"
        "                       [--access-role admin|read-only|none]\n"
        "                                      a member account of the organization, authorized\n"
        "                                      as CALLER of the management account; its root\n"
        "                                      password from SWITCHBOARD_ROOT_PASSWORD, or\n"
        "                                      generated and printed once\n"
        "  organizations list-accounts|describe-organization|describe-account --account-id ID\n"
        "                                      the organization as the AWS CLI prints it\n"
        "  organizations list-roots | list-organizational-units-for-parent --parent-id ID\n"
        "                       | list-accounts-for-parent --parent-id ID\n"
        "                       | create-organizational-unit --parent-id ID --name NAME\n"
        "                       | update-organizational-unit --organizational-unit-id ID --name N\n"
        "                       | delete-organizational-unit --organizational-unit-id ID\n"
        "                       | move-account --account-id ID --source-parent-id ID\n"
        "                         --destination-parent-id ID\n"
        "                       | list-policies --filter TYPE | describe-policy --policy-id ID\n"
        "                       | create-policy --name N --type TYPE --content file://F\n"
        "                         [--description D] | update-policy --policy-id ID [--name N]\n"
        "                         [--description D] [--content file://F]\n"
        "                       | delete-policy --policy-id ID\n"
        "                       | attach-policy|detach-policy --policy-id ID --target-id ID\n"
        "                       | list-policies-for-target --target-id ID --filter TYPE\n"
        "                       | list-targets-for-policy --policy-id ID\n"
        "                       | import FILE... | export DIR\n"
        "                                      organizational units and service / resource\n"
        "                                      control policies (TYPE: SERVICE_CONTROL_POLICY or\n"
        "                                      RESOURCE_CONTROL_POLICY), as the AWS CLI prints\n"
        "                                      them, authorized as the caller of the management\n"
        "                                      account; export writes those commands' outputs\n"
        "                                      as files (list-roots.json,\n"
        "                                      describe-policy.ID.json, ...), import reads them\n"
        "                                      back, all or nothing\n"
        "  export authz-details [--account ID] [--output FILE]\n"
        "                                      write an account in the same format\n"
        "  simulate --batch FILE|-             decide JSON Lines requests (no directory needed)\n"
        "  simulate --principal ARN --action A [--action B...] [--resource ARN] [--context "
        "k=v...]\n"
        "                                      simulate a user or role of the directory\n"
        "  sts get-caller-identity|assume-role|get-session-token --user NAME [--account ID]\n"
        "                                      STS as the AWS CLI answers it (password on stdin\n"
        "                                      with --password-stdin, or SWITCHBOARD_PASSWORD)\n"
        "                                      Every command that signs in takes --root\n"
        "                                      --account ID [--email ADDR] instead of --user, to\n"
        "                                      sign in as the account's root user, and --user\n"
        "                                      ACCOUNT/NAME for a user of another account\n"
        "  iam create-access-key --user-name NAME --user [ACCOUNT/]CALLER [--account ID]\n"
        "                                      a new access key for a user of --account (default:\n"
        "                                      the caller's), authorized as CALLER (password\n"
        "                                      as for sts); the secret is printed once\n"
        "  iam set-account-quota --quota PoliciesPerUser|PoliciesPerRole --value N\n"
        "      --user [ACCOUNT/]CALLER [--account ID]\n"
        "                                      the account's quota of managed policies per\n"
        "                                      user or role, 10 to 20 (Service Quotas)\n"
        "  serve [--port N] [--bind ADDR]      the local STS and IAM endpoint for the AWS CLI\n"
        "                                      and SDKs (loopback only; --port 0: any free port)\n"
        "  config import FILE --user NAME [--account ID]\n"
        "                                      the role profiles of an AWS config file\n"
        "                                      (~/.aws/config, aws-extend-switch-roles keys too)\n"
        "                                      become the user's saved roles (password as for\n"
        "                                      sts)\n"
        "  config export [--account ID] [--user NAME] [--region R] [--endpoint-url URL]\n"
        "                                      the directory's roles as AWS config profiles\n"
        "                                      that get credentials from switchboard\n"

        "  credential-process --role-arn ARN --user NAME [--account ID] [--duration-seconds N]\n"
        "                     [--role-session-name S] [--access-key-id AKIA...]\n"
        "                                      a role's credentials as the JSON of an AWS\n"
        "                                      profile's credential_process (password in\n"
        "                                      SWITCHBOARD_PASSWORD, or the access key's secret\n"
        "                                      from the secret store)\n"
        "  exec --role-arn ARN --user NAME [--account ID] [--password-stdin]\n"
        "       [--duration-seconds N] -- COMMAND [ARGS...]\n"
        "                                      run COMMAND on the role's credentials, served\n"
        "                                      to it as container credentials and renewed;\n"
        "                                      a role that trusts an AWS service takes\n"
        "                                      iam:PassRole; exits with COMMAND's status\n"
        "  audit verify [--checkpoints FILE]   check the audit trail's hash chain, its head\n"
        "                                      kept in the secret store (a cut or emptied\n"
        "                                      trail) and checkpoints exported before\n"
        "  audit checkpoints [--export FILE]   sign the trail's head now; list the signed\n"
        "                                      checkpoints, or write them to FILE as JSON\n"
        "  audit members GROUP | groups USER   who is in a group, which groups a user is in\n"
        "  audit who-can ACTION [RESOURCE]     users and roles allowed, directly, through\n"
        "                                      groups or through roles they can assume\n"
        "  audit who-can-assume ROLE           who can switch to a role, and on which terms\n"
        "  audit reach USER|ROLE               the roles a principal can become, chains too\n"
        "  audit findings                      the security review of every account (or of\n"
        "                                      --account ID): severity, subject, finding\n"
        "                                      (names or ARNs; --account where a name is in\n"
        "                                      several accounts; --json; exit 1: not found,\n"
        "                                      2: usage, 3: audit trail tampered, 4: secret\n"
        "                                      store unavailable)\n"
        "  idp assertion --provider ARN --user NAME [--account ID] --role-arn ARN\n"
        "                [--token-code CODE] [--duration-seconds N]\n"
        "                                      the built-in SAML identity provider signs the\n"
        "                                      user in (password as for sts) and prints the\n"
        "                                      signed SAML Response, base64-encoded\n"
        "  sts assume-role-with-saml --principal-arn PROVIDER --role-arn ARN\n"
        "                            --saml-assertion file://FILE|BASE64\n"
        "                                      a federated user's credentials for the role,\n"
        "                                      after the provider's signature, the audience,\n"
        "                                      the time window and the role are verified\n"));
    m_parser.addOptions({
        {{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit.")},
        {{QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version and exit.")},
        {QStringLiteral("directory"),
         tr("The directory file (SQLite). Created with the demo directory when absent."),
         tr("path")},
        {QStringLiteral("empty"),
         tr("Create a missing directory file empty, without the demo. (The demo users' password "
            "comes from SWITCHBOARD_DEMO_PASSWORD, never from the command line; headless commands "
            "need it to create the demo.)")},
        {QStringLiteral("lang"), tr("User interface language, e.g. de or en."), tr("language")},
        {QStringLiteral("account"), tr("Account id or alias the command applies to."),
         tr("account")},
        {QStringLiteral("json"), tr("Print JSON instead of a table.")},
        {QStringLiteral("output"), tr("export: the file to write (default: standard output)."),
         tr("file")},
        {QStringLiteral("checkpoints"),
         tr("audit verify: also check the trail against checkpoints exported before."), tr("file")},
        {QStringLiteral("export"),
         tr("audit checkpoints: write the signed checkpoints to this "
            "file (JSON)."),
         tr("file")},
        {QStringLiteral("replace"),
         tr("import: replace the users, groups, roles and policies the account already has.")},
        {QStringLiteral("access-role"),
         tr("import, organizations create-account: what OrganizationAccountAccessRole of a new "
            "account may do: admin "
            "(AdministratorAccess, the default), read-only (SecurityAudit and ReadOnlyAccess) or "
            "none (no role)."),
         tr("admin|read-only|none")},
        {QStringLiteral("batch"), tr("simulate: JSON Lines of requests to decide ('-' for stdin)."),
         tr("file")},
        {QStringLiteral("principal"), tr("simulate: the user or role ARN to simulate."), tr("arn")},
        {QStringLiteral("action"), tr("simulate: an action to decide (repeatable)."), tr("action")},
        {QStringLiteral("resource"), tr("simulate: the resource ARN (default *)."), tr("arn")},
        {QStringLiteral("context"),
         tr("simulate: a context key and value, key=value (repeatable)."), tr("key=value")},
        {QStringLiteral("user"),
         tr("Sign in as this IAM user (at start for scripted demos, or for a headless "
            "command), with --account; or as ACCOUNT/NAME (account id or alias) when the user "
            "lives in another account than --account, the one the command acts on. The "
            "password is read from SWITCHBOARD_PASSWORD, or from stdin with --password-stdin."),
         tr("name")},
        {QStringLiteral("root"),
         tr("Headless commands: sign in as the root user of --account (by its email address, "
            "as AWS does) instead of --user; the password as for --user.")},
        {QStringLiteral("email"),
         tr("With --root: the root user's email address (default: the one of --account's root "
            "user). organizations create-account: the new account's root user's email address."),
         tr("address")},
        {QStringLiteral("open"), tr("After sign-in, show this user, group, role or policy."),
         tr("arn")},
        {QStringLiteral("window"),
         tr("After sign-in, open a tool window: simulator (with --open ARN as the principal and "
            "--action as the actions to simulate), switch-role (filled from --switch-role, "
            "--color and --display-name), keychain, local-endpoint (started on --port if "
            "given), membership-matrix, access-graph, findings, audit-trail or create-role."),
         tr("name")},
        {QStringLiteral("tab"),
         tr("With --open, show the tab of the page with this title, e.g. \"Security "
            "credentials\"."),
         tr("title")},
        {QStringLiteral("switch-role"),
         tr("After sign-in, switch to this role, given as ACCOUNT/ROLE (account id or alias, "
            "role path and name), for scripted demos."),
         tr("account/role")},
        {QStringLiteral("color"),
         tr("The display color of --switch-role: red, orange, yellow, green or blue."),
         tr("color")},
        {QStringLiteral("display-name"), tr("The display name of --switch-role."), tr("text")},
        {QStringLiteral("clock-speed"),
         tr("Training: make role sessions this many times shorter in real time (1, 10 or 60), "
            "so they expire in minutes; lockouts and MFA codes keep real time."),
         tr("factor")},
        {QStringLiteral("secret-store"),
         tr("Where secrets are kept: keychain (the system keychain, the default) or file (an "
            "encrypted file beside the directory; the passphrase is asked at start, or read from "
            "SWITCHBOARD_SECRETS_PASSPHRASE by headless commands). Remembered for the next start."),
         tr("keychain|file")},
        {QStringLiteral("account-name"), tr("organizations create-account: the account's name."),
         tr("name")},
        {QStringLiteral("account-id"),
         tr("organizations describe-account, move-account: the account."), tr("id")},
        {QStringLiteral("parent-id"),
         tr("organizations: the root (r-...) or organizational unit (ou-...) to list or create "
            "under."),
         tr("id")},
        {QStringLiteral("name"),
         tr("organizations: the name of the organizational unit or policy."), tr("name")},
        {QStringLiteral("organizational-unit-id"),
         tr("organizations update- and delete-organizational-unit: the OU (ou-...)."), tr("id")},
        {QStringLiteral("source-parent-id"),
         tr("organizations move-account: the root or OU the account is in."), tr("id")},
        {QStringLiteral("destination-parent-id"),
         tr("organizations move-account: the root or OU to move the account to."), tr("id")},
        {QStringLiteral("filter"),
         tr("organizations list-policies, list-policies-for-target: SERVICE_CONTROL_POLICY or "
            "RESOURCE_CONTROL_POLICY."),
         tr("type")},
        {QStringLiteral("type"),
         tr("organizations create-policy: SERVICE_CONTROL_POLICY or RESOURCE_CONTROL_POLICY."),
         tr("type")},
        {QStringLiteral("policy-id"), tr("organizations: the policy (p-...)."), tr("id")},
        {QStringLiteral("content"),
         tr("organizations create-policy, update-policy: the policy document, or file://FILE "
            "holding it."),
         tr("json|file://file")},
        {QStringLiteral("description"),
         tr("organizations create-policy, update-policy: the policy's description."), tr("text")},
        {QStringLiteral("target-id"),
         tr("organizations: the root, OU or account a policy is attached to."), tr("id")},
        {QStringLiteral("password-stdin"),
         tr("Headless commands that sign in: read the console password of --user or --root "
            "from stdin.")},
        {QStringLiteral("region"), tr("config export: the profiles' region (default us-east-1)."),
         tr("region")},
        {QStringLiteral("endpoint-url"),
         tr("config export: the endpoint URL the profiles point the AWS CLI at."), tr("url")},
        {QStringLiteral("role-arn"), tr("sts assume-role: the role to assume."), tr("arn")},
        {QStringLiteral("role-session-name"), tr("sts assume-role: the session's name."),
         tr("name")},
        {QStringLiteral("duration-seconds"), tr("sts: how long the credentials last."),
         tr("seconds")},
        {QStringLiteral("external-id"),
         tr("sts assume-role: the external id the role's trust policy asks for."), tr("id")},
        {QStringLiteral("serial-number"), tr("sts: the ARN of the user's MFA device."), tr("arn")},
        {QStringLiteral("token-code"),
         tr("sts, idp assertion: the 6-digit code of the MFA device."), tr("code")},
        {QStringLiteral("policy"),
         tr("sts assume-role: a session policy (JSON) that narrows the session."), tr("json")},
        {QStringLiteral("principal-arn"),
         tr("sts assume-role-with-saml: the SAML identity provider's ARN."), tr("arn")},
        {QStringLiteral("saml-assertion"),
         tr("sts assume-role-with-saml: the identity provider's signed SAML Response, "
            "base64-encoded, or file://FILE holding it."),
         tr("base64|file://file")},
        {QStringLiteral("provider"),
         tr("idp assertion: the ARN of the SAML provider that signs the assertion."), tr("arn")},
        {QStringLiteral("user-name"), tr("iam: the user the command is about."), tr("name")},
        {QStringLiteral("quota"),
         tr("iam set-account-quota: the quota to set, PoliciesPerUser or PoliciesPerRole."),
         tr("name")},
        {QStringLiteral("value"), tr("iam set-account-quota: the quota's new value, 10 to 20."),
         tr("n")},
        {QStringLiteral("access-key-id"),
         tr("credential-process, exec: sign in with this access key of the user, whose secret "
            "the secret store holds, instead of a password."),
         tr("id")},
        {QStringLiteral("port"),
         tr("serve and --window local-endpoint: the TCP port to listen on (default 4599; 0 "
            "picks a free one)."),
         tr("port")},
        {QStringLiteral("bind"),
         tr("serve: the loopback address to listen on (default 127.0.0.1)."), tr("address")},
        {QStringLiteral("screenshot"),
         tr("Save a PNG of the console's window to this file once it is shown, then quit."),
         tr("file")},
    });
    m_parser.addPositionalArgument(QStringLiteral("command"), tr("A headless command, e.g. list."),
                                   QStringLiteral("[command [arguments...]]"));
}

QString CommandLine::peekCommand(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == endOfOptions)
            return i + 1 < argc ? QString::fromLocal8Bit(argv[i + 1]) : QString();
        if (arg.startsWith(QLatin1Char('-'))) {
            if (valueOptions.contains(arg))
                ++i; // skip the option's value
            continue;
        }
        return arg;
    }
    return {};
}

bool CommandLine::wantsHelpOrVersion(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            break; // exec's command line: its options are its own
        if (arg == "-h" || arg == "--help" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

QString CommandLine::peekValue(int argc, char* argv[], const QString& option)
{
    const QString prefix = option + QLatin1Char('=');
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == endOfOptions)
            break;
        if (arg == option && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith(prefix))
            return arg.mid(prefix.size());
    }
    return {};
}

bool CommandLine::parse(const QStringList& arguments)
{
    if (!m_parser.parse(arguments)) {
        m_error = m_parser.errorText();
        return false;
    }
    return true;
}

QString CommandLine::helpText() const
{
    return m_parser.helpText();
}

QString CommandLine::command() const
{
    const QStringList positional = m_parser.positionalArguments();
    return positional.isEmpty() ? QString() : positional.first();
}

QStringList CommandLine::commandArguments() const
{
    return m_parser.positionalArguments().mid(1);
}

bool CommandLine::helpRequested() const
{
    return m_parser.isSet(QStringLiteral("help"));
}

bool CommandLine::versionRequested() const
{
    return m_parser.isSet(QStringLiteral("version"));
}

QString CommandLine::defaultDirectoryPath()
{
    return Directory::defaultFilePath();
}

QString CommandLine::directoryPath() const
{
    const QString path = m_parser.value(QStringLiteral("directory"));
    return path.isEmpty() ? defaultDirectoryPath() : path;
}

bool CommandLine::emptyDirectory() const
{
    return m_parser.isSet(QStringLiteral("empty"));
}

QString CommandLine::demoPassword() const
{
    return EnvironmentSecrets::value(EnvironmentSecrets::DemoPassword).insecureUtf8String();
}

QString CommandLine::language() const
{
    return m_parser.value(QStringLiteral("lang"));
}

QString CommandLine::account() const
{
    return m_parser.value(QStringLiteral("account"));
}

bool CommandLine::json() const
{
    return m_parser.isSet(QStringLiteral("json"));
}

QString CommandLine::userName() const
{
    // User names have no '/': what comes before one is the account.
    return m_parser.value(QStringLiteral("user")).section(QLatin1Char('/'), -1);
}

QString CommandLine::userAccount() const
{
    const QString user = m_parser.value(QStringLiteral("user"));
    return user.contains(QLatin1Char('/')) ? user.section(QLatin1Char('/'), 0, -2) : QString();
}

bool CommandLine::root() const
{
    return m_parser.isSet(QStringLiteral("root"));
}

QString CommandLine::email() const
{
    return m_parser.value(QStringLiteral("email"));
}

QString CommandLine::openArn() const
{
    return m_parser.value(QStringLiteral("open"));
}

QString CommandLine::window() const
{
    return m_parser.value(QStringLiteral("window"));
}

QString CommandLine::screenshotPath() const
{
    return m_parser.value(QStringLiteral("screenshot"));
}

QStringList CommandLine::values(const QString& option) const
{
    return m_parser.values(option);
}

QString CommandLine::value(const QString& option) const
{
    return m_parser.value(option);
}

bool CommandLine::isSet(const QString& option) const
{
    return m_parser.isSet(option);
}
