#pragma once

#include <QByteArray>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>

// The switchboard executable run as a user runs it, in a throw-away HOME with
// no display: its exit code and what it printed. Include from a test target
// that defines SWITCHBOARD_BINARY.
struct SwitchboardRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The demo users' password travels in the environment, never in argv; an
// empty one leaves it unset. A run that does not end within a minute reports
// exit code -1, which fails any exit code check.
inline SwitchboardRun runSwitchboard(const QStringList& arguments, const QString& home,
                                     const QString& demoPassword,
                                     const QMap<QString, QString>& extraEnvironment = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.remove(QStringLiteral("SWITCHBOARD_DEMO_PASSWORD"));
    if (!demoPassword.isEmpty())
        env.insert(QStringLiteral("SWITCHBOARD_DEMO_PASSWORD"), demoPassword);
    env.remove(QStringLiteral("DISPLAY")); // headless commands need no display
    for (auto it = extraEnvironment.begin(); it != extraEnvironment.end(); ++it)
        env.insert(it.key(), it.value());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SWITCHBOARD_BINARY), arguments);
    if (!process.waitForFinished(60000))
        return {-1, {}, QByteArrayLiteral("switchboard did not finish")};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}
