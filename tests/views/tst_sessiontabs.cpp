#include "common/resultassertions.h"
#include "console/consoleservices.h"
#include "console/consolesession.h"
#include "console/consolesessions.h"
#include "iam/clock.h"
#include "identitytext.h"
#include "items/navigatormodel.h"
#include "mainwindow.h"
#include "sessiontabs.h"
#include "testdirectory.h"
#include "topbar.h"

#include <QAbstractButton>
#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

// The window of a multi-session console: a tab per signed-in session, as
// AWS's console gives each session a browser tab of its own:
// https://docs.aws.amazon.com/awsconsolehelpdocs/latest/gsg/multisession.html
class TestSessionTabs : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Directory> dir;
    std::unique_ptr<ConsoleSessions> sessions;
    std::vector<std::unique_ptr<NavigatorModel>> models;
    std::unique_ptr<SessionTabs> tabs;

    // A console page for session, signed in as user.
    MainWindow* pageFor(ConsoleSession* session, const QString& user)
    {
        if (!CHECK_OK(session->signIn(TestDirectory::prod, user, TestDirectory::password)))
            return nullptr;
        models.push_back(std::make_unique<NavigatorModel>(dir.get(), session));
        return new MainWindow(session, ConsoleServices{*dir, *Clock::system()},
                              models.back().get());
    }

    ConsoleSession* addSignedIn(const QString& user)
    {
        auto opened = sessions->open();
        if (!CHECK_OK(opened))
            return nullptr;
        MainWindow* page = pageFor(opened.value(), user);
        if (!page)
            return nullptr;
        tabs->addSession(opened.value(), page);
        return opened.value();
    }

    static QList<QAction*> named(QMenu& menu, const QString& name)
    {
        QList<QAction*> found;
        for (QAction* action : menu.actions())
            if (action->objectName() == name)
                found << action;
        return found;
    }

private slots:
    void init()
    {
        REQUIRE_VALUE(dir, TestDirectory::small());
        sessions = std::make_unique<ConsoleSessions>(dir.get(), nullptr, nullptr);
        tabs = std::make_unique<SessionTabs>(sessions.get());
        MainWindow* maria = pageFor(sessions->primary(), QStringLiteral("Maria"));
        QVERIFY(maria);
        tabs->addSession(sessions->primary(), maria);
        tabs->show();
    }
    void cleanup()
    {
        tabs.reset(); // the pages first: they refer to the sessions and models
        models.clear();
        sessions.reset();
        dir.reset();
    }

    void oneSessionHidesTheTabBarAndASecondShowsIt()
    {
        QTabWidget* widget = tabs->tabWidget();
        QCOMPARE(widget->count(), 1);
        QVERIFY(!widget->tabBar()->isVisible());
        QCOMPARE(widget->tabText(0), QStringLiteral("Maria @ catphoto-prod"));
        QCOMPARE(widget->tabToolTip(0), QStringLiteral("arn:aws:iam::111122223333:user/Maria"));
        QVERIFY(widget->tabIcon(0).isNull()); // no role: no color mark

        ConsoleSession* john = addSignedIn(QStringLiteral("John"));
        QVERIFY(john);
        QCOMPARE(widget->count(), 2);
        QVERIFY(widget->tabBar()->isVisible());
        QCOMPARE(widget->tabText(1), QStringLiteral("John @ catphoto-prod"));
        tabs->showSession(john);
        QCOMPARE(tabs->currentSession(), john);
        QCOMPARE(tabs->windowTitle(), QStringLiteral("IAM — John @ catphoto-prod — Switchboard"));
        tabs->showSession(sessions->primary());
        QCOMPARE(tabs->windowTitle(), QStringLiteral("IAM — Maria @ catphoto-prod — Switchboard"));
    }

    // The tab, the account menu's entry, the bar's account button and the
    // window's title name who the console acts as in the same words.
    void theTabTheMenuAndTheBarNameTheIdentityAlike()
    {
        ConsoleSession* maria = sessions->primary();
        auto* page = qobject_cast<MainWindow*>(tabs->tabWidget()->widget(0));
        QVERIFY(page);
        const QString who = IdentityText::who(maria->identity());
        QCOMPARE(who, QStringLiteral("Maria @ catphoto-prod"));
        QCOMPARE(tabs->tabWidget()->tabText(0), who);
        QCOMPARE(page->topBar()->accountButton()->text(), who + QStringLiteral(" \u25BE"));
        QCOMPARE(page->windowTitle(), QStringLiteral("IAM — %1 — Switchboard").arg(who));
        QMenu menu;
        tabs->fillAccountMenu(&menu, maria, true);
        QCOMPARE(named(menu, QStringLiteral("SessionAction")).first()->text(), who);

        Identity root;
        root.kind = Identity::Kind::Root;
        root.account.id = TestDirectory::prod;
        QCOMPARE(IdentityText::who(root), QStringLiteral("Root user @ 111122223333"));
        Identity role;
        role.kind = Identity::Kind::RoleSession;
        role.displayName = QStringLiteral("Security");
        role.account.alias = QStringLiteral("catphoto-prod");
        QCOMPARE(IdentityText::who(role), QStringLiteral("Security"));
    }

    void aTabsCloseButtonAsksToSignOutThatSessionOnly()
    {
        ConsoleSession* john = addSignedIn(QStringLiteral("John"));
        QVERIFY(john);
        QList<ConsoleSession*> signOut;
        connect(tabs.get(), &SessionTabs::signOutRequested, this,
                [&signOut](ConsoleSession* session) { signOut << session; });
        auto* close = tabs->tabWidget()->tabBar()->tabButton(1, QTabBar::RightSide);
        QVERIFY(close);
        // It says what it does: closing a tab signs that session out.
        QCOMPARE(close->toolTip(), QStringLiteral("Sign out of this session"));
        QCOMPARE(close->accessibleName(), QStringLiteral("Sign out of John @ catphoto-prod"));
        QTest::mouseClick(close, Qt::LeftButton);
        QCOMPARE(signOut, QList<ConsoleSession*>{john});
        QCOMPARE(tabs->tabWidget()->count(), 2); // whoever owns the sessions decides
    }

    void takingASessionHandsItsPageBack()
    {
        ConsoleSession* john = addSignedIn(QStringLiteral("John"));
        QVERIFY(john);
        std::unique_ptr<MainWindow> page(tabs->takeSession(john));
        QVERIFY(page);
        QVERIFY(!page->parent());
        QVERIFY(page->isHidden());
        QVERIFY(!tabs->hasSession(john));
        QCOMPARE(tabs->tabWidget()->count(), 1);
        QCOMPARE(tabs->takeSession(john), nullptr);
    }

    void theAccountMenuOffersToTurnItOnWhileOff()
    {
        QMenu menu;
        tabs->fillAccountMenu(&menu, sessions->primary(), false);
        QCOMPARE(menu.actions().size(), 1);
        QAction* turnOn = menu.actions().first();
        QCOMPARE(turnOn->objectName(), QStringLiteral("TurnOnMultiSessionAction"));
        QSignalSpy requested(tabs.get(), &SessionTabs::multiSessionRequested);
        turnOn->trigger();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().toBool(), true);
    }

    void theAccountMenuListsTheSessionsUpToTheLimit()
    {
        ConsoleSession* john = addSignedIn(QStringLiteral("John"));
        QVERIFY(john);
        QMenu menu;
        tabs->fillAccountMenu(&menu, john, true);
        const QList<QAction*> entries = named(menu, QStringLiteral("SessionAction"));
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0)->text(), QStringLiteral("Maria @ catphoto-prod"));
        QVERIFY(!entries.at(0)->isChecked());
        QCOMPARE(entries.at(1)->text(), QStringLiteral("John @ catphoto-prod"));
        QVERIFY(entries.at(1)->isChecked());
        entries.at(0)->trigger();
        QCOMPARE(tabs->currentSession(), sessions->primary());
        QVERIFY(named(menu, QStringLiteral("AddSessionAction")).first()->isEnabled());
        QVERIFY(named(menu, QStringLiteral("SwitchRoleInNewSessionAction")).first()->isEnabled());
        // Turning it off would leave John without a window.
        QVERIFY(!named(menu, QStringLiteral("TurnOffMultiSessionAction")).first()->isEnabled());

        // Five open (three of them still on their sign-in page): no more.
        for (int i = 0; i < 3; ++i)
            QVERIFY(sessions->open().ok());
        QMenu full;
        tabs->fillAccountMenu(&full, john, true);
        QCOMPARE(named(full, QStringLiteral("SessionAction")).size(), 2); // signed in only
        QAction* add = named(full, QStringLiteral("AddSessionAction")).first();
        QVERIFY(!add->isEnabled());
        QCOMPARE(add->toolTip(), ConsoleSessions::limitMessage());
        QVERIFY(!named(full, QStringLiteral("SwitchRoleInNewSessionAction")).first()->isEnabled());
    }
};

QTEST_MAIN(TestSessionTabs)
#include "tst_sessiontabs.moc"
