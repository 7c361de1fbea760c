#include "directorytesthelpers.h"

#include "common/resultassertions.h"
#include "common/testengine.h"
#include "crypto/passwordhasher.h"
#include "directory/directory.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace DirectoryTest;

// Several processes (consoles, command lines) writing to one directory at
// once, on this run's engine: nothing is lost, a name is taken once, and the
// audit trail stays one chain.
class TestDirectoryProcesses : public QObject
{
    Q_OBJECT

private:
    // A shared directory with the prod account.
    static QString prepared(const QTemporaryDir& folder)
    {
        const QString location = TestEngine::sharedLocation(folder);
        auto opened = Directory::open(location);
        if (!opened || !opened.value()->createAccount(prod))
            return {};
        return location;
    }

    // Runs one directoryracer per list of names, all at once; each one's lines.
    static QList<QStringList> race(const QString& location, const QList<QStringList>& names)
    {
        std::vector<std::unique_ptr<QProcess>> processes;
        for (const QStringList& list : names) {
            auto process = std::make_unique<QProcess>();
            process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            process->start(QStringLiteral(DIRECTORY_RACER), QStringList{location, prod} + list);
            processes.push_back(std::move(process));
        }
        // All opened before any starts, so their edits meet.
        for (const auto& process : processes)
            while (!process->canReadLine() && process->waitForReadyRead(60000)) {
            }
        for (const auto& process : processes) {
            if (process->readLine().trimmed() != "ready")
                return {QStringList{QStringLiteral("a process did not get ready")}};
            process->write("go\n");
            process->waitForBytesWritten(10000);
        }
        QList<QStringList> lines;
        for (const auto& process : processes) {
            const bool finished = process->waitForFinished(120000);
            const bool succeeded = finished && process->exitStatus() == QProcess::NormalExit &&
                                   process->exitCode() == 0;
            lines << (succeeded ? QString::fromUtf8(process->readAllStandardOutput())
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                : QStringList{QStringLiteral("the process failed")});
        }
        return lines;
    }

    // The lines of all processes that start with prefix.
    static int countLines(const QList<QStringList>& lines, const QString& prefix)
    {
        int found = 0;
        for (const QStringList& list : lines)
            for (const QString& line : list)
                found += line.startsWith(prefix) ? 1 : 0;
        return found;
    }

private slots:
    void initTestCase() { PasswordHasher::setCostLog2(10); }
    void init() { REQUIRE_TEST_ENGINE(); }
    void cleanup() { TestEngine::dropDatabases(); }

    void aHundredCreationsFromFourProcessesLoseNone()
    {
        QTemporaryDir tmp;
        const QString location = prepared(tmp);
        QVERIFY(!location.isEmpty());
        QList<QStringList> names(4);
        QList<QStringList> expected(4);
        for (int i = 0; i < 100; ++i) {
            const QString name = QStringLiteral("writer%1-user%2").arg(i % 4).arg(i);
            names[i % 4] << name;
            expected[i % 4] << QStringLiteral("created ") + name;
        }
        QCOMPARE(race(location, names), expected);
        auto reopened = Directory::open(location);
        REQUIRE_OK(reopened);
        QCOMPARE(reopened.value()->userCount(prod), 100);
        QCOMPARE(reopened.value()->auditEventCount(), 100);
        QCOMPARE(reopened.value()->verifyAuditChain(), std::nullopt);
    }

    // Two processes creating the same names (in other cases) at once: each
    // name once, and AWS's EntityAlreadyExists for the other, never a failure.
    void theSameNameFromTwoProcessesGivesOneUserAndEntityAlreadyExists()
    {
        QTemporaryDir tmp;
        const QString location = prepared(tmp);
        QVERIFY(!location.isEmpty());
        constexpr int count = 25;
        QList<QStringList> names(2);
        for (int i = 0; i < count; ++i) {
            names[0] << QStringLiteral("Twin%1").arg(i);
            names[1] << QStringLiteral("twin%1").arg(i);
        }
        const QList<QStringList> lines = race(location, names);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].size(), count);
        QCOMPARE(lines[1].size(), count);
        int created = 0;
        for (int i = 0; i < count; ++i) {
            for (int p = 0; p < 2; ++p) {
                const QString& line = lines[p][i];
                const QString& name = names[p][i];
                const QString& other = lines[1 - p][i];
                if (line == QStringLiteral("created ") + name) {
                    ++created;
                    QCOMPARE(other, QStringLiteral("EntityAlreadyExists User with name %1 "
                                                   "already exists.")
                                        .arg(names[1 - p][i]));
                } else {
                    QCOMPARE(line, QStringLiteral("EntityAlreadyExists User with name %1 "
                                                  "already exists.")
                                       .arg(name));
                }
            }
        }
        QCOMPARE(created, count);
        auto reopened = Directory::open(location);
        REQUIRE_OK(reopened);
        QCOMPARE(reopened.value()->userCount(prod), count);
        QCOMPARE(reopened.value()->auditEventCount(), count);
        QCOMPARE(reopened.value()->verifyAuditChain(), std::nullopt);
    }

    // Two processes each adding a user to the same accounts, one after the
    // other, while an account holds fewer than one, counted as DirectoryAdmin
    // checks an account's quota: the last one allowed goes to one of them,
    // never to both.
    void anAccountQuotaIsNeverOvershotByARace()
    {
        QTemporaryDir tmp;
        const QString location = prepared(tmp);
        QVERIFY(!location.isEmpty());
        constexpr int accounts = 20;
        QStringList ids;
        {
            auto opened = Directory::open(location);
            REQUIRE_OK(opened);
            for (int i = 0; i < accounts; ++i) {
                ids << QString::number(300000000000LL + i);
                REQUIRE_OK(opened.value()->createAccount(ids.last()));
            }
        }
        QList<QStringList> args(2);
        for (int p = 0; p < 2; ++p) {
            args[p] << QStringLiteral("--hold") << QStringLiteral("20") << QStringLiteral("--below")
                    << QStringLiteral("1");
            for (const QString& id : std::as_const(ids))
                args[p] << id + QStringLiteral("/racer%1").arg(p);
        }
        const QList<QStringList> lines = race(location, args);
        QCOMPARE(countLines(lines, QStringLiteral("created ")), accounts);
        QCOMPARE(countLines(lines, QStringLiteral("LimitExceeded Cannot exceed quota for "
                                                  "UsersPerAccount: 1")),
                 accounts);
        auto reopened = Directory::open(location);
        REQUIRE_OK(reopened);
        for (const QString& id : std::as_const(ids))
            QCOMPARE(reopened.value()->userCount(id), 1);
    }

    // The managed policies per user (10 by default), attached by two
    // processes at once to a user who has one: an odd number left, so that
    // the two meet at the last one allowed.
    void attachedPoliciesPerUserStayWithinTheirQuota()
    {
        QTemporaryDir tmp;
        const QString location = prepared(tmp);
        QVERIFY(!location.isEmpty());
        constexpr int limit = 10;
        QList<QStringList> arns(2);
        {
            auto opened = Directory::open(location);
            REQUIRE_OK(opened);
            Directory& directory = *opened.value();
            REQUIRE_OK(directory.createUser(prod, QStringLiteral("Target")));
            for (int i = 0; i <= 2 * limit; ++i) {
                ManagedPolicy policy;
                REQUIRE_VALUE(policy, directory.createPolicy(
                                          prod, QStringLiteral("Racing%1").arg(i), allowS3()));
                if (i == 2 * limit)
                    REQUIRE_OK(directory.attachPolicy(EntityKind::User, prod,
                                                      QStringLiteral("Target"), policy.arn));
                else
                    arns[i % 2] << policy.arn;
            }
        }
        QList<QStringList> args(2);
        for (int p = 0; p < 2; ++p)
            args[p] << QStringLiteral("--hold") << QStringLiteral("20")
                    << QStringLiteral("--attach") << QStringLiteral("Target") << arns[p];
        const QList<QStringList> lines = race(location, args);
        QCOMPARE(countLines(lines, QStringLiteral("created ")), limit - 1);
        QCOMPARE(countLines(lines, QStringLiteral("LimitExceeded Cannot exceed quota for "
                                                  "PoliciesPerUser: 10")),
                 limit + 1);
        auto reopened = Directory::open(location);
        REQUIRE_OK(reopened);
        QCOMPARE(reopened.value()
                     ->attachedPolicies(EntityKind::User, prod, QStringLiteral("Target"))
                     .size(),
                 limit);
    }

    // Two processes creating accounts with the same aliases at once: each
    // alias once, and the other gets its own clear message, never a failure.
    void anAliasIsTakenOnceByConcurrentAccounts()
    {
        QTemporaryDir tmp;
        const QString location = prepared(tmp);
        QVERIFY(!location.isEmpty());
        constexpr int count = 20;
        QList<QStringList> args(2);
        for (int p = 0; p < 2; ++p) {
            args[p] << QStringLiteral("--hold") << QStringLiteral("20")
                    << QStringLiteral("--alias");
            for (int i = 0; i < count; ++i)
                args[p] << QStringLiteral("%1=team-%2").arg((p + 2) * 100000000000LL + i).arg(i);
        }
        const QList<QStringList> lines = race(location, args);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].size(), count);
        QCOMPARE(lines[1].size(), count);
        for (int i = 0; i < count; ++i) {
            const QString taken = QStringLiteral("EntityAlreadyExists The account alias team-%1 "
                                                 "already exists.")
                                      .arg(i);
            const bool first = lines[0][i].startsWith(QStringLiteral("created "));
            QCOMPARE(lines[first ? 1 : 0][i], taken);
            QCOMPARE(lines[first ? 0 : 1][i],
                     QStringLiteral("created ") + args[first ? 0 : 1][i + 3]);
        }
    }
};

QTEST_GUILESS_MAIN(TestDirectoryProcesses)
#include "tst_directoryprocesses.moc"
