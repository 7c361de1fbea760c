// The seed scenarios of Switch Role, end to end: the console's windows, the
// demo directory in an SQLite file, STS, and the real keychain.
#include "asynctesting.h"
#include "console/consolesession.h"
#include "console/samlidentityprovider.h"
#include "consolecontroller.h"
#include "crypto/passwordhasher.h"
#include "directory/demodirectory.h"
#include "directory/directory.h"
#include "iam/clock.h"
#include "iam/trainingclock.h"
#include "items/navigatormodel.h"
#include "keychaintesting.h"
#include "mainwindow.h"
#include "sessionbanner.h"

#include "secrets/keychainsecretstore.h"
#include "secrets/secretjob.h"
#include "secrets/secretkey.h"
#include "signindialog.h"
#include "sts/stsservice.h"
#include <QMessageBox>
#include <QRegularExpression>

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestSwitchRoleScenarios : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir tmp;
    ManualClock clock;
    std::unique_ptr<Directory> dir;
    std::unique_ptr<KeychainSecretStore> secrets;
    std::unique_ptr<StsService> sts;
    std::unique_ptr<ConsoleController> controller;

    ConsoleSession* session() const { return controller->session(); }

    void signInThroughTheDialog(const QString& user)
    {
        SignInDialog* dialog = controller->signInDialog();
        dialog->showFederatedSignIn(false);
        dialog->setAccount(QStringLiteral("catphoto-prod"));
        dialog->setUserName(user);
        dialog->passwordEdit()->setText(QStringLiteral("pw"));
        dialog->signInButton()->click();
        QVERIFY2(session()->isSignedIn(), qPrintable(dialog->errorText()));
        QVERIFY(controller->mainWindow()->isVisible());
    }

    Result<void> switchTo(const QString& account, const QString& role, const QString& color)
    {
        SwitchRoleRequest request;
        request.account = account;
        request.roleName = role;
        request.color = color;
        std::optional<Result<void>> outcome;
        session()->switchRole(request, [&](Result<void> r) { outcome = r; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 20000))
            return IamError::serviceFailure(QStringLiteral("the switch never finished"));
        return *outcome;
    }

    // AWS's access-denied message on an account's Users in the navigator, or "".
    QString usersDenied(const QString& accountId) const
    {
        NavigatorModel* model = controller->navigatorModel();
        const QModelIndex users = model->categoryIndex(accountId, EntityKind::User);
        return users.data(NavigatorModel::AccessDeniedRole).toString();
    }

    // The keys this directory holds in the keychain.
    QStringList keychainKeys()
    {
        return AsyncTesting::storeKeys(*secrets, QUuid::fromString(dir->directoryId()));
    }

private slots:
    void initTestCase()
    {
        SKIP_WITHOUT_KEYCHAIN();
        QStandardPaths::setTestModeEnabled(true);
        PasswordHasher::setCostLog2(10);
    }

    void init()
    {
        QSettings().clear();
        auto opened = Directory::open(
            tmp.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())), &clock);
        QVERIFY(opened.ok());
        dir = std::move(opened).value();
        QVERIFY(DemoDirectory::seed(*dir, QStringLiteral("pw")).ok());
        secrets = std::make_unique<KeychainSecretStore>();
        sts = std::make_unique<StsService>(dir.get(), secrets.get(), &clock);
        controller = std::make_unique<ConsoleController>(dir.get(), sts.get(), &clock);
        controller->start();
    }

    void cleanup()
    {
        controller.reset();
        sts.reset();
        secrets.reset();
        dir.reset();
    }

    void johnCannotListUsersUntilHeSwitchesToSecurityEngineer()
    {
        signInThroughTheDialog(QStringLiteral("John"));
        const QString prod = QStringLiteral("111122223333");
        QVERIFY(usersDenied(prod).contains(QLatin1String("iam:ListUsers")));

        const auto switched = switchTo(QStringLiteral("catphoto-prod"),
                                       QStringLiteral("SecurityEngineer"), QStringLiteral("red"));
        QVERIFY2(switched.ok(), qPrintable(switched.error().toString()));
        QCOMPARE(usersDenied(prod), QString());
        const QString key = session()->identity().session.accessKeyId;
        QVERIFY(keychainKeys().contains(
            SecretKey(QUuid::fromString(dir->directoryId()), SecretKey::Kind::Session, key)
                .toString()));

        session()->switchBack();
        QVERIFY(usersDenied(prod).contains(QLatin1String("iam:ListUsers")));
        // The session's secrets leave the keychain with it.
        QTRY_VERIFY_WITH_TIMEOUT(keychainKeys().filter(key).isEmpty(), 20000);
    }

    void johnAuditsTheDevAccountAcrossAccounts()
    {
        signInThroughTheDialog(QStringLiteral("John"));
        const QString dev = QStringLiteral("444455556666");
        const auto switched =
            switchTo(QStringLiteral("catphoto-dev"), QStringLiteral("CrossAccountAuditor"),
                     QStringLiteral("blue"));
        QVERIFY2(switched.ok(), qPrintable(switched.error().toString()));
        QCOMPARE(session()->identity().account.id, dev);
        QCOMPARE(usersDenied(dev), QString());
        // ReadOnlyAccess reads; it does not write.
        QVERIFY(!session()
                     ->authorize(QStringLiteral("iam:CreateUser"),
                                 QStringLiteral("arn:aws:iam::444455556666:user/New"))
                     .allowed());
        session()->checkExpiry();
        clock.advance(3600);
        session()->checkExpiry();
        QVERIFY(!session()->isInRole());
        QCOMPARE(session()->identity().account.id, QStringLiteral("111122223333"));
    }

    void underAFastClockTheBannerRunsOutAndTheUserReturns()
    {
        // Fifteen minutes 300 times shorter: three seconds of the (manual) real time.
        TrainingClock fast(300.0, &clock);
        StsService fastSts(dir.get(), secrets.get(), &fast);
        ConsoleController console(dir.get(), &fastSts, &fast);
        ConsoleController::StartOptions options;
        options.account = QStringLiteral("catphoto-prod");
        options.userName = QStringLiteral("John");
        options.password = QStringLiteral("pw");
        console.start(options);
        QVERIFY(console.session()->isSignedIn());
        SwitchRoleRequest request;
        request.account = QStringLiteral("catphoto-prod");
        request.roleName = QStringLiteral("SecurityEngineer");
        request.color = QStringLiteral("yellow");
        request.durationSeconds = 900;
        const auto switched = AsyncTesting::waitForResult<void>(
            [&](auto done) { console.session()->switchRole(request, done); });
        QVERIFY(switched && switched->ok());
        SessionBanner* banner = console.mainWindow()->sessionBanner();
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(banner->displayName(), QStringLiteral("SecurityEngineer @ catphoto-prod"));
        QSignalSpy expired(console.session(), &ConsoleSession::roleSessionExpired);
        const QString first = banner->countdownText();
        // At most a quarter of an hour left, in h:mm:ss.
        QVERIFY2(
            QRegularExpression(QStringLiteral("^0:(0\\d|1[0-5]):\\d\\d$")).match(first).hasMatch(),
            qPrintable(first));
        clock.advance(1);                              // five training minutes
        QTRY_VERIFY(banner->countdownText() != first); // and it runs
        QVERIFY(expired.isEmpty());
        clock.advance(3);
        QTRY_COMPARE(expired.size(), 1); // the banner's next tick reads zero
        QVERIFY(!console.session()->isInRole());
        QTRY_VERIFY(!banner->isVisible());
        QVERIFY(console.mainWindow()->notice());
        QVERIFY(console.mainWindow()->notice()->text().contains(
            QLatin1String("SecurityEngineer @ catphoto-prod")));
    }

    void aFederatedUserSignsInToFederatedReadOnly()
    {
        // The demo's identity provider, as the program makes it at start.
        SamlIdentityProvider idp(sts.get());
        const auto made =
            AsyncTesting::waitForResult<void>([&](auto done) { idp.createDemoProvider(done); });
        QVERIFY(made && made->ok());
        SignInDialog* dialog = controller->signInDialog();
        dialog->showFederatedSignIn(true);
        QCOMPARE(dialog->providerBox()->currentText(), QStringLiteral("CatPhotoIdP"));
        QCOMPARE(dialog->federatedRoleBox()->currentText(), QStringLiteral("FederatedReadOnly"));
        QVERIFY(!dialog->signInButton()->isEnabled());
        dialog->subjectEdit()->setText(QStringLiteral("Paulo"));
        QVERIFY(!dialog->signInButton()->isEnabled()); // the identity provider needs a password
        dialog->idpPasswordEdit()->setText(QStringLiteral("pw"));
        QVERIFY(dialog->signInButton()->isEnabled());
        dialog->signInButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(session()->isSignedIn(), 20000);
        QTRY_VERIFY(controller->mainWindow() && controller->mainWindow()->isVisible());
        QVERIFY(session()->identity().isFederated());
        QCOMPARE(session()->identity().arn(),
                 QStringLiteral("arn:aws:sts::111122223333:assumed-role/FederatedReadOnly/Paulo"));
        QCOMPARE(usersDenied(QStringLiteral("111122223333")), QString());
        session()->signOut();
        QVERIFY(dialog->isVisible());
    }
};

QTEST_MAIN(TestSwitchRoleScenarios)
#include "tst_switchrolescenarios.moc"
