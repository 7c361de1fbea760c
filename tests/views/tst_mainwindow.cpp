#include "accessdeniedpanel.h"
#include "console/consolesession.h"
#include "detailpane.h"
#include "items/navigatorfiltermodel.h"
#include "items/navigatormodel.h"
#include "mainwindow.h"
#include "navigatorview.h"
#include "testdirectory.h"
#include "topbar.h"

#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Directory> dir;
    std::unique_ptr<ConsoleSession> session;
    std::unique_ptr<NavigatorModel> model;
    std::unique_ptr<MainWindow> window;

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
        window = std::make_unique<MainWindow>(session.get(), model.get());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }

    void init()
    {
        dir = TestDirectory::small();
        signInAs(QStringLiteral("Maria"));
    }

    void cleanup()
    {
        window.reset();
        model.reset();
        session.reset();
        dir.reset();
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
        QCOMPARE(tree->model()->rowCount(), 2);
        const QModelIndex prod = tree->model()->index(0, 0);
        QVERIFY(tree->isExpanded(prod));
        QCOMPARE(tree->model()->index(0, 0, prod).data().toString(), QStringLiteral("Users (3)"));
    }

    void userPageHasSummaryAndTabs()
    {
        select(EntityKind::User, QStringLiteral("John"));
        QCOMPARE(pageTitle(), QStringLiteral("John"));
        QCOMPARE(tabTitles(), (QStringList{QStringLiteral("Permissions"), QStringLiteral("Groups"),
                                           QStringLiteral("Security credentials")}));
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
        QCOMPARE(tabTitles(),
                 (QStringList{QStringLiteral("Users"), QStringLiteral("Permissions")}));
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

    void filterBoxNarrowsTheTree()
    {
        QTest::keyClicks(window->navigator()->filterEdit(), QStringLiteral("mar"));
        auto* proxy = window->navigator()->filterModel();
        const QModelIndex prod = proxy->index(0, 0);
        QCOMPARE(proxy->rowCount(), 1);
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
        const QModelIndex prod = tree->model()->index(0, 0);
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
        signInAs(QStringLiteral("John"));
        simulator = window->findChild<QAction*>(QStringLiteral("PolicySimulatorAction"));
        QVERIFY(!simulator->isEnabled());
        QVERIFY(simulator->toolTip().contains(
            QStringLiteral("is not authorized to perform: iam:SimulatePrincipalPolicy")));
    }

    void anotherAccountsDirectoryIsClosedWithoutARole()
    {
        // Maria administers catphoto-prod; catphoto-dev's IAM needs a role there.
        QTreeView* tree = window->navigator()->tree();
        const QModelIndex dev = tree->model()->index(1, 0);
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
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
