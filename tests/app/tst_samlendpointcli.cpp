#include "keychaintesting.h"
#include "servedendpoint.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

// SAML federation through `switchboard serve`, called by a real AWS client
// (boto3 / botocore of the system's Python): the built-in identity provider
// (`switchboard idp assertion`) signs Maria in, botocore's unsigned
// assume_role_with_saml redeems the assertion, and Maria's access key
// administers the account's SAML providers.
namespace {
const QString python = QStringLiteral("/usr/bin/python3");
const QString provider = QStringLiteral("arn:aws:iam::111122223333:saml-provider/CatPhotoIdP");
const QString federatedRole = QStringLiteral("arn:aws:iam::111122223333:role/FederatedReadOnly");

const char script[] = R"PY(
import json, os, boto3
from botocore.exceptions import ClientError
url = os.environ["SB_URL"]
iam = boto3.client("iam", endpoint_url=url, region_name="us-east-1",
                   aws_access_key_id=os.environ["SB_KEY_ID"],
                   aws_secret_access_key=os.environ["SB_SECRET"])
out = {}
out["providers"] = [p["Arn"] for p in iam.list_saml_providers()["SAMLProviderList"]]
metadata = iam.get_saml_provider(SAMLProviderArn=os.environ["SB_PROVIDER"])["SAMLMetadataDocument"]
out["metadataHasIdp"] = "IDPSSODescriptor" in metadata
out["created"] = iam.create_saml_provider(Name="Copy", SAMLMetadataDocument=metadata)["SAMLProviderArn"]
try:
    iam.create_saml_provider(Name="Broken", SAMLMetadataDocument="<x/>" * 300)
    out["broken"] = "created"
except ClientError as e:
    out["broken"] = e.response["Error"]["Code"]
iam.delete_saml_provider(SAMLProviderArn=out["created"])
out["afterDelete"] = len(iam.list_saml_providers()["SAMLProviderList"])

# No credentials at all: AssumeRoleWithSAML is an unsigned call.
sts = boto3.client("sts", endpoint_url=url, region_name="us-east-1")
answer = sts.assume_role_with_saml(RoleArn=os.environ["SB_ROLE"],
                                   PrincipalArn=os.environ["SB_PROVIDER"],
                                   SAMLAssertion=os.environ["SB_ASSERTION"])
out["arn"] = answer["AssumedRoleUser"]["Arn"]
out["subject"] = answer["Subject"]
out["issuer"] = answer["Issuer"]
out["keyId"] = answer["Credentials"]["AccessKeyId"]
try:
    sts.assume_role_with_saml(RoleArn=os.environ["SB_ROLE"], PrincipalArn=os.environ["SB_PROVIDER"],
                              SAMLAssertion=os.environ["SB_ASSERTION"])
    out["replay"] = "accepted"
except ClientError as e:
    out["replay"] = e.response["Error"]["Code"]
c = answer["Credentials"]
me = boto3.client("sts", endpoint_url=url, region_name="us-east-1",
                  aws_access_key_id=c["AccessKeyId"], aws_secret_access_key=c["SecretAccessKey"],
                  aws_session_token=c["SessionToken"]).get_caller_identity()
out["callerArn"] = me["Arn"]
print(json.dumps(out))
)PY";
} // namespace

class TestSamlEndpointCli : public QObject
{
    Q_OBJECT

private:
    ServedEndpoint served;

    // The built-in identity provider's assertion for Maria, base64.
    QByteArray assertionFor(const QString& user)
    {
        QProcess idp;
        idp.setProcessEnvironment(served.environment());
        idp.start(QStringLiteral(SWITCHBOARD_BINARY),
                  served.arguments({QStringLiteral("idp"), QStringLiteral("assertion"),
                                    QStringLiteral("--provider"), provider,
                                    QStringLiteral("--user"), user, QStringLiteral("--role-arn"),
                                    federatedRole, QStringLiteral("--password-stdin")}));
        idp.write("pw\n");
        idp.closeWriteChannel();
        if (!idp.waitForFinished(60000) || idp.exitCode() != 0) {
            qWarning("%s", idp.readAllStandardError().constData());
            return {};
        }
        return idp.readAllStandardOutput().trimmed();
    }

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

    void botoRedeemsTheIdentityProvidersAssertion()
    {
        const auto key = served.createKey(QStringLiteral("Maria"));
        QVERIFY(key);
        const QByteArray assertion = assertionFor(QStringLiteral("Maria"));
        QVERIFY(!assertion.isEmpty());
        const QString why = served.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));

        QProcess client;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SB_URL"), served.url);
        env.insert(QStringLiteral("SB_KEY_ID"), key->id);
        env.insert(QStringLiteral("SB_SECRET"), key->secret);
        env.insert(QStringLiteral("SB_PROVIDER"), provider);
        env.insert(QStringLiteral("SB_ROLE"), federatedRole);
        env.insert(QStringLiteral("SB_ASSERTION"), QString::fromLatin1(assertion));
        env.insert(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("/dev/null"));
        env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QStringLiteral("/dev/null"));
        for (const char* name :
             {"AWS_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"})
            env.remove(QString::fromLatin1(name));
        client.setProcessEnvironment(env);
        client.start(python, {QStringLiteral("-c"), QString::fromUtf8(script)});
        QVERIFY(client.waitForFinished(120000));
        QVERIFY2(client.exitCode() == 0, client.readAllStandardError().constData());
        const QJsonObject out = QJsonDocument::fromJson(client.readAllStandardOutput()).object();

        QCOMPARE(out.value(QStringLiteral("providers")).toArray(), QJsonArray{provider});
        QVERIFY(out.value(QStringLiteral("metadataHasIdp")).toBool());
        QCOMPARE(out.value(QStringLiteral("created")).toString(),
                 QStringLiteral("arn:aws:iam::111122223333:saml-provider/Copy"));
        QCOMPARE(out.value(QStringLiteral("broken")).toString(), QStringLiteral("InvalidInput"));
        QCOMPARE(out.value(QStringLiteral("afterDelete")).toInt(), 1);
        QCOMPARE(out.value(QStringLiteral("arn")).toString(),
                 QStringLiteral("arn:aws:sts::111122223333:assumed-role/FederatedReadOnly/Maria"));
        QCOMPARE(out.value(QStringLiteral("subject")).toString(), QStringLiteral("Maria"));
        QCOMPARE(out.value(QStringLiteral("issuer")).toString(),
                 QStringLiteral("urn:switchboard:saml:111122223333:CatPhotoIdP"));
        QVERIFY(out.value(QStringLiteral("keyId")).toString().startsWith(QLatin1String("ASIA")));
        QCOMPARE(out.value(QStringLiteral("replay")).toString(),
                 QStringLiteral("InvalidIdentityToken"));
        QCOMPARE(out.value(QStringLiteral("callerArn")).toString(),
                 out.value(QStringLiteral("arn")).toString());
    }
};

QTEST_GUILESS_MAIN(TestSamlEndpointCli)
#include "tst_samlendpointcli.moc"
