#include "common/auditverifyoutput.h"
#include "common/resultassertions.h"
#include "common/testdata.h"
#include "crypto/passwordhasher.h"
#include "directory/directory.h"
#include "model/directory/directorydump.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QString cliAccount = QStringLiteral("123456789012");

QString sample(const QString& name)
{
    return TestData::path(QStringLiteral("authz-details/") + name);
}

const QString awsCliSample =
    sample(QStringLiteral("aws-cli-examples-iam-get-account-authorization-details.output.json"));
const QString cloudmapperSample =
    sample(QStringLiteral("cloudmapper-demo-iam-get-account-authorization-details.json"));
} // namespace

class TestInteropCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir tmp;
    QString db;

    // With password, the caller's (--user) password in SWITCHBOARD_PASSWORD.
    Run run(const QStringList& arguments, const QString& password = {}, bool empty = true) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("SWITCHBOARD_PASSWORD"));
        if (!password.isEmpty())
            env.insert(QStringLiteral("SWITCHBOARD_PASSWORD"), password);
        env.insert(QStringLiteral("HOME"), tmp.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), tmp.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), tmp.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.remove(QStringLiteral("DISPLAY")); // headless commands need no display
        if (empty)
            env.remove(QStringLiteral("SWITCHBOARD_DEMO_PASSWORD"));
        else
            env.insert(QStringLiteral("SWITCHBOARD_DEMO_PASSWORD"), QStringLiteral("pw"));
        // What the command appends is sealed in the secret store: the encrypted
        // file here, so the test needs no keychain.
        env.insert(QStringLiteral("SWITCHBOARD_SECRETS_PASSPHRASE"), QStringLiteral("seal-test"));
        process.setProcessEnvironment(env);
        QStringList start{QStringLiteral("--directory"), db, QStringLiteral("--secret-store"),
                          QStringLiteral("file")};
        if (empty)
            start << QStringLiteral("--empty");
        process.start(QStringLiteral(SWITCHBOARD_BINARY), start + arguments);
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            // The test fails here; its checks fail on the empty run too.
            QTest::qFail("switchboard did not finish", __FILE__, __LINE__);
            return {};
        }
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    Result<std::unique_ptr<Directory>> openDirectory() const { return Directory::open(db); }

    // An administrator of the account, who signs in with operatorPassword.
    void addOperator(const QString& accountId, const QString& policy = allowAll) const
    {
        std::unique_ptr<Directory> d;
        REQUIRE_VALUE(d, openDirectory());
        PasswordHasher::setCostLog2(10);
        const QString name = QStringLiteral("Operator");
        REQUIRE_OK(d->createUser(accountId, name));
        REQUIRE_OK(d->setLoginProfile(accountId, name, PasswordHasher::hash(operatorPassword)));
        REQUIRE_OK(d->putInlinePolicy(EntityKind::User, accountId, name,
                                      {QStringLiteral("Operate"), policy}));
    }

    // The first import of file, giving its account a root user who signs in with rootPassword.
    Run importWithRoot(const QString& file) const
    {
        qputenv("SWITCHBOARD_ROOT_PASSWORD", rootPassword.toUtf8());
        const Run first = run({QStringLiteral("import"), QStringLiteral("authz-details"), file,
                               QStringLiteral("--email"), QStringLiteral("root@example.com")});
        qunsetenv("SWITCHBOARD_ROOT_PASSWORD");
        return first;
    }

    static inline const QString rootPassword = QStringLiteral("Root-pw-12345");
    // The account's root user reads it: every read is a caller's.
    static inline const QStringList asRoot{QStringLiteral("--root"), QStringLiteral("--account"),
                                           QStringLiteral("123456789012")};
    static inline const QString operatorPassword = QStringLiteral("Operator-pw-1");
    static inline const QString allowAll =
        QStringLiteral(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*",)"
                       R"("Resource":"*"}]})");
    static inline const QStringList asOperator{QStringLiteral("--user"),
                                               QStringLiteral("Operator")};

private slots:
    void init()
    {
        REQUIRE_TESTDATA(awsCliSample);
        // A fresh directory per test and data row.
        db = tmp.filePath(QStringLiteral("%1-%2.sqlite")
                              .arg(QString::fromUtf8(QTest::currentTestFunction()),
                                   QString::fromUtf8(QTest::currentDataTag())));
    }

    void importsAndSaysWhat()
    {
        const Run r =
            run({QStringLiteral("import"), QStringLiteral("authz-details"), awsCliSample});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("Imported into account 123456789012: 3 users, 3 groups, 1 "
                                       "roles, 2 policies, 1 AWS managed policies.\n"));
        QVERIFY2(
            r.err.contains(
                QStringLiteral(
                    "warning: %1: RoleDetailList[0].AttachedManagedPolicies[0]: the policy "
                    "arn:aws:iam::aws:policy/AmazonS3FullAccess is defined neither in the files "
                    "nor in the directory; the attachment is left out.\n")
                    .arg(awsCliSample)),
            qPrintable(r.err));
        std::unique_ptr<Directory> d;
        REQUIRE_VALUE(d, openDirectory());
        QCOMPARE(d->userCount(cliAccount), 3);
        QCOMPARE(d->groupsForUser(cliAccount, QStringLiteral("Charlie")).first().name,
                 QStringLiteral("Dev"));
    }

    void exportsToAFileAndToStandardOutput()
    {
        QCOMPARE(importWithRoot(cloudmapperSample).exitCode, 0);
        const QString file = tmp.filePath(QStringLiteral("export.json"));
        // The account is the caller's (the root user's) by default.
        const Run written = run({QStringLiteral("export"), QStringLiteral("authz-details"),
                                 QStringLiteral("--output"), file, QStringLiteral("--root"),
                                 QStringLiteral("--email"), QStringLiteral("root@example.com")},
                                rootPassword);
        QCOMPARE(written.exitCode, 0);
        QCOMPARE(written.err, QStringLiteral("Exported account %1 to %2.\n").arg(cliAccount, file));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject top = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(top[QStringLiteral("UserDetailList")].toArray().size(), 2);
        QCOMPARE(top[QStringLiteral("RoleDetailList")].toArray().size(), 4);

        const Run printed =
            run(QStringList{QStringLiteral("export"), QStringLiteral("authz-details")} + asRoot,
                rootPassword);
        QCOMPARE(printed.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(printed.out.toUtf8()).object(), top);

        // What was exported imports into another directory as the same account.
        db = tmp.filePath(QStringLiteral("second.sqlite"));
        const Run again = run({QStringLiteral("import"), QStringLiteral("authz-details"), file});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out, QStringLiteral("Imported into account 123456789012: 2 users, 1 groups, "
                                           "4 roles, 1 policies, 1 AWS managed policies.\n"));
    }

    void aBrokenFileImportsNothing()
    {
        const QString broken = tmp.filePath(QStringLiteral("broken.json"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"UserDetailList\": [");
        f.close();
        const Run r =
            run({QStringLiteral("import"), QStringLiteral("authz-details"), awsCliSample, broken});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(
                     QStringLiteral("MalformedImportFile: %1: 1:21: not valid JSON: ").arg(broken)),
                 qPrintable(r.err));
        QVERIFY(r.err.endsWith(QStringLiteral("Nothing was imported.\n")));
        QCOMPARE(r.out, QString());
        std::unique_ptr<Directory> reopened1;
        REQUIRE_VALUE(reopened1, openDirectory());
        QVERIFY(reopened1->accounts().isEmpty());
    }

    void anAccountWithEntitiesNeedsReplace()
    {
        const QStringList import{QStringLiteral("import"), QStringLiteral("authz-details"),
                                 awsCliSample};
        QCOMPARE(run(import).exitCode, 0);
        addOperator(cliAccount);
        const Run refused = run(import + asOperator, operatorPassword);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.startsWith(QStringLiteral(
                     "AccountNotEmpty: Account 123456789012 already has 10 users, groups, roles or "
                     "policies; import with --replace to replace them.\n")),
                 qPrintable(refused.err));
        const Run replaced =
            run(import + asOperator + QStringList{QStringLiteral("--replace")}, operatorPassword);
        QCOMPARE(replaced.exitCode, 0);
        QCOMPARE(replaced.out, QStringLiteral("Imported into account 123456789012: 3 users, 3 "
                                              "groups, 1 roles, 2 policies, 0 AWS managed "
                                              "policies.\n"));
    }

    // After the first import, an import is a caller's: none, a wrong password
    // or a caller without every action it takes, and nothing changes.
    void anImportIsAuthorizedAsTheCaller()
    {
        const QStringList import{QStringLiteral("import"), QStringLiteral("authz-details"),
                                 awsCliSample, QStringLiteral("--replace")};
        QCOMPARE(run(import).exitCode, 0);
        addOperator(cliAccount,
                    QStringLiteral(R"({"Version":"2012-10-17","Statement":[{"Effect":)"
                                   R"("Allow","Action":"iam:Create*","Resource":"*"}]})"));
        const QStringList before = DirectoryTest::dumpEntityTables(db);

        const Run anonymous = run(import);
        QCOMPARE(anonymous.exitCode, 2);
        QVERIFY2(anonymous.err.contains(QStringLiteral("authorized as a caller")),
                 qPrintable(anonymous.err));
        const Run wrongPassword = run(import + asOperator, QStringLiteral("not-it"));
        QCOMPARE(wrongPassword.exitCode, 1);
        QVERIFY2(wrongPassword.err.startsWith(QStringLiteral("AccessDenied: Your authentication "
                                                             "information is incorrect")),
                 qPrintable(wrongPassword.err));
        const Run createOnly = run(import + asOperator, operatorPassword);
        QCOMPARE(createOnly.exitCode, 1);
        QVERIFY2(createOnly.err.startsWith(
                     QStringLiteral("AccessDenied: User: arn:aws:iam::123456789012:user/Operator "
                                    "is not authorized to perform: iam:")),
                 qPrintable(createOnly.err));
        QVERIFY(createOnly.err.endsWith(QStringLiteral("Nothing was imported.\n")));
        QCOMPARE(DirectoryTest::dumpEntityTables(db), before);
    }

    void aNewAccountGetsTheAccessRoleAsAsked_data()
    {
        QTest::addColumn<QStringList>("option");
        QTest::addColumn<QStringList>("attached");
        QTest::newRow("default") << QStringList()
                                 << QStringList{QStringLiteral(
                                        "arn:aws:iam::aws:policy/AdministratorAccess")};
        QTest::newRow("admin")
            << QStringList{QStringLiteral("--access-role"), QStringLiteral("admin")}
            << QStringList{QStringLiteral("arn:aws:iam::aws:policy/AdministratorAccess")};
        QTest::newRow("read-only")
            << QStringList{QStringLiteral("--access-role"), QStringLiteral("read-only")}
            << QStringList{QStringLiteral("arn:aws:iam::aws:policy/ReadOnlyAccess"),
                           QStringLiteral("arn:aws:iam::aws:policy/SecurityAudit")};
        QTest::newRow("none") << QStringList{QStringLiteral("--access-role=none")} << QStringList();
    }

    void aNewAccountGetsTheAccessRoleAsAsked()
    {
        QFETCH(QStringList, option);
        QFETCH(QStringList, attached);
        const QString management = QStringLiteral("111122223333");
        std::unique_ptr<Directory> reopened2;
        REQUIRE_VALUE(reopened2, openDirectory());
        REQUIRE_OK(reopened2->createAccount(management));
        addOperator(management);
        const Run r = run(
            QStringList{QStringLiteral("import"), QStringLiteral("authz-details"), awsCliSample} +
                option + asOperator,
            operatorPassword);
        QCOMPARE(r.exitCode, 0);
        const QString added =
            QStringLiteral("Added arn:aws:iam::123456789012:role/OrganizationAccountAccessRole, "
                           "trusting the management account 111122223333: switch role into it "
                           "to look at the account.\n");
        QCOMPARE(r.out.endsWith(added), !attached.isEmpty());
        std::unique_ptr<Directory> d;
        REQUIRE_VALUE(d, openDirectory());
        QCOMPARE(d->managementAccountId(), management);
        const auto role = d->role(cliAccount, QStringLiteral("OrganizationAccountAccessRole"));
        QCOMPARE(bool(role), !attached.isEmpty());
        if (!role)
            return;
        QVERIFY(role->trustPolicy.contains(QStringLiteral("arn:aws:iam::111122223333:root")));
        QStringList policies;
        for (const ManagedPolicy& p : d->attachedPolicies(EntityKind::Role, cliAccount, role->name))
            policies << p.arn;
        policies.sort();
        QCOMPARE(policies, attached);
    }

    // The import's events (the sign-in, the edits) are sealed as the console's
    // are: the trail verifies with its head in the secret store right after.
    void anImportKeepsTheTrailsHead()
    {
        const Run imported = run({QStringLiteral("import"), QStringLiteral("authz-details"),
                                  awsCliSample, QStringLiteral("--user"), QStringLiteral("Maria")},
                                 QStringLiteral("pw"), false);
        QCOMPARE(imported.exitCode, 0);
        const Run verified = run({QStringLiteral("audit"), QStringLiteral("verify"),
                                  QStringLiteral("--user"), QStringLiteral("Maria")},
                                 QStringLiteral("pw"), false);
        QCOMPARE(verified.exitCode, 0);
        QVERIFY2(saysAuditTrailIntact(verified.out), qPrintable(verified.out + verified.err));
    }

    // The walkthrough, headless: Maria imports an account into the demo
    // directory; the management account's people can switch into it, and the
    // audit answers who is in it and who can do what there.
    void theWalkthroughHeadless()
    {
        const QString maria = QStringLiteral("Maria");
        const Run imported = run({QStringLiteral("import"), QStringLiteral("authz-details"),
                                  awsCliSample, QStringLiteral("--user"), maria},
                                 QStringLiteral("pw"), false);
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains(QStringLiteral(
                     "Added arn:aws:iam::123456789012:role/OrganizationAccountAccessRole, trusting "
                     "the management account 111122223333")),
                 qPrintable(imported.out + imported.err));
        // The audit of the new account is read inside it (Maria's reads would be
        // cross-account): by an administrator of its own.
        addOperator(cliAccount);
        const QStringList inAccount =
            QStringList{QStringLiteral("--account"), cliAccount} + asOperator;
        const Run assumers =
            run(QStringList{QStringLiteral("audit"), QStringLiteral("who-can-assume"),
                            QStringLiteral("OrganizationAccountAccessRole")} +
                    inAccount,
                operatorPassword, false);
        QCOMPARE(assumers.exitCode, 0);
        QVERIFY2(assumers.out.contains(QStringLiteral("arn:aws:iam::111122223333:user/Maria")),
                 qPrintable(assumers.out));
        // Li, an auditor (ReadOnlyAccess), has no sts:AssumeRole of her own.
        QVERIFY(!assumers.out.contains(QStringLiteral("arn:aws:iam::111122223333:user/Li")));
        const Run members = run(QStringList{QStringLiteral("audit"), QStringLiteral("members"),
                                            QStringLiteral("Admins")} +
                                    inAccount,
                                operatorPassword, false);
        QCOMPARE(members.exitCode, 0);
        QVERIFY2(members.out.contains(QStringLiteral("Alice")) &&
                     members.out.contains(QStringLiteral("Bob")),
                 qPrintable(members.out));
        const Run whoCan = run(QStringList{QStringLiteral("audit"), QStringLiteral("who-can"),
                                           QStringLiteral("iam:CreateUser"),
                                           QStringLiteral("arn:aws:iam::123456789012:user/x")} +
                                   inAccount,
                               operatorPassword, false);
        QCOMPARE(whoCan.exitCode, 0);
        QVERIFY2(whoCan.out.contains(QStringLiteral("OrganizationAccountAccessRole")),
                 qPrintable(whoCan.out));
        // John, a developer, may not bring an account in.
        db = tmp.filePath(QStringLiteral("john.sqlite"));
        const Run john = run({QStringLiteral("import"), QStringLiteral("authz-details"),
                              awsCliSample, QStringLiteral("--user"), QStringLiteral("John")},
                             QStringLiteral("pw"), false);
        QCOMPARE(john.exitCode, 1);
        QVERIFY2(john.err.contains(QStringLiteral("organizations:CreateAccount")),
                 qPrintable(john.err));
        std::unique_ptr<Directory> reopened3;
        REQUIRE_VALUE(reopened3, openDirectory());
        QVERIFY(!reopened3->findAccount(cliAccount));
    }

    // The first import founds the organization and gives its account a root
    // user; the root may then replace its own account (authorized inside it).
    void theFirstImportGivesTheRootUserWhoMayReplaceTheAccount()
    {
        const Run first = importWithRoot(awsCliSample);
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(!first.err.contains(QStringLiteral("root sign-in")), qPrintable(first.err));
        std::unique_ptr<Directory> reopened4;
        REQUIRE_VALUE(reopened4, openDirectory());
        QCOMPARE(reopened4->rootUser(cliAccount)->email, QStringLiteral("root@example.com"));

        const QStringList replace{QStringLiteral("import"),
                                  QStringLiteral("authz-details"),
                                  awsCliSample,
                                  QStringLiteral("--replace"),
                                  QStringLiteral("--root"),
                                  QStringLiteral("--account"),
                                  cliAccount};
        QCOMPARE(run(replace, QStringLiteral("wrong-password")).exitCode, 1);
        const Run replaced = run(replace, rootPassword);
        QCOMPARE(replaced.exitCode, 0);
        QVERIFY2(replaced.out.startsWith(QStringLiteral("Imported into account 123456789012")),
                 qPrintable(replaced.out + replaced.err));
    }

    void organizationsCreateAccountIsTheManagementAccounts()
    {
        const QStringList create{
            QStringLiteral("organizations"),  QStringLiteral("create-account"),
            QStringLiteral("--account-name"), QStringLiteral("Cat photo test"),
            QStringLiteral("--email"),        QStringLiteral("test@catphoto.example"),
            QStringLiteral("--access-role"),  QStringLiteral("read-only")};
        const Run john = run(create + QStringList{QStringLiteral("--user"), QStringLiteral("John")},
                             QStringLiteral("pw"), false);
        QCOMPARE(john.exitCode, 254);
        QVERIFY2(john.err.contains(QStringLiteral("(AccessDenied) when calling the CreateAccount "
                                                  "operation: User: "
                                                  "arn:aws:iam::111122223333:user/John is not "
                                                  "authorized to perform: "
                                                  "organizations:CreateAccount")),
                 qPrintable(john.err));
        std::unique_ptr<Directory> reopened5;
        REQUIRE_VALUE(reopened5, openDirectory());
        QCOMPARE(reopened5->accounts().size(), 2);

        const Run maria =
            run(create + QStringList{QStringLiteral("--user"), QStringLiteral("Maria")},
                QStringLiteral("pw"), false);
        QCOMPARE(maria.exitCode, 0);
        const QJsonObject status = QJsonDocument::fromJson(maria.out.toUtf8())
                                       .object()[QStringLiteral("CreateAccountStatus")]
                                       .toObject();
        QCOMPARE(status[QStringLiteral("State")].toString(), QStringLiteral("SUCCEEDED"));
        const QString id = status[QStringLiteral("AccountId")].toString();
        std::unique_ptr<Directory> d;
        REQUIRE_VALUE(d, openDirectory());
        QVERIFY(d->findAccount(id));
        QCOMPARE(d->memberAccount(id)->email, QStringLiteral("test@catphoto.example"));
        // The root password was generated and shown once, beside the JSON.
        QVERIFY2(maria.err.startsWith(QStringLiteral("root sign-in: test@catphoto.example / ")),
                 qPrintable(maria.err));
        QStringList policies;
        for (const ManagedPolicy& p : d->attachedPolicies(
                 EntityKind::Role, id, QStringLiteral("OrganizationAccountAccessRole")))
            policies << p.name;
        policies.sort();
        QCOMPARE(policies,
                 (QStringList{QStringLiteral("ReadOnlyAccess"), QStringLiteral("SecurityAudit")}));

        const Run listed = run({QStringLiteral("organizations"), QStringLiteral("list-accounts"),
                                QStringLiteral("--user"), QStringLiteral("Maria")},
                               QStringLiteral("pw"), false);
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray accounts = QJsonDocument::fromJson(listed.out.toUtf8())
                                        .object()[QStringLiteral("Accounts")]
                                        .toArray();
        QCOMPARE(accounts.size(), 3);
    }

    void anUnknownAccessRoleIsAUsageError()
    {
        const Run r = run({QStringLiteral("import"), QStringLiteral("authz-details"), awsCliSample,
                           QStringLiteral("--access-role"), QStringLiteral("root")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QStringLiteral("switchboard: The access role must be one of admin, "
                                       "read-only, none, not 'root'. (see --help)\n"));
        std::unique_ptr<Directory> reopened6;
        REQUIRE_VALUE(reopened6, openDirectory());
        QVERIFY(reopened6->accounts().isEmpty());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("err");
        QTest::newRow("no format") << QStringList{QStringLiteral("import")} << 2
                                   << QStringLiteral("switchboard: import needs a format: import "
                                                     "authz-details (see --help)\n");
        QTest::newRow("no file") << QStringList{QStringLiteral("import"),
                                                QStringLiteral("authz-details")}
                                 << 2
                                 << QStringLiteral("switchboard: import authz-details needs at "
                                                   "least one FILE (see --help)\n");
        QTest::newRow("no caller to export as")
            << QStringList{QStringLiteral("export"), QStringLiteral("authz-details")} << 2
            << QStringLiteral("switchboard: export reads the directory as a caller, authorized as "
                              "the AWS action it stands for: give --user [ACCOUNT/]NAME or --root "
                              "(with --account), and the password (--password-stdin or "
                              "SWITCHBOARD_PASSWORD)\n");
        QTest::newRow("account the file does not name")
            << QStringList{QStringLiteral("import"), QStringLiteral("authz-details"), awsCliSample,
                           QStringLiteral("--account"), QStringLiteral("999999999999")}
            << 1
            << QStringLiteral("InvalidInput: The files are of 123456789012 (9 entities), not of "
                              "account 999999999999.\nNothing was imported.\n");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, err);
        const Run r = run(arguments);
        QCOMPARE(r.err, err);
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.out, QString());
    }
};

QTEST_GUILESS_MAIN(TestInteropCommand)
#include "tst_interopcommand.moc"
