#include "headlesssignin.h"

#include "commandline.h"
#include "console/consolesession.h"
#include "directory/directory.h"

#include <QFile>

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
    } else if (const QString env = qEnvironmentVariable("SWITCHBOARD_PASSWORD"); !env.isEmpty()) {
        return env;
    }
    return IamError::validation(
        tr("a password is required: pass it on stdin with --password-stdin or in "
           "SWITCHBOARD_PASSWORD"));
}

QString HeadlessSignIn::account(const Directory& directory, const CommandLine& commandLine,
                                const QString& userName)
{
    if (!commandLine.account().isEmpty())
        return commandLine.account();
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

Result<void> HeadlessSignIn::signIn(ConsoleSession& session, const CommandLine& commandLine,
                                    const QString& userName)
{
    const QString user = userName.isEmpty() ? commandLine.userName() : userName;
    const auto secret = password(commandLine);
    if (!secret)
        return secret.error();
    return session.signIn(account(*session.directory(), commandLine, user), user, *secret);
}
