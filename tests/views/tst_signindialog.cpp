#include "asynctesting.h"
#include "common/resultassertions.h"
#include "console/consolesession.h"
#include "console/samlidentityprovider.h"
#include "crypto/totp.h"
#include "democonsole.h"
#include "secrets/secretkey.h"
#include "signindialog.h"
#include "testdirectory.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
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
        REQUIRE_VALUE(dir, TestDirectory::small());
        session = std::make_unique<ConsoleSession>(dir.get());
        dialog = std::make_unique<SignInDialog>(session.get(), *dir);
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

    // ---- Root user

    void theRootUserChoiceAsksForTheEmailAndSignsIn()
    {
        OPEN_DEMO_CONSOLE(c);
        SignInDialog rootDialog(c.session.get(), *c.dir);
        rootDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&rootDialog));
        // AWS's two choices; IAM user is the default.
        QVERIFY(rootDialog.iamUserButton()->isChecked());
        QVERIFY(!rootDialog.emailEdit()->isVisible());
        // On the radio button's indicator, as a person clicks it.
        QTest::mouseClick(rootDialog.rootUserButton(), Qt::LeftButton, {},
                          QPoint(6, rootDialog.rootUserButton()->height() / 2));
        QVERIFY(rootDialog.isRootSignIn());
        QVERIFY(rootDialog.emailEdit()->isVisible());
        QVERIFY(!rootDialog.accountEdit()->isVisible());
        QVERIFY(!rootDialog.userEdit()->isVisible());

        QTest::keyClicks(rootDialog.emailEdit(), QStringLiteral("root@catphoto-prod.example"));
        QVERIFY(!rootDialog.signInButton()->isEnabled()); // no password yet
        QTest::keyClicks(rootDialog.passwordEdit(), QStringLiteral("wrong"));
        QSignalSpy accepted(&rootDialog, &QDialog::accepted);
        QTest::keyClick(rootDialog.passwordEdit(), Qt::Key_Return);
        QCOMPARE(accepted.count(), 0);
        QCOMPARE(rootDialog.errorText(), ConsoleSession::authenticationFailedMessage());
        QTest::keyClicks(rootDialog.passwordEdit(), QStringLiteral("pw"));
        QTest::keyClick(rootDialog.passwordEdit(), Qt::Key_Return);
        QCOMPARE(accepted.count(), 1);
        QVERIFY(c.session->identity().isRoot());
        QCOMPARE(c.session->identity().arn(), QStringLiteral("arn:aws:iam::111122223333:root"));
    }

    void aRootUserWithMfaIsAskedForACode()
    {
        OPEN_DEMO_CONSOLE(c);
        const auto device = c.dir->addRootMfaDevice(QStringLiteral("444455556666"));
        QVERIFY(device);
        const SecureBytes seed = SecureBytes::fromView("root-seed-0123456789");
        QVERIFY(AsyncTesting::finishJob(
            c.secrets.put(SecretKey(QUuid::fromString(c.dir->directoryId()),
                                    SecretKey::Kind::MfaSeed, device->serialNumber)
                              .toString(),
                          seed.clone()),
            [](const SecretJob&) {}));
        SignInDialog rootDialog(c.session.get(), *c.dir);
        rootDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&rootDialog));
        rootDialog.showRootSignIn(true);
        QTest::keyClicks(rootDialog.emailEdit(), QStringLiteral("root@catphoto-dev.example"));
        QTest::keyClicks(rootDialog.passwordEdit(), QStringLiteral("pw"));
        QSignalSpy accepted(&rootDialog, &QDialog::accepted);
        QTest::keyClick(rootDialog.passwordEdit(), Qt::Key_Return);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(rootDialog.isAskingForMfaCode());
        QVERIFY(!c.session->isSignedIn());
        QTest::keyClicks(rootDialog.mfaCodeEdit(), Totp::code(seed, c.clock.now()));
        QTest::keyClick(rootDialog.mfaCodeEdit(), Qt::Key_Return);
        QTRY_COMPARE(accepted.count(), 1);
        QVERIFY(c.session->identity().isRoot());
        QVERIFY(c.session->identity().mfaAuthenticated);
        QCOMPARE(c.session->identity().account.id, QStringLiteral("444455556666"));
    }

    // ---- MFA

    void aUserWithMfaIsAskedForACodeThenSignedIn()
    {
        OPEN_DEMO_CONSOLE(c);
        const QString serial = QStringLiteral("arn:aws:iam::111122223333:mfa/maria-phone");
        QVERIFY(c.dir->addMfaDevice(QStringLiteral("111122223333"), QStringLiteral("Maria"),
                                    QStringLiteral("maria-phone")));
        const SecureBytes seed = SecureBytes::fromView("12345678901234567890");
        QVERIFY(
            AsyncTesting::finishJob(c.secrets.put(SecretKey(QUuid::fromString(c.dir->directoryId()),
                                                            SecretKey::Kind::MfaSeed, serial)
                                                      .toString(),
                                                  seed.clone()),
                                    [](const SecretJob&) {}));
        SignInDialog mfaDialog(c.session.get(), *c.dir);
        mfaDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&mfaDialog));
        QVERIFY(!mfaDialog.isAskingForMfaCode());
        QVERIFY(!mfaDialog.mfaCodeEdit()->isVisible());
        QTest::keyClicks(mfaDialog.accountEdit(), QStringLiteral("catphoto-prod"));
        QTest::keyClicks(mfaDialog.userEdit(), QStringLiteral("Maria"));
        QTest::keyClicks(mfaDialog.passwordEdit(), QStringLiteral("pw"));
        QSignalSpy accepted(&mfaDialog, &QDialog::accepted);
        QTest::keyClick(mfaDialog.passwordEdit(), Qt::Key_Return);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(!c.session->isSignedIn());
        QVERIFY(mfaDialog.isAskingForMfaCode());
        QVERIFY(mfaDialog.mfaCodeEdit()->isVisible());
        QVERIFY(!mfaDialog.signInButton()->isEnabled()); // no code yet

        // A wrong code: the console's message, still asking.
        const QString right = Totp::code(seed, c.clock.now());
        QTest::keyClicks(mfaDialog.mfaCodeEdit(), right == QLatin1String("000000")
                                                      ? QStringLiteral("000001")
                                                      : QStringLiteral("000000"));
        QTest::keyClick(mfaDialog.mfaCodeEdit(), Qt::Key_Return);
        QTRY_COMPARE(mfaDialog.errorText(), ConsoleSession::authenticationFailedMessage());
        QTRY_VERIFY(mfaDialog.mfaCodeEdit()->isEnabled());
        QVERIFY(mfaDialog.isAskingForMfaCode());
        QVERIFY(!c.session->isSignedIn());

        QTest::keyClicks(mfaDialog.mfaCodeEdit(), right);
        QTest::keyClick(mfaDialog.mfaCodeEdit(), Qt::Key_Return);
        QTRY_COMPARE(accepted.count(), 1);
        QVERIFY(c.session->identity().mfaAuthenticated);
        QVERIFY(mfaDialog.passwordEdit()->text().isEmpty());
        QVERIFY(!mfaDialog.isAskingForMfaCode());
    }

    // The federated page: the built-in identity provider authenticates the
    // person, then the assertion it signed signs them in to the role.
    void aFederatedSignInGoesThroughTheIdentityProvider()
    {
        OPEN_DEMO_CONSOLE(c);
        SamlIdentityProvider idp(c.sts.get());
        std::optional<Result<void>> made;
        idp.createDemoProvider([&](Result<void> r) { made = r; });
        QTRY_VERIFY(made.has_value());
        QVERIFY(made->ok());
        SignInDialog federated(c.session.get(), *c.dir, c.sts.get());
        federated.show();
        QVERIFY(QTest::qWaitForWindowExposed(&federated));
        federated.showFederatedSignIn(true);
        QCOMPARE(federated.providerBox()->count(), 1);
        QCOMPARE(federated.providerBox()->currentText(), QStringLiteral("CatPhotoIdP"));
        const int role =
            federated.federatedRoleBox()->findText(QStringLiteral("FederatedReadOnly"));
        QVERIFY(role >= 0);
        federated.federatedRoleBox()->setCurrentIndex(role);
        QVERIFY(!federated.signInButton()->isEnabled());
        QTest::keyClicks(federated.subjectEdit(), QStringLiteral("Paulo"));
        QVERIFY(!federated.signInButton()->isEnabled()); // no password yet
        QTest::keyClicks(federated.idpPasswordEdit(), QStringLiteral("wrong"));
        QTest::mouseClick(federated.signInButton(), Qt::LeftButton);
        QTRY_COMPARE(federated.errorText(), ConsoleSession::authenticationFailedMessage());
        QVERIFY(!c.session->isSignedIn());
        QVERIFY(federated.idpPasswordEdit()->text().isEmpty());

        QSignalSpy accepted(&federated, &QDialog::accepted);
        QTest::keyClicks(federated.idpPasswordEdit(), QStringLiteral("pw"));
        QTest::mouseClick(federated.signInButton(), Qt::LeftButton);
        QTRY_COMPARE(accepted.size(), 1);
        QVERIFY(c.session->identity().isFederated());
        QCOMPARE(c.session->identity().arn(),
                 QStringLiteral("arn:aws:sts::111122223333:assumed-role/FederatedReadOnly/Paulo"));
    }

    void editingTheUserDropsTheCodeField()
    {
        OPEN_DEMO_CONSOLE(c);
        QVERIFY(c.dir->addMfaDevice(QStringLiteral("111122223333"), QStringLiteral("Maria"),
                                    QStringLiteral("maria-phone")));
        SignInDialog mfaDialog(c.session.get(), *c.dir);
        mfaDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&mfaDialog));
        QTest::keyClicks(mfaDialog.accountEdit(), QStringLiteral("catphoto-prod"));
        QTest::keyClicks(mfaDialog.userEdit(), QStringLiteral("Maria"));
        QTest::keyClicks(mfaDialog.passwordEdit(), QStringLiteral("pw"));
        QTest::mouseClick(mfaDialog.signInButton(), Qt::LeftButton);
        QVERIFY(mfaDialog.isAskingForMfaCode());
        QTest::keyClicks(mfaDialog.userEdit(), QStringLiteral("x"));
        QVERIFY(!mfaDialog.isAskingForMfaCode());
    }
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
