#include "common/rawsql.h"
#include "common/resultassertions.h"
#include "console/consolesession.h"
#include "items/membershipmatrixmodel.h"
#include "membershipmatrixwindow.h"
#include "testdirectory.h"

#include <QBrush>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestMembershipMatrixWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Directory> dir;
    std::unique_ptr<ConsoleSession> session;
    std::unique_ptr<MembershipMatrixWindow> window;

    static QString s(const char* text) { return QString::fromUtf8(text); }

    QAbstractItemModel* shown() const { return window->table()->model(); }

    QStringList rowHeaders() const
    {
        QStringList out;
        for (int r = 0; r < shown()->rowCount(); ++r)
            out << shown()->headerData(r, Qt::Vertical).toString();
        return out;
    }

    QStringList columnHeaders() const
    {
        QStringList out;
        for (int c = 0; c < shown()->columnCount(); ++c)
            out << shown()->headerData(c, Qt::Horizontal).toString();
        return out;
    }

    void open(const char* user)
    {
        session = std::make_unique<ConsoleSession>(dir.get());
        QVERIFY(session->signIn(TestDirectory::prod, s(user), TestDirectory::password).ok());
        window = std::make_unique<MembershipMatrixWindow>(dir.get(), session.get());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }

private slots:
    void init() { REQUIRE_VALUE(dir, TestDirectory::small()); }

    void cleanup()
    {
        window.reset();
        session.reset();
        dir.reset();
    }

    void showsTheSignedInAccountsMatrix()
    {
        open("Maria");
        QCOMPARE(window->accountId(), TestDirectory::prod);
        QCOMPARE(window->deniedMessage(), QString());
        QTRY_COMPARE(shown()->rowCount(), 3);
        QCOMPARE(rowHeaders(), QStringList({s("John (1)"), s("Maria (1)"), s("Sam (0)")}));
        QCOMPARE(columnHeaders(), QStringList({s("Admins (1)"), s("Developers (1)")}));
        QCOMPARE(shown()->index(0, 1).data().toString(), s("✓"));
        QCOMPARE(shown()->index(0, 0).data().toString(), QString());
        QCOMPARE(window->countsText(), s("3 user(s) × 2 group(s)"));
        QVERIFY(window->table()->isVisible());
    }

    void highlightsSamWhoIsInNoGroup()
    {
        open("Maria");
        QTRY_COMPARE(shown()->rowCount(), 3);
        QVERIFY(shown()->headerData(2, Qt::Vertical, Qt::BackgroundRole).canConvert<QBrush>());
        QVERIFY(shown()->index(2, 0).data(Qt::BackgroundRole).canConvert<QBrush>());
        QVERIFY(!shown()->headerData(0, Qt::Vertical, Qt::BackgroundRole).isValid());
        QVERIFY(!shown()->index(0, 1).data(Qt::BackgroundRole).isValid());
    }

    void refusesAnIdentityThatMayNotListUsers()
    {
        open("John");
        QVERIFY(window->deniedMessage().contains(s("iam:ListUsers")));
        QVERIFY(window->deniedMessage().contains(s("arn:aws:iam::111122223333:user/John")));
        QVERIFY(!window->table()->isVisible());
        QVERIFY(!window->exportButton()->isEnabled());
        // Signing in as someone who may list brings the matrix back.
        QVERIFY(session->signIn(TestDirectory::prod, s("Maria"), TestDirectory::password).ok());
        QCOMPARE(window->deniedMessage(), QString());
        QTRY_COMPARE(shown()->rowCount(), 3);
        QVERIFY(window->exportButton()->isEnabled());
    }

    void filtersAndSorts()
    {
        open("Maria");
        QTest::keyClicks(window->userFilterEdit(), s("a"));
        QCOMPARE(rowHeaders(), QStringList({s("Maria (1)"), s("Sam (0)")}));
        QCOMPARE(window->countsText(), s("3 user(s) × 2 group(s) · showing 2 × 2"));
        QTest::keyClicks(window->groupFilterEdit(), s("adm"));
        QCOMPARE(columnHeaders(), QStringList({s("Admins (1)")}));
        window->userFilterEdit()->clear();
        window->groupFilterEdit()->clear();
        window->sortBox()->setCurrentIndex(
            window->sortBox()->findText(s("Users in fewest groups first")));
        QCOMPARE(rowHeaders(), QStringList({s("Sam (0)"), s("John (1)"), s("Maria (1)")}));
        window->sortBox()->setCurrentIndex(window->sortBox()->findText(s("Users by name, Z to A")));
        QCOMPARE(rowHeaders(), QStringList({s("Sam (0)"), s("Maria (1)"), s("John (1)")}));
    }

    // Sorting by group count reads every count at once: when that read fails,
    // the window says so instead of sorting on counts it never read.
    void showsAFailedReadOfTheCounts()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(s("matrix.sqlite"));
        REQUIRE_VALUE(dir, TestDirectory::small(path));
        open("Maria");
        QTRY_COMPARE(shown()->rowCount(), 3);
        QVERIFY(RawSql::exec(path, {s("ALTER TABLE memberships RENAME TO memberships_gone")}));
        window->sortBox()->setCurrentIndex(
            window->sortBox()->findText(s("Users in most groups first")));
        QVERIFY2(window->statusText().startsWith(s("Could not read the memberships: ")),
                 qPrintable(window->statusText()));
    }

    void followsAMembershipChange()
    {
        open("Maria");
        QTRY_COMPARE(shown()->rowCount(), 3);
        QVERIFY(dir->addUserToGroup(TestDirectory::prod, s("Admins"), s("Sam")).ok());
        QCOMPARE(rowHeaders(), QStringList({s("John (1)"), s("Maria (1)"), s("Sam (1)")}));
        QCOMPARE(columnHeaders(), QStringList({s("Admins (2)"), s("Developers (1)")}));
        QVERIFY(!shown()->headerData(2, Qt::Vertical, Qt::BackgroundRole).isValid());
    }

    void exportsCsv()
    {
        open("Maria");
        QTemporaryDir tmp;
        const QString path = tmp.filePath(s("matrix.csv"));
        QVERIFY(window->exportCsvTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), s("User,Groups,Admins,Developers\r\n"
                                                      "John,1,,1\r\n"
                                                      "Maria,1,1,\r\n"
                                                      "Sam,0,,\r\n"));
        QCOMPARE(window->statusText(), s("Exported 3 user(s) to %1").arg(path));
        QVERIFY(!window->exportCsvTo(tmp.filePath(s("missing/dir/matrix.csv"))));
        QVERIFY(window->statusText().startsWith(s("Could not write")));
    }

    void doubleClickOpensTheUserOrGroup()
    {
        open("Maria");
        QTRY_COMPARE(shown()->rowCount(), 3);
        QSignalSpy activated(window.get(), &MembershipMatrixWindow::entityActivated);
        QTableView* table = window->table();
        const QRect cell = table->visualRect(shown()->index(1, 0));
        // An item view opens on a double click that follows a press on the same cell.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).value<EntityKind>(), EntityKind::User);
        QCOMPARE(activated.at(0).at(1).toString(), TestDirectory::prod);
        QCOMPARE(activated.at(0).at(2).toString(), s("Maria"));

        QHeaderView* header = table->horizontalHeader();
        const QPoint developers(header->sectionViewportPosition(1) + header->sectionSize(1) / 2,
                                header->height() / 2);
        QTest::mouseDClick(header->viewport(), Qt::LeftButton, {}, developers);
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated.at(1).at(0).value<EntityKind>(), EntityKind::Group);
        QCOMPARE(activated.at(1).at(2).toString(), s("Developers"));

        // From the keyboard: Return opens the current row's user.
        table->setFocus();
        table->setCurrentIndex(shown()->index(2, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(activated.size(), 3);
        QCOMPARE(activated.at(2).at(0).value<EntityKind>(), EntityKind::User);
        QCOMPARE(activated.at(2).at(2).toString(), s("Sam"));
    }

    void switchesAccount()
    {
        open("Maria");
        window->accountBox()->setCurrentIndex(window->accountBox()->findData(TestDirectory::dev));
        QCOMPARE(window->accountId(), TestDirectory::dev);
        // Maria's permissions are in her own account; the other one refuses her.
        QVERIFY(window->deniedMessage().contains(s("arn:aws:iam::444455556666:user/")));
        QCOMPARE(window->countsText(), QString());
        window->accountBox()->setCurrentIndex(window->accountBox()->findData(TestDirectory::prod));
        QCOMPARE(window->deniedMessage(), QString());
        QCOMPARE(window->countsText(), s("3 user(s) × 2 group(s)"));
    }
};

QTEST_MAIN(TestMembershipMatrixWindow)
#include "tst_membershipmatrixwindow.moc"
