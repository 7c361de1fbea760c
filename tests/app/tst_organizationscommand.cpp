// `switchboard organizations` for the organization's units and SCPs/RCPs,
// through the executable, on the demo directory: the AWS CLI's JSON, the
// engine's authorization, export and import as AWS CLI output files.

#include "common/auditverifyoutput.h"

#include <QDir>
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
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

const QString dev = QStringLiteral("444455556666");
const QString denyListRoles =
    QStringLiteral(R"({"Version":"2012-10-17","Statement":[{"Effect":"Deny",)"
                   R"("Action":"iam:ListRoles","Resource":"*"}]})");

QMap<QString, QByteArray> filesIn(const QString& path)
{
    QMap<QString, QByteArray> out;
    const QDir dir(path);
    for (const QString& name : dir.entryList(QDir::Files)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            out.insert(name, file.readAll());
    }
    return out;
}
} // namespace

class TestOrganizationsCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir tmp;
    QString db;

    // As the demo's user (password "pw"), of catphoto-prod.
    Run run(const QStringList& arguments) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SWITCHBOARD_PASSWORD"), QStringLiteral("pw"));
        env.insert(QStringLiteral("SWITCHBOARD_DEMO_PASSWORD"), QStringLiteral("pw"));
        env.insert(QStringLiteral("HOME"), tmp.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), tmp.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), tmp.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.remove(QStringLiteral("DISPLAY"));
        // What the command appends is sealed in the secret store: the encrypted
        // file here, so the test needs no keychain.
        env.insert(QStringLiteral("SWITCHBOARD_SECRETS_PASSPHRASE"), QStringLiteral("seal-test"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SWITCHBOARD_BINARY),
                      QStringList{QStringLiteral("--directory"), db,
                                  QStringLiteral("--secret-store"), QStringLiteral("file")} +
                          arguments);
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

    Run organizations(const QStringList& arguments,
                      const QString& user = QStringLiteral("Maria")) const
    {
        return run(QStringList{QStringLiteral("organizations")} + arguments +
                   QStringList{QStringLiteral("--user"), user, QStringLiteral("--account"),
                               QStringLiteral("catphoto-prod")});
    }

    QString rootId() const
    {
        return organizations({QStringLiteral("list-roots")})
            .json()
            .value(QLatin1String("Roots"))
            .toArray()
            .first()
            .toObject()
            .value(QLatin1String("Id"))
            .toString();
    }

    QString workloads() const { return QStringLiteral("ou-%1-workloads").arg(rootId().mid(2)); }

private Q_SLOTS:
    void init()
    {
        db = tmp.filePath(QString::fromUtf8(QTest::currentTestFunction()) +
                          QStringLiteral(".sqlite"));
    }

    void listsTheStructureAsTheAwsCliPrintsIt()
    {
        const Run roots = organizations({QStringLiteral("list-roots")});
        QCOMPARE(roots.exitCode, 0);
        const QJsonObject root =
            roots.json().value(QLatin1String("Roots")).toArray().first().toObject();
        QVERIFY2(root.value(QLatin1String("Id")).toString().startsWith(QLatin1String("r-")),
                 qPrintable(roots.out));
        QVERIFY(root.value(QLatin1String("Arn"))
                    .toString()
                    .startsWith(QLatin1String("arn:aws:organizations::111122223333:root/o-")));
        QCOMPARE(root.value(QLatin1String("Name")).toString(), QStringLiteral("Root"));
        QCOMPARE(root.value(QLatin1String("PolicyTypes"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("Type")),
                 QJsonValue(QStringLiteral("SERVICE_CONTROL_POLICY")));
        const Run units = organizations({QStringLiteral("list-organizational-units-for-parent"),
                                         QStringLiteral("--parent-id"),
                                         root.value(QLatin1String("Id")).toString()});
        QCOMPARE(units.exitCode, 0);
        const QJsonArray list = units.json().value(QLatin1String("OrganizationalUnits")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QLatin1String("Name")).toString(),
                 QStringLiteral("Workloads"));
        const Run accounts = organizations({QStringLiteral("list-accounts-for-parent"),
                                            QStringLiteral("--parent-id"), workloads()});
        QCOMPARE(accounts.exitCode, 0);
        QCOMPARE(accounts.json()
                     .value(QLatin1String("Accounts"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("Id"))
                     .toString(),
                 dev);
    }

    // What the command appended (Maria's sign-in) is sealed as the console's
    // events are: the trail verifies with its head in the secret store right after.
    void aCommandKeepsTheTrailsHead()
    {
        QCOMPARE(organizations({QStringLiteral("list-roots")}).exitCode, 0);
        const Run verified = run({QStringLiteral("audit"), QStringLiteral("verify"),
                                  QStringLiteral("--user"), QStringLiteral("Maria")});
        QCOMPARE(verified.exitCode, 0);
        QVERIFY2(saysAuditTrailIntact(verified.out), qPrintable(verified.out + verified.err));
    }

    void mariaManagesAPolicyFromCreationToDeletion()
    {
        const QString file = tmp.filePath(QStringLiteral("no-roles.json"));
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(denyListRoles.toUtf8());
        }
        const Run created = organizations(
            {QStringLiteral("create-policy"), QStringLiteral("--name"), QStringLiteral("NoRoles"),
             QStringLiteral("--type"), QStringLiteral("SERVICE_CONTROL_POLICY"),
             QStringLiteral("--description"), QStringLiteral("No role listing"),
             QStringLiteral("--content"), QStringLiteral("file://") + file});
        QCOMPARE(created.exitCode, 0);
        const QJsonObject policy = created.json().value(QLatin1String("Policy")).toObject();
        QCOMPARE(policy.value(QLatin1String("Content")).toString(), denyListRoles);
        const QJsonObject summary = policy.value(QLatin1String("PolicySummary")).toObject();
        const QString id = summary.value(QLatin1String("Id")).toString();
        QVERIFY2(id.startsWith(QLatin1String("p-")), qPrintable(created.out));
        QCOMPARE(summary.value(QLatin1String("AwsManaged")), QJsonValue(false));
        QCOMPARE(summary.value(QLatin1String("Type")).toString(),
                 QStringLiteral("SERVICE_CONTROL_POLICY"));

        QCOMPARE(organizations({QStringLiteral("attach-policy"), QStringLiteral("--policy-id"), id,
                                QStringLiteral("--target-id"), dev})
                     .exitCode,
                 0);
        const Run duplicate =
            organizations({QStringLiteral("attach-policy"), QStringLiteral("--policy-id"), id,
                           QStringLiteral("--target-id"), dev});
        QCOMPARE(duplicate.exitCode, 254);
        QVERIFY2(duplicate.err.contains(QStringLiteral(
                     "An error occurred (DuplicatePolicyAttachmentException) when calling the "
                     "AttachPolicy operation")),
                 qPrintable(duplicate.err));
        const Run targets = organizations(
            {QStringLiteral("list-targets-for-policy"), QStringLiteral("--policy-id"), id});
        QCOMPARE(targets.exitCode, 0);
        const QJsonObject target =
            targets.json().value(QLatin1String("Targets")).toArray().first().toObject();
        QCOMPARE(target.value(QLatin1String("TargetId")).toString(), dev);
        QCOMPARE(target.value(QLatin1String("Type")).toString(), QStringLiteral("ACCOUNT"));
        const Run forTarget = organizations(
            {QStringLiteral("list-policies-for-target"), QStringLiteral("--target-id"), dev,
             QStringLiteral("--filter"), QStringLiteral("SERVICE_CONTROL_POLICY")});
        QCOMPARE(forTarget.exitCode, 0);
        QCOMPARE(forTarget.json().value(QLatin1String("Policies")).toArray().size(), 2);
        const Run described =
            organizations({QStringLiteral("describe-policy"), QStringLiteral("--policy-id"), id});
        QCOMPARE(described.json(), created.json());
        const Run inUse =
            organizations({QStringLiteral("delete-policy"), QStringLiteral("--policy-id"), id});
        QCOMPARE(inUse.exitCode, 254);
        QVERIFY2(inUse.err.contains(QStringLiteral("PolicyInUseException")), qPrintable(inUse.err));
        QCOMPARE(organizations({QStringLiteral("detach-policy"), QStringLiteral("--policy-id"), id,
                                QStringLiteral("--target-id"), dev})
                     .exitCode,
                 0);
        QCOMPARE(organizations({QStringLiteral("delete-policy"), QStringLiteral("--policy-id"), id})
                     .exitCode,
                 0);
        const Run gone =
            organizations({QStringLiteral("describe-policy"), QStringLiteral("--policy-id"), id});
        QCOMPARE(gone.exitCode, 254);
        QVERIFY2(gone.err.contains(QStringLiteral("PolicyNotFoundException")),
                 qPrintable(gone.err));
    }

    void aCallerWithoutThePermissionIsRefused()
    {
        const Run refused = organizations({QStringLiteral("create-organizational-unit"),
                                           QStringLiteral("--parent-id"), rootId(),
                                           QStringLiteral("--name"), QStringLiteral("X")},
                                          QStringLiteral("Paulo"));
        QCOMPARE(refused.exitCode, 254);
        QVERIFY2(refused.err.contains(QStringLiteral(
                     "An error occurred (AccessDenied) when calling the CreateOrganizationalUnit "
                     "operation: User: arn:aws:iam::111122223333:user/Paulo is not authorized to "
                     "perform: organizations:CreateOrganizationalUnit")),
                 qPrintable(refused.err));
        const Run missing = organizations({QStringLiteral("create-organizational-unit"),
                                           QStringLiteral("--name"), QStringLiteral("X")});
        QCOMPARE(missing.exitCode, 252);
        QVERIFY2(missing.err.contains(QStringLiteral("--parent-id")), qPrintable(missing.err));
    }

    void anExportImportedBackChangesNothingAndRoundTrips()
    {
        const QString first = tmp.filePath(QStringLiteral("first"));
        const Run exported = organizations({QStringLiteral("export"), first});
        QCOMPARE(exported.exitCode, 0);
        const auto files = filesIn(first);
        QVERIFY(files.contains(QStringLiteral("list-roots.json")));
        QVERIFY(files.contains(QStringLiteral("describe-policy.p-protectaudit.json")));
        QVERIFY(
            files.contains(QStringLiteral("list-accounts-for-parent.%1.json").arg(workloads())));
        // Take the structure apart, then import it back.
        const QString root = rootId();
        for (const QStringList& step :
             {QStringList{QStringLiteral("move-account"), QStringLiteral("--account-id"), dev,
                          QStringLiteral("--source-parent-id"), workloads(),
                          QStringLiteral("--destination-parent-id"), root},
              QStringList{QStringLiteral("detach-policy"), QStringLiteral("--policy-id"),
                          QStringLiteral("p-protectaudit"), QStringLiteral("--target-id"),
                          workloads()},
              QStringList{QStringLiteral("delete-policy"), QStringLiteral("--policy-id"),
                          QStringLiteral("p-protectaudit")},
              QStringList{QStringLiteral("delete-organizational-unit"),
                          QStringLiteral("--organizational-unit-id"), workloads()}}) {
            const Run r = organizations(step);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        QStringList paths;
        for (const QString& name : files.keys())
            paths << QDir(first).filePath(name);
        const Run imported = organizations(QStringList{QStringLiteral("import")} + paths);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.err.contains(QStringLiteral("4 changes")), qPrintable(imported.err));
        const QString second = tmp.filePath(QStringLiteral("second"));
        QCOMPARE(organizations({QStringLiteral("export"), second}).exitCode, 0);
        QCOMPARE(filesIn(second), files);
        // Imported again: nothing left to do.
        const Run again = organizations(QStringList{QStringLiteral("import")} + paths);
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.err.contains(QStringLiteral("0 changes")), qPrintable(again.err));
    }

    void aBadFileIsNamedWithItsFieldAndNothingChanges()
    {
        const QString before = tmp.filePath(QStringLiteral("before"));
        QCOMPARE(organizations({QStringLiteral("export"), before}).exitCode, 0);
        const QString bad =
            tmp.filePath(QStringLiteral("list-accounts-for-parent.%1.json").arg(rootId()));
        {
            QFile out(bad);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(R"({"Accounts": [{"Id": "444455556666"}, {"Name": "no id"}]})");
        }
        const Run r = organizations({QStringLiteral("import"), bad});
        QCOMPARE(r.exitCode, 254);
        QVERIFY2(r.err.contains(QStringLiteral("list-accounts-for-parent.%1.json: Accounts[1].Id: "
                                               "a string is needed")
                                    .arg(rootId())),
                 qPrintable(r.err));
        // A valid file naming an account the directory lacks: refused as a whole.
        {
            QFile out(bad);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(R"({"Accounts": [{"Id": "444455556666"}, {"Id": "999999999999"}]})");
        }
        const Run unknown = organizations({QStringLiteral("import"), bad});
        QCOMPARE(unknown.exitCode, 254);
        QVERIFY2(unknown.err.contains(QStringLiteral("Accounts[1]: the account 999999999999 is "
                                                     "not in the directory")),
                 qPrintable(unknown.err));
        const QString after = tmp.filePath(QStringLiteral("after"));
        QCOMPARE(organizations({QStringLiteral("export"), after}).exitCode, 0);
        QCOMPARE(filesIn(after), filesIn(before));
    }

    // Needs the policy engine's SCP evaluation: the demo's deny-list SCP
    // decides for Rosa of catphoto-dev, and simulate names it.
    void simulateNamesTheScpThatDenies()
    {
        const Run r =
            run({QStringLiteral("simulate"), QStringLiteral("--principal"),
                 QStringLiteral("arn:aws:iam::444455556666:user/Rosa"), QStringLiteral("--action"),
                 QStringLiteral("cloudtrail:StopLogging"), QStringLiteral("--action"),
                 QStringLiteral("cloudtrail:LookupEvents"), QStringLiteral("--root"),
                 QStringLiteral("--account"), QStringLiteral("catphoto-dev")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("cloudtrail:StopLogging\texplicitDeny")) &&
                     lines.at(0).contains(QStringLiteral("ProtectAuditTrail")),
                 qPrintable(r.out));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("cloudtrail:LookupEvents\tallow")),
                 qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestOrganizationsCommand)
#include "tst_organizationscommand.moc"
