#include "appearancecontroller.h"
#include "audit/audittrailcheck.h"
#include "audit/audittrailseal.h"
#include "auditcommand.h"
#include "commandline.h"
#include "configcommand.h"
#include "console/consolesession.h"
#include "console/samlidentityprovider.h"
#include "consolecontroller.h"
#include "credentialprocesscommand.h"
#include "directory/directory.h"
#include "directorybootstrap.h"
#include "environmentsecrets.h"
#include "execcommand.h"
#include "exitcode.h"
#include "headlesssignin.h"
#include "iam/clock.h"
#include "iam/trainingclock.h"
#include "iamcommand.h"
#include "idpcommand.h"
#include "interopcommand.h"
#include "listcommand.h"
#include "organizationscommand.h"
#include "passphrasedialog.h"
#include "secretstoresetup.h"
#include "servecommand.h"
#include "simulatecommand.h"
#include "sts/stsservice.h"
#include "stscommand.h"
#include "uitranslators.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>

#include <functional>
#include <memory>

namespace {

// The store for a headless command: the passphrase of an encrypted file
// comes from the environment, as there is nobody to ask.
Result<SecretStoreSetup::Opened> openHeadlessSecretStore(const CommandLine& commandLine,
                                                         Directory& directory)
{
    const auto kind =
        SecretStoreSetup::chosenKind(commandLine.value(QStringLiteral("secret-store")));
    if (!kind)
        return kind.error();
    bool asked = false;
    return SecretStoreSetup::open(*kind, directory.filePath(),
                                  QUuid::fromString(directory.directoryId()),
                                  [&asked](bool, const QString&) -> std::optional<SecureBytes> {
                                      const SecureBytes& passphrase =
                                          EnvironmentSecrets::value(EnvironmentSecrets::Passphrase);
                                      if (asked || passphrase.isEmpty())
                                          return std::nullopt;
                                      asked = true;
                                      return passphrase.clone();
                                  });
}

// The demo's identity provider is made once a secret store can keep its
// signing key (the directory is made before the store is opened); a
// directory with any SAML provider is left alone. Headless: waited for.
Result<void> createDemoIdentityProvider(Directory& directory, SecretStore& secrets)
{
    StsService sts(&directory, &secrets, Clock::system());
    SamlIdentityProvider idp(&sts);
    std::optional<Result<void>> outcome;
    QEventLoop loop;
    idp.createDemoProvider([&](Result<void> r) {
        outcome.emplace(std::move(r));
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return *outcome;
}

// The commands that need the secret store, once it is open.
int runWithSecretStore(const CommandLine& commandLine, Directory& directory, SecretStore& secrets,
                       QTextStream& out, QTextStream& err)
{
    const QString command = commandLine.command();
    if (command == QLatin1String("idp"))
        return IdpCommand(directory, secrets, out, err).run(commandLine);
    if (command == QLatin1String("iam"))
        return IamCommand(directory, secrets, out, err).run(commandLine);
    if (command == QLatin1String("credential-process"))
        return CredentialProcessCommand(directory, secrets, out, err).run(commandLine);
    if (command == QLatin1String("exec"))
        return ExecCommand(directory, secrets, out, err).run(commandLine);
    if (command == QLatin1String("serve"))
        return ServeCommand(directory, secrets, out, err).run(commandLine);
    return StsCommand(directory, secrets, out, err).run(commandLine);
}

// Runs a command that may append to the audit trail with the trail's head
// kept in the secret store, as the console does: a trail cut or changed since
// the last run is named first, and the head of what the command appended is
// written before it returns. A command that checks the trail itself (audit
// verify, checkpoints) runs once the seal's own check is over, so that the two
// never write the head at once, and it names what it finds.
int runSealed(Directory& directory, SecretStore& secrets, QTextStream& err,
              const std::function<int(const AuditTrailSeal&)>& command,
              bool commandChecksTrail = false)
{
    AuditTrailSeal seal(&directory, &secrets);
    QObject::connect(&seal, &AuditTrailSeal::tamperingFound,
                     [&err](const AuditTrailCheck& check) { err << check.message() << Qt::endl; });
    bool checked = false;
    seal.start([&err, &checked, commandChecksTrail](const AuditTrailCheck& check) {
        checked = true;
        if (!commandChecksTrail &&
            (check.isTampered() || check.state == AuditTrailCheck::State::Unavailable))
            err << check.message() << Qt::endl;
    });
    QDeadlineTimer checking(10000);
    while (commandChecksTrail && !checked && !checking.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const int exitCode = command(seal);
    QDeadlineTimer deadline(10000);
    while ((!checked || !seal.isIdle()) && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return exitCode;
}

// The commands that change the directory without a secret of their own.
bool editsWithoutSecretStore(const CommandLine& commandLine)
{
    const QString command = commandLine.command();
    return command == QLatin1String("import") || command == QLatin1String("organizations") ||
           (command == QLatin1String("config") &&
            commandLine.commandArguments().value(0) == QLatin1String("import"));
}

int runEditCommand(const CommandLine& commandLine, Directory& directory, QTextStream& out,
                   QTextStream& err)
{
    const QString command = commandLine.command();
    if (command == QLatin1String("import"))
        return InteropCommand(directory, out, err).run(commandLine);
    if (command == QLatin1String("organizations"))
        return OrganizationsCommand(directory, out, err).run(commandLine);
    return ConfigCommand(directory, out, err).run(commandLine);
}

// The commands that only read the directory: list, export, audit and
// simulate --principal (the batch opens no directory).
bool readsAsCaller(const CommandLine& commandLine)
{
    const QString command = commandLine.command();
    return command == QLatin1String("list") || command == QLatin1String("export") ||
           command == QLatin1String("audit") ||
           (command == QLatin1String("simulate") && !SimulateCommand::isBatch(commandLine));
}

// The read commands, with the caller signed in.
int runRead(const CommandLine& commandLine, Directory& directory, const ConsoleSession& caller,
            SecretStore& secrets, QTextStream& out, QTextStream& err)
{
    const QString command = commandLine.command();
    if (command == QLatin1String("list"))
        return ListCommand(directory, caller, out, err).run(commandLine);
    if (command == QLatin1String("simulate"))
        return SimulateCommand(out, err).runPrincipal(commandLine, directory, caller);
    if (command == QLatin1String("export"))
        return InteropCommand(directory, out, err).run(commandLine, &caller);
    return AuditCommand(directory, caller, out, err, &secrets).run(commandLine);
}

// settleFirst: the seal whose head must take in the sign-in before the
// command checks the trail itself, so that it finds its own head current.
int signedInRead(const CommandLine& commandLine, Directory& directory, SecretStore& secrets,
                 QTextStream& out, QTextStream& err, const AuditTrailSeal* settleFirst)
{
    StsService sts(&directory, &secrets, Clock::system());
    ConsoleSession session(&directory, Clock::system(), nullptr, &sts);
    if (auto signedIn = HeadlessSignIn::signInReader(session, directory, commandLine); !signedIn) {
        err << signedIn.error().toString() << Qt::endl;
        // No password given is a usage error, as for config import.
        return signedIn.error().code() == QLatin1String("ValidationError") ? ExitCode::Usage
                                                                           : ExitCode::Failure;
    }
    QDeadlineTimer settling(10000);
    while (settleFirst && !settleFirst->isIdle() && !settling.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const int exitCode = runRead(commandLine, directory, session, secrets, out, err);
    session.signOut();
    return exitCode;
}

// Every read is authorized as the AWS action it stands for, for a caller
// signed in as the writing commands' are: no caller, no read. The sign-in and
// sign-out are events, sealed as every command's.
int runReadCommand(const CommandLine& commandLine, Directory& directory, QTextStream& out,
                   QTextStream& err)
{
    auto opened = openHeadlessSecretStore(commandLine, directory);
    if (!opened) {
        err << opened.error().message() << Qt::endl;
        return ExitCode::StoreUnavailable;
    }
    SecretStore& secrets = *opened.value().store;
    const bool checksTrail = commandLine.command() == QLatin1String("audit") &&
                             AuditCommand::needsSecretStore(commandLine);
    return runSealed(
        directory, secrets, err,
        [&](const AuditTrailSeal& seal) {
            return signedInRead(commandLine, directory, secrets, out, err,
                                checksTrail ? &seal : nullptr);
        },
        checksTrail);
}

int runCommand(const CommandLine& commandLine, Directory& directory, QTextStream& out,
               QTextStream& err)
{
    const QString command = commandLine.command();
    if (readsAsCaller(commandLine))
        return runReadCommand(commandLine, directory, out, err);
    if (editsWithoutSecretStore(commandLine)) {
        // They need no secret, but what they append is sealed as any other command's.
        auto secrets = openHeadlessSecretStore(commandLine, directory);
        if (!secrets) {
            err << secrets.error().message() << Qt::endl;
            return ExitCode::StoreUnavailable;
        }
        return runSealed(directory, *secrets.value().store, err, [&](const AuditTrailSeal&) {
            return runEditCommand(commandLine, directory, out, err);
        });
    }
    if (command == QLatin1String("config"))
        return ConfigCommand(directory, out, err).run(commandLine);
    if (command == QLatin1String("sts") || command == QLatin1String("serve") ||
        command == QLatin1String("iam") || command == QLatin1String("credential-process") ||
        command == QLatin1String("exec") || command == QLatin1String("idp")) {
        auto secrets = openHeadlessSecretStore(commandLine, directory);
        if (!secrets) {
            err << secrets.error().message() << Qt::endl;
            return StsCommand::UsageError;
        }
        if (auto idp = createDemoIdentityProvider(directory, *secrets.value().store); !idp)
            err << idp.error().toString() << Qt::endl;
        SecretStore& store = *secrets.value().store;
        return runSealed(directory, store, err, [&](const AuditTrailSeal&) {
            return runWithSecretStore(commandLine, directory, store, out, err);
        });
    }
    err << QCoreApplication::translate("main", "switchboard: unknown command '%1' (see --help)")
               .arg(command)
        << Qt::endl;
    return ExitCode::Usage;
}

} // namespace

int main(int argc, char* argv[])
{
    // Before anything can start a child process: secrets leave the environment.
    EnvironmentSecrets::takeAll();
    QCoreApplication::setOrganizationName(QStringLiteral("Switchboard"));
    QCoreApplication::setApplicationName(QStringLiteral("switchboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));
    // The menu entry's name: window systems group the windows under its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.switchboard.Switchboard"));

    // A usage error is reported before any window system is asked for.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (CommandLine probe; !probe.parse(arguments)) {
        QTextStream(stderr) << probe.errorText() << Qt::endl;
        return probe.usageExit();
    }

    // Headless commands never need a display.
    const bool headless =
        !CommandLine::peekCommand(argc, argv).isEmpty() || CommandLine::onlyPrints(argc, argv);
    std::unique_ptr<QCoreApplication> app;
    if (headless)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);

    UiTranslators::install(*app, CommandLine::peekValue(argc, argv, QStringLiteral("--lang")));
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine commandLine;
    if (!commandLine.parse(QCoreApplication::arguments())) {
        err << commandLine.errorText() << Qt::endl;
        return commandLine.usageExit();
    }
    if (commandLine.helpRequested()) {
        out << commandLine.helpText();
        return 0;
    }
    if (commandLine.isSet(QStringLiteral("completion"))) {
        const QString script = commandLine.completionScript();
        if (script.isEmpty()) {
            err << QCoreApplication::translate(
                       "main", "switchboard: error: no completion script for '%1'; there is one "
                               "for bash")
                       .arg(commandLine.value(QStringLiteral("completion")))
                << Qt::endl;
            return ExitCode::Usage;
        }
        out << script;
        return ExitCode::Success;
    }
    if (commandLine.versionRequested()) {
        out << QStringLiteral("switchboard %1").arg(QCoreApplication::applicationVersion())
            << Qt::endl;
        return 0;
    }

    // The batch simulator decides documents it is given: no directory needed.
    if (commandLine.command() == QLatin1String("simulate") && SimulateCommand::isBatch(commandLine))
        return SimulateCommand(out, err).runBatch(commandLine);
    // A read is a caller's: without one it is refused before anything is opened or created.
    if (readsAsCaller(commandLine) && !HeadlessSignIn::namesCaller(commandLine)) {
        err << HeadlessSignIn::callerRequired(commandLine.command()) << Qt::endl;
        return ExitCode::Usage;
    }

    // Generated passwords are shown once, in the console's window; a headless
    // command must not print them, so it creates the demo only with a chosen one.
    if (headless && !commandLine.emptyDirectory() && commandLine.demoPassword().isEmpty() &&
        DirectoryBootstrap::wouldCreate(commandLine.directoryPath())) {
        err << DirectoryBootstrap::demoNeedsAPassword(commandLine.directoryPath()) << Qt::endl;
        return 2;
    }
    auto opened =
        DirectoryBootstrap::open(commandLine.directoryPath(), commandLine.emptyDirectory(),
                                 commandLine.demoPassword(), !headless);
    if (!opened) {
        err << opened.error().toString() << Qt::endl;
        return 1;
    }
    Directory& directory = *opened.value().directory;
    const auto& credentials = opened.value().generatedCredentials;

    if (headless)
        return runCommand(commandLine, directory, out, err);

    bool speedOk = true;
    const QString speedText = commandLine.value(QStringLiteral("clock-speed"));
    const int speed = speedText.isEmpty() ? 1 : speedText.toInt(&speedOk);
    if (!speedOk || (speed != 1 && speed != 10 && speed != 60)) {
        err << QCoreApplication::translate("main",
                                           "switchboard: --clock-speed must be 1, 10 or 60, not %1")
                   .arg(speedText)
            << Qt::endl;
        return 2;
    }

    auto& gui = static_cast<QApplication&>(*app);
    AppearanceController appearance(&gui);
    const auto storeKind =
        SecretStoreSetup::chosenKind(commandLine.value(QStringLiteral("secret-store")));
    if (!storeKind) {
        err << storeKind.error().message() << Qt::endl;
        return 2;
    }
    auto secrets = SecretStoreSetup::open(
        *storeKind, directory.filePath(), QUuid::fromString(directory.directoryId()),
        [&directory](bool creating, const QString& error) {
            return PassphraseDialog::ask(SecretStoreSetup::encryptedFilePath(directory.filePath()),
                                         creating, error);
        });
    if (!secrets) {
        err << secrets.error().message() << Qt::endl;
        return 1;
    }
    if (!commandLine.value(QStringLiteral("secret-store")).isEmpty())
        SecretStoreSetup::rememberKind(*storeKind);
    TrainingClock clock(speed);
    StsService sts(&directory, secrets.value().store.get(), &clock);
    ConsoleController controller(&directory, &sts, &clock);
    auto* demoIdp = new SamlIdentityProvider(&sts, &controller);
    demoIdp->createDemoProvider([&err, demoIdp](Result<void> created) {
        if (!created)
            err << created.error().toString() << Qt::endl;
        demoIdp->deleteLater();
    });
    controller.setSecretStoreProblem(secrets.value().problem);
    controller.setTrainingClock(&clock);
    controller.setAppearanceController(&appearance);
    // A trail cut or emptied since the last run is named at start-up; its
    // head is then kept with every event the console records.
    AuditTrailSeal seal(&directory, secrets.value().store.get());
    auto warnAboutTrail = [&controller, &err](const AuditTrailCheck& check) {
        if (!check.isTampered())
            return;
        err << check.message() << Qt::endl;
        controller.setAuditTrailProblem(check.message());
    };
    QObject::connect(&seal, &AuditTrailSeal::tamperingFound, &controller, warnAboutTrail);
    seal.start(warnAboutTrail);
    // Sessions that ran out while the console was closed give up their secrets now.
    sts.endExpiredSessions(&controller, [&err](Result<int> ended) {
        if (!ended)
            err << ended.error().toString() << Qt::endl;
    });
    ConsoleController::StartOptions options;
    options.newCredentials = credentials;
    // --user ACCOUNT/NAME names the user's account itself.
    options.account =
        commandLine.userAccount().isEmpty() ? commandLine.account() : commandLine.userAccount();
    options.userName = commandLine.userName();
    options.password = EnvironmentSecrets::value(EnvironmentSecrets::Password).insecureUtf8String();
    options.openArn = commandLine.openArn();
    options.window = commandLine.window();
    options.tab = commandLine.value(QStringLiteral("tab"));
    options.windowActions = commandLine.values(QStringLiteral("action"));
    options.screenshotPath = commandLine.screenshotPath();
    options.switchRole = commandLine.value(QStringLiteral("switch-role"));
    options.switchColor = commandLine.value(QStringLiteral("color"));
    options.switchDisplayName = commandLine.value(QStringLiteral("display-name"));
    options.addSessions = commandLine.values(QStringLiteral("add-session"));
    if (const QString port = commandLine.value(QStringLiteral("port")); !port.isEmpty()) {
        bool portOk = false;
        const uint number = port.toUInt(&portOk);
        if (!portOk || number > 65535) {
            err << QCoreApplication::translate("main",
                                               "switchboard: error: argument --port: invalid "
                                               "port: '%1'")
                       .arg(port)
                << Qt::endl;
            return 2;
        }
        options.endpointPort = quint16(number);
    }
    controller.start(options);
    return gui.exec();
}
