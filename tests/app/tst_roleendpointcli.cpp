#include "keychaintesting.h"
#include "servedendpoint.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Roles, managed policies and the account through `switchboard serve`, called
// by a real AWS client: boto3 / botocore of the system's Python, with a key
// made by `switchboard iam create-access-key` in the real keychain.
namespace {
const QString python = QStringLiteral("/usr/bin/python3");

// The calls, each result reduced to what the test checks, printed as one
// JSON object. Secrets and the URL come through the environment.
const char script[] = R"PY(
import json, os, boto3
iam = boto3.client("iam", endpoint_url=os.environ["SB_URL"], region_name="us-east-1",
                   aws_access_key_id=os.environ["SB_KEY_ID"],
                   aws_secret_access_key=os.environ["SB_SECRET"])
trust = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
         "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "sts:AssumeRole"}]}
def document(action):
    return json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": action, "Resource": "*"}]})
out = {}
out["createdArn"] = iam.create_role(RoleName="CliRole", AssumeRolePolicyDocument=json.dumps(trust),
                                    Description="from boto3")["Role"]["Arn"]
role = iam.get_role(RoleName="CliRole")["Role"]
out["trust"] = role["AssumeRolePolicyDocument"]
out["trustIsDict"] = isinstance(role["AssumeRolePolicyDocument"], dict)
out["description"] = role.get("Description")
iam.attach_role_policy(RoleName="CliRole", PolicyArn="arn:aws:iam::aws:policy/ReadOnlyAccess")
out["attached"] = [p["PolicyArn"] for p in
                   iam.list_attached_role_policies(RoleName="CliRole")["AttachedPolicies"]]
arn = iam.create_policy(PolicyName="CliPolicy", PolicyDocument=document("s3:GetObject"))["Policy"]["Arn"]
out["newVersion"] = iam.create_policy_version(PolicyArn=arn, PolicyDocument=document("s3:PutObject"),
                                              SetAsDefault=True)["PolicyVersion"]["VersionId"]
out["versions"] = [[v["VersionId"], v["IsDefaultVersion"]]
                   for v in iam.list_policy_versions(PolicyArn=arn)["Versions"]]
out["summary"] = iam.get_account_summary()["SummaryMap"]
simulation = iam.simulate_principal_policy(
    PolicySourceArn="arn:aws:iam::111122223333:user/John",
    ActionNames=["s3:GetObject", "rds:DeleteDBInstance"])
out["simulation"] = {e["EvalActionName"]: e["EvalDecision"] for e in simulation["EvaluationResults"]}
try:
    iam.get_role(RoleName="NoSuchRoleHere")
    out["missing"] = "found"
except iam.exceptions.NoSuchEntityException as e:
    out["missing"] = e.response["Error"]["Code"]
print(json.dumps(out))
)PY";
} // namespace

class TestRoleEndpointCli : public QObject
{
    Q_OBJECT

private:
    ServedEndpoint served;

private slots:
    void initTestCase()
    {
        SKIP_WITHOUT_KEYCHAIN();
        QVERIFY2(QFile::exists(python), "Debian's python3 is required (scripts/setup --test)");
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import boto3")});
        QVERIFY2(probe.waitForFinished(60000) && probe.exitCode() == 0,
                 "boto3 is not installed for /usr/bin/python3 (scripts/setup --test)");
        QVERIFY(served.tmp.isValid());
    }

    void botoManagesRolesAndPolicies()
    {
        // Maria, the administrator, makes a key for herself.
        const auto key = served.createKey(QStringLiteral("Maria"));
        QVERIFY(key);
        const QString why = served.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));

        QProcess client;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SB_URL"), served.url);
        env.insert(QStringLiteral("SB_KEY_ID"), key->id);
        env.insert(QStringLiteral("SB_SECRET"), key->secret);
        // Nothing of the machine's own AWS configuration.
        env.insert(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("/dev/null"));
        env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QStringLiteral("/dev/null"));
        env.remove(QStringLiteral("AWS_PROFILE"));
        client.setProcessEnvironment(env);
        client.start(python, {QStringLiteral("-c"), QString::fromUtf8(script)});
        const bool finished = client.waitForFinished(120000);
        QVERIFY(finished);
        QVERIFY2(client.exitCode() == 0, client.readAllStandardError().constData());
        const QJsonObject out = QJsonDocument::fromJson(client.readAllStandardOutput()).object();

        QCOMPARE(out.value(QStringLiteral("createdArn")).toString(),
                 QStringLiteral("arn:aws:iam::111122223333:role/CliRole"));
        // botocore URL-decodes the trust policy and parses it into a dict.
        QVERIFY(out.value(QStringLiteral("trustIsDict")).toBool());
        QCOMPARE(out.value(QStringLiteral("trust"))
                     .toObject()
                     .value(QStringLiteral("Statement"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("Action"))
                     .toString(),
                 QStringLiteral("sts:AssumeRole"));
        QCOMPARE(out.value(QStringLiteral("description")).toString(), QStringLiteral("from boto3"));
        QCOMPARE(out.value(QStringLiteral("attached")).toArray(),
                 QJsonArray{QStringLiteral("arn:aws:iam::aws:policy/ReadOnlyAccess")});
        QCOMPARE(out.value(QStringLiteral("newVersion")).toString(), QStringLiteral("v2"));
        QCOMPARE(out.value(QStringLiteral("versions")).toArray(),
                 (QJsonArray{QJsonArray{QStringLiteral("v2"), true},
                             QJsonArray{QStringLiteral("v1"), false}}));
        const QJsonObject summary = out.value(QStringLiteral("summary")).toObject();
        QVERIFY(summary.value(QStringLiteral("Users")).toInt() > 0);
        QVERIFY(summary.value(QStringLiteral("Roles")).toInt() > 0);
        QVERIFY(summary.value(QStringLiteral("Policies")).toInt() > 0);
        QCOMPARE(summary.value(QStringLiteral("UsersQuota")).toInt(), 5000);
        const QJsonObject simulation = out.value(QStringLiteral("simulation")).toObject();
        QCOMPARE(simulation.value(QStringLiteral("rds:DeleteDBInstance")).toString(),
                 QStringLiteral("explicitDeny"));
        QVERIFY(simulation.contains(QStringLiteral("s3:GetObject")));
        QCOMPARE(out.value(QStringLiteral("missing")).toString(), QStringLiteral("NoSuchEntity"));
    }
};

QTEST_GUILESS_MAIN(TestRoleEndpointCli)
#include "tst_roleendpointcli.moc"
