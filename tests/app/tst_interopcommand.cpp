#include "common/resultassertions.h"
#include "common/testdata.h"
#include "directory/directory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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

    Run run(const QStringList& arguments) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), tmp.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), tmp.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), tmp.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.remove(QStringLiteral("DISPLAY")); // headless commands need no display
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SWITCHBOARD_BINARY),
                      QStringList{QStringLiteral("--directory"), db, QStringLiteral("--empty")} +
                          arguments);
        if (!process.waitForFinished(60000))
            qFatal("switchboard did not finish");
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    std::unique_ptr<Directory> openDirectory() const
    {
        auto opened = Directory::open(db);
        if (!opened)
            qFatal("%s", qPrintable(opened.error().toString()));
        return std::move(opened).value();
    }

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
        auto d = openDirectory();
        QCOMPARE(d->userCount(cliAccount), 3);
        QCOMPARE(d->groupsForUser(cliAccount, QStringLiteral("Charlie")).first().name,
                 QStringLiteral("Dev"));
    }

    void exportsToAFileAndToStandardOutput()
    {
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("authz-details"), cloudmapperSample})
                     .exitCode,
                 0);
        const QString file = tmp.filePath(QStringLiteral("export.json"));
        const Run written = run({QStringLiteral("export"), QStringLiteral("authz-details"),
                                 QStringLiteral("--output"), file});
        QCOMPARE(written.exitCode, 0);
        QCOMPARE(written.err, QStringLiteral("Exported account %1 to %2.\n").arg(cliAccount, file));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject top = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(top[QStringLiteral("UserDetailList")].toArray().size(), 2);
        QCOMPARE(top[QStringLiteral("RoleDetailList")].toArray().size(), 4);

        const Run printed = run({QStringLiteral("export"), QStringLiteral("authz-details"),
                                 QStringLiteral("--account"), cliAccount});
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
        QVERIFY(openDirectory()->accounts().isEmpty());
    }

    void anAccountWithEntitiesNeedsReplace()
    {
        const QStringList import{QStringLiteral("import"), QStringLiteral("authz-details"),
                                 awsCliSample};
        QCOMPARE(run(import).exitCode, 0);
        const Run refused = run(import);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.startsWith(QStringLiteral(
                     "AccountNotEmpty: Account 123456789012 already has 9 users, groups, roles or "
                     "policies; import with --replace to replace them.\n")),
                 qPrintable(refused.err));
        const Run replaced = run(import + QStringList{QStringLiteral("--replace")});
        QCOMPARE(replaced.exitCode, 0);
        QCOMPARE(replaced.out, QStringLiteral("Imported into account 123456789012: 3 users, 3 "
                                              "groups, 1 roles, 2 policies, 0 AWS managed "
                                              "policies.\n"));
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
        REQUIRE_OK(openDirectory()->createAccount(management));
        const Run r = run(
            QStringList{QStringLiteral("import"), QStringLiteral("authz-details"), awsCliSample} +
            option);
        QCOMPARE(r.exitCode, 0);
        const QString added =
            QStringLiteral("Added arn:aws:iam::123456789012:role/OrganizationAccountAccessRole, "
                           "trusting the management account 111122223333: switch role into it "
                           "to look at the account.\n");
        QCOMPARE(r.out.endsWith(added), !attached.isEmpty());
        auto d = openDirectory();
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

    void anUnknownAccessRoleIsAUsageError()
    {
        const Run r = run({QStringLiteral("import"), QStringLiteral("authz-details"), awsCliSample,
                           QStringLiteral("--access-role"), QStringLiteral("root")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QStringLiteral("switchboard: The access role must be one of admin, "
                                       "read-only, none, not 'root'. (see --help)\n"));
        QVERIFY(openDirectory()->accounts().isEmpty());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("err");
        QTest::newRow("no format") << QStringList{QStringLiteral("import")} << 2
                                   << QStringLiteral("switchboard: import needs a format: import "
                                                     "authz-details (see --help)\n");
        QTest::newRow("other format")
            << QStringList{QStringLiteral("export"), QStringLiteral("csv")} << 2
            << QStringLiteral(
                   "switchboard: export needs a format: export authz-details (see --help)\n");
        QTest::newRow("no file") << QStringList{QStringLiteral("import"),
                                                QStringLiteral("authz-details")}
                                 << 2
                                 << QStringLiteral("switchboard: import authz-details needs at "
                                                   "least one FILE (see --help)\n");
        QTest::newRow("no account to export")
            << QStringList{QStringLiteral("export"), QStringLiteral("authz-details")} << 2
            << QStringLiteral("switchboard: the directory has 0 accounts; choose one with "
                              "--account (see --help)\n");
        QTest::newRow("unknown account")
            << QStringList{QStringLiteral("export"), QStringLiteral("authz-details"),
                           QStringLiteral("--account"), QStringLiteral("999999999999")}
            << 1
            << QStringLiteral("NoSuchEntity: The account with id 999999999999 cannot be found.\n");
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
