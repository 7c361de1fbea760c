#include "admin/directoryadmin.h"
#include "common/resultassertions.h"
#include "deleteuserdialog.h"
#include "democonsole.h"
#include "messagestrip.h"

#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestDeleteUserDialog : public QObject
{
    Q_OBJECT

private:
    const QString prod = QStringLiteral("111122223333");
    const QString kiri = QStringLiteral("Kiri");
    QTemporaryDir dir;
    std::unique_ptr<DemoConsole> c;
    std::unique_ptr<DirectoryAdmin> admin;
    std::unique_ptr<DeleteUserDialog> dialog;

    void open(const QString& as, const QString& user)
    {
        QVERIFY(c->signIn(as));
        admin = std::make_unique<DirectoryAdmin>(c->session.get(), c->dir.get(),
                                                 c->accessKeys.get(), c->mfaDevices.get());
        dialog = std::make_unique<DeleteUserDialog>(admin.get(), prod, user);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    }

private slots:
    void initTestCase() { QVERIFY(dir.isValid()); }
    void init() { REQUIRE_VALUE(c, DemoConsole::open(dir.filePath(QStringLiteral("demo.db")))); }
    void cleanup()
    {
        dialog.reset();
        admin.reset();
        c.reset();
        QFile::remove(dir.filePath(QStringLiteral("demo.db")));
    }

    void listsWhatGoesWithTheUser()
    {
        QVERIFY(c->dir->attachPolicy(EntityKind::User, prod, kiri,
                                     QStringLiteral("arn:aws:iam::aws:policy/ReadOnlyAccess")));
        REQUIRE_HELPER(open(QStringLiteral("Maria"), kiri));
        QCOMPARE(dialog->alsoRemoved(),
                 QStringList({QStringLiteral("Membership in group Developers"),
                              QStringLiteral("Attached policy ReadOnlyAccess"),
                              QStringLiteral("Console password")}));
    }

    void deletesOnlyOnceTheNameIsTyped()
    {
        REQUIRE_HELPER(open(QStringLiteral("Maria"), kiri));
        QSignalSpy deleted(dialog.get(), &DeleteUserDialog::userDeleted);
        QVERIFY(!dialog->deleteButton()->isEnabled());
        QTest::keyClicks(dialog->confirmEdit(), QStringLiteral("kiri"));
        QVERIFY(!dialog->deleteButton()->isEnabled());
        dialog->confirmEdit()->setText(kiri);
        QVERIFY(dialog->deleteButton()->isEnabled());
        QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
        QTRY_COMPARE(deleted.size(), 1);
        QCOMPARE(deleted.first().at(1).toString(), kiri);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QVERIFY(!c->dir->user(prod, kiri).has_value());
        QVERIFY(c->dir->usersInGroup(prod, QStringLiteral("Developers")).size() == 2);
        QVERIFY(!c->dir->loginProfile(prod, kiri).has_value());
    }

    void johnAsHimselfIsRefusedAndNothingChanges()
    {
        REQUIRE_HELPER(open(QStringLiteral("John"), kiri));
        QSignalSpy deleted(dialog.get(), &DeleteUserDialog::userDeleted);
        dialog->confirmEdit()->setText(kiri);
        QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isDeleting());
        QVERIFY(dialog->isVisible());
        QCOMPARE(deleted.size(), 0);
        QCOMPARE(dialog->messageStrip()->lastCode(), QStringLiteral("AccessDenied"));
        QVERIFY(dialog->messageStrip()->error().startsWith(QStringLiteral("AccessDenied: ")));
        QVERIFY(c->dir->user(prod, kiri).has_value());
        QCOMPARE(c->dir->groupsForUser(prod, kiri).size(), 1);
        QVERIFY(c->dir->loginProfile(prod, kiri).has_value());
        QVERIFY(dialog->deleteButton()->isEnabled());
    }
};

QTEST_MAIN(TestDeleteUserDialog)
#include "tst_deleteuserdialog.moc"
