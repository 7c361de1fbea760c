#include "headlesssignin.h"

#include "commandline.h"
#include "console/consolesession.h"
#include "console/identity.h"
#include "directory/directory.h"
#include "environmentsecrets.h"
#include "secrets/secretjob.h"
#include "secrets/secretkey.h"
#include "secrets/secretstore.h"

#include <QEventLoop>
#include <QFile>

namespace {
// The email the account's root user signs in with. An unknown account signs
// in as an unknown email would: refused, and counted.
QString accountRootEmail(const Directory& directory, const QString& accountText)
{
    const auto account = directory.findAccount(accountText);
    const auto root = account ? directory.rootUser(account->id) : std::nullopt;
    return root ? root->email : QStringLiteral("root@%1").arg(accountText.trimmed());
}
} // namespace

Result<QString> HeadlessSignIn::password(const CommandLine& commandLine)
{
    if (commandLine.isSet(QStringLiteral("password-stdin"))) {
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly)) {
            QString line = QString::fromUtf8(in.readLine());
            while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            if (!line.isEmpty())
                return line;
        }
    } else if (const SecureBytes& env = EnvironmentSecrets::value(EnvironmentSecrets::Password);
               !env.isEmpty()) {
        return env.insecureUtf8String();
    }
    return IamError::validation(
        tr("a password is required: pass it on stdin with --password-stdin or in "
           "SWITCHBOARD_PASSWORD"));
}

QString HeadlessSignIn::account(const Directory& directory, const CommandLine& commandLine,
                                const QString& userName)
{
    if (!commandLine.userAccount().isEmpty())
        return commandLine.userAccount();
    if (!commandLine.account().isEmpty())
        return commandLine.account();
    return accountOf(directory, userName);
}

QString HeadlessSignIn::accountOf(const Directory& directory, const QString& userName)
{
    QString found;
    for (const Account& account : directory.accounts()) {
        if (!directory.user(account.id, userName))
            continue;
        if (!found.isEmpty())
            return {}; // ambiguous: sign-in fails as for a wrong account
        found = account.id;
    }
    return found;
}

namespace {
// --root and --user name different callers; the root user is found by account or email.
Result<void> checkRootOrUser(const CommandLine& commandLine)
{
    if (commandLine.root() && !commandLine.userName().isEmpty())
        return IamError::validation(HeadlessSignIn::tr("give either --root or --user, not both"));
    if (commandLine.root() && commandLine.account().isEmpty() && commandLine.email().isEmpty())
        return IamError::validation(HeadlessSignIn::tr(
            "--root needs --account (the account whose root user signs in) or --email"));
    return {};
}
} // namespace

Result<void> HeadlessSignIn::signIn(ConsoleSession& session, const Directory& directory,
                                    const CommandLine& commandLine, const QString& userName)
{
    if (auto r = checkRootOrUser(commandLine); !r)
        return r;
    const auto secret = password(commandLine);
    if (!secret)
        return secret.error();
    if (commandLine.root())
        return session.signInRoot(rootEmail(directory, commandLine), *secret);
    const QString user = userName.isEmpty() ? commandLine.userName() : userName;
    return session.signIn(account(directory, commandLine, user), user, *secret);
}

Result<void> HeadlessSignIn::signInCaller(ConsoleSession& session, const Directory& directory,
                                          const CommandLine& commandLine, bool emailIsTheCallers)
{
    if (commandLine.root() && !commandLine.userName().isEmpty())
        return IamError::validation(tr("give either --root or --user, not both"));
    const auto secret = password(commandLine);
    if (!secret)
        return secret.error();
    return signInCallerWith(session, directory, commandLine, *secret, emailIsTheCallers);
}

Result<void> HeadlessSignIn::signInCallerWith(ConsoleSession& session, const Directory& directory,
                                              const CommandLine& commandLine, const QString& secret,
                                              bool emailIsTheCallers, const QString& mfaCode)
{
    const QString email = !commandLine.root() ? QString()
                          : emailIsTheCallers ? rootEmail(directory, commandLine)
                                              : accountRootEmail(directory, commandLine.account());
    const QString user = commandLine.userName();
    const QString account = commandLine.userAccount().isEmpty() ? accountOf(directory, user)
                                                                : commandLine.userAccount();
    auto signedIn = commandLine.root() ? session.signInRoot(email, secret)
                                       : session.signIn(account, user, secret);
    if (signedIn || mfaCode.isEmpty() ||
        signedIn.error().code() != ConsoleSession::mfaRequiredCode())
        return signedIn;
    // The device's code, checked against its seed in the secret store: asynchronous.
    std::optional<Result<void>> withMfa;
    QEventLoop loop;
    const auto done = [&](Result<void> r) {
        withMfa.emplace(std::move(r));
        loop.quit();
    };
    if (commandLine.root())
        session.signInRootWithMfa(email, secret, mfaCode, done);
    else
        session.signInWithMfa(account, user, secret, mfaCode, done);
    if (!withMfa)
        loop.exec();
    return *withMfa;
}

Result<void> HeadlessSignIn::signInReader(ConsoleSession& session, const Directory& directory,
                                          const CommandLine& commandLine)
{
    if (!namesCaller(commandLine))
        return IamError::validation(callerRequired(commandLine.command()));
    if (auto r = checkRootOrUser(commandLine); !r)
        return r;
    const auto secret = password(commandLine);
    if (!secret)
        return secret.error();
    return signInCallerWith(session, directory, commandLine, *secret, true,
                            commandLine.value(QStringLiteral("token-code")));
}

QString HeadlessSignIn::callerRequired(const QString& command)
{
    return tr("switchboard: %1 reads the directory as a caller, authorized as the AWS action it "
              "stands for: give --user [ACCOUNT/]NAME or --root (with --account), and the "
              "password (--password-stdin or SWITCHBOARD_PASSWORD)")
        .arg(command);
}

Result<void> HeadlessSignIn::authorize(const ConsoleSession& session, const ConsoleAction& action)
{
    const Authorization answer = session.authorize(action);
    if (!answer.allowed())
        return IamError::accessDenied(answer.message);
    return {};
}

QString HeadlessSignIn::rootEmail(const Directory& directory, const CommandLine& commandLine)
{
    if (!commandLine.email().isEmpty())
        return commandLine.email();
    return accountRootEmail(directory, commandLine.account());
}

bool HeadlessSignIn::namesCaller(const CommandLine& commandLine)
{
    return commandLine.root() || !commandLine.userName().isEmpty();
}

Result<QString> HeadlessSignIn::targetAccount(const ConsoleSession& session,
                                              const Directory& directory,
                                              const CommandLine& commandLine)
{
    if (commandLine.account().isEmpty())
        return session.userIdentity().account.id;
    if (const auto account = directory.findAccount(commandLine.account()))
        return account->id;
    return IamError::noSuchEntity(
        tr("There is no account %1 in this directory.").arg(commandLine.account()));
}

Result<void> HeadlessSignIn::signInWithAccessKey(ConsoleSession& session,
                                                 const Directory& directory, SecretStore& secrets,
                                                 const QString& accessKeyId,
                                                 const QString& userName)
{
    // AWS's answer for any key it does not know as valid, so a guess learns nothing.
    const IamError invalid = IamError::invalidClientTokenId(
        QStringLiteral("The security token included in the request is invalid."));
    const auto key = directory.accessKey(accessKeyId);
    if (!key || !key->active ||
        (!userName.isEmpty() && key->userName.compare(userName, Qt::CaseInsensitive) != 0))
        return invalid;
    const auto account = directory.findAccount(key->accountId);
    const auto user = directory.user(key->accountId, key->userName);
    if (!account || !user)
        return invalid;

    // The key counts only when its secret is where the user keeps it.
    SecretJob* job = secrets.get(SecretKey(QUuid::fromString(directory.directoryId()),
                                           SecretKey::Kind::AccessKey, accessKeyId)
                                     .toString());
    std::optional<SecretStore::Error> error;
    QString errorText;
    QEventLoop loop;
    QObject::connect(job, &SecretJob::finished, &loop, [&](SecretJob* finished) {
        error = finished->error();
        errorText = finished->errorString();
        loop.quit();
    });
    if (!error)
        loop.exec();
    if (*error == SecretStore::EntryNotFound)
        return invalid;
    if (*error != SecretStore::NoError)
        return IamError::serviceFailure(errorText);

    Identity identity;
    identity.kind = Identity::Kind::User;
    identity.credentials = Identity::Credentials::AccessKey;
    identity.account = *account;
    identity.user = *user;
    identity.userAccount = *account;
    session.actAs(identity);
    return {};
}

Result<void> HeadlessSignIn::signInEither(ConsoleSession& session, const Directory& directory,
                                          SecretStore& secrets, const CommandLine& commandLine)
{
    const QString accessKeyId = commandLine.value(QStringLiteral("access-key-id"));
    if (accessKeyId.isEmpty())
        return signIn(session, directory, commandLine);
    return signInWithAccessKey(session, directory, secrets, accessKeyId, commandLine.userName());
}
