#include "admintesting.h"

#include "admin/directoryadmin.h"
#include "admin/editcommand.h"
#include "democonsole.h"
#include "directory/directory.h"
#include "model/directory/directorydump.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace AdminTest;

// EditCommand on DirectoryAdmin's undo stack: undo and redo restore the
// exact rows, are authorized and audited, and a refusal leaves the stack.
class TestEditCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir tmp;
    int files = 0;

    // A demo console on a file, so that dumps can read it.
    Result<std::unique_ptr<DemoConsole>> console(QString* path)
    {
        *path = tmp.filePath(QStringLiteral("demo%1.sqlite").arg(++files));
        return DemoConsole::open(*path);
    }

    static NewUserRequest alice()
    {
        NewUserRequest request;
        request.accountId = prod;
        request.name = QStringLiteral("alice");
        request.path = QStringLiteral("/eng/");
        request.tags = {{QStringLiteral("team"), QStringLiteral("photo-app")}};
        request.consolePassword = QStringLiteral("Str0ng!Passw0rd");
        request.groups = {QStringLiteral("Developers")};
        return request;
    }

    static const EditCommand* command(const DirectoryAdmin& admin, int index)
    {
        return static_cast<const EditCommand*>(admin.undoStack()->command(index));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(tmp.isValid());
        PasswordHasher::setCostLog2(10);
    }

    void undoAndRedoRestoreTheExactRows()
    {
        QString path;
        std::unique_ptr<DemoConsole> c;
        REQUIRE_VALUE(c, console(&path));
        REQUIRE_OK(c->signIn(QStringLiteral("Maria")));
        DirectoryAdmin admin(c->session.get(), c->dir.get(), c->accessKeys.get(),
                             c->mfaDevices.get());
        const QStringList before = DirectoryTest::dumpEntityTables(path);
        const auto created = admin.createUser(alice());
        REQUIRE_OK(created);
        const QStringList after = DirectoryTest::dumpEntityTables(path);
        QVERIFY(after != before);
        // Pushing did not run the edit again.
        QCOMPARE(admin.undoStack()->count(), 1);
        QCOMPARE(admin.undoStack()->index(), 1);
        QCOMPARE(command(admin, 0)->text(), QStringLiteral("Create user alice"));
        QCOMPARE(command(admin, 0)->undoActions().first(),
                 ConsoleAction::deleteUser(created->arn().toString()));
        QCOMPARE(command(admin, 0)->redoActions().first(),
                 ConsoleAction::createUser(created->arn().toString()));

        QSignalSpy edited(&admin, &DirectoryAdmin::edited);
        c->clock.advance(600);
        REQUIRE_OK(admin.undo());
        QCOMPARE(admin.undoStack()->index(), 0);
        QCOMPARE(DirectoryTest::dumpEntityTables(path), before);
        QCOMPARE(edited.size(), 1);
        QCOMPARE(edited.at(0).at(0).toString(), QStringLiteral("Undo Create user alice"));

        REQUIRE_OK(admin.redo());
        QCOMPARE(admin.undoStack()->index(), 1);
        QCOMPARE(DirectoryTest::dumpEntityTables(path), after);
        const auto again = c->dir->user(prod, QStringLiteral("alice"));
        QCOMPARE(again->userId, created->userId);
        QCOMPARE(again->createDate, created->createDate);
        QCOMPARE(edited.at(1).at(0).toString(), QStringLiteral("Redo Create user alice"));

        const QStringList actions = c->auditActions();
        QCOMPARE(actions.mid(actions.size() - 3),
                 QStringList({QStringLiteral("iam:CreateUser:Success"),
                              QStringLiteral("iam:DeleteUser:Success"),
                              QStringLiteral("iam:CreateUser:Success")}));
    }

    void severalEditsUndoInReverseOrder()
    {
        QString path;
        std::unique_ptr<DemoConsole> c;
        REQUIRE_VALUE(c, console(&path));
        REQUIRE_OK(c->signIn(QStringLiteral("Maria")));
        DirectoryAdmin admin(c->session.get(), c->dir.get(), c->accessKeys.get(),
                             c->mfaDevices.get());
        const QStringList start = DirectoryTest::dumpEntityTables(path);
        REQUIRE_OK(admin.createGroup(prod, QStringLiteral("Ops")));
        const QStringList one = DirectoryTest::dumpEntityTables(path);
        REQUIRE_OK(admin.addUsersToGroup(prod, QStringLiteral("Ops"),
                                         {QStringLiteral("John"), QStringLiteral("Ana")}));
        const QStringList two = DirectoryTest::dumpEntityTables(path);
        REQUIRE_OK(admin.updateGroup(prod, QStringLiteral("Ops"), QStringLiteral("Operations"),
                                     QStringLiteral("/it/")));
        QCOMPARE(admin.undoStack()->text(1), QStringLiteral("Add 2 users to group Ops"));
        REQUIRE_OK(admin.undo());
        QCOMPARE(DirectoryTest::dumpEntityTables(path), two);
        REQUIRE_OK(admin.undo());
        QCOMPARE(DirectoryTest::dumpEntityTables(path), one);
        REQUIRE_OK(admin.undo());
        QCOMPARE(DirectoryTest::dumpEntityTables(path), start);
        REQUIRE_CODE(admin.undo(), "InvalidInput");
        REQUIRE_OK(admin.redo());
        REQUIRE_OK(admin.redo());
        QCOMPARE(DirectoryTest::dumpEntityTables(path), two);
    }

    void aRefusedUndoLeavesTheStackAndTheDirectory()
    {
        QString path;
        std::unique_ptr<DemoConsole> c;
        REQUIRE_VALUE(c, console(&path));
        REQUIRE_OK(c->signIn(QStringLiteral("Maria")));
        DirectoryAdmin admin(c->session.get(), c->dir.get(), c->accessKeys.get(),
                             c->mfaDevices.get());
        REQUIRE_OK(admin.createGroup(prod, QStringLiteral("Ops")));
        const QStringList after = DirectoryTest::dumpEntityTables(path);
        c->session->signOut();
        REQUIRE_OK(c->signIn(QStringLiteral("John")));
        QSignalSpy refused(&admin, &DirectoryAdmin::undoRedoRefused);
        QSignalSpy edited(&admin, &DirectoryAdmin::edited);
        const Result<void> r = admin.undo();
        REQUIRE_CODE(r, "AccessDenied");
        QVERIFY(r.error().message().contains(QStringLiteral("iam:DeleteGroup")));
        QCOMPARE(admin.undoStack()->index(), 1);
        QCOMPARE(DirectoryTest::dumpEntityTables(path), after);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(edited.size(), 0);
        QCOMPARE(c->auditActions().last(), QStringLiteral("iam:DeleteGroup:Failure"));
    }

    void aRefusedRedoLeavesTheStack()
    {
        QString path;
        std::unique_ptr<DemoConsole> c;
        REQUIRE_VALUE(c, console(&path));
        REQUIRE_OK(c->signIn(QStringLiteral("Maria")));
        DirectoryAdmin admin(c->session.get(), c->dir.get(), c->accessKeys.get(),
                             c->mfaDevices.get());
        REQUIRE_OK(admin.createGroup(prod, QStringLiteral("Ops")));
        REQUIRE_OK(admin.undo());
        const QStringList undone = DirectoryTest::dumpEntityTables(path);
        c->session->signOut();
        REQUIRE_OK(c->signIn(QStringLiteral("John")));
        REQUIRE_CODE(admin.redo(), "AccessDenied");
        QCOMPARE(admin.undoStack()->index(), 0);
        QCOMPARE(DirectoryTest::dumpEntityTables(path), undone);
    }

    void aConflictingUndoLeavesTheStackAndTheDirectory()
    {
        QString path;
        std::unique_ptr<DemoConsole> c;
        REQUIRE_VALUE(c, console(&path));
        REQUIRE_OK(c->signIn(QStringLiteral("Maria")));
        DirectoryAdmin admin(c->session.get(), c->dir.get(), c->accessKeys.get(),
                             c->mfaDevices.get());
        REQUIRE_OK(admin.createUser(alice()));
        // Changed since, behind the stack's back.
        REQUIRE_OK(c->dir->renameUser(prod, QStringLiteral("alice"), QStringLiteral("alicia")));
        const QStringList changed = DirectoryTest::dumpEntityTables(path);
        const Result<void> r = admin.undo();
        REQUIRE_CODE(r, "UndoConflict");
        QCOMPARE(r.error().httpStatus(), 409);
        QCOMPARE(admin.undoStack()->index(), 1);
        QCOMPARE(DirectoryTest::dumpEntityTables(path), changed);
        QCOMPARE(c->auditActions().last(), QStringLiteral("iam:DeleteUser:Failure"));
    }

    void aFailedEditPushesNothingAndChangesNothing()
    {
        QString path;
        std::unique_ptr<DemoConsole> c;
        REQUIRE_VALUE(c, console(&path));
        REQUIRE_OK(c->signIn(QStringLiteral("Maria")));
        DirectoryAdmin admin(c->session.get(), c->dir.get(), c->accessKeys.get(),
                             c->mfaDevices.get());
        REQUIRE_OK(admin.createGroup(prod, QStringLiteral("Ops")));
        const QStringList before = DirectoryTest::dumpEntityTables(path);
        NewUserRequest request = alice();
        request.groups << QStringLiteral("NoSuchGroup"); // fails after the user was made
        REQUIRE_CODE(admin.createUser(request), "NoSuchEntity");
        QCOMPARE(DirectoryTest::dumpEntityTables(path), before);
        QCOMPARE(admin.undoStack()->count(), 1);
        QCOMPARE(admin.undoStack()->index(), 1);
        QCOMPARE(c->auditActions().last(), QStringLiteral("iam:CreateUser:Failure"));
    }

    void theStacksOwnUndoAppliesAndARefusalIsPutBack()
    {
        QString path;
        std::unique_ptr<DemoConsole> c;
        REQUIRE_VALUE(c, console(&path));
        REQUIRE_OK(c->signIn(QStringLiteral("Maria")));
        DirectoryAdmin admin(c->session.get(), c->dir.get(), c->accessKeys.get(),
                             c->mfaDevices.get());
        REQUIRE_OK(admin.createGroup(prod, QStringLiteral("Ops")));
        const QStringList after = DirectoryTest::dumpEntityTables(path);
        // As a QAction from QUndoStack::createUndoAction would.
        admin.undoStack()->undo();
        QVERIFY(!c->dir->group(prod, QStringLiteral("Ops")));
        admin.undoStack()->redo();
        QVERIFY(c->dir->group(prod, QStringLiteral("Ops")));
        QCOMPARE(DirectoryTest::dumpEntityTables(path), after);

        c->session->signOut();
        REQUIRE_OK(c->signIn(QStringLiteral("John")));
        QSignalSpy refused(&admin, &DirectoryAdmin::undoRedoRefused);
        admin.undoStack()->undo();
        QCOMPARE(refused.size(), 1);
        QTRY_COMPARE(admin.undoStack()->index(), 1);
        QCOMPARE(DirectoryTest::dumpEntityTables(path), after);
    }
};

QTEST_GUILESS_MAIN(TestEditCommand)
#include "tst_editcommand.moc"
