#include "admin/directoryadmin.h"
#include "common/democonsole.h"
#include "common/resultassertions.h"
#include "interop/organizationaccessrole.h"
#include "organizationactions.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

// Organization → Add account: organizations:CreateAccount as the active identity.
class TestOrganizationActions : public QObject
{
    Q_OBJECT

    static NewAccountRequest request()
    {
        NewAccountRequest r;
        r.name = QStringLiteral("Cat photo sandbox");
        r.root.email = QStringLiteral("sandbox@catphoto.example");
        r.root.password = QStringLiteral("Sandbox-root-1");
        return r;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void mariaAddsAnAccountSheCanSwitchInto()
    {
        DemoConsole demo;
        REQUIRE_OK(demo.signIn(QStringLiteral("Maria")));
        QMenu menu;
        QWidget parent;
        OrganizationActions actions(demo.session.get(), &menu, &parent);
        QVERIFY(!actions.addAccountAction()->isEnabled()); // nobody's editor yet
        DirectoryAdmin admin(demo.session.get());
        actions.setDirectoryAdmin(&admin);
        QVERIFY(actions.addAccountAction()->isEnabled());
        QSignalSpy added(&actions, &OrganizationActions::accountAdded);

        const QString message = actions.addAccount(request());
        QVERIFY2(message.startsWith(QStringLiteral("Added account Cat photo sandbox (")),
                 qPrintable(message));
        QCOMPARE(added.size(), 1);
        const QString accountId = added.first().first().toString();
        QCOMPARE(demo.dir->memberAccount(accountId)->email,
                 QStringLiteral("sandbox@catphoto.example"));
        QCOMPARE(admin.undoStack()->count(), 1);
        REQUIRE_OK(demo.switchTo(accountId, OrganizationAccessRole::roleName()));
        QVERIFY(demo.allowed(QStringLiteral("iam:CreateUser"),
                             QStringLiteral("arn:aws:iam::%1:user/x").arg(accountId)));
    }

    void johnIsRefusedAndNothingIsAdded()
    {
        DemoConsole demo;
        REQUIRE_OK(demo.signIn(QStringLiteral("John")));
        QMenu menu;
        QWidget parent;
        OrganizationActions actions(demo.session.get(), &menu, &parent);
        DirectoryAdmin admin(demo.session.get());
        actions.setDirectoryAdmin(&admin);
        // John's developer policy allows every service but IAM, Organizations
        // and account settings.
        const auto accounts = demo.dir->accounts();
        const QString message = actions.addAccount(request());
        QVERIFY2(message.contains(QStringLiteral("user/John is not authorized to perform: "
                                                 "organizations:CreateAccount")),
                 qPrintable(message));
        QCOMPARE(demo.dir->accounts(), accounts);
        QVERIFY(
            demo.auditActions().contains(QStringLiteral("organizations:CreateAccount:Failure")));
    }
};

QTEST_MAIN(TestOrganizationActions)
#include "tst_organizationactions.moc"
