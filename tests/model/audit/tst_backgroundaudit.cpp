#include "audit/backgroundaudit.h"
#include "audit/findings.h"
#include "common/audithold.h"
#include "common/resultassertions.h"
#include "directory/directory.h"
#include "testdirectory.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <memory>
#include <optional>

// Questions in the background: answered over the worker's own connection,
// superseded, cancelled, and dropped with their runner.
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
    static std::function<Answer(const Directory&, const CancellationToken&)> count()
    {
        return [](const Directory& directory, const CancellationToken&) {
            return Answer{QThread::currentThread(),
                          int(directory.users(TestDirectory::prod).size())};
        };
    }

private slots:
    void init()
    {
        QVERIFY(tmp.isValid());
        QFile::remove(tmp.filePath(QStringLiteral("audit.sqlite")));
        REQUIRE_VALUE(dir, TestDirectory::small(tmp.filePath(QStringLiteral("audit.sqlite"))));
    }

    void cleanup()
    {
        QThreadPool::globalInstance()->waitForDone();
        dir.reset();
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
        audit.start<int>([](const Directory&, const CancellationToken&) { return 1; },
                         [&](int) { answered << QStringLiteral("first"); });
        QTRY_COMPARE(hold.entered(), 1);
        audit.start<int>([](const Directory&, const CancellationToken&) { return 2; },
                         [&](int) { answered << QStringLiteral("second"); });
        QVERIFY(finished.wait());
        QTRY_COMPARE(hold.sawCancelled(), 1); // the first was told to stop
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::sendPostedEvents();
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
            [&workRan](const Directory&, const CancellationToken&) {
                workRan = true;
                return 0;
            },
            [&](int) { delivered = true; });
        QTRY_COMPARE(hold.entered(), 1);
        audit.cancel();
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(!audit.isRunning());
        QTRY_COMPARE(hold.sawCancelled(), 1);
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::sendPostedEvents();
        QVERIFY(!workRan);
        QVERIFY(!delivered);
        QCOMPARE(finished.size(), 0);
        audit.cancel(); // nothing runs: nothing to announce
        QCOMPARE(cancelled.size(), 1);
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
            audit.start<int>([](const Directory&, const CancellationToken&) { return 0; },
                             [&](int) { delivered = true; });
            QTRY_COMPARE(hold.entered(), 1);
        }
        QTRY_COMPARE(hold.sawCancelled(), 1);
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::sendPostedEvents();
        QVERIFY(!delivered);
    }
};

QTEST_GUILESS_MAIN(TestBackgroundAudit)
#include "tst_backgroundaudit.moc"
