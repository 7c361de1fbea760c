#include "admin/directoryadmin.h"
#include "adminactions.h"
#include "democonsole.h"
#include "detailpane.h"
#include "items/navigatormodel.h"
#include "mainwindow.h"
#include "navigatorview.h"

#include <QAction>
#include <QFile>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

class TestAdminActions : public QObject
{
    Q_OBJECT

private:
    const QString prod = QStringLiteral("111122223333");
    const QString auditors = QStringLiteral("Auditors");
    QTemporaryDir dir;
    std::unique_ptr<DemoConsole> c;
    std::unique_ptr<DirectoryAdmin> admin;
    std::unique_ptr<NavigatorModel> model;
    std::unique_ptr<MainWindow> window;

    void open(const QString& as)
    {
        QVERIFY(c->signIn(as));
        admin = std::make_unique<DirectoryAdmin>(c->session.get(), c->dir.get(),
                                                 c->accessKeys.get(), c->mfaDevices.get());
        model = std::make_unique<NavigatorModel>(c->dir.get(), c->session.get());
        window = std::make_unique<MainWindow>(c->session.get(), c->services(), model.get());
        window->setDirectoryAdmin(admin.get());
        window->show();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
    }

    QStringList members(const QString& group) const
    {
        QStringList names;
        for (const User& user : c->dir->usersInGroup(prod, group))
            names.append(user.name);
        names.sort();
        return names;
    }

    // What dropping these users on the group does (QDrag cannot run offscreen).
    bool dropUsers(const QStringList& users, const QString& group)
    {
        QModelIndexList indexes;
        for (const QString& user : users)
            indexes.append(model->entryIndex(EntityKind::User, prod, user));
        std::unique_ptr<QMimeData> data(model->mimeData(indexes));
        return data && model->dropMimeData(data.get(), Qt::CopyAction, -1, 0,
                                           model->entryIndex(EntityKind::Group, prod, group));
    }

private slots:
    void initTestCase() { QVERIFY(dir.isValid()); }
    void init() { REQUIRE_VALUE(c, DemoConsole::open(dir.filePath(QStringLiteral("demo.db")))); }
    void cleanup()
    {
        window.reset();
        model.reset();
        admin.reset();
        c.reset();
        QFile::remove(dir.filePath(QStringLiteral("demo.db")));
    }

    void droppingTwoUsersIsOneUndoStep()
    {
        open(QStringLiteral("Maria"));
        AdminActions* actions = window->adminActions();
        QVERIFY(actions);
        QVERIFY(!actions->undoAction()->isEnabled());
        QVERIFY(dropUsers({QStringLiteral("Sam"), QStringLiteral("Paulo")}, auditors));
        QCOMPARE(members(auditors), QStringList({QStringLiteral("Li"), QStringLiteral("Paulo"),
                                                 QStringLiteral("Sam")}));
        QCOMPARE(admin->undoStack()->count(), 1);
        QVERIFY(actions->undoAction()->isEnabled());
        QCOMPARE(actions->undoAction()->text(),
                 QStringLiteral("&Undo \"%1\"").arg(admin->undoStack()->undoText()));

        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(members(auditors), QStringList({QStringLiteral("Li")}));
        QCOMPARE(admin->undoStack()->index(), 0);
        QVERIFY(actions->redoAction()->isEnabled());
        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(members(auditors), QStringList({QStringLiteral("Li"), QStringLiteral("Paulo"),
                                                 QStringLiteral("Sam")}));
    }

    void theDetailPageHasItsActionRow()
    {
        open(QStringLiteral("Maria"));
        AdminActions* actions = window->adminActions();
        window->navigator()->selectEntity(EntityKind::Group, prod, auditors);
        QTRY_COMPARE(window->detailPane()->currentNode().name, auditors);
        QCOMPARE(actions->target().name, auditors);
        QCOMPARE(actions->pageActions(),
                 QList<QAction*>({actions->editAction(), actions->membersAction(),
                                  actions->attachPoliciesAction(), actions->inlinePolicyAction(),
                                  actions->deleteAction()}));
        QVERIFY(window->detailPane()->findChild<QWidget*>(QStringLiteral("PageActions")));
        QVERIFY(actions->membersAction()->isEnabled());
        actions->membersAction()->trigger();
        QVERIFY(actions->openDialog());
    }

    void rolesAndPoliciesHaveTheirActions()
    {
        open(QStringLiteral("Maria"));
        AdminActions* actions = window->adminActions();
        window->navigator()->selectEntity(EntityKind::Role, prod,
                                          QStringLiteral("SecurityEngineer"));
        QTRY_COMPARE(actions->target().name, QStringLiteral("SecurityEngineer"));
        QCOMPARE(actions->pageActions(),
                 QList<QAction*>({actions->trustPolicyAction(), actions->roleSettingsAction(),
                                  actions->attachPoliciesAction(), actions->inlinePolicyAction(),
                                  actions->deleteAction()}));
        QVERIFY(actions->trustPolicyAction()->isEnabled());
        actions->trustPolicyAction()->trigger();
        QVERIFY(actions->openDialog());
        QVERIFY(actions->newRoleAction()->isEnabled());
        actions->newRoleAction()->trigger();
        QCOMPARE(actions->openDialog()->metaObject()->className(), "CreateRoleWizard");
    }

    void johnAsHimselfIsRefused()
    {
        open(QStringLiteral("John"));
        AdminActions* actions = window->adminActions();
        NavigatorModel::NodeRef group;
        group.type = NavigatorModel::NodeType::Entry;
        group.kind = EntityKind::Group;
        group.accountId = prod;
        group.name = auditors;
        group.arn = c->dir->group(prod, auditors)->arn().toString();
        actions->setTarget(group);
        QVERIFY(!actions->newUserAction()->isEnabled());
        QVERIFY(!actions->membersAction()->isEnabled());
        QVERIFY(!actions->deleteAction()->isEnabled());
        QVERIFY(!actions->passwordPolicyAction()->isEnabled());
        QVERIFY(!actions->newRoleAction()->isEnabled());
        QVERIFY(!actions->newPolicyAction()->isEnabled());

        // What a drop on the group asks (John cannot even list the users to drag).
        QSignalSpy errors(actions, &AdminActions::errorOccurred);
        const auto result = actions->addUsersToGroup(
            prod, auditors, {QStringLiteral("Sam"), QStringLiteral("Paulo")});
        QVERIFY(!result);
        QCOMPARE(result.error().code(), QStringLiteral("AccessDenied"));
        QCOMPARE(errors.size(), 1);
        QVERIFY(window->notice());
        QVERIFY(window->notice()->text().startsWith(QStringLiteral("AccessDenied: ")));
        QCOMPARE(members(auditors), QStringList({QStringLiteral("Li")}));
        QCOMPARE(admin->undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestAdminActions)
#include "tst_adminactions.moc"
