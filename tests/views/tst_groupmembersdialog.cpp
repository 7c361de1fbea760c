#include "admin/directoryadmin.h"
#include "common/resultassertions.h"
#include "democonsole.h"
#include "fielderror.h"
#include "groupmembersdialog.h"
#include "messagestrip.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

class TestGroupMembersDialog : public QObject
{
    Q_OBJECT

private:
    const QString prod = QStringLiteral("111122223333");
    QTemporaryDir dir;
    std::unique_ptr<DemoConsole> c;
    std::unique_ptr<DirectoryAdmin> admin;
    std::unique_ptr<GroupMembersDialog> dialog;

    void open(const QString& as, const QString& group)
    {
        QVERIFY(c->signIn(as));
        admin = std::make_unique<DirectoryAdmin>(c->session.get(), c->dir.get(),
                                                 c->accessKeys.get(), c->mfaDevices.get());
        dialog = std::make_unique<GroupMembersDialog>(admin.get(), prod, group);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    }

    QStringList members(const QString& group) const
    {
        QStringList names;
        for (const User& user : c->dir->usersInGroup(prod, group))
            names.append(user.name);
        names.sort();
        return names;
    }

    void save()
    {
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
    }

private slots:
    void initTestCase() { QVERIFY(dir.isValid()); }
    void init() { REQUIRE_VALUE(c, DemoConsole::open(dir.filePath(QStringLiteral("demo.db")))); }
    void cleanup()
    {
        dialog.reset();
        admin.reset();
        c.reset();
        QFile::remove(dir.filePath(QStringLiteral("demo.db")));
    }

    void checksTheMembersAndFilters()
    {
        REQUIRE_HELPER(open(QStringLiteral("Maria"), QStringLiteral("Developers")));
        QCOMPARE(dialog->userList()->topLevelItemCount(), 8); // every user of catphoto-prod
        QStringList checked = dialog->checkedUsers();
        checked.sort();
        QCOMPARE(checked, QStringList({QStringLiteral("Ana"), QStringLiteral("John"),
                                       QStringLiteral("Kiri")}));
        QTest::keyClicks(dialog->filterEdit(), QStringLiteral("SA"));
        QVERIFY(!dialog->userItem(QStringLiteral("Sam"))->isHidden());
        QVERIFY(dialog->userItem(QStringLiteral("John"))->isHidden());
        QVERIFY(dialog->userItem(QStringLiteral("Maria"))->isHidden());
    }

    void addsAndRemovesMembers()
    {
        REQUIRE_HELPER(open(QStringLiteral("Maria"), QStringLiteral("Auditors")));
        QSignalSpy changed(dialog.get(), &GroupMembersDialog::membersChanged);
        dialog->setMember(QStringLiteral("Sam"), true);
        dialog->setMember(QStringLiteral("Paulo"), true);
        dialog->setMember(QStringLiteral("Li"), false);
        QCOMPARE(dialog->usersToRemove(), QStringList({QStringLiteral("Li")}));
        save();
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(members(QStringLiteral("Auditors")),
                 QStringList({QStringLiteral("Paulo"), QStringLiteral("Sam")}));
        // Additions and removals are one edit: one undo step takes both back.
        QCOMPARE(admin->undoStack()->count(), 1);
        REQUIRE_OK(admin->undo());
        QCOMPARE(members(QStringLiteral("Auditors")), QStringList({QStringLiteral("Li")}));
    }

    void aUserInTenGroupsShowsLimitExceeded()
    {
        for (int i = 1; i <= 10; ++i) {
            const QString group = QStringLiteral("Team%1").arg(i);
            QVERIFY(c->dir->createGroup(prod, group, QStringLiteral("/")));
            QVERIFY(c->dir->addUserToGroup(prod, group, QStringLiteral("Paulo")));
        }
        REQUIRE_HELPER(open(QStringLiteral("Maria"), QStringLiteral("Interns")));
        dialog->setMember(QStringLiteral("Sam"), true);
        QCOMPARE(dialog->userItem(QStringLiteral("Sam"))->text(GroupMembersDialog::NoteColumn),
                 QString());
        dialog->setMember(QStringLiteral("Paulo"), true);
        QCOMPARE(dialog->userItem(QStringLiteral("Paulo"))->text(GroupMembersDialog::NoteColumn),
                 QStringLiteral("LimitExceeded: Cannot exceed quota for GroupsPerUser: 10"));
        save();
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->messageStrip()->lastCode(), QStringLiteral("LimitExceeded"));
        QCOMPARE(dialog->listError()->error(),
                 QStringLiteral("Cannot exceed quota for GroupsPerUser: 10"));
        QCOMPARE(members(QStringLiteral("Interns")), QStringList());
        QCOMPARE(admin->undoStack()->count(), 0);
    }

    void johnAsHimselfIsRefused()
    {
        REQUIRE_HELPER(open(QStringLiteral("John"), QStringLiteral("Auditors")));
        dialog->setMember(QStringLiteral("Sam"), true);
        save();
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->messageStrip()->lastCode(), QStringLiteral("AccessDenied"));
        QVERIFY(dialog->messageStrip()->error().contains(QStringLiteral("iam:AddUserToGroup")));
        QCOMPARE(members(QStringLiteral("Auditors")), QStringList({QStringLiteral("Li")}));
    }
};

QTEST_MAIN(TestGroupMembersDialog)
#include "tst_groupmembersdialog.moc"
