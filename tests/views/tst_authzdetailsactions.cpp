#include "admin/directoryadmin.h"
#include "authzdetailsactions.h"
#include "common/democonsole.h"
#include "common/resultassertions.h"
#include "common/testdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString sample()
{
    return TestData::path(QStringLiteral(
        "authz-details/aws-cli-examples-iam-get-account-authorization-details.output.json"));
}

int allUsers(const Directory& dir)
{
    int count = 0;
    for (const Account& account : dir.accounts())
        count += dir.userCount(account.id);
    return count;
}

} // namespace

// File → Import / Export authorization details as console actions.
class TestAuthzDetailsActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void importAsAdministratorAddsTheAccount()
    {
        REQUIRE_TESTDATA(sample());
        OPEN_DEMO_CONSOLE(demo);
        QVERIFY(demo.signIn(QStringLiteral("Maria")));
        QMenu menu;
        QWidget parent;
        AuthzDetailsActions actions(demo.session.get(), *demo.dir, &menu, &parent);
        DirectoryAdmin admin(demo.session.get(), demo.dir.get(), demo.accessKeys.get(),
                             demo.mfaDevices.get());
        actions.setDirectoryAdmin(&admin);
        QCOMPARE(menu.actions().size(), 2);
        QSignalSpy imported(&actions, &AuthzDetailsActions::imported);
        const int before = allUsers(*demo.dir);
        const QString message = actions.importFiles({sample()});
        QVERIFY2(message.startsWith(QStringLiteral("Imported account")), qPrintable(message));
        QCOMPARE(imported.size(), 1);
        const QString accountId = imported.first().first().toString();
        QCOMPARE(demo.dir->userCount(accountId), 3);
        QCOMPARE(allUsers(*demo.dir), before + 3);
        QVERIFY(demo.auditActions().contains(QStringLiteral("ImportAuthorizationDetails:Success")));

        // Importing into that account again is authorized inside it: Maria's
        // own policies are prod's, the role the organization added is not.
        const QString outside = actions.importFiles({sample()}, true);
        QVERIFY2(outside.startsWith(QStringLiteral("User: arn:aws:iam::111122223333:user/Maria is "
                                                   "not authorized to perform: iam:")),
                 qPrintable(outside));
        QCOMPARE(allUsers(*demo.dir), before + 3);
        REQUIRE_OK(demo.switchTo(accountId, QStringLiteral("OrganizationAccountAccessRole")));
        // Refused until the user chooses to replace the account.
        const QString again = actions.importFiles({sample()});
        QVERIFY2(again.startsWith(QStringLiteral("AccountNotEmpty")), qPrintable(again));
        QCOMPARE(allUsers(*demo.dir), before + 3);
        QVERIFY(actions.importFiles({sample()}, true).startsWith(QStringLiteral("Imported")));
        QCOMPARE(allUsers(*demo.dir), before + 3);
    }

    void importIsRefusedToADeveloperAndChangesNothing()
    {
        REQUIRE_TESTDATA(sample());
        OPEN_DEMO_CONSOLE(demo);
        QVERIFY(demo.signIn(QStringLiteral("John")));
        QMenu menu;
        QWidget parent;
        AuthzDetailsActions actions(demo.session.get(), *demo.dir, &menu, &parent);
        DirectoryAdmin admin(demo.session.get(), demo.dir.get(), demo.accessKeys.get(),
                             demo.mfaDevices.get());
        actions.setDirectoryAdmin(&admin);
        const int before = allUsers(*demo.dir);
        const QString message = actions.importFiles({sample()});
        QVERIFY2(message.contains(
                     QStringLiteral("is not authorized to perform: organizations:CreateAccount")),
                 qPrintable(message));
        QCOMPARE(allUsers(*demo.dir), before);
        QVERIFY(demo.auditActions().contains(QStringLiteral("ImportAuthorizationDetails:Failure")));
    }

    // The first slice of the directory as an organization: Maria, an
    // administrator of the management account, imports an account and
    // enters it by switching role into OrganizationAccountAccessRole.
    void anImportedAccountIsEnteredBySwitchingRole()
    {
        REQUIRE_TESTDATA(sample());
        OPEN_DEMO_CONSOLE(demo);
        QCOMPARE(demo.dir->managementAccountId(), QStringLiteral("111122223333"));
        QVERIFY(demo.signIn(QStringLiteral("Maria")));
        QMenu menu;
        QWidget parent;
        AuthzDetailsActions actions(demo.session.get(), *demo.dir, &menu, &parent);
        DirectoryAdmin admin(demo.session.get(), demo.dir.get(), demo.accessKeys.get(),
                             demo.mfaDevices.get());
        actions.setDirectoryAdmin(&admin);
        const QString message = actions.importFiles({sample()});
        QVERIFY2(message.contains(QStringLiteral(
                     "Added arn:aws:iam::123456789012:role/OrganizationAccountAccessRole")),
                 qPrintable(message));
        const QString users = QStringLiteral("arn:aws:iam::123456789012:user/");
        QVERIFY(!demo.allowed(QStringLiteral("iam:ListUsers"), users)); // her policies are prod's

        REQUIRE_OK(demo.switchTo(QStringLiteral("123456789012"),
                                 QStringLiteral("OrganizationAccountAccessRole")));
        QCOMPARE(demo.session->identity().account.id, QStringLiteral("123456789012"));
        QVERIFY(demo.allowed(QStringLiteral("iam:ListUsers"), users));
    }

    // Importing a new account creates it in the organization: organizations:CreateAccount.
    void aNewAccountNeedsCreateAccount()
    {
        REQUIRE_TESTDATA(sample());
        OPEN_DEMO_CONSOLE(demo);
        const QString prod = QStringLiteral("111122223333");
        const QString iris = QStringLiteral("Iris");
        REQUIRE_OK(demo.dir->createUser(prod, iris));
        REQUIRE_OK(
            demo.dir->setLoginProfile(prod, iris, PasswordHasher::hash(QStringLiteral("pw"))));
        REQUIRE_OK(demo.dir->attachPolicy(EntityKind::User, prod, iris,
                                          QStringLiteral("arn:aws:iam::aws:policy/IAMFullAccess")));
        QVERIFY(demo.signIn(iris));
        QMenu menu;
        QWidget parent;
        AuthzDetailsActions actions(demo.session.get(), *demo.dir, &menu, &parent);
        DirectoryAdmin admin(demo.session.get(), demo.dir.get(), demo.accessKeys.get(),
                             demo.mfaDevices.get());
        actions.setDirectoryAdmin(&admin);
        const QString message = actions.importFiles({sample()});
        QCOMPARE(message, QStringLiteral("User: arn:aws:iam::111122223333:user/Iris is not "
                                         "authorized to perform: organizations:CreateAccount "
                                         "because no identity-based policy allows the "
                                         "organizations:CreateAccount action"));
        QVERIFY(!demo.dir->findAccount(QStringLiteral("123456789012")));
        QVERIFY(demo.auditActions().contains(QStringLiteral("ImportAuthorizationDetails:Failure")));

        // Into an account the directory has, the IAM actions are asked inside that
        // account: Iris's IAM rights are prod's.
        REQUIRE_OK(demo.dir->createAccount(QStringLiteral("123456789012")));
        const QString inside = actions.importFiles({sample()});
        QVERIFY2(
            inside.startsWith(QStringLiteral("User: arn:aws:iam::111122223333:user/Iris is not "
                                             "authorized to perform: iam:CreatePolicy on "
                                             "resource: arn:aws:iam::123456789012:policy/")),
            qPrintable(inside));
        QCOMPARE(demo.dir->userCount(QStringLiteral("123456789012")), 0);
    }

    // Without the console's editor (nobody signed in), nothing is imported.
    void withoutAnAdminNothingIsImported()
    {
        REQUIRE_TESTDATA(sample());
        OPEN_DEMO_CONSOLE(demo);
        QMenu menu;
        QWidget parent;
        AuthzDetailsActions actions(demo.session.get(), *demo.dir, &menu, &parent);
        const int before = allUsers(*demo.dir);
        QCOMPARE(actions.importFiles({sample()}),
                 QStringLiteral("Sign in to import authorization details."));
        QCOMPARE(allUsers(*demo.dir), before);
    }

    void exportWritesTheAccountsDetails()
    {
        OPEN_DEMO_CONSOLE(demo);
        QVERIFY(demo.signIn(QStringLiteral("Maria")));
        QMenu menu;
        QWidget parent;
        AuthzDetailsActions actions(demo.session.get(), *demo.dir, &menu, &parent);
        DirectoryAdmin admin(demo.session.get(), demo.dir.get(), demo.accessKeys.get(),
                             demo.mfaDevices.get());
        actions.setDirectoryAdmin(&admin);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.json"));
        const QString accountId = demo.session->identity().account.id;
        QVERIFY(actions.exportAccount(accountId, path).startsWith(QStringLiteral("Exported")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("UserDetailList")).toArray().size(),
                 demo.dir->userCount(accountId));
        QCOMPARE(root.value(QStringLiteral("RoleDetailList")).toArray().size(),
                 demo.dir->roleCount(accountId));
    }
};

QTEST_MAIN(TestAuthzDetailsActions)
#include "tst_authzdetailsactions.moc"
