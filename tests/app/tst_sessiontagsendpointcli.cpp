#include "keychaintesting.h"
#include "servedendpoint.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

// Session tags and attribute-based access through `switchboard serve`,
// called by real AWS clients (boto3 and the AWS CLI of the system), on the
// demo's ProjectEditor role: Noor passes her project as a session tag and
// the session reads only what carries that project ("Passing session tags in
// AWS STS": https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html).
namespace {
const QString python = QStringLiteral("/usr/bin/python3");
const QString awsCli = QStringLiteral("/usr/bin/aws");
const QString editor = QStringLiteral("arn:aws:iam::111122223333:role/ProjectEditor");

// Each result reduced to what the test checks, printed as one JSON object.
const char script[] = R"PY(
import json, os, boto3, botocore
def client(service, key, secret, token=None):
    return boto3.client(service, endpoint_url=os.environ["SB_URL"], region_name="us-east-1",
                        aws_access_key_id=key, aws_secret_access_key=secret,
                        aws_session_token=token)
sts = client("sts", os.environ["SB_KEY_ID"], os.environ["SB_SECRET"])
out = {}
answer = sts.assume_role(RoleArn=os.environ["SB_ROLE"], RoleSessionName="boto",
                         Tags=[{"Key": "project", "Value": "catalog"}],
                         TransitiveTagKeys=["project"])
out["packed"] = answer.get("PackedPolicySize")
c = answer["Credentials"]
iam = client("iam", c["AccessKeyId"], c["SecretAccessKey"], c["SessionToken"])
out["ownProject"] = iam.get_user(UserName="Noor")["User"]["UserName"]
try:
    iam.get_user(UserName="John")
    out["otherProject"] = "allowed"
except botocore.exceptions.ClientError as e:
    out["otherProject"] = e.response["Error"]["Code"]
try:
    sts.assume_role(RoleArn=os.environ["SB_ROLE"], RoleSessionName="boto",
                    Tags=[{"Key": "project", "Value": "photos"}])
    out["foreignTag"] = "allowed"
except botocore.exceptions.ClientError as e:
    out["foreignTag"] = [e.response["Error"]["Code"], e.response["Error"]["Message"]]
print(json.dumps(out))
)PY";
} // namespace

class TestSessionTagsEndpointCli : public QObject
{
    Q_OBJECT

private:
    ServedEndpoint served;
    std::optional<ServedEndpoint::Key> noor;

    QProcessEnvironment clientEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SB_URL"), served.url);
        env.insert(QStringLiteral("SB_KEY_ID"), noor->id);
        env.insert(QStringLiteral("SB_SECRET"), noor->secret);
        env.insert(QStringLiteral("SB_ROLE"), editor);
        // Nothing of the machine's own AWS configuration.
        env.insert(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("/dev/null"));
        env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QStringLiteral("/dev/null"));
        env.remove(QStringLiteral("AWS_PROFILE"));
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), noor->id);
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), noor->secret);
        env.remove(QStringLiteral("AWS_SESSION_TOKEN"));
        env.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("us-east-1"));
        return env;
    }

private slots:
    void initTestCase()
    {
        SKIP_WITHOUT_KEYCHAIN();
        QVERIFY2(QFile::exists(python), "Debian's python3 is required (scripts/setup --test)");
        QVERIFY2(QFile::exists(awsCli), "the AWS CLI (/usr/bin/aws) is missing");
        QVERIFY(served.tmp.isValid());
        // Maria, the administrator, gives Noor a key.
        noor = served.createKey(QStringLiteral("Noor"), QStringLiteral("Maria"));
        QVERIFY(noor);
        const QString why = served.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void botoPassesSessionTagsAndTheSessionReadsItsProjectOnly()
    {
        QProcess client;
        client.setProcessEnvironment(clientEnvironment());
        client.start(python, {QStringLiteral("-c"), QString::fromUtf8(script)});
        QVERIFY(client.waitForFinished(120000));
        QVERIFY2(client.exitCode() == 0, client.readAllStandardError().constData());
        const QJsonObject out = QJsonDocument::fromJson(client.readAllStandardOutput()).object();
        QCOMPARE(out.value(QStringLiteral("packed")).toInt(), 1);
        QCOMPARE(out.value(QStringLiteral("ownProject")).toString(), QStringLiteral("Noor"));
        QCOMPARE(out.value(QStringLiteral("otherProject")).toString(),
                 QStringLiteral("AccessDenied"));
        QCOMPARE(out.value(QStringLiteral("foreignTag")).toArray(),
                 (QJsonArray{QStringLiteral("AccessDenied"),
                             QStringLiteral("User: arn:aws:iam::111122223333:user/Noor is not "
                                            "authorized to perform: sts:TagSession on resource: ") +
                                 editor}));
    }

    // The AWS CLI's own shorthand, as the page's example passes it.
    void theAwsCliPassesTagsWithItsShorthand()
    {
        QProcess aws;
        aws.setProcessEnvironment(clientEnvironment());
        aws.start(awsCli,
                  {QStringLiteral("sts"), QStringLiteral("assume-role"),
                   QStringLiteral("--endpoint-url"), served.url, QStringLiteral("--role-arn"),
                   editor, QStringLiteral("--role-session-name"), QStringLiteral("cli"),
                   QStringLiteral("--tags"), QStringLiteral("Key=project,Value=catalog"),
                   QStringLiteral("--transitive-tag-keys"), QStringLiteral("project"),
                   QStringLiteral("--output"), QStringLiteral("json")});
        QVERIFY(aws.waitForFinished(120000));
        const QByteArray err = aws.readAllStandardError();
        QVERIFY2(aws.exitCode() == 0, err.constData());
        const QJsonObject answer = QJsonDocument::fromJson(aws.readAllStandardOutput()).object();
        QCOMPARE(answer.value(QStringLiteral("PackedPolicySize")).toInt(), 1);
        QCOMPARE(answer.value(QStringLiteral("AssumedRoleUser"))
                     .toObject()
                     .value(QStringLiteral("Arn"))
                     .toString(),
                 QStringLiteral("arn:aws:sts::111122223333:assumed-role/ProjectEditor/cli"));
    }
};

QTEST_GUILESS_MAIN(TestSessionTagsEndpointCli)
#include "tst_sessiontagsendpointcli.moc"
