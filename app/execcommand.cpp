#include "execcommand.h"

#include "commandline.h"
#include "console/consolesession.h"
#include "containercredentialserver.h"
#include "credentialprocesscommand.h"
#include "headlesssignin.h"
#include "iam/clock.h"
#include "rolecredentialsource.h"
#include "sts/stsservice.h"
#include "terminationwatcher.h"

#include <QEventLoop>
#include <QProcess>

#include <csignal>

ExecCommand::ExecCommand(Directory& directory, SecretStore& secrets, QTextStream& out,
                         QTextStream& err)
    : m_directory(directory)
    , m_secrets(secrets)
    , m_out(out)
    , m_err(err)
{}

int ExecCommand::run(const CommandLine& commandLine)
{
    const auto wanted = CredentialProcessCommand::request(commandLine);
    const QStringList childCommand = commandLine.commandArguments();
    if (wanted && childCommand.isEmpty()) {
        m_err << tr("switchboard: error: exec needs the command to run after --") << Qt::endl;
        return CredentialProcessCommand::UsageError;
    }
    if (!wanted) {
        m_err << tr("switchboard: error: %1").arg(wanted.error().message()) << Qt::endl;
        return CredentialProcessCommand::UsageError;
    }
    StsService sts(&m_directory, &m_secrets, Clock::system());
    ConsoleSession session(&m_directory, Clock::system(), nullptr, &sts);
    if (auto signedIn = HeadlessSignIn::signInEither(session, m_directory, m_secrets, commandLine);
        !signedIn) {
        m_err << tr("switchboard: error: %1: %2")
                     .arg(signedIn.error().code(), signedIn.error().message())
              << Qt::endl;
        return CredentialProcessCommand::ServiceError;
    }
    // The first credentials before the program starts: a refusal stops it from running at all.
    RoleCredentialSource source(&session, &sts, wanted.value());
    if (const auto first = CredentialProcessCommand::fetch(source); !first) {
        m_err << tr("switchboard: error: %1: %2").arg(first.error().code(), first.error().message())
              << Qt::endl;
        return CredentialProcessCommand::ServiceError;
    }
    ContainerCredentialServer server(&m_directory, &sts, &source);
    if (auto started = server.start(); !started) {
        m_err << tr("switchboard: error: %1").arg(started.error().message()) << Qt::endl;
        return 1;
    }

    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.setInputChannelMode(QProcess::ForwardedInputChannel);
    child.setProcessEnvironment(server.childEnvironment(QProcessEnvironment::systemEnvironment()));
    child.setProgram(childCommand.first());
    child.setArguments(childCommand.mid(1));

    QEventLoop loop;
    bool ended = false; // a program that cannot start may say so within start()
    int status = 0;
    int forwardedSignal = 0;
    TerminationWatcher watcher;
    QObject::connect(&watcher, &TerminationWatcher::terminationRequested, &child,
                     [&](int signalNumber) {
                         forwardedSignal = signalNumber;
                         if (const qint64 pid = child.processId(); pid > 0)
                             ::kill(pid_t(pid), signalNumber);
                     });
    QObject::connect(&child, &QProcess::finished, &loop,
                     [&](int exitCode, QProcess::ExitStatus exitStatus) {
                         status = exitStatus == QProcess::NormalExit
                                      ? exitCode
                                      : 128 + (forwardedSignal ? forwardedSignal : SIGKILL);
                         ended = true;
                         loop.quit();
                     });
    QObject::connect(&child, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        m_err << tr("switchboard: error: cannot run %1: %2")
                     .arg(childCommand.first(), child.errorString())
              << Qt::endl;
        status = CannotStart;
        ended = true;
        loop.quit();
    });
    child.start();
    if (!ended)
        loop.exec();
    server.stop();
    session.signOut();
    return status;
}
