#include "common/democonsole.h"
#include "crypto/passwordhasher.h"
#include "fielderror.h"
#include "newpassworddialog.h"
#include "passwordfield.h"

#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

// The "Change password" step of a sign-in whose password must be reset.
class TestNewPasswordDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aNewPasswordFinishesTheSignIn()
    {
        OPEN_DEMO_CONSOLE(demo);
        const QString account = demo.dir->findAccount(QStringLiteral("catphoto-prod"))->id;
        QVERIFY(demo.dir->setLoginProfile(account, QStringLiteral("John"),
                                          PasswordHasher::hash(QStringLiteral("pw")), true));
        const auto refused = demo.signIn(QStringLiteral("John"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ConsoleSession::passwordResetRequiredCode());
        QVERIFY(!demo.session->isSignedIn());

        NewPasswordDialog dialog(demo.session.get(), *demo.dir, account, QStringLiteral("pw"));
        PasswordField* field = dialog.passwordField();
        QVERIFY(!dialog.confirmButton()->isEnabled());

        // Too weak for AWS's default policy: refused next to the field, still not signed in.
        field->passwordEdit()->setText(QStringLiteral("short"));
        field->confirmEdit()->setText(QStringLiteral("short"));
        QVERIFY(dialog.confirmButton()->isEnabled());
        dialog.confirmButton()->click();
        QVERIFY(!field->error()->text().isEmpty());
        QVERIFY(!demo.session->isSignedIn());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        const QString strong = QStringLiteral("Catph0to-Launch!");
        field->passwordEdit()->setText(strong);
        field->confirmEdit()->setText(strong);
        dialog.confirmButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(demo.session->isSignedIn());
        QCOMPARE(demo.session->identity().user.name, QStringLiteral("John"));
        const auto profile = demo.dir->loginProfile(account, QStringLiteral("John"));
        QVERIFY(profile && !profile->passwordResetRequired);
        QVERIFY(PasswordHasher::verify(strong, profile->passwordHash));
    }
};

QTEST_MAIN(TestNewPasswordDialog)
#include "tst_newpassworddialog.moc"
