// A second process on one directory, for tst_directoryprocesses. Opens it,
// prints "ready", waits for a line on its input (so that all racers start
// together), then prints one line per item: "created ITEM", or the error's
// code and message.
//   directoryracer LOCATION ACCOUNT NAME...
//       creates the users in ACCOUNT, each in one transaction with its audit
//       event, as a console would;
//   directoryracer LOCATION ACCOUNT --below LIMIT ACCOUNT_ID/NAME...
//       creates each user only while its account holds fewer than LIMIT,
//       counted in its transaction as DirectoryAdmin checks an account quota;
//   directoryracer LOCATION ACCOUNT --attach USER POLICY_ARN...
//       attaches each managed policy to the user;
//   directoryracer LOCATION ACCOUNT --alias ID=ALIAS...
//       creates each account with its alias (ACCOUNT is not used).
// With --hold MS first, each item's transaction stays open MS milliseconds
// after its work, as a slow client's would: a racer that checks before the
// other commits then checks within that time.
#include "directory/auditevent.h"
#include "directory/directory.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <QThread>

#include <functional>

namespace {

Result<void> createWithAuditEvent(Directory& directory, const QString& account, const QString& name)
{
    return directory.runInTransaction([&]() -> Result<void> {
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
}

Result<void> createBelow(Directory& directory, const QString& account, int limit,
                         const QString& name)
{
    return directory.runInTransaction([&]() -> Result<void> {
        const auto held = directory.entityCount(EntityKind::User, account);
        if (!held)
            return held.error();
        if (*held >= limit)
            return IamError::limitExceeded(
                QStringLiteral("Cannot exceed quota for UsersPerAccount: %1").arg(limit));
        const auto user = directory.createUser(account, name);
        if (!user)
            return user.error();
        return {};
    });
}

Result<void> createAccount(Directory& directory, const QString& idAndAlias)
{
    const QStringList parts = idAndAlias.split(QLatin1Char('='));
    const auto account = directory.createAccount(parts.value(0), parts.value(1));
    if (!account)
        return account.error();
    return {};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    if (args.size() < 3) {
        QTextStream(stderr) << "usage: directoryracer LOCATION ACCOUNT [--below LIMIT | --attach "
                               "USER | --alias] ITEM...\n";
        return 2;
    }
    const QString location = args.takeFirst();
    const QString account = args.takeFirst();
    auto opened = Directory::open(location);
    if (!opened) {
        QTextStream(stderr) << opened.error().toString() << '\n';
        return 1;
    }
    Directory& directory = *opened.value();
    std::function<Result<void>(const QString&)> each = [&](const QString& name) {
        return createWithAuditEvent(directory, account, name);
    };
    int holdMs = 0;
    if (args.value(0) == QLatin1String("--hold")) {
        holdMs = args.value(1).toInt();
        args = args.mid(2);
    }
    const QString mode = args.value(0);
    if (mode == QLatin1String("--below")) {
        const int limit = args.value(1).toInt();
        args = args.mid(2);
        each = [&, limit](const QString& item) {
            const QStringList parts = item.split(QLatin1Char('/'));
            return createBelow(directory, parts.value(0), limit, parts.value(1));
        };
    } else if (mode == QLatin1String("--attach")) {
        const QString user = args.value(1);
        args = args.mid(2);
        each = [&, user](const QString& policyArn) {
            return directory.attachPolicy(EntityKind::User, account, user, policyArn);
        };
    } else if (mode == QLatin1String("--alias")) {
        args = args.mid(1);
        each = [&](const QString& idAndAlias) { return createAccount(directory, idAndAlias); };
    }
    out << "ready\n";
    out.flush();
    (void)QTextStream(stdin).readLine();
    for (const QString& item : std::as_const(args)) {
        const Result<void> done = directory.runInTransaction([&]() -> Result<void> {
            if (auto r = each(item); !r)
                return r;
            QThread::msleep(holdMs);
            return {};
        });
        if (done)
            out << "created " << item << '\n';
        else
            out << done.error().code() << ' ' << done.error().message() << '\n';
        out.flush();
    }
    return 0;
}
