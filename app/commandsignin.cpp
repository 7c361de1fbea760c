#include "commandsignin.h"

#include "commandline.h"
#include "directory/directory.h"

#include <QFile>

#include <cstdio>

Result<QString> CommandSignIn::password(const CommandLine& commandLine)
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

QString CommandSignIn::account(const Directory& directory, const CommandLine& commandLine,
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
