#include "common/resultassertions.h"
#include "console/consolesession.h"
#include "consolecontroller.h"
#include "detailpane.h"
#include "directory/directory.h"
#include "iam/trainingclock.h"
#include "mainwindow.h"
#include "policysimulatorwindow.h"
#include "secretstoredialog.h"
#include "secretstoresetup.h"
#include "signindialog.h"
#include "testdirectory.h"
#include "testengine.h"
#include "welcomedialog.h"

#include <QRadioButton>
#include <QStatusBar>

#include <QMenu>

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QThreadPool>

class TestConsoleController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Directory> dir;

    // A scripted start that signs Maria (an administrator) in.
    static ConsoleController::StartOptions mariaSignsIn()
    {
        ConsoleController::StartOptions options;
        options.account = TestDirectory::prod;
        options.userName = QStringLiteral("Maria");
        options.password = TestDirectory::password;
        return options;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        REQUIRE_TEST_ENGINE();
        QSettings().clear(); // no remembered sign-in from another test
        REQUIRE_VALUE(dir, TestDirectory::small(TestEngine::freshLocation()));
    }
    void cleanup()
    {
        dir.reset();
        // On PostgreSQL a window's background questions run on connections of their own.
        QThreadPool::globalInstance()->waitForDone();
        TestEngine::dropDatabases();
    }

    void startsOnTheSignInDialog()
    {
        ConsoleController controller(dir.get());
        controller.start();
        QVERIFY(controller.signInDialog()->isVisible());
        QVERIFY(!controller.mainWindow());
    }

    void signingInOpensTheConsoleAndSigningOutReturns()
    {
        ConsoleController controller(dir.get());
        controller.start();
        SignInDialog* dialog = controller.signInDialog();
        dialog->setAccount(QStringLiteral("catphoto-prod"));
        dialog->setUserName(QStringLiteral("Maria"));
        dialog->passwordEdit()->setText(TestDirectory::password);
        dialog->signInButton()->click();
        QVERIFY(controller.mainWindow());
        QVERIFY(controller.mainWindow()->isVisible());
        QVERIFY(!dialog->isVisible());

        controller.session()->signOut();
        QVERIFY(!controller.mainWindow()->isVisible());
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->passwordEdit()->text().isEmpty());
        QCOMPARE(dialog->userEdit()->text(), QStringLiteral("Maria")); // remembered
    }

    void scriptedStartSignsInAndOpensAnEntity()
    {
        ConsoleController controller(dir.get());
        ConsoleController::StartOptions options = mariaSignsIn();
        options.openArn = QStringLiteral("arn:aws:iam::111122223333:role/SecurityEngineer");
        controller.start(options);
        QVERIFY(controller.session()->isSignedIn());
        QVERIFY(controller.mainWindow()->isVisible());
        QCOMPARE(controller.mainWindow()->detailPane()->currentNode().name,
                 QStringLiteral("SecurityEngineer"));
        QVERIFY(controller.showTab(QStringLiteral("Trust relationships")));
        QVERIFY(!controller.showTab(QStringLiteral("No such tab")));
        QVERIFY(
            controller.openEntity(QStringLiteral("arn:aws:iam::aws:policy/AdministratorAccess")));
        QVERIFY(!controller.openEntity(QStringLiteral("not an arn")));
    }

    void scriptedStartOpensTheSimulatorOnAPrincipal()
    {
        ConsoleController controller(dir.get());
        ConsoleController::StartOptions options = mariaSignsIn();
        options.window = QStringLiteral("simulator");
        options.openArn = QStringLiteral("arn:aws:iam::111122223333:user/John");
        options.windowActions = {QStringLiteral("iam:ListUsers"), QStringLiteral("s3:GetObject")};
        controller.start(options);
        PolicySimulatorWindow* simulator = controller.mainWindow()->policySimulator();
        QVERIFY(simulator);
        QVERIFY(simulator->isVisible());
        QCOMPARE(simulator->principalBox()->currentData().toString(), options.openArn);
        QCOMPARE(simulator->resultsTable()->rowCount(), 2);
        QCOMPARE(simulator->resultsTable()->item(1, 1)->text(), QStringLiteral("allowed"));
    }

    void scriptedStartRefusesAWindowItsMenuEntryWouldNotOpen()
    {
        ConsoleController controller(dir.get());
        ConsoleController::StartOptions options = mariaSignsIn();
        options.userName = QStringLiteral("John"); // every service but IAM
        options.window = QStringLiteral("simulator");
        options.openArn = QStringLiteral("arn:aws:iam::111122223333:user/Maria");
        options.windowActions = {QStringLiteral("iam:ListUsers")};
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("iam:SimulatePrincipalPolicy")));
        controller.start(options);
        QVERIFY(controller.session()->isSignedIn());
        QVERIFY(!controller.mainWindow()->policySimulator());
        // The same reason the menu entry gives.
        QAction* entry =
            controller.mainWindow()->findChild<QAction*>(QStringLiteral("PolicySimulatorAction"));
        QVERIFY(entry && !entry->isEnabled());
        QCOMPARE(controller.toolWindowRefusal(), entry->toolTip());
        QVERIFY(controller.toolWindowRefusal().contains(
            QStringLiteral("User: arn:aws:iam::111122223333:user/John is not authorized to "
                           "perform: iam:SimulatePrincipalPolicy")));
        QCOMPARE(controller.mainWindow()->statusBar()->currentMessage(),
                 controller.toolWindowRefusal());
    }

    void scriptedStartWithAWrongPasswordStaysOnTheDialog()
    {
        ConsoleController controller(dir.get());
        ConsoleController::StartOptions options = mariaSignsIn();
        options.account = QStringLiteral("catphoto-prod");
        options.password = QStringLiteral("wrong");
        controller.start(options);
        QVERIFY(!controller.session()->isSignedIn());
        QVERIFY(controller.signInDialog()->isVisible());
        QCOMPARE(controller.signInDialog()->errorText(),
                 ConsoleSession::authenticationFailedMessage());
    }

    void theTrainingClockShortensSessionsAndItsChangeIsAudited()
    {
        ManualClock real(QDateTime(QDate(2026, 11, 29), QTime(9, 0, 0), Qt::UTC));
        REQUIRE_VALUE(dir, TestDirectory::small(TestEngine::freshLocation(), &real));
        TrainingClock clock(1.0, &real);
        ConsoleController controller(dir.get(), nullptr, &clock);
        controller.setTrainingClock(&clock);
        QVERIFY(!controller.setTrainingSpeed(60)); // nobody signed in: nothing changes
        QCOMPARE(clock.speed(), 1.0);
        ConsoleController::StartOptions options = mariaSignsIn();
        controller.start(options);
        auto* menu =
            controller.mainWindow()->findChild<QMenu*>(QStringLiteral("TrainingClockMenu"));
        QVERIFY(menu);
        QVERIFY(menu->isEnabled());
        QCOMPARE(menu->actions().size(), 3);
        QVERIFY(menu->actions().at(0)->isChecked());
        menu->actions().at(2)->trigger();
        QCOMPARE(clock.speed(), 60.0);
        // An hour-long session now lasts a real minute; time itself does not run faster.
        QCOMPARE(clock.now(), real.now());
        QCOMPARE(clock.sessionEnd(real.now(), 3600), real.now().addSecs(60));
        const AuditEvent changed = dir->auditEvents().constLast();
        QCOMPARE(changed.action, QStringLiteral("SetTrainingClock"));
        QCOMPARE(changed.detail, QStringLiteral("1x -> 60x"));
        QCOMPARE(changed.outcome, QStringLiteral("Success"));
        QCOMPARE(changed.actorArn, QStringLiteral("arn:aws:iam::111122223333:user/Maria"));
        QCOMPARE(changed.time, real.now());

        // A console on someone else's clock offers no training clock.
        ManualClock fixed;
        ConsoleController other(dir.get(), nullptr, &fixed);
        other.start(options);
        QVERIFY(!other.mainWindow()
                     ->findChild<QMenu*>(QStringLiteral("TrainingClockMenu"))
                     ->isEnabled());
    }

    void atTrainingSpeedALockoutStillLastsInRealTime()
    {
        ManualClock real(QDateTime(QDate(2026, 11, 29), QTime(9, 0, 0), Qt::UTC));
        REQUIRE_VALUE(dir, TestDirectory::small(TestEngine::freshLocation(), &real));
        TrainingClock clock(60.0, &real);
        ConsoleController controller(dir.get(), nullptr, &clock);
        controller.setTrainingClock(&clock);
        controller.start();
        SignInDialog* dialog = controller.signInDialog();
        auto signIn = [&](const QString& password) {
            dialog->setAccount(QStringLiteral("catphoto-prod"));
            dialog->setUserName(QStringLiteral("Maria"));
            dialog->passwordEdit()->setText(password);
            dialog->signInButton()->click();
        };
        for (int i = 0; i < 5; ++i)
            signIn(QStringLiteral("wrong"));
        QVERIFY(!controller.session()->isSignedIn());
        // Fifteen minutes on a clock sixty times faster would be over by now.
        real.advance(16);
        signIn(TestDirectory::password);
        QVERIFY(!controller.session()->isSignedIn());
        QVERIFY2(dialog->errorText().contains(QLatin1String("locked out")),
                 qPrintable(dialog->errorText()));
        real.advance(15 * 60);
        signIn(TestDirectory::password);
        QVERIFY(controller.session()->isSignedIn());
        QVERIFY(controller.mainWindow()->isVisible());
    }

    void aTamperedAuditTrailIsNamedInTheConsole()
    {
        ConsoleController controller(dir.get());
        const QString problem =
            QStringLiteral("The audit trail was truncated: it has 4 events, but 6 were recorded.");
        controller.setAuditTrailProblem(problem); // found before anyone signed in
        controller.start(mariaSignsIn());
        auto* label =
            controller.mainWindow()->findChild<QLabel*>(QStringLiteral("AuditTrailProblem"));
        QVERIFY(label);
        QVERIFY(label->isVisible());
        QVERIFY(label->text().contains(problem));
        QVERIFY(label->text().contains(QLatin1String("tampered")));
    }

    void theSecretStoreChoiceIsRememberedForTheNextStart()
    {
        ConsoleController controller(dir.get());
        ConsoleController::StartOptions options = mariaSignsIn();
        controller.start(options);
        QCOMPARE(SecretStoreSetup::chosenKind(QString()).value(), SecretStoreSetup::Kind::Keychain);
        SecretStoreDialog* dialog = controller.chooseSecretStore();
        QVERIFY(dialog->keychainButton()->isChecked());
        dialog->fileButton()->setChecked(true);
        dialog->accept();
        QCOMPARE(SecretStoreSetup::chosenKind(QString()).value(), SecretStoreSetup::Kind::File);
        QVERIFY(controller.mainWindow()->statusBar()->currentMessage().contains(
            QLatin1String("encrypted file")));
        SecretStoreSetup::rememberKind(SecretStoreSetup::Kind::Keychain);
    }

    void firstStartShowsTheGeneratedPasswords()
    {
        ConsoleController controller(dir.get());
        ConsoleController::StartOptions options;
        options.newCredentials = {
            {QStringLiteral("catphoto-prod"), QStringLiteral("John"), QStringLiteral("s3cret")}};
        controller.start(options);
        auto* welcome = controller.signInDialog()->findChild<WelcomeDialog*>();
        QVERIFY(welcome);
        QVERIFY(welcome->isVisible());
        QVERIFY(welcome->credentialsText().contains(QStringLiteral("John\ts3cret")));
        QCOMPARE(welcome->table()->item(0, 3)->text(), QStringLiteral("Developers"));
        QCOMPARE(controller.signInDialog()->accountEdit()->text(), QStringLiteral("catphoto-prod"));
    }
};

QTEST_MAIN(TestConsoleController)
#include "tst_consolecontroller.moc"
