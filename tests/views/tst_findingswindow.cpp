#include "audit/findings.h"
#include "common/resultassertions.h"
#include "console/consolesession.h"
#include "findingswindow.h"
#include "iam/clock.h"
#include "testdirectory.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

class TestFindingsWindow : public QObject
{
    Q_OBJECT

private:
    ManualClock clock{QDateTime(QDate(2026, 11, 29), QTime(9, 0, 0), Qt::UTC)};
    std::unique_ptr<Directory> dir;
    std::unique_ptr<ConsoleSession> session;
    std::unique_ptr<FindingsWindow> window;

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
        dir.reset();
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
