#include "keychaintesting.h"
#include "servedendpoint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// `switchboard serve` answering Debian's botocore (the AWS CLI's engine):
// groups, memberships, user policies, access keys and a modeled error, with
// a key made by `switchboard iam create-access-key`, on the real keychain.
// Secrets reach the children through their environment, never argv.
namespace {
const QString python = QStringLiteral("/usr/bin/python3");

// Prints one JSON object of what each call returned.
const char* clientScript = R"PY(
import json, os
import botocore.session

session = botocore.session.get_session()
iam = session.create_client(
    'iam', region_name='us-east-1', endpoint_url=os.environ['SB_ENDPOINT'],
    aws_access_key_id=os.environ['SB_KEY_ID'],
    aws_secret_access_key=os.environ['SB_SECRET'])
out = {}
out['createGroup'] = iam.create_group(GroupName='Testers', Path='/qa/')['Group']['Arn']
iam.add_user_to_group(GroupName='Testers', UserName='Paulo')
group = iam.get_group(GroupName='Testers')
out['members'] = [user['UserName'] for user in group['Users']]
out['groupName'] = group['Group']['GroupName']
out['attachedUser'] = iam.list_attached_user_policies(UserName='Paulo')['AttachedPolicies']
out['attachedGroup'] = [p['PolicyArn'] for p in
                        iam.list_attached_group_policies(GroupName='Developers')['AttachedPolicies']]
doc = {'Version': '2012-10-17', 'Statement': [
    {'Effect': 'Allow', 'Action': 's3:GetObject', 'Resource': 'arn:aws:s3:::cats/*'}]}
iam.put_user_policy(UserName='Paulo', PolicyName='ReadCats', PolicyDocument=json.dumps(doc))
got = iam.get_user_policy(UserName='Paulo', PolicyName='ReadCats')
out['documentRoundTrip'] = got['PolicyDocument'] == doc
out['policyNames'] = iam.list_user_policies(UserName='Paulo')['PolicyNames']
key = iam.create_access_key(UserName='Paulo')['AccessKey']
out['newKey'] = {'status': key['Status'], 'secretLength': len(key['SecretAccessKey'])}
listed = iam.list_access_keys(UserName='Paulo')['AccessKeyMetadata']
out['listedNewKey'] = [k['AccessKeyId'] for k in listed] == [key['AccessKeyId']]
iam.delete_access_key(UserName='Paulo', AccessKeyId=key['AccessKeyId'])
out['keysAfterDelete'] = len(iam.list_access_keys(UserName='Paulo')['AccessKeyMetadata'])
try:
    iam.get_group(GroupName='Nope')
    out['noSuchEntity'] = 'no error'
except iam.exceptions.NoSuchEntityException as error:
    out['noSuchEntity'] = '%s %d' % (error.response['Error']['Code'],
                                     error.response['ResponseMetadata']['HTTPStatusCode'])
print(json.dumps(out))
)PY";
} // namespace

class TestIamEndpointCli : public QObject
{
    Q_OBJECT

private:
    ServedEndpoint served;

private Q_SLOTS:
    void initTestCase()
    {
        SKIP_WITHOUT_KEYCHAIN();
        QVERIFY(served.tmp.isValid());
    }

    void botocoreAgainstServe()
    {
        QVERIFY2(QFile::exists(python), "Debian's python3 with botocore is required");
        // Maria's key, from the command line.
        const auto key = served.createKey(QStringLiteral("Maria"));
        QVERIFY(key);
        const QString why = served.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));

        QProcess client;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SB_ENDPOINT"), served.url);
        env.insert(QStringLiteral("SB_KEY_ID"), key->id);
        env.insert(QStringLiteral("SB_SECRET"), key->secret);
        // Nothing of the user's own AWS setup may take part.
        env.insert(QStringLiteral("AWS_CONFIG_FILE"), served.tmp.filePath(QStringLiteral("none")));
        env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"),
                   served.tmp.filePath(QStringLiteral("none")));
        for (const char* name : {"AWS_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
                                 "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL", "PYTHONPATH"})
            env.remove(QString::fromLatin1(name));
        client.setProcessEnvironment(env);
        client.start(python, {QStringLiteral("-c"), QString::fromUtf8(clientScript)});
        const bool finished = client.waitForFinished(120000);
        QVERIFY(finished);
        const QByteArray out = client.readAllStandardOutput();
        QVERIFY2(client.exitCode() == 0, client.readAllStandardError().constData());

        const QJsonObject r = QJsonDocument::fromJson(out).object();
        QVERIFY2(!r.isEmpty(), out.constData());
        QCOMPARE(r.value(QStringLiteral("createGroup")).toString(),
                 QStringLiteral("arn:aws:iam::111122223333:group/qa/Testers"));
        QCOMPARE(r.value(QStringLiteral("groupName")).toString(), QStringLiteral("Testers"));
        QCOMPARE(r.value(QStringLiteral("members")).toVariant().toStringList(),
                 QStringList{QStringLiteral("Paulo")});
        QVERIFY(r.value(QStringLiteral("attachedUser")).toArray().isEmpty());
        QCOMPARE(r.value(QStringLiteral("attachedGroup")).toVariant().toStringList(),
                 QStringList{QStringLiteral("arn:aws:iam::111122223333:policy/DeveloperAccess")});
        QVERIFY2(r.value(QStringLiteral("documentRoundTrip")).toBool(), out.constData());
        QCOMPARE(r.value(QStringLiteral("policyNames")).toVariant().toStringList(),
                 QStringList{QStringLiteral("ReadCats")});
        const QJsonObject newKey = r.value(QStringLiteral("newKey")).toObject();
        QCOMPARE(newKey.value(QStringLiteral("status")).toString(), QStringLiteral("Active"));
        QCOMPARE(newKey.value(QStringLiteral("secretLength")).toInt(), 40);
        QVERIFY(r.value(QStringLiteral("listedNewKey")).toBool());
        QCOMPARE(r.value(QStringLiteral("keysAfterDelete")).toInt(), 0);
        QCOMPARE(r.value(QStringLiteral("noSuchEntity")).toString(),
                 QStringLiteral("NoSuchEntity 404"));
    }
};

QTEST_GUILESS_MAIN(TestIamEndpointCli)
#include "tst_iamendpointcli.moc"
