#include "actionguard.h"
#include "common/democonsole.h"
#include "common/resultassertions.h"
#include "console/consolesession.h"
#include "console/consolesessions.h"
#include "consolecontroller.h"
#include "endpoint/localendpoint.h"
#include "iam/quotas.h"
#include "localendpointwindow.h"
#include "mainwindow.h"
#include "sessionbanner.h"
#include "sessiontabs.h"
#include "signindialog.h"
#include "switchroledialog.h"
#include "topbar.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

// Multi-session support as AWS's console has it since January 2025: up to
// five identities signed in at once, each in its own tab with its own
// banner, color, countdown and expiry; "Add session" in the account menu
// opens the sign-in page; signing out of one leaves the others.
// https://docs.aws.amazon.com/awsconsolehelpdocs/latest/gsg/multisession.html
class TestMultiSession : public QObject
{
    Q_OBJECT

private:
    static ConsoleController::StartOptions signsIn(const QString& user)
    {
        ConsoleController::StartOptions options;
        options.account = QStringLiteral("catphoto-prod");
        options.userName = user;
        options.password = QStringLiteral("pw");
        return options;
    }

    static QAction* menuEntry(MainWindow* window, const QString& name)
    {
        return window->topBar()->accountMenu()->findChild<QAction*>(name);
    }

    // A menu bar entry of window's, by its object name.
    static QAction* menuAction(MainWindow* window, const QString& name)
    {
        return window->findChild<QAction*>(name);
    }

    static QMenu* trainingClockMenu(MainWindow* window)
    {
        return window->findChild<QMenu*>(QStringLiteral("TrainingClockMenu"));
    }

    // The speed View → Training clock has checked; 0 for none.
    static int speedChecked(MainWindow* window)
    {
        for (QAction* action : trainingClockMenu(window)->actions())
            if (action->isChecked())
                return action->data().toInt();
        return 0;
    }

    static QList<QAction*> sessionEntries(MainWindow* window)
    {
        QList<QAction*> entries;
        for (QAction* action : window->topBar()->accountMenu()->actions())
            if (action->objectName() == QLatin1String("SessionAction"))
                entries << action;
        return entries;
    }

    // The sign-in page Add session opened (not the console's own).
    static SignInDialog* addedSignIn(ConsoleController& controller)
    {
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (auto* dialog = qobject_cast<SignInDialog*>(widget);
                dialog && dialog != controller.signInDialog() && dialog->isVisible())
                return dialog;
        return nullptr;
    }

    static void signInWith(SignInDialog* dialog, const QString& user)
    {
        dialog->setAccount(QStringLiteral("catphoto-prod"));
        dialog->setUserName(user);
        dialog->passwordEdit()->setText(QStringLiteral("pw"));
        dialog->signInButton()->click();
    }

    // Add session, signed in as user; the new session (nullptr and a failed test otherwise).
    static ConsoleSession* addSignedIn(ConsoleController& controller, const QString& user)
    {
        auto added = controller.addSession();
        if (!CHECK_OK(added))
            return nullptr;
        signInWith(added.value(), user);
        ConsoleSession* session = controller.sessionTabs()->currentSession();
        if (!session || session->identity().user.name != user) {
            QTest::qFail(qPrintable(QStringLiteral("%1 is not in the current tab: %2")
                                        .arg(user, added.value()->errorText())),
                         __FILE__, __LINE__);
            return nullptr;
        }
        return session;
    }

    // Switches session to SecurityEngineer under displayName, and waits.
    static Result<void> switchTo(ConsoleSession* session, const QString& displayName,
                                 const QString& color)
    {
        SwitchRoleRequest request;
        request.account = QStringLiteral("catphoto-prod");
        request.roleName = QStringLiteral("SecurityEngineer");
        request.displayName = displayName;
        request.color = color;
        request.durationSeconds = Quotas::AssumeRoleDurationMin;
        std::optional<Result<void>> switched;
        session->switchRole(request, [&](Result<void> r) { switched = r; });
        if (!QTest::qWaitFor([&] { return switched.has_value(); }, 5000))
            return IamError::serviceFailure(QStringLiteral("the switch never finished"));
        return *switched;
    }

    static QString tabText(ConsoleController& controller, int index)
    {
        return controller.sessionTabs()->tabWidget()->tabText(index);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }
    void cleanup() { QSettings().clear(); } // no console after this one starts multi-session

    void isOffByDefaultAndTheAccountMenuTurnsItOn()
    {
        OPEN_DEMO_CONSOLE(demo);
        ConsoleController controller(demo.dir.get(), demo.sts.get(), &demo.training);
        controller.start(signsIn(QStringLiteral("Maria")));
        MainWindow* maria = controller.mainWindow();
        QVERIFY(maria->isWindow());
        QVERIFY(maria->isVisible());
        QVERIFY(!controller.isMultiSession());
        QVERIFY(!menuEntry(maria, QStringLiteral("AddSessionAction")));
        REQUIRE_CODE(controller.addSession(), "ValidationError");
        QCOMPARE(controller.sessions()->count(), 1);
        QAction* turnOn = menuEntry(maria, QStringLiteral("TurnOnMultiSessionAction"));
        QVERIFY(turnOn);

        turnOn->trigger();
        QTRY_VERIFY(controller.isMultiSession());
        QVERIFY(QSettings().value(QStringLiteral("console/multiSession")).toBool());
        // The same console, now the first tab of the sessions' window.
        QVERIFY(!maria->isWindow());
        QCOMPARE(maria->window(), controller.sessionTabs());
        QVERIFY(controller.sessionTabs()->isVisible());
        QVERIFY(maria->isVisible());
        QVERIFY(!controller.sessionTabs()->tabWidget()->tabBar()->isVisible()); // one session
        QVERIFY(!menuEntry(maria, QStringLiteral("TurnOnMultiSessionAction")));
        QVERIFY(menuEntry(maria, QStringLiteral("AddSessionAction"))->isEnabled());
        const QList<QAction*> entries = sessionEntries(maria);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first()->text(), QStringLiteral("Maria @ catphoto-prod"));
        QVERIFY(entries.first()->isChecked());

        // Remembered for the next start.
        ConsoleController next(demo.dir.get(), demo.sts.get(), &demo.training);
        QVERIFY(next.isMultiSession());

        // Alone, Maria may turn it off again: her console is a window of its own.
        QAction* turnOff = menuEntry(maria, QStringLiteral("TurnOffMultiSessionAction"));
        QVERIFY(turnOff->isEnabled());
        turnOff->trigger();
        QTRY_VERIFY(!controller.isMultiSession());
        QVERIFY(maria->isWindow());
        QVERIFY(maria->isVisible());
        QVERIFY(!controller.sessionTabs()->isVisible());
        QVERIFY(!QSettings().value(QStringLiteral("console/multiSession")).toBool());
    }

    void addSessionSignsInAnotherUserInATabOfItsOwn()
    {
        QSettings().setValue(QStringLiteral("console/multiSession"), true);
        OPEN_DEMO_CONSOLE(demo);
        ConsoleController controller(demo.dir.get(), demo.sts.get(), &demo.training);
        controller.start(signsIn(QStringLiteral("Maria")));
        MainWindow* maria = controller.mainWindow();
        SessionTabs* tabs = controller.sessionTabs();
        QVERIFY(tabs->isVisible());

        menuEntry(maria, QStringLiteral("AddSessionAction"))->trigger();
        SignInDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = addedSignIn(controller)));
        QVERIFY(dialog->userEdit()->text().isEmpty()); // a sign-in page of its own
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Add session — Switchboard"));
        signInWith(dialog, QStringLiteral("Paulo"));
        QVERIFY2(!dialog->isVisible(), qPrintable(dialog->errorText()));

        QCOMPARE(tabs->tabWidget()->count(), 2);
        QVERIFY(tabs->tabWidget()->tabBar()->isVisible());
        ConsoleSession* paulo = tabs->currentSession();
        QVERIFY(paulo != controller.session());
        QCOMPARE(paulo->identity().user.name, QStringLiteral("Paulo"));
        QCOMPARE(controller.session()->identity().user.name, QStringLiteral("Maria"));
        QCOMPARE(tabText(controller, 0), QStringLiteral("Maria @ catphoto-prod"));
        QCOMPARE(tabText(controller, 1), QStringLiteral("Paulo @ catphoto-prod"));
        QCOMPARE(tabs->windowTitle(), QStringLiteral("IAM — Paulo @ catphoto-prod — Switchboard"));

        MainWindow* pauloWindow = controller.mainWindowFor(paulo);
        QVERIFY(pauloWindow && pauloWindow != maria);
        QCOMPARE(pauloWindow->topBar()->accountButton()->text(),
                 QStringLiteral("Paulo @ catphoto-prod \u25BE"));
        QCOMPARE(maria->topBar()->accountButton()->text(),
                 QStringLiteral("Maria @ catphoto-prod \u25BE"));

        // Each console is decided for its own identity: Maria administers,
        // Paulo (in no group) may not even simulate his own policies.
        auto simulator = [](MainWindow* window) {
            return window->findChild<QAction*>(QStringLiteral("PolicySimulatorAction"));
        };
        REQUIRE_OK(ActionGuard::permits(simulator(maria)));
        REQUIRE_CODE(ActionGuard::permits(simulator(pauloWindow)), "AccessDenied");
        QVERIFY(controller.directoryAdmin() != nullptr);

        // Both account menus list both sessions, their own checked; choosing one shows its tab.
        QTRY_COMPARE(sessionEntries(maria).size(), 2);
        QTRY_COMPARE(sessionEntries(pauloWindow).size(), 2);
        QVERIFY(sessionEntries(pauloWindow).at(1)->isChecked());
        QVERIFY(!sessionEntries(pauloWindow).at(0)->isChecked());
        sessionEntries(pauloWindow).at(0)->trigger();
        QCOMPARE(tabs->currentSession(), controller.session());
        QVERIFY(maria->isVisible());
        QVERIFY(!pauloWindow->isVisible());
        // Turning it off waits until Paulo signed out.
        QVERIFY(!menuEntry(maria, QStringLiteral("TurnOffMultiSessionAction"))->isEnabled());
        controller.setMultiSession(false);
        QVERIFY(controller.isMultiSession());
    }

    void aRoleSessionExpiresInItsTabAndTheOtherStays()
    {
        QSettings().setValue(QStringLiteral("console/multiSession"), true);
        OPEN_DEMO_CONSOLE(demo);
        ConsoleController controller(demo.dir.get(), demo.sts.get(), &demo.training);
        controller.start(signsIn(QStringLiteral("John")));
        ConsoleSession* john = controller.session();
        REQUIRE_OK(switchTo(john, QStringLiteral("Security"), QStringLiteral("red")));
        ConsoleSession* maria = addSignedIn(controller, QStringLiteral("Maria"));
        QVERIFY(maria);

        // Each tab with its own identity, color and countdown.
        QCOMPARE(tabText(controller, 0), QStringLiteral("Security (0:15:00)"));
        QVERIFY(!controller.sessionTabs()->tabWidget()->tabIcon(0).isNull()); // the red mark
        QCOMPARE(tabText(controller, 1), QStringLiteral("Maria @ catphoto-prod"));
        QVERIFY(controller.sessionTabs()->tabWidget()->tabIcon(1).isNull());
        QVERIFY(!controller.mainWindow()->sessionBanner()->isHidden());
        QCOMPARE(controller.mainWindow()->sessionBanner()->displayName(),
                 QStringLiteral("Security"));
        QVERIFY(controller.mainWindowFor(maria)->sessionBanner()->isHidden());
        demo.clock.advance(60);
        controller.sessionTabs()->refreshTitles();
        QCOMPARE(tabText(controller, 0), QStringLiteral("Security (0:14:00)"));

        demo.clock.advance(Quotas::AssumeRoleDurationMin);
        john->checkExpiry();
        maria->checkExpiry();
        // John is himself again in his tab; Maria's tab did not notice.
        QVERIFY(john->isSignedIn());
        QVERIFY(!john->isInRole());
        QCOMPARE(tabText(controller, 0), QStringLiteral("John @ catphoto-prod"));
        QVERIFY(controller.mainWindow()->sessionBanner()->isHidden());
        QVERIFY(maria->isSignedIn());
        QCOMPARE(tabText(controller, 1), QStringLiteral("Maria @ catphoto-prod"));
        QCOMPARE(controller.sessionTabs()->tabWidget()->count(), 2);
    }

    void aSignInThatExpiresClosesOnlyItsTab()
    {
        QSettings().setValue(QStringLiteral("console/multiSession"), true);
        OPEN_DEMO_CONSOLE(demo);
        ConsoleController controller(demo.dir.get(), demo.sts.get(), &demo.training);
        controller.start(signsIn(QStringLiteral("John")));
        demo.clock.advance(Quotas::ConsoleSessionDuration / 2);
        ConsoleSession* maria = addSignedIn(controller, QStringLiteral("Maria"));
        QVERIFY(maria);

        demo.clock.advance(Quotas::ConsoleSessionDuration / 2 + 1); // John's twelve hours are up
        controller.session()->checkExpiry();
        maria->checkExpiry();
        QVERIFY(!controller.session()->isSignedIn());
        QVERIFY(maria->isSignedIn());
        QCOMPARE(controller.sessionTabs()->tabWidget()->count(), 1);
        QCOMPARE(controller.sessionTabs()->currentSession(), maria);
        QVERIFY(controller.sessionTabs()->isVisible());
        QVERIFY(!controller.signInDialog()->isVisible()); // Maria is still at work

        demo.clock.advance(Quotas::ConsoleSessionDuration / 2);
        maria->checkExpiry();
        // The last one gone: the sign-in page.
        QTRY_VERIFY(controller.signInDialog()->isVisible());
        QVERIFY(!controller.sessionTabs()->isVisible());
        QCOMPARE(controller.sessionTabs()->tabWidget()->count(), 0);
        QCOMPARE(controller.sessions()->count(), 0);
    }

    void signingOutOfOneTabLeavesTheOthers()
    {
        QSettings().setValue(QStringLiteral("console/multiSession"), true);
        OPEN_DEMO_CONSOLE(demo);
        ConsoleController controller(demo.dir.get(), demo.sts.get(), &demo.training);
        controller.start(signsIn(QStringLiteral("Maria")));
        ConsoleSession* paulo = addSignedIn(controller, QStringLiteral("Paulo"));
        ConsoleSession* sam = addSignedIn(controller, QStringLiteral("Sam"));
        QVERIFY(paulo && sam);
        SessionTabs* tabs = controller.sessionTabs();
        QCOMPARE(tabs->tabWidget()->count(), 3);

        // The tab's close button signs Paulo out, and only him.
        auto* close = tabs->tabWidget()->tabBar()->tabButton(1, QTabBar::RightSide);
        QVERIFY(close);
        QTest::mouseClick(close, Qt::LeftButton);
        QTRY_COMPARE(tabs->tabWidget()->count(), 2);
        QCOMPARE(controller.sessions()->sessions(),
                 (QList<ConsoleSession*>{controller.session(), sam}));
        QCOMPARE(demo.dir->auditEvents().constLast().action, QStringLiteral("ConsoleSignOut"));
        QCOMPARE(demo.dir->auditEvents().constLast().actorArn,
                 QStringLiteral("arn:aws:iam::111122223333:user/Paulo"));
        QCOMPARE(tabText(controller, 0), QStringLiteral("Maria @ catphoto-prod"));
        QCOMPARE(tabText(controller, 1), QStringLiteral("Sam @ catphoto-prod"));

        // Sign out in the first tab's account menu: Sam stays.
        menuEntry(controller.mainWindow(), QStringLiteral("SignOutAction"))->trigger();
        QVERIFY(!controller.session()->isSignedIn());
        QCOMPARE(tabs->tabWidget()->count(), 1);
        QVERIFY(sam->isSignedIn());
        QVERIFY(!controller.signInDialog()->isVisible());

        // Sam signs out last: the sign-in page.
        menuEntry(controller.mainWindowFor(sam), QStringLiteral("SignOutAction"))->trigger();
        QTRY_VERIFY(controller.signInDialog()->isVisible());
        QVERIFY(!tabs->isVisible());
    }

    void theSixthSessionIsRefused()
    {
        QSettings().setValue(QStringLiteral("console/multiSession"), true);
        OPEN_DEMO_CONSOLE(demo);
        ConsoleController controller(demo.dir.get(), demo.sts.get(), &demo.training);
        controller.start(signsIn(QStringLiteral("Maria")));
        // Sessions of the same identity are allowed, as in AWS.
        for (const QString& user : {QStringLiteral("Paulo"), QStringLiteral("Sam"),
                                    QStringLiteral("John"), QStringLiteral("Maria")})
            QVERIFY(addSignedIn(controller, user));
        QCOMPARE(controller.sessionTabs()->tabWidget()->count(), ConsoleSessions::maxSessions);

        MainWindow* current = controller.mainWindowFor(controller.sessionTabs()->currentSession());
        QTRY_VERIFY(!menuEntry(current, QStringLiteral("AddSessionAction"))->isEnabled());
        QCOMPARE(menuEntry(current, QStringLiteral("AddSessionAction"))->toolTip(),
                 ConsoleSessions::limitMessage());
        REQUIRE_ERROR(controller.addSession(), "LimitExceeded",
                      "You can be signed in to up to 5 sessions at once. Sign out of a session "
                      "before you add another.");
        QCOMPARE(current->statusBar()->currentMessage(), ConsoleSessions::limitMessage());
        QVERIFY(!addedSignIn(controller));
        QCOMPARE(controller.sessions()->count(), ConsoleSessions::maxSessions);
    }

    // AWS's console switches role in a new session as the identity signed in:
    // no second sign-in, no password. The new tab is the IAM user behind the
    // first (here in a role), authenticated as they are, with the same end.
    void switchRoleInANewSessionIsTheSignedInUserWithoutAPassword()
    {
        QSettings().setValue(QStringLiteral("console/multiSession"), true);
        OPEN_DEMO_CONSOLE(demo);
        ConsoleController controller(demo.dir.get(), demo.sts.get(), &demo.training);
        controller.start(signsIn(QStringLiteral("John")));
        ConsoleSession* john = controller.session();
        REQUIRE_OK(switchTo(john, QStringLiteral("Security"), QStringLiteral("red")));
        const QString firstKey = john->identity().session.accessKeyId;
        const int eventsBefore = demo.dir->auditEventCount();
        QAction* entry =
            menuEntry(controller.mainWindow(), QStringLiteral("SwitchRoleInNewSessionAction"));
        QVERIFY(entry);
        QVERIFY(entry->isEnabled());
        entry->trigger();
        QTRY_COMPARE(controller.sessionTabs()->tabWidget()->count(), 2);
        QVERIFY(!addedSignIn(controller)); // no sign-in page, no password

        ConsoleSession* second = controller.sessionTabs()->currentSession();
        QVERIFY(second && second != john);
        // John himself (not his role session, which stays the first tab's), on his sign-in.
        const Identity& who = second->identity();
        QCOMPARE(who.kind, Identity::Kind::User);
        QCOMPARE(who.arn(), QStringLiteral("arn:aws:iam::111122223333:user/John"));
        QCOMPARE(who.arn(), john->userIdentity().arn());
        QCOMPARE(who.expiresAt, john->userIdentity().expiresAt);
        QCOMPARE(who.mfaAuthenticated, john->userIdentity().mfaAuthenticated);
        QVERIFY(!second->isInRole());
        const AuditEvent signIn = demo.dir->auditEvents(eventsBefore).constFirst();
        QCOMPARE(signIn.action, QStringLiteral("ConsoleLogin"));
        QCOMPARE(signIn.actorArn, who.arn());
        QCOMPARE(signIn.detail, QStringLiteral("Added session"));

        // Its Switch Role page is open; the first tab's is not. Deleted once it has switched.
        QPointer<SwitchRoleDialog> switchRole =
            controller.mainWindowFor(second)->switchRoleDialog();
        QVERIFY(switchRole);
        QVERIFY(switchRole->isVisible());
        QVERIFY(!controller.mainWindow()->switchRoleDialog());
        QCOMPARE(switchRole->windowTitle(),
                 QStringLiteral("Switch role in a new session — Switchboard"));
        switchRole->accountEdit()->setText(QStringLiteral("catphoto-prod"));
        switchRole->roleEdit()->setText(QStringLiteral("SecurityEngineer"));
        switchRole->displayNameEdit()->setText(QStringLiteral("Second look"));
        QTRY_VERIFY2(switchRole->switchButton()->isEnabled(), qPrintable(switchRole->errorText()));
        switchRole->switchButton()->click();
        QTRY_VERIFY2(second->isInRole(),
                     qPrintable(switchRole ? switchRole->errorText() : QString()));
        // Two role sessions of their own; the first tab's is as it was.
        QVERIFY(second->identity().session.accessKeyId != firstKey);
        QCOMPARE(john->identity().session.accessKeyId, firstKey);
        QCOMPARE(john->identity().displayName, QStringLiteral("Security"));
        QVERIFY2(tabText(controller, 0).startsWith(QLatin1String("Security (")),
                 qPrintable(tabText(controller, 0)));
        QVERIFY2(tabText(controller, 1).startsWith(QLatin1String("Second look (")),
                 qPrintable(tabText(controller, 1)));
    }

    // Cancel on AWS's Switch Role page adds no session: the new tab closes
    // and the first is in front again, as it was.
    void cancellingSwitchRoleInANewSessionClosesItsTab()
    {
        QSettings().setValue(QStringLiteral("console/multiSession"), true);
        OPEN_DEMO_CONSOLE(demo);
        ConsoleController controller(demo.dir.get(), demo.sts.get(), &demo.training);
        controller.start(signsIn(QStringLiteral("Maria")));
        ConsoleSession* paulo = addSignedIn(controller, QStringLiteral("Paulo"));
        QVERIFY(paulo);
        controller.sessionTabs()->showSession(controller.session());
        SwitchRoleDialog* dialog = nullptr;
        REQUIRE_VALUE(dialog, controller.switchRoleInNewSession(controller.session()));
        QCOMPARE(controller.sessionTabs()->tabWidget()->count(), 3);
        QPointer<ConsoleSession> added = controller.sessionTabs()->currentSession();
        QVERIFY(added && added != controller.session() && added != paulo);
        QCOMPARE(added->identity().user.name, QStringLiteral("Maria"));

        QPushButton* cancel = nullptr;
        for (QPushButton* button : dialog->findChildren<QPushButton*>())
            if (button->text() == QLatin1String("Cancel"))
                cancel = button;
        QVERIFY(cancel);
        cancel->click();
        QTRY_VERIFY(added.isNull());
        QCOMPARE(controller.sessionTabs()->tabWidget()->count(), 2);
        QCOMPARE(controller.sessions()->sessions(),
                 (QList<ConsoleSession*>{controller.session(), paulo}));
        QCOMPARE(controller.sessionTabs()->currentSession(), controller.session());
        QCOMPARE(controller.session()->identity().user.name, QStringLiteral("Maria"));
        QCOMPARE(demo.dir->auditEvents().constLast().action, QStringLiteral("ConsoleSignOut"));
    }

    // Only an IAM user's console sign-in lends itself: the root user (who
    // cannot switch roles) is refused and no session is left behind.
    void theRootUserCannotSwitchRoleInANewSession()
    {
        QSettings().setValue(QStringLiteral("console/multiSession"), true);
        OPEN_DEMO_CONSOLE(demo);
        ConsoleController controller(demo.dir.get(), demo.sts.get(), &demo.training);
        controller.start(signsIn(QStringLiteral("Maria")));
        ConsoleSession* root = nullptr;
        REQUIRE_VALUE(root, controller.sessions()->open());
        REQUIRE_OK(
            root->signInRoot(QStringLiteral("root@catphoto-prod.example"), QStringLiteral("pw")));
        QMenu menu;
        controller.sessionTabs()->fillAccountMenu(&menu, root, true);
        QAction* entry = menu.findChild<QAction*>(QStringLiteral("SwitchRoleInNewSessionAction"));
        QVERIFY(entry);
        QVERIFY(!entry->isEnabled());
        QCOMPARE(entry->toolTip(), ConsoleSession::rootCannotSwitchMessage());
        REQUIRE_CODE(controller.switchRoleInNewSession(root), "AccessDenied");
        QTRY_COMPARE(controller.sessions()->count(), 2); // Maria and the root user only
        QCOMPARE(controller.sessionTabs()->tabWidget()->count(), 1);
        controller.sessions()->close(root);
    }

    void aScriptedStartAddsSessions()
    {
        OPEN_DEMO_CONSOLE(demo);
        ConsoleController controller(demo.dir.get(), demo.sts.get(), &demo.training);
        ConsoleController::StartOptions options = signsIn(QStringLiteral("John"));
        options.addSessions = {QStringLiteral("Maria"), QStringLiteral("catphoto-prod/Sam"),
                               QStringLiteral("Nobody")};
        QTest::ignoreMessage(
            QtWarningMsg,
            qPrintable(
                QStringLiteral("Nobody: %1").arg(ConsoleSession::authenticationFailedMessage())));
        controller.start(options);
        QVERIFY(controller.isMultiSession());
        QCOMPARE(controller.sessionTabs()->tabWidget()->count(), 3);
        QCOMPARE(tabText(controller, 1), QStringLiteral("Maria @ catphoto-prod"));
        QCOMPARE(tabText(controller, 2), QStringLiteral("Sam @ catphoto-prod"));
        QCOMPARE(controller.sessionTabs()->currentSession(), controller.session());
        QTRY_COMPARE(controller.sessions()->count(), 3); // Nobody's session closed again
        QVERIFY(!addedSignIn(controller));
    }

    void aTabsMenusAndShortcutsActAsItsOwnSession()
    {
        QSettings().setValue(QStringLiteral("console/multiSession"), true);
        OPEN_DEMO_CONSOLE(demo);
        ConsoleController controller(demo.dir.get(), demo.sts.get(), &demo.training);
        controller.setTrainingClock(&demo.training);
        controller.start(signsIn(QStringLiteral("Maria")));
        ConsoleSession* paulo = addSignedIn(controller, QStringLiteral("Paulo"));
        QVERIFY(paulo);
        MainWindow* pauloWindow = controller.mainWindowFor(paulo);

        // View → Training clock in Paulo's tab is recorded as Paulo's doing.
        QMenu* clock = trainingClockMenu(pauloWindow);
        QVERIFY(clock && clock->isEnabled());
        clock->actions().at(2)->trigger();
        QCOMPARE(demo.training.speed(), 60.0);
        const AuditEvent changed = demo.dir->auditEvents().constLast();
        QCOMPARE(changed.action, QStringLiteral("SetTrainingClock"));
        QCOMPARE(changed.actorArn, QStringLiteral("arn:aws:iam::111122223333:user/Paulo"));

        // A problem found later is named in every tab.
        controller.setAuditTrailProblem(QStringLiteral("The audit trail was emptied."));
        for (MainWindow* window : {controller.mainWindow(), pauloWindow}) {
            auto* problem = window->findChild<QLabel*>(QStringLiteral("AuditTrailProblem"));
            QVERIFY(problem);
            QVERIFY(!problem->isHidden());
        }

        // A shortcut reaches the tab in front only: Paulo's Switch Role page.
        controller.sessionTabs()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(controller.sessionTabs()));
        QTest::keyClick(controller.sessionTabs(), Qt::Key_R,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(pauloWindow->switchRoleDialog());
        QVERIFY(!controller.mainWindow()->switchRoleDialog());
    }

    // Tools → Local endpoint in every tab: the console's one endpoint and
    // request log. It goes on while any session is signed in.
    void everyTabHasTheConsolesLocalEndpoint()
    {
        QSettings().setValue(QStringLiteral("console/multiSession"), true);
        OPEN_DEMO_CONSOLE(demo);
        ConsoleController controller(demo.dir.get(), demo.sts.get(), &demo.training);
        controller.start(signsIn(QStringLiteral("Maria")));
        ConsoleSession* paulo = addSignedIn(controller, QStringLiteral("Paulo"));
        QVERIFY(paulo);
        MainWindow* maria = controller.mainWindow();
        MainWindow* pauloWindow = controller.mainWindowFor(paulo);
        for (MainWindow* window : {maria, pauloWindow})
            QVERIFY(menuAction(window, QStringLiteral("LocalEndpointAction"))->isEnabled());

        LocalEndpointWindow* started = pauloWindow->openLocalEndpoint();
        QVERIFY(started);
        started->portBox()->setValue(0);
        started->startButton()->click();
        QVERIFY(controller.localEndpoint()->isRunning());
        LocalEndpointWindow* shown = maria->openLocalEndpoint();
        QVERIFY(shown && shown != started);
        QCOMPARE(shown->stateLabel()->text(), started->stateLabel()->text()); // the same one

        // Maria signs out: Paulo's endpoint goes on; the last sign-out stops it.
        menuEntry(maria, QStringLiteral("SignOutAction"))->trigger();
        QVERIFY(controller.localEndpoint()->isRunning());
        menuEntry(pauloWindow, QStringLiteral("SignOutAction"))->trigger();
        QTRY_VERIFY(controller.signInDialog()->isVisible());
        QVERIFY(!controller.localEndpoint()->isRunning());
    }

    // View → Training clock shows the one clock's speed in every tab,
    // whichever tab changed it, and in a tab opened later.
    void everyTabsTrainingClockMenuShowsTheClock()
    {
        QSettings().setValue(QStringLiteral("console/multiSession"), true);
        OPEN_DEMO_CONSOLE(demo);
        ConsoleController controller(demo.dir.get(), demo.sts.get(), &demo.training);
        controller.setTrainingClock(&demo.training);
        controller.start(signsIn(QStringLiteral("Maria")));
        ConsoleSession* paulo = addSignedIn(controller, QStringLiteral("Paulo"));
        QVERIFY(paulo);
        MainWindow* maria = controller.mainWindow();
        MainWindow* pauloWindow = controller.mainWindowFor(paulo);
        QCOMPARE(speedChecked(maria), 1);
        QCOMPARE(speedChecked(pauloWindow), 1);

        trainingClockMenu(pauloWindow)->actions().at(2)->trigger();
        QCOMPARE(demo.training.speed(), 60.0);
        QCOMPARE(speedChecked(pauloWindow), 60);
        QCOMPARE(speedChecked(maria), 60);
        ConsoleSession* sam = addSignedIn(controller, QStringLiteral("Sam"));
        QVERIFY(sam);
        QCOMPARE(speedChecked(controller.mainWindowFor(sam)), 60);

        trainingClockMenu(maria)->actions().at(0)->trigger();
        QCOMPARE(demo.training.speed(), 1.0);
        for (MainWindow* window : {maria, pauloWindow, controller.mainWindowFor(sam)})
            QCOMPARE(speedChecked(window), 1);
    }

    void cancellingAddSessionChangesNothing()
    {
        QSettings().setValue(QStringLiteral("console/multiSession"), true);
        OPEN_DEMO_CONSOLE(demo);
        ConsoleController controller(demo.dir.get(), demo.sts.get(), &demo.training);
        controller.start(signsIn(QStringLiteral("Maria")));
        SignInDialog* dialog = nullptr;
        REQUIRE_VALUE(dialog, controller.addSession());
        QCOMPARE(controller.sessions()->count(), 2); // held while its page is open
        dialog->reject();
        QTRY_COMPARE(controller.sessions()->count(), 1);
        QCOMPARE(controller.sessionTabs()->tabWidget()->count(), 1);
        QCOMPARE(controller.sessionTabs()->currentSession(), controller.session());
        QVERIFY(controller.session()->isSignedIn());
        QVERIFY(!controller.signInDialog()->isVisible());
    }
};

QTEST_MAIN(TestMultiSession)
#include "tst_multisession.moc"
