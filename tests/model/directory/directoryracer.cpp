// A second process on one directory, for tst_directoryprocesses: creates the
// users named on the command line in ACCOUNT, each in one transaction with
// its audit event, as a console would, and prints one line per name:
// "created NAME", or the error's code and message.
#include "directory/auditevent.h"
#include "directory/directory.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    if (args.size() < 3) {
        QTextStream(stderr) << "usage: directoryracer LOCATION ACCOUNT NAME...\n";
        return 2;
    }
    const QString& account = args[1];
    auto opened = Directory::open(args[0]);
    if (!opened) {
        QTextStream(stderr) << opened.error().toString() << '\n';
        return 1;
    }
    Directory& directory = *opened.value();
    for (const QString& name : args.mid(2)) {
        const Result<void> done = directory.runInTransaction([&]() -> Result<void> {
            const auto user = directory.createUser(account, name);
            if (!user)
                return user.error();
            AuditEvent event;
            event.actorArn = QStringLiteral("arn:aws:iam::%1:user/Racer").arg(account);
            event.action = QStringLiteral("iam:CreateUser");
            event.target = user->arn().toString();
            event.outcome = QStringLiteral("Success");
            if (auto appended = directory.appendAuditEvent(event); !appended)
                return appended.error();
            return {};
        });
        if (done)
            out << "created " << name << '\n';
        else
            out << done.error().code() << ' ' << done.error().message() << '\n';
        out.flush();
    }
    return 0;
}
