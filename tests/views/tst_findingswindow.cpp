#include "audit/auditworker.h"
#include "audit/backgroundaudit.h"
#include "audit/findings.h"
#include "auditprogress.h"
#include "common/audithold.h"
#include "common/resultassertions.h"
#include "console/consolesession.h"
#include "findingswindow.h"
#include "iam/clock.h"
#include "testdirectory.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

class TestFindingsWindow : public QObject
{
    Q_OBJECT

private:
    ManualClock clock{QDateTime(QDate(2026, 11, 29), QTime(9, 0, 0), Qt::UTC)};
    std::unique_ptr<Directory> dir;
    std::unique_ptr<ConsoleSession> session;
    std::unique_ptr<FindingsWindow> window;
    std::optional<QTemporaryDir> tmp;

    // Scans run in the background only over a file: an in-memory directory has
    // no second connection.
    void useFile()
    {
        tmp.emplace();
        QVERIFY(tmp->isValid());
        REQUIRE_VALUE(
            dir, TestDirectory::small(tmp->filePath(QStringLiteral("findings.sqlite")), &clock));
    }

    int findingsAbout(const QString& arnSuffix) const
    {
        int count = 0;
        for (const Finding& finding : window->findings())
            count += finding.subjectArn.endsWith(arnSuffix) ? 1 : 0;
        return count;
    }

    static QString s(const char* text) { return QString::fromUtf8(text); }

    void open(const char* user)
    {
        session = std::make_unique<ConsoleSession>(dir.get(), &clock);
        QVERIFY(session->signIn(TestDirectory::prod, s(user), TestDirectory::password).ok());
        window = std::make_unique<FindingsWindow>(dir.get(), session.get());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }

    int rowOf(const QString& subjectArn, const QString& title) const
    {
        QTableWidget* table = window->table();
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, FindingsWindow::SubjectColumn)->text() == subjectArn &&
                table->item(row, FindingsWindow::TitleColumn)->text() == title)
                return row;
        return -1;
    }

private slots:
    void init() { REQUIRE_VALUE(dir, TestDirectory::small(QStringLiteral(":memory:"), &clock)); }

    void cleanup()
    {
        window.reset();
        session.reset();
        dir.reset(); // and its audit worker, with its own connection
        tmp.reset();
    }

    void aQuickScanShowsNoProgress()
    {
        open("Maria"); // in memory: answered at once
        QVERIFY(!window->isScanning());
        QVERIFY(window->table()->rowCount() > 0);
        QVERIFY(window->progress()->isHidden());
    }

    void aSlowScanShowsProgressAndCancelLeavesTheWindowUsable()
    {
        AuditHold hold;
        useFile();
        open("Maria");
        QVERIFY(window->isScanning());
        QCOMPARE(window->summaryText(), s("Scanning…"));
        QTRY_VERIFY(window->progress()->isVisible());
        QCOMPARE(window->table()->rowCount(), 0);

        QTest::mouseClick(window->progress()->cancelButton(), Qt::LeftButton);
        QVERIFY(!window->isScanning());
        QVERIFY(window->progress()->isHidden());
        QCOMPARE(window->summaryText(), s("Scan cancelled. Choose Refresh to scan again."));
        QCOMPARE(window->table()->rowCount(), 0);
        QTRY_COMPARE(hold.sawCancelled(), 1); // the worker stopped too

        hold.release();
        QVERIFY(window->refreshButton()->isEnabled());
        QTest::mouseClick(window->refreshButton(), Qt::LeftButton);
        QTRY_VERIFY(!window->isScanning());
        const QList<Finding> expected = Findings::scan(*dir, TestDirectory::prod, clock.now());
        QVERIFY(!expected.isEmpty());
        QCOMPARE(window->table()->rowCount(), int(expected.size()));
        QCOMPARE(window->findings().first().subjectArn, expected.first().subjectArn);
        QVERIFY(window->progress()->isHidden());
    }

    void closingTheWindowCancelsTheScan()
    {
        AuditHold hold;
        useFile();
        open("Maria");
        QTRY_COMPARE(hold.entered(), 1);
        window->close();
        QVERIFY(!window->isScanning());
        QTRY_COMPARE(hold.sawCancelled(), 1);
    }

    void aSupersededScanIsDropped()
    {
        AuditHold hold;
        hold.holdOnlyFirst();
        useFile();
        open("Maria");
        QTRY_COMPARE(hold.entered(), 1);
        auto* audit = window->findChild<BackgroundAudit*>();
        QVERIFY(audit);
        QSignalSpy finished(audit, &BackgroundAudit::finished);

        REQUIRE_OK(dir->createGroup(TestDirectory::prod, s("Nobody")));
        window->refresh();
        QTRY_VERIFY(!window->isScanning());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(findingsAbout(s(":group/Nobody")), 1); // an empty group
        const int rows = window->table()->rowCount();

        // Were the first scan still delivered, it would read the directory without the group.
        REQUIRE_OK(dir->deleteGroup(TestDirectory::prod, s("Nobody")));
        hold.release();
        AuditWorker::of(*dir)->waitForIdle();
        QCoreApplication::sendPostedEvents();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(window->table()->rowCount(), rows);
        QCOMPARE(findingsAbout(s(":group/Nobody")), 1);
    }

    void showsWhatTheScanFinds()
    {
        open("Maria");
        const QList<Finding> expected = Findings::scan(*dir, TestDirectory::prod, clock.now());
        QVERIFY(!expected.isEmpty());
        QTableWidget* table = window->table();
        QCOMPARE(table->rowCount(), int(expected.size()));
        int high = 0;
        for (int row = 0; row < int(expected.size()); ++row) {
            const Finding& f = expected.at(row);
            high += f.severity >= 3 ? 1 : 0;
            QCOMPARE(table->item(row, FindingsWindow::SeverityColumn)->text(),
                     Findings::severityName(f.severity));
            QCOMPARE(table->item(row, FindingsWindow::SubjectColumn)->text(), f.subjectArn);
            QCOMPARE(table->item(row, FindingsWindow::TitleColumn)->text(), f.title);
            QCOMPARE(table->item(row, FindingsWindow::DetailColumn)->text(), f.detail);
        }
        QCOMPARE(window->summaryText(), s("%1 finding(s), %2 high").arg(expected.size()).arg(high));
    }

    void refreshPicksUpChanges()
    {
        open("Maria");
        const int before = window->table()->rowCount();
        QVERIFY(dir->createGroup(TestDirectory::prod, s("Nobody")).ok());
        QCOMPARE(window->table()->rowCount(), before); // until refreshed
        QTest::mouseClick(window->refreshButton(), Qt::LeftButton);
        QCOMPARE(window->table()->rowCount(), before + 1);
        QVERIFY(window->findings().size() == before + 1);
    }

    void doubleClickOpensTheSubject()
    {
        open("Maria");
        QVERIFY(!window->findings().isEmpty());
        QSignalSpy activated(window.get(), &FindingsWindow::entityActivated);
        QTableWidget* table = window->table();
        const QRect cell = table->visualItemRect(table->item(0, FindingsWindow::TitleColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(activated.size(), 1);
        const QString arn = window->findings().first().subjectArn;
        QCOMPARE(activated.at(0).at(1).toString(), TestDirectory::prod);
        QVERIFY2(arn.endsWith(QLatin1Char('/') + activated.at(0).at(2).toString()),
                 qPrintable(arn));
    }

    void refusesAnIdentityThatMayNotList()
    {
        open("Sam");
        QVERIFY(window->deniedMessage().contains(s("iam:ListUsers")));
        QCOMPARE(window->table()->rowCount(), 0);
        QVERIFY(!window->refreshButton()->isEnabled());
    }
};

QTEST_MAIN(TestFindingsWindow)
#include "tst_findingswindow.moc"
