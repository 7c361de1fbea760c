#include "audit/auditqueries.h"
#include "audit/auditworker.h"
#include "audit/backgroundaudit.h"
#include "audit/findings.h"
#include "common/audithold.h"
#include "common/resultassertions.h"
#include "common/testengine.h"
#include "directory/directory.h"
#include "testdirectory.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <memory>
#include <optional>

// Questions in the background: answered over the worker's own connection,
// superseded, cancelled, and dropped with their runner; the worker keeps its
// bulk read from one question to the next until the directory changes. On
// SQLite over a file; the postgres copy over a database of the test server.
class TestBackgroundAudit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir tmp;
    std::unique_ptr<Directory> dir;

    // The worker's thread and what its directory holds, to tell where and over what it ran.
    struct Answer
    {
        QThread* thread = nullptr;
        int users = 0;
    };
    static std::function<Answer(const AuditQueries&, const CancellationToken&)> count()
    {
        return [](const AuditQueries& queries, const CancellationToken&) {
            return Answer{QThread::currentThread(),
                          int(queries.directory().users(TestDirectory::prod).size())};
        };
    }

    // Who may read Sam's record (directly or through groups and roles), and how many bulk reads the
    // worker's queries made so far.
    struct Readers
    {
        QStringList principals;
        int bulkReads = 0;
    };
    static std::function<Readers(const AuditQueries&, const CancellationToken&)> readersOfSam()
    {
        return [](const AuditQueries& queries, const CancellationToken&) {
            Readers readers;
            for (const AccessPath& path :
                 queries.whoCan(QStringLiteral("iam:GetUser"),
                                QStringLiteral("arn:aws:iam::%1:user/Sam").arg(TestDirectory::prod),
                                TestDirectory::prod))
                if (!readers.principals.contains(path.principalArn))
                    readers.principals << path.principalArn;
            readers.bulkReads = queries.bulkReads();
            return readers;
        };
    }

    // Runs one question to its end; the answer, if it was delivered.
    template <typename T>
    static std::optional<T>
    ask(BackgroundAudit& audit,
        std::function<T(const AuditQueries&, const CancellationToken&)> work)
    {
        QSignalSpy ended(&audit, &BackgroundAudit::ended);
        std::optional<T> answer;
        audit.start<T>(std::move(work), [&](T a) { answer = std::move(a); });
        if (ended.isEmpty() && !ended.wait())
            return std::nullopt;
        return answer;
    }

    // Lets the worker finish what it was given and its answers arrive.
    void drain()
    {
        if (AuditWorker* worker = AuditWorker::of(*dir))
            worker->waitForIdle();
        QCoreApplication::sendPostedEvents();
    }

private slots:
    void init()
    {
        REQUIRE_TEST_ENGINE();
        QVERIFY(tmp.isValid());
        const QString location = TestEngine::sharedLocation(tmp);
        QFile::remove(location); // SQLite's file from the test before
        REQUIRE_VALUE(dir, TestDirectory::small(location));
    }

    void cleanup()
    {
        dir.reset(); // and its worker with it
        TestEngine::dropDatabases();
    }

    void aFileIsReadOnAWorkerOverItsOwnConnection()
    {
        BackgroundAudit audit(*dir);
        QSignalSpy finished(&audit, &BackgroundAudit::finished);
        std::optional<Answer> answer;
        audit.start<Answer>(count(), [&](Answer a) { answer = a; });
        QVERIFY(audit.isRunning());
        QVERIFY(finished.wait());
        QVERIFY(answer);
        QVERIFY(answer->thread != QThread::currentThread());
        QCOMPARE(answer->users, int(dir->users(TestDirectory::prod).size()));
        QVERIFY(answer->users > 0);
        QVERIFY(!audit.isRunning());
    }

    void anInMemoryDirectoryIsReadOnTheCallingThread()
    {
        REQUIRE_VALUE(dir, TestDirectory::small());
        BackgroundAudit audit(*dir);
        QSignalSpy ended(&audit, &BackgroundAudit::ended);
        std::optional<Answer> answer;
        audit.start<Answer>(count(), [&](Answer a) { answer = a; });
        QVERIFY(answer); // at once: it has no second connection
        QCOMPARE(answer->thread, QThread::currentThread());
        QCOMPARE(ended.size(), 1);
    }

    void onlyTheNewestQuestionIsAnswered()
    {
        AuditHold hold;
        hold.holdOnlyFirst();
        BackgroundAudit audit(*dir);
        QSignalSpy finished(&audit, &BackgroundAudit::finished);
        QSignalSpy ended(&audit, &BackgroundAudit::ended);
        QStringList answered;
        audit.start<int>([](const AuditQueries&, const CancellationToken&) { return 1; },
                         [&](int) { answered << QStringLiteral("first"); });
        QTRY_COMPARE(hold.entered(), 1);
        audit.start<int>([](const AuditQueries&, const CancellationToken&) { return 2; },
                         [&](int) { answered << QStringLiteral("second"); });
        QVERIFY(finished.wait());
        QTRY_COMPARE(hold.sawCancelled(), 1); // the first was told to stop
        drain();
        QCOMPARE(answered, QStringList{QStringLiteral("second")});
        QCOMPARE(finished.size(), 1);
        QCOMPARE(ended.size(), 1);
    }

    void cancelFreesTheCallerAtOnceAndStopsTheWorker()
    {
        AuditHold hold;
        BackgroundAudit audit(*dir);
        QSignalSpy cancelled(&audit, &BackgroundAudit::cancelled);
        QSignalSpy finished(&audit, &BackgroundAudit::finished);
        bool delivered = false;
        bool workRan = false;
        audit.start<int>(
            [&workRan](const AuditQueries&, const CancellationToken&) {
                workRan = true;
                return 0;
            },
            [&](int) { delivered = true; });
        QTRY_COMPARE(hold.entered(), 1);
        audit.cancel();
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(!audit.isRunning());
        QTRY_COMPARE(hold.sawCancelled(), 1);
        drain();
        QVERIFY(!workRan);
        QVERIFY(!delivered);
        QCOMPARE(finished.size(), 0);
        audit.cancel(); // nothing runs: nothing to announce
        QCOMPARE(cancelled.size(), 1);
    }

    // The worker's queries keep their bulk read: a second question, even from
    // another window, does not read the directory again.
    void aSecondQuestionKeepsTheRead()
    {
        BackgroundAudit findings(*dir);
        BackgroundAudit graph(*dir);
        const auto first = ask(findings, readersOfSam());
        QVERIFY(first);
        QCOMPARE(first->bulkReads, 1);
        QVERIFY(!first->principals.isEmpty()); // Maria, the administrator
        const auto second = ask(graph, readersOfSam());
        QVERIFY(second);
        QCOMPARE(second->principals, first->principals);
        QCOMPARE(second->bulkReads, 1);
        // Answered on the one thread of the directory's worker.
        const auto here = ask(findings, count());
        const auto there = ask(graph, count());
        QVERIFY(here && there);
        QCOMPARE(here->thread, there->thread);
    }

    // An edit in the console between two questions is seen by the second:
    // the kept read is dropped and read again.
    void anEditBetweenQuestionsIsSeen()
    {
        BackgroundAudit audit(*dir);
        const QString sam = QStringLiteral("arn:aws:iam::%1:user/Sam").arg(TestDirectory::prod);
        const auto before = ask(audit, readersOfSam());
        QVERIFY(before);
        QVERIFY(!before->principals.contains(sam));
        const InlinePolicy readSelf{
            QStringLiteral("ReadSelf"),
            QStringLiteral(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow",)"
                           R"("Action":"iam:GetUser","Resource":"%1"}]})")
                .arg(sam)};
        REQUIRE_OK(dir->putInlinePolicy(EntityKind::User, TestDirectory::prod,
                                        QStringLiteral("Sam"), readSelf));
        const auto after = ask(audit, readersOfSam());
        QVERIFY(after);
        QVERIFY(after->principals.contains(sam));
        QCOMPARE(after->bulkReads, before->bulkReads + 1);
        // And kept again from there.
        const auto again = ask(audit, readersOfSam());
        QVERIFY(again);
        QCOMPARE(again->bulkReads, after->bulkReads);
    }

    void aCancelledScanStopsBetweenPrincipals()
    {
        // Sam may give himself any policy: found while the scan goes through the principals.
        const InlinePolicy selfService{
            QStringLiteral("SelfService"),
            QStringLiteral(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow",)"
                           R"("Action":"iam:PutUserPolicy","Resource":"*"}]})")};
        REQUIRE_OK(dir->putInlinePolicy(EntityKind::User, TestDirectory::prod,
                                        QStringLiteral("Sam"), selfService));
        auto escalations = [](const QList<Finding>& findings) {
            return std::count_if(findings.cbegin(), findings.cend(), [](const Finding& f) {
                return f.kind == Finding::Kind::CanEscalateToAdmin;
            });
        };
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(escalations(Findings::scan(*dir, TestDirectory::prod, now)), 1);
        CancellationToken token;
        token.cancel();
        QCOMPARE(
            escalations(Findings::scan(*dir, TestDirectory::prod, now, AuditMode::Indexed, &token)),
            0);
    }

    void destroyingTheRunnerDropsTheAnswer()
    {
        AuditHold hold;
        bool delivered = false;
        {
            BackgroundAudit audit(*dir);
            audit.start<int>([](const AuditQueries&, const CancellationToken&) { return 0; },
                             [&](int) { delivered = true; });
            QTRY_COMPARE(hold.entered(), 1);
        }
        QTRY_COMPARE(hold.sawCancelled(), 1);
        drain();
        QVERIFY(!delivered);
    }
};

QTEST_GUILESS_MAIN(TestBackgroundAudit)
#include "tst_backgroundaudit.moc"
