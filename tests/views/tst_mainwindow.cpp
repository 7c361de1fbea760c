#include "accessdeniedpanel.h"
#include "admin/directoryadmin.h"
#include "audit/accesspath.h"
#include "audit/auditqueries.h"
#include "auditmenu.h"
#include "audittrailwindow.h"
#include "authzdetailsactions.h"
#include "common/resultassertions.h"
#include "console/consolesession.h"
#include "console/switchlink.h"
#include "democonsole.h"
#include "detailpane.h"
#include "effectivepermissionspanel.h"
#include "findingswindow.h"
#include "items/navigatorfiltermodel.h"
#include "items/navigatormodel.h"
#include "mainwindow.h"
#include "membershipmatrixwindow.h"
#include "navigatorview.h"
#include "sessionbanner.h"
#include "switchroledialog.h"
#include "testdata.h"
#include "testdirectory.h"
#include "topbar.h"

#include <QApplication>
#include <QClipboard>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Directory> dir;
    std::unique_ptr<ConsoleSession> session;
    std::unique_ptr<NavigatorModel> model;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<DemoConsole> demo;

    QString pageTitle() const
    {
        auto* title = window->detailPane()->findChild<QLabel*>(QStringLiteral("PageTitle"));
        return title ? title->text() : QString();
    }

    QStringList tabTitles() const
    {
        QStringList titles;
        if (QTabWidget* tabs = window->detailPane()->tabs())
            for (int i = 0; i < tabs->count(); ++i)
                titles << tabs->tabText(i);
        return titles;
    }

    // The demo directory with STS, so that the window can switch roles.
    void openDemoAs(const QString& user)
    {
        window.reset();
        model.reset();
        REQUIRE_VALUE(demo, DemoConsole::open());
        QVERIFY(demo->signIn(user));
        model = std::make_unique<NavigatorModel>(demo->dir.get(), demo->session.get());
        window = std::make_unique<MainWindow>(demo->session.get(), demo->services(), model.get());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }

    QAction* accountMenuAction(const QString& name) const
    {
        return window->topBar()->accountMenu()->findChild<QAction*>(name);
    }

    QStringList roleHistoryTexts() const
    {
        QStringList texts;
        for (QAction* action : window->topBar()->accountMenu()->actions())
            if (action->objectName() == QLatin1String("RoleHistoryAction"))
                texts << action->text();
        return texts;
    }

    void switchTo(const QString& account, const QString& role, const QString& color,
                  const QString& displayName)
    {
        const auto switched = demo->switchTo(account, role, color, displayName);
        QVERIFY2(switched.ok(),
                 qPrintable(switched.ok() ? QString() : switched.error().toString()));
    }

    // Some platforms have no clipboard; what copies to it is then skipped there.
    static bool clipboardWorks()
    {
        const QString probe = QStringLiteral("switchboard-clipboard-probe");
        QApplication::clipboard()->setText(probe);
        return QApplication::clipboard()->text() == probe;
    }

    void select(EntityKind kind, const QString& name)
    {
        window->navigator()->selectEntity(kind, TestDirectory::prod, name);
    }

private slots:
    void signInAs(const QString& user)
    {
        window.reset();
        model.reset();
        session = std::make_unique<ConsoleSession>(dir.get());
        QVERIFY(
            session->signIn(QStringLiteral("catphoto-prod"), user, TestDirectory::password).ok());
        model = std::make_unique<NavigatorModel>(dir.get(), session.get());
        window = std::make_unique<MainWindow>(session.get(),
                                              ConsoleServices{*dir, *Clock::system()}, model.get());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }

    void init()
    {
        REQUIRE_TEST_ENGINE();
        REQUIRE_VALUE(dir, TestDirectory::small(TestEngine::freshLocation()));
        REQUIRE_HELPER(signInAs(QStringLiteral("Maria")));
    }

    void cleanup()
    {
        window.reset();
        model.reset();
        // On PostgreSQL a window's background questions run on connections of their own,
        // on the console's clock: they end before the clock and the database go.
        QThreadPool::globalInstance()->waitForDone();
        demo.reset();
        session.reset();
        dir.reset();
        TestEngine::dropDatabases();
    }

    void topBarNamesTheUserAndAccount()
    {
        QCOMPARE(window->topBar()->accountButton()->text(),
                 QStringLiteral("Maria @ catphoto-prod \u25BE"));
        QVERIFY(window->windowTitle().contains(QStringLiteral("Maria @ catphoto-prod")));
    }

    void navigatorOpensOnTheAccounts()
    {
        QTreeView* tree = window->navigator()->tree();
        // The organization's root, open on its two accounts, and its policies.
        QCOMPARE(tree->model()->rowCount(), 2);
        const QModelIndex root = tree->model()->index(0, 0);
        QVERIFY(root.data().toString().startsWith(QStringLiteral("Root (r-")));
        QVERIFY(tree->isExpanded(root));
        QCOMPARE(tree->model()->rowCount(root), 2);
        const QModelIndex prod = tree->model()->index(0, 0, root);
        QVERIFY(tree->isExpanded(prod));
        QCOMPARE(tree->model()->index(0, 0, prod).data().toString(), QStringLiteral("Users (3)"));
    }

    void userPageHasSummaryAndTabs()
    {
        select(EntityKind::User, QStringLiteral("John"));
        QCOMPARE(pageTitle(), QStringLiteral("John"));
        QCOMPARE(
            tabTitles(),
            (QStringList{QStringLiteral("Permissions"), QStringLiteral("Effective permissions"),
                         QStringLiteral("Groups"), QStringLiteral("Security credentials")}));
        auto* permissions =
            window->detailPane()->findChild<QTableWidget*>(QStringLiteral("PermissionsTable"));
        QVERIFY(permissions);
        QCOMPARE(permissions->item(0, 0)->text(), QStringLiteral("DeveloperAccess"));
        QCOMPARE(permissions->item(0, 2)->text(), QStringLiteral("Group Developers"));
        const QList<QLabel*> labels = window->detailPane()->findChildren<QLabel*>();
        const bool showsArn = std::any_of(labels.begin(), labels.end(), [](QLabel* l) {
            return l->text() == QStringLiteral("arn:aws:iam::111122223333:user/John");
        });
        QVERIFY(showsArn);
    }

    void groupPageListsMembersAndInheritedPermissionsShowOnTheUser()
    {
        select(EntityKind::Group, QStringLiteral("Admins"));
        QCOMPARE(pageTitle(), QStringLiteral("Admins"));
        QCOMPARE(tabTitles(), (QStringList{QStringLiteral("Users"), QStringLiteral("Permissions"),
                                           QStringLiteral("Effective permissions")}));
        auto* users =
            window->detailPane()->findChild<QTableWidget*>(QStringLiteral("GroupUsersTable"));
        QVERIFY(users);
        QCOMPARE(users->rowCount(), 1);
        QCOMPARE(users->item(0, 0)->text(), QStringLiteral("Maria"));

        select(EntityKind::User, QStringLiteral("Maria"));
        auto* permissions =
            window->detailPane()->findChild<QTableWidget*>(QStringLiteral("PermissionsTable"));
        QVERIFY(permissions);
        QCOMPARE(permissions->rowCount(), 1);
        QCOMPARE(permissions->item(0, 0)->text(), QStringLiteral("AdministratorAccess"));
        QCOMPARE(permissions->item(0, 2)->text(), QStringLiteral("Group Admins"));
    }

    void rolePageShowsTrust()
    {
        select(EntityKind::Role, QStringLiteral("SecurityEngineer"));
        QCOMPARE(pageTitle(), QStringLiteral("SecurityEngineer"));
        QVERIFY(tabTitles().contains(QStringLiteral("Trust relationships")));
        QVERIFY(tabTitles().contains(QStringLiteral("Maximum session duration")));
    }

    void clickThroughFromAGroupToItsMember()
    {
        select(EntityKind::Group, QStringLiteral("Developers"));
        auto* users =
            window->detailPane()->findChild<QTableWidget*>(QStringLiteral("GroupUsersTable"));
        QVERIFY(users);
        Q_EMIT users->cellDoubleClicked(0, 0);
        QCOMPARE(pageTitle(), QStringLiteral("John"));
        QCOMPARE(window->navigator()->tree()->currentIndex().data().toString(),
                 QStringLiteral("John"));
    }

    void auditMenuOpensEachWindowOnceAndClickThroughSelects()
    {
        REQUIRE_HELPER(openDemoAs(QStringLiteral("Maria")));
        QMenu* audit = nullptr;
        for (QAction* action : window->menuBar()->actions())
            if (action->text() == QStringLiteral("&Audit"))
                audit = action->menu();
        QVERIFY(audit);
        QVERIFY(audit->findChild<QAction*>(QStringLiteral("MembershipMatrixAction")));
        QVERIFY(audit->findChild<QAction*>(QStringLiteral("AccessGraphAction")));
        QVERIFY(audit->findChild<QAction*>(QStringLiteral("FindingsAction")));
        QVERIFY(audit->findChild<QAction*>(QStringLiteral("AuditTrailAction")));
        MembershipMatrixWindow* matrix = window->auditMenu()->openMembershipMatrix();
        QVERIFY(matrix->isVisible());
        QCOMPARE(window->auditMenu()->openMembershipMatrix(), matrix);
        QVERIFY(window->auditMenu()->openAuditTrail()->isVisible());
        // A click on an entity in an audit window opens it in the console.
        Q_EMIT matrix->entityActivated(EntityKind::User, QStringLiteral("111122223333"),
                                       QStringLiteral("John"));
        QTRY_COMPARE(pageTitle(), QStringLiteral("John"));
    }

    void filterBoxNarrowsTheTree()
    {
        QTest::keyClicks(window->navigator()->filterEdit(), QStringLiteral("mar"));
        auto* proxy = window->navigator()->filterModel();
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->rowCount(proxy->index(0, 0)), 1);
        const QModelIndex prod = proxy->index(0, 0, proxy->index(0, 0));
        QCOMPARE(proxy->rowCount(prod), 1); // only Users
        const QModelIndex users = proxy->index(0, 0, prod);
        QCOMPARE(proxy->rowCount(users), 1);
        QCOMPARE(proxy->index(0, 0, users).data().toString(), QStringLiteral("Maria"));
        QVERIFY(window->navigator()->tree()->isExpanded(users));
    }

    void deniedDataShowsAwsMessageInsteadOfRows()
    {
        signInAs(QStringLiteral("John")); // every service but IAM
        QTreeView* tree = window->navigator()->tree();
        const QModelIndex prod = tree->model()->index(0, 0, tree->model()->index(0, 0));
        const QModelIndex users = tree->model()->index(0, 0, prod);
        QCOMPARE(users.data().toString(), QStringLiteral("Users")); // no count: not listable
        QCOMPARE(tree->model()->rowCount(users), 0);
        const QString message = QStringLiteral(
            "User: arn:aws:iam::111122223333:user/John is not authorized to perform: "
            "iam:ListUsers on resource: arn:aws:iam::111122223333:user/ because no "
            "identity-based policy allows the iam:ListUsers action");
        QCOMPARE(users.data(Qt::ToolTipRole).toString(), message);

        tree->setCurrentIndex(users);
        auto* panel = window->detailPane()->findChild<AccessDeniedPanel*>();
        QVERIFY(panel);
        QCOMPARE(panel->message(), message);
    }

    void deniedActionsAreDisabledWithTheReason()
    {
        auto* simulator = window->findChild<QAction*>(QStringLiteral("PolicySimulatorAction"));
        QVERIFY(simulator);
        QVERIFY(simulator->isEnabled()); // Maria administers the account
        REQUIRE_HELPER(signInAs(QStringLiteral("John")));
        simulator = window->findChild<QAction*>(QStringLiteral("PolicySimulatorAction"));
        QVERIFY(!simulator->isEnabled());
        QVERIFY(simulator->toolTip().contains(
            QStringLiteral("is not authorized to perform: iam:SimulatePrincipalPolicy")));
    }

    void anotherAccountsDirectoryIsClosedWithoutARole()
    {
        // Maria administers catphoto-prod; catphoto-dev's IAM needs a role there.
        QTreeView* tree = window->navigator()->tree();
        const QModelIndex dev = tree->model()->index(1, 0, tree->model()->index(0, 0));
        const QModelIndex devUsers = tree->model()->index(0, 0, dev);
        QVERIFY(devUsers.data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("is not authorized to perform: iam:ListUsers")));
    }

    void signOutFromTheAccountMenu()
    {
        QSignalSpy requested(window.get(), &MainWindow::signOutRequested);
        QAction* signOut =
            window->topBar()->accountMenu()->findChild<QAction*>(QStringLiteral("SignOutAction"));
        QVERIFY(signOut);
        signOut->trigger();
        QCOMPARE(requested.count(), 1);
    }
    // The walkthrough: Maria, the demo's administrator, imports a real
    // export; the account joins the organization under the Root; she switches
    // role into it as OrganizationAccountAccessRole and audits it.
    void theWalkthroughImportSwitchIntoAndAudit()
    {
        const QString sample = TestData::path(QStringLiteral(
            "authz-details/aws-cli-examples-iam-get-account-authorization-details.output.json"));
        REQUIRE_TESTDATA(sample);
        REQUIRE_HELPER(openDemoAs(QStringLiteral("Maria")));
        DirectoryAdmin admin(demo->session.get(), demo->dir.get(), demo->accessKeys.get(),
                             demo->mfaDevices.get());
        window->setDirectoryAdmin(&admin);
        const QString imported = window->authzDetailsActions()->importFiles({sample});
        QVERIFY2(imported.startsWith(QStringLiteral("Imported account 123456789012")),
                 qPrintable(imported));
        const QString account = QStringLiteral("123456789012");
        // One undo step, in the Edit menu's stack.
        QCOMPARE(admin.undoStack()->text(admin.undoStack()->index() - 1),
                 QStringLiteral("Import account 123456789012"));

        // The navigator: the organization's root holds the new account.
        QTreeView* tree = window->navigator()->tree();
        const QModelIndex root = tree->model()->index(0, 0);
        QCOMPARE(tree->model()->rowCount(root), 3);
        QStringList accounts;
        for (int r = 0; r < tree->model()->rowCount(root); ++r)
            accounts
                << tree->model()->index(r, 0, root).data(NavigatorModel::AccountIdRole).toString();
        QVERIFY(accounts.contains(account));
        window->navigator()->selectAccount(account);
        QTRY_COMPARE(pageTitle(), account);
        auto* organization =
            window->detailPane()->findChild<QGroupBox*>(QStringLiteral("OrganizationSummary"));
        QVERIFY(organization);
        QVERIFY(organization->findChildren<QLabel*>().size() >= 8);

        // Her own policies are prod's: the account's IAM is closed to her ...
        QVERIFY(!demo->allowed(QStringLiteral("iam:ListUsers"),
                               QStringLiteral("arn:aws:iam::123456789012:user/")));
        // ... until she switches into the role the organization added, in its own color.
        REQUIRE_HELPER(switchTo(account, QStringLiteral("OrganizationAccountAccessRole"),
                                QStringLiteral("orange"), QStringLiteral("Imported 1234")));
        SessionBanner* banner = window->sessionBanner();
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->displayName(), QStringLiteral("Imported 1234"));
        QVERIFY(banner->toolTip().contains(
            QStringLiteral("arn:aws:iam::123456789012:role/OrganizationAccountAccessRole")));
        QCOMPARE(demo->session->identity().account.id, account);

        // Membership matrix of the account she is in.
        MembershipMatrixWindow matrix(demo->dir.get(), demo->session.get());
        QCOMPARE(matrix.accountId(), account);
        QCOMPARE(matrix.deniedMessage(), QString());
        QTRY_COMPARE(matrix.table()->model()->rowCount(), 3);
        // Findings.
        FindingsWindow findings(demo->dir.get(), demo->session.get());
        QCOMPARE(findings.accountId(), account);
        QCOMPARE(findings.deniedMessage(), QString());
        QTRY_VERIFY(!findings.findings().isEmpty()); // in the background on PostgreSQL
        // Effective permissions of Bob, who has an inline policy.
        EffectivePermissionsPanel permissions(demo->dir.get());
        permissions.showPrincipal(EntityKind::User, account, QStringLiteral("Bob"));
        QTRY_VERIFY(permissions.table()->rowCount() > 0);
        // Who can create users there: the role she is in.
        QStringList whoCan;
        for (const AccessPath& path :
             AuditQueries(demo->dir.get())
                 .whoCan(QStringLiteral("iam:CreateUser"),
                         QStringLiteral("arn:aws:iam::123456789012:user/x"), account))
            whoCan << path.principalArn;
        QVERIFY2(whoCan.contains(QStringLiteral(
                     "arn:aws:iam::123456789012:role/OrganizationAccountAccessRole")),
                 qPrintable(whoCan.join(u' ')));
    }

    void theBannerShowsTheRoleSessionAndGoesOnSwitchBack()
    {
        REQUIRE_HELPER(openDemoAs(QStringLiteral("John")));
        SessionBanner* banner = window->sessionBanner();
        QVERIFY(!banner->isVisible());
        QVERIFY(!accountMenuAction(QStringLiteral("SwitchBackAction"))->isEnabled());

        REQUIRE_HELPER(switchTo(QStringLiteral("catphoto-prod"), QStringLiteral("SecurityEngineer"),
                                QStringLiteral("red"), QStringLiteral("Security")));
        QVERIFY(banner->isVisible());
        QVERIFY(window->bannerArea()->indexOf(banner) >= 0);
        QCOMPARE(banner->displayName(), QStringLiteral("Security"));
        QCOMPARE(banner->backgroundHex(), QStringLiteral("#f2b0a9"));
        QCOMPARE(banner->countdownText(), QStringLiteral("1:00:00"));
        QVERIFY(banner->toolTip().contains(
            QStringLiteral("arn:aws:iam::111122223333:role/SecurityEngineer")));
        QVERIFY(window->windowTitle().contains(QStringLiteral("Security")));
        QCOMPARE(window->topBar()->accountButton()->text(), QStringLiteral("Security \u25BE"));
        QVERIFY(accountMenuAction(QStringLiteral("SwitchBackAction"))->isEnabled());
        QVERIFY(accountMenuAction(QStringLiteral("CurrentlyActiveAsAction")));

        QTest::mouseClick(banner->switchBackButton(), Qt::LeftButton);
        QTRY_VERIFY(!demo->session->isInRole());
        QVERIFY(!banner->isVisible());
        QVERIFY(!banner->hasSession());
        QVERIFY(window->windowTitle().contains(QStringLiteral("John @ catphoto-prod")));
        QCOMPARE(window->topBar()->accountButton()->text(),
                 QStringLiteral("John @ catphoto-prod \u25BE"));
    }

    void theBannerGoesWhenTheSessionExpires()
    {
        REQUIRE_HELPER(openDemoAs(QStringLiteral("John")));
        REQUIRE_HELPER(switchTo(QStringLiteral("catphoto-prod"), QStringLiteral("SecurityEngineer"),
                                QStringLiteral("blue"), QStringLiteral("Sec")));
        SessionBanner* banner = window->sessionBanner();
        QVERIFY(banner->isVisible());

        // One minute left: a tray message where there is a tray, the status bar always.
        demo->clock.advance(3600 - 60);
        banner->refresh();
        QVERIFY(window->statusBar()->currentMessage().contains(
            QStringLiteral("expires in less than a minute")));

        demo->clock.advance(60);
        demo->session->checkExpiry();
        QTRY_VERIFY(!demo->session->isInRole());
        QVERIFY(!banner->isVisible());
        QVERIFY(window->statusBar()->currentMessage().contains(
            QStringLiteral("Your role session Sec expired")));
        QVERIFY(window->notice());
        QVERIFY(window->notice()->isVisible());
        QVERIFY(!window->notice()->isModal());
        QCOMPARE(window->notice()->text(), QStringLiteral("Your role session Sec expired"));
        QVERIFY(window->windowTitle().contains(QStringLiteral("John @ catphoto-prod")));
    }

    void theSessionEndsWhenTheBannerReadsZero()
    {
        REQUIRE_HELPER(openDemoAs(QStringLiteral("John")));
        REQUIRE_HELPER(switchTo(QStringLiteral("catphoto-prod"), QStringLiteral("SecurityEngineer"),
                                QStringLiteral("green"), QStringLiteral("Sec")));
        // The clock jumps to the end; the banner's next tick (what refresh() runs) notices.
        // Its timing on the clock is tst_sessionbanner's: no wall-clock wait here.
        demo->clock.advance(3600);
        QVERIFY(demo->session->isInRole());
        window->sessionBanner()->refresh();
        QTRY_VERIFY(!demo->session->isInRole());
        QVERIFY(!window->sessionBanner()->isVisible());
        QVERIFY(window->statusBar()->currentMessage().contains(
            QStringLiteral("Your role session Sec expired")));
    }

    void theAccountMenuKeepsTheRoleHistoryAndSwitchesAgain()
    {
        REQUIRE_HELPER(openDemoAs(QStringLiteral("John")));
        REQUIRE_HELPER(switchTo(QStringLiteral("catphoto-prod"), QStringLiteral("SecurityEngineer"),
                                QStringLiteral("red"), QStringLiteral("Security")));
        demo->session->switchBack();
        REQUIRE_HELPER(switchTo(QStringLiteral("catphoto-dev"),
                                QStringLiteral("CrossAccountAuditor"), QStringLiteral("green"),
                                QStringLiteral("Dev audit")));
        demo->session->switchBack();
        QCOMPARE(roleHistoryTexts(),
                 (QStringList{QStringLiteral("Dev audit"), QStringLiteral("Security")}));

        // One click: the same role, name and color again, without the dialog.
        QAction* security = nullptr;
        for (QAction* action : window->topBar()->accountMenu()->actions())
            if (action->text() == QLatin1String("Security"))
                security = action;
        QVERIFY(security);
        QVERIFY(!security->icon().isNull());
        security->trigger();
        QTRY_VERIFY(demo->session->isInRole());
        QCOMPARE(demo->session->identity().role.name, QStringLiteral("SecurityEngineer"));
        QCOMPARE(demo->session->identity().color, QStringLiteral("red"));
        QCOMPARE(window->sessionBanner()->displayName(), QStringLiteral("Security"));

        accountMenuAction(QStringLiteral("CopySwitchLinkAction"))->trigger();
        const QString link = QApplication::clipboard()->text();
        accountMenuAction(QStringLiteral("SwitchBackAction"))->trigger();
        QTRY_VERIFY(!demo->session->isInRole());
        // Last: without a clipboard the rest passed and the link is reported as skipped.
        if (link.isEmpty() && !clipboardWorks())
            QSKIP("no clipboard on this platform: the switch link is not checked");
        const auto parsed = SwitchLink::parse(link);
        QVERIFY2(parsed, qPrintable(link));
        QCOMPARE(parsed->roleName, QStringLiteral("SecurityEngineer"));
        QCOMPARE(parsed->displayName, QStringLiteral("Security"));
        QCOMPARE(parsed->color, QStringLiteral("red"));
    }

    void theAccountMenuListsTheLastFiveRolesNewestFirst()
    {
        REQUIRE_HELPER(openDemoAs(QStringLiteral("John")));
        // Seven distinct roles over time; the directory keeps the last five.
        const QString john = demo->session->userIdentity().arn();
        for (int i = 1; i <= 7; ++i) {
            demo->clock.advance(60);
            QVERIFY(demo->dir
                        ->recordRoleHistory(
                            {john, QStringLiteral("444455556666"), QStringLiteral("catphoto-dev"),
                             QStringLiteral("Role%1").arg(i), QStringLiteral("Role %1").arg(i),
                             QStringLiteral("blue"), QDateTime()})
                        .ok());
        }
        // The menu reads the history when the identity changes: switch once.
        REQUIRE_HELPER(switchTo(QStringLiteral("catphoto-prod"), QStringLiteral("SecurityEngineer"),
                                QStringLiteral("red"), QStringLiteral("Security")));
        QCOMPARE(roleHistoryTexts(),
                 (QStringList{QStringLiteral("Security"), QStringLiteral("Role 7"),
                              QStringLiteral("Role 6"), QStringLiteral("Role 5"),
                              QStringLiteral("Role 4")}));
    }

    void theAccountMenuListsSavedRolesThatSwitch()
    {
        REQUIRE_HELPER(openDemoAs(QStringLiteral("John")));
        const auto savedRoleTexts = [this] {
            QStringList texts;
            for (QAction* action : window->topBar()->accountMenu()->actions())
                if (action->objectName() == QLatin1String("SavedRoleAction"))
                    texts << action->text();
            return texts;
        };
        QVERIFY(savedRoleTexts().isEmpty());
        RoleBookmark bookmark;
        bookmark.userArn = demo->session->userIdentity().arn();
        bookmark.profileName = QStringLiteral("sec");
        bookmark.accountId = QStringLiteral("111122223333");
        bookmark.accountInput = QStringLiteral("catphoto-prod");
        bookmark.roleName = QStringLiteral("SecurityEngineer");
        bookmark.displayName = QStringLiteral("Saved security");
        bookmark.color = QStringLiteral("orange");
        QVERIFY(demo->dir->saveRoleBookmark(bookmark).ok());
        // The menu follows the directory: no switch needed to see a new saved role.
        QTRY_COMPARE(savedRoleTexts(), QStringList{QStringLiteral("Saved security")});
        QVERIFY(window->menuBar()->findChild<QAction*>(QStringLiteral("ImportAwsConfigAction")));
        QVERIFY(window->menuBar()->findChild<QAction*>(QStringLiteral("ExportAwsConfigAction")));

        QAction* saved = nullptr;
        for (QAction* action : window->topBar()->accountMenu()->actions())
            if (action->objectName() == QLatin1String("SavedRoleAction"))
                saved = action;
        QVERIFY(saved && saved->isEnabled() && !saved->icon().isNull());
        saved->trigger();
        QTRY_VERIFY(demo->session->isInRole());
        QCOMPARE(demo->session->identity().role.name, QStringLiteral("SecurityEngineer"));
        QCOMPARE(demo->session->identity().color, QStringLiteral("orange"));
        QCOMPARE(window->sessionBanner()->displayName(), QStringLiteral("Saved security"));
        QCOMPARE(savedRoleTexts(), QStringList{QStringLiteral("Saved security")});
    }

    void switchRoleOpensTheDialog()
    {
        REQUIRE_HELPER(openDemoAs(QStringLiteral("John")));
        accountMenuAction(QStringLiteral("SwitchRoleAction"))->trigger();
        SwitchRoleDialog* dialog = window->switchRoleDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->accountEdit()->setText(QStringLiteral("catphoto-prod"));
        dialog->roleEdit()->setText(QStringLiteral("SecurityEngineer"));
        QTRY_VERIFY(dialog->switchButton()->isEnabled());
        dialog->switchButton()->click();
        QTRY_VERIFY(demo->session->isInRole());
        QTRY_VERIFY(window->sessionBanner()->isVisible());
        QCOMPARE(window->sessionBanner()->displayName(),
                 QStringLiteral("SecurityEngineer @ catphoto-prod"));
    }

    void theRootUserIsShownAsSuchAndCannotSwitchRoles()
    {
        window.reset();
        model.reset();
        REQUIRE_VALUE(demo, DemoConsole::open());
        QVERIFY(demo->session
                    ->signInRoot(QStringLiteral("root@catphoto-prod.example"), QStringLiteral("pw"))
                    .ok());
        model = std::make_unique<NavigatorModel>(demo->dir.get(), demo->session.get());
        window = std::make_unique<MainWindow>(demo->session.get(), demo->services(), model.get());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QCOMPARE(window->topBar()->accountButton()->text(),
                 QStringLiteral("Root user @ catphoto-prod \u25BE"));
        QStringList header;
        for (QAction* action : window->topBar()->accountMenu()->actions())
            if (!action->isEnabled() && !action->text().isEmpty())
                header << action->text();
        QVERIFY2(header.contains(QStringLiteral("Root user: root@catphoto-prod.example")),
                 qPrintable(header.join(QLatin1Char('|'))));
        QVERIFY2(header.contains(QStringLiteral("Account alias: catphoto-prod")),
                 qPrintable(header.join(QLatin1Char('|'))));
        QAction* switchRole = accountMenuAction(QStringLiteral("SwitchRoleAction"));
        QVERIFY(switchRole);
        QVERIFY(!switchRole->isEnabled());
        QCOMPARE(switchRole->toolTip(),
                 QStringLiteral("Roles may not be assumed by root accounts."));
        auto* fileSwitch = window->findChild<QAction*>(QStringLiteral("FileSwitchRoleAction"));
        QVERIFY(fileSwitch);
        QVERIFY(!fileSwitch->isEnabled());
        QCOMPARE(fileSwitch->toolTip(), ConsoleSession::rootCannotSwitchMessage());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
