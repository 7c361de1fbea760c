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
};

QTEST_GUILESS_MAIN(TestDirectoryProcesses)
#include "tst_directoryprocesses.moc"
