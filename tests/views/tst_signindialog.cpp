#include "console/consolesession.h"
#include "signindialog.h"
#include "testdirectory.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestSignInDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Directory> dir;
    std::unique_ptr<ConsoleSession> session;
    std::unique_ptr<SignInDialog> dialog;

    void type(const QString& account, const QString& user, const QString& password)
    {
        dialog->accountEdit()->clear();
        dialog->userEdit()->clear();
        dialog->passwordEdit()->clear();
        QTest::keyClicks(dialog->accountEdit(), account);
        QTest::keyClicks(dialog->userEdit(), user);
        QTest::keyClicks(dialog->passwordEdit(), password);
    }

private slots:
    void init()
    {
        dir = TestDirectory::small();
        session = std::make_unique<ConsoleSession>(dir.get());
        dialog = std::make_unique<SignInDialog>(session.get());
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    }

    void cleanup()
    {
        dialog.reset();
        session.reset();
        dir.reset();
    }

    void buttonNeedsEveryField()
    {
        QVERIFY(!dialog->signInButton()->isEnabled());
        type(QStringLiteral("catphoto-prod"), QStringLiteral("John"), QString());
        QVERIFY(!dialog->signInButton()->isEnabled());
        QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("x"));
        QVERIFY(dialog->signInButton()->isEnabled());
    }

    void rightPasswordSignsInAndAccepts()
    {
        QSignalSpy accepted(dialog.get(), &QDialog::accepted);
        type(QStringLiteral("catphoto-prod"), QStringLiteral("John"), TestDirectory::password);
        QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
        QCOMPARE(accepted.count(), 1);
        QVERIFY(session->isSignedIn());
        QCOMPARE(session->identity().user.name, QStringLiteral("John"));
        QVERIFY(dialog->errorText().isEmpty());
    }

    void wrongPasswordShowsTheConsoleMessageAndClearsThePassword()
    {
        QSignalSpy accepted(dialog.get(), &QDialog::accepted);
        type(TestDirectory::prod, QStringLiteral("John"), QStringLiteral("nope"));
        QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(!session->isSignedIn());
        QCOMPARE(dialog->errorText(), ConsoleSession::authenticationFailedMessage());
        QVERIFY(dialog->passwordEdit()->text().isEmpty());
        QCOMPARE(dialog->userEdit()->text(), QStringLiteral("John"));
    }

    void resetClearsTheError()
    {
        type(TestDirectory::prod, QStringLiteral("John"), QStringLiteral("nope"));
        QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
        QVERIFY(!dialog->errorText().isEmpty());
        dialog->reset();
        QVERIFY(dialog->errorText().isEmpty());
    }
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
