#include "admin/directoryadmin.h"
#include "createuserdialog.h"
#include "democonsole.h"
#include "fielderror.h"
#include "messagestrip.h"
#include "passwordfield.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class TestCreateUserDialog : public QObject
{
    Q_OBJECT

private:
    const QString prod = QStringLiteral("111122223333");
    QTemporaryDir dir;
    std::unique_ptr<DemoConsole> c;
    std::unique_ptr<DirectoryAdmin> admin;
    std::unique_ptr<CreateUserDialog> dialog;

    void open(const QString& as)
    {
        QVERIFY(c->signIn(as));
        admin = std::make_unique<DirectoryAdmin>(c->session.get(), c->dir.get(),
                                                 c->accessKeys.get(), c->mfaDevices.get());
        dialog = std::make_unique<CreateUserDialog>(admin.get(), prod);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    }

    QPushButton* createButton() const { return dialog->buttons()->button(QDialogButtonBox::Ok); }

    void typePassword(const QString& password)
    {
        dialog->consoleAccessBox()->setChecked(true);
        QTest::keyClicks(dialog->passwordField()->passwordEdit(), password);
        QTest::keyClicks(dialog->passwordField()->confirmEdit(), password);
    }

    QStringList groupNames(const QString& user) const
    {
        QStringList names;
        for (const Group& group : c->dir->groupsForUser(prod, user))
            names.append(group.name);
        names.sort();
        return names;
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

    void createsAUserWithPasswordAndGroups()
    {
        open(QStringLiteral("Maria"));
        QSignalSpy created(dialog.get(), &CreateUserDialog::userCreated);
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Zoe"));
        typePassword(QStringLiteral("Kitten-Photo-42"));
        dialog->setSelectedGroups({QStringLiteral("Developers"), QStringLiteral("Auditors")});
        // Listed in the directory's order, whatever the order asked.
        QCOMPARE(dialog->selectedGroups(),
                 QStringList({QStringLiteral("Auditors"), QStringLiteral("Developers")}));
        QVERIFY(createButton()->isEnabled());
        QTest::mouseClick(createButton(), Qt::LeftButton);

        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(created.size(), 1);
        QCOMPARE(created.first().at(1).toString(), QStringLiteral("Zoe"));
        const auto user = c->dir->user(prod, QStringLiteral("Zoe"));
        QVERIFY(user.has_value());
        QCOMPARE(user->path, QStringLiteral("/"));
        QCOMPARE(groupNames(QStringLiteral("Zoe")),
                 QStringList({QStringLiteral("Auditors"), QStringLiteral("Developers")}));
        QVERIFY(c->dir->loginProfile(prod, QStringLiteral("Zoe")).has_value());
        QCOMPARE(admin->undoStack()->count(), 1);
        QCOMPARE(admin->undoStack()->undoText(), QStringLiteral("Create user Zoe"));
    }

    void aBadNameShowsNextToTheNameAndWritesNothing()
    {
        open(QStringLiteral("Maria"));
        const auto before = c->dir->users(prod).size();
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("bad name"));
        QCOMPARE(dialog->nameError()->error(),
                 QStringLiteral("1 validation error detected: Value 'bad name' at 'userName' "
                                "failed to satisfy constraint: Member must satisfy regular "
                                "expression pattern: [\\w+=,.@-]+"));
        QVERIFY(!createButton()->isEnabled());
        QTest::mouseClick(createButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QCOMPARE(c->dir->users(prod).size(), before);
        QCOMPARE(admin->undoStack()->count(), 0);

        dialog->nameEdit()->setText(QStringLiteral("good.name"));
        QCOMPARE(dialog->nameError()->error(), QString());
        QVERIFY(createButton()->isEnabled());
    }

    void aDuplicateInAnotherCaseShowsNextToTheName()
    {
        open(QStringLiteral("Maria"));
        const auto before = c->dir->users(prod).size();
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("JOHN"));
        QTest::mouseClick(createButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->messageStrip()->lastCode(), QStringLiteral("EntityAlreadyExists"));
        QVERIFY(!dialog->nameError()->error().isEmpty());
        QCOMPARE(dialog->messageStrip()->error(), QString());
        QCOMPARE(c->dir->users(prod).size(), before);
        QVERIFY(!c->dir->user(prod, QStringLiteral("JOHN")).has_value() ||
                c->dir->user(prod, QStringLiteral("JOHN"))->name == QStringLiteral("John"));
    }

    void aWeakPasswordShowsNextToThePassword()
    {
        open(QStringLiteral("Maria"));
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Zoe"));
        typePassword(QStringLiteral("abc"));
        // The rules are listed while typing, before anything is sent.
        QVERIFY(!dialog->passwordField()->rulesLabel()->text().isEmpty());
        QTest::mouseClick(createButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->messageStrip()->lastCode(), QStringLiteral("PasswordPolicyViolation"));
        QVERIFY(!dialog->passwordField()->error()->error().isEmpty());
        QCOMPARE(dialog->nameError()->error(), QString());
        QCOMPARE(dialog->messageStrip()->error(), QString());
        QVERIFY(!c->dir->user(prod, QStringLiteral("Zoe")).has_value());
        QCOMPARE(admin->undoStack()->count(), 0);
    }

    void mismatchedConfirmationKeepsCreateDisabled()
    {
        open(QStringLiteral("Maria"));
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Zoe"));
        dialog->consoleAccessBox()->setChecked(true);
        QTest::keyClicks(dialog->passwordField()->passwordEdit(),
                         QStringLiteral("Kitten-Photo-42"));
        QTest::keyClicks(dialog->passwordField()->confirmEdit(), QStringLiteral("Kitten-Photo-43"));
        QVERIFY(!createButton()->isEnabled());
        dialog->consoleAccessBox()->setChecked(false);
        QVERIFY(createButton()->isEnabled());
    }

    void johnAsHimselfIsRefusedInTheStrip()
    {
        open(QStringLiteral("John"));
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Zoe"));
        QTest::mouseClick(createButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->messageStrip()->lastCode(), QStringLiteral("AccessDenied"));
        QVERIFY(dialog->messageStrip()->error().startsWith(QStringLiteral("AccessDenied: ")));
        QVERIFY(dialog->messageStrip()->error().contains(QStringLiteral("iam:CreateUser")));
        QCOMPARE(dialog->nameError()->error(), QString());
        QVERIFY(!c->dir->user(prod, QStringLiteral("Zoe")).has_value());
    }
};

QTEST_MAIN(TestCreateUserDialog)
#include "tst_createuserdialog.moc"
