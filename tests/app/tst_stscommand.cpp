#include "keychaintesting.h"
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// `switchboard sts ...` driven through the real executable, with the real
// keychain (scripts/test provides one on a private D-Bus session).
namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

const QString prodRole = QStringLiteral("arn:aws:iam::111122223333:role/SecurityEngineer");
} // namespace

class TestStsCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir tmp;
    QString db;

    Run run(QStringList arguments, const QByteArray& stdinText = {},
            const QString& password = QStringLiteral("pw"))
    {
        arguments = QStringList{QStringLiteral("--directory"), db} + arguments;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), tmp.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), tmp.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("SWITCHBOARD_DEMO_PASSWORD"), QStringLiteral("pw"));
        env.remove(QStringLiteral("DISPLAY"));
        if (password.isEmpty())
            env.remove(QStringLiteral("SWITCHBOARD_PASSWORD"));
        else
            env.insert(QStringLiteral("SWITCHBOARD_PASSWORD"), password);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SWITCHBOARD_BINARY), arguments);
        process.write(stdinText);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            // The test fails here; its checks fail on the empty run too.
            QTest::qFail("switchboard did not finish", __FILE__, __LINE__);
            return {};
        }
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    Run assumeRole(const QString& user, const QString& role, const QStringList& extra = {},
                   const QString& password = QStringLiteral("pw"))
    {
        return run(QStringList{QStringLiteral("sts"), QStringLiteral("assume-role"),
                               QStringLiteral("--user"), user, QStringLiteral("--role-arn"), role,
                               QStringLiteral("--role-session-name"),
                               QStringLiteral("cli-") + user} +
                       extra,
                   {}, password);
    }

private slots:
    void initTestCase()
    {
        SKIP_WITHOUT_KEYCHAIN();
        QVERIFY(tmp.isValid());
        db = tmp.filePath(QStringLiteral("directory.sqlite"));
    }

    void johnCannotListUsersButCanBecomeSecurityEngineer()
    {
        // Maria, an administrator, simulates (iam:SimulatePrincipalPolicy).
        const Run own = run({QStringLiteral("simulate"), QStringLiteral("--principal"),
                             QStringLiteral("arn:aws:iam::111122223333:user/John"),
                             QStringLiteral("--action"), QStringLiteral("iam:ListUsers"),
                             QStringLiteral("--user"), QStringLiteral("Maria")});
        QCOMPARE(own.exitCode, 0);
        QVERIFY2(own.out.contains("iam:ListUsers\timplicitDeny"), own.out.constData());

        const Run r = assumeRole(QStringLiteral("John"), prodRole,
                                 {QStringLiteral("--account"), QStringLiteral("catphoto-prod")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // The AWS CLI's layout: four spaces, keys in the API's order.
        const QRegularExpression shape(QStringLiteral(
            "^\\{\\n"
            "    \"Credentials\": \\{\\n"
            "        \"AccessKeyId\": \"ASIA[A-Z2-7]{16}\",\\n"
            "        \"SecretAccessKey\": \"[A-Za-z0-9+/]{40}\",\\n"
            "        \"SessionToken\": \"[A-Za-z0-9+/]+=*\",\\n"
            "        \"Expiration\": \"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00\"\\n"
            "    \\},\\n"
            "    \"AssumedRoleUser\": \\{\\n"
            "        \"AssumedRoleId\": \"AROA[A-Z2-7]{17}:cli-John\",\\n"
            "        \"Arn\": "
            "\"arn:aws:sts::111122223333:assumed-role/SecurityEngineer/cli-John\"\\n"
            "    \\}\\n"
            "\\}\\n$"));
        QVERIFY2(shape.match(QString::fromUtf8(r.out)).hasMatch(), r.out.constData());

        // The role may read IAM: the switch is worth making.
        const Run asRole = run({QStringLiteral("simulate"), QStringLiteral("--principal"), prodRole,
                                QStringLiteral("--action"), QStringLiteral("iam:ListUsers"),
                                QStringLiteral("--user"), QStringLiteral("Maria")});
        QVERIFY2(asRole.out.contains("iam:ListUsers\tallow"), asRole.out.constData());
    }

    void callerIdentityWithPasswordOnStdin()
    {
        const Run r = run({QStringLiteral("sts"), QStringLiteral("get-caller-identity"),
                           QStringLiteral("--user"), QStringLiteral("John"),
                           QStringLiteral("--password-stdin")},
                          "pw\n", QString());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(
            QRegularExpression(
                QStringLiteral("^\\{\\n    \"UserId\": \"AIDA[A-Z2-7]{17}\",\\n"
                               "    \"Account\": \"111122223333\",\\n"
                               "    \"Arn\": \"arn:aws:iam::111122223333:user/John\"\\n\\}\\n$"))
                .match(QString::fromUtf8(r.out))
                .hasMatch(),
            r.out.constData());
    }

    void crossAccount()
    {
        const Run r =
            assumeRole(QStringLiteral("John"),
                       QStringLiteral("arn:aws:iam::444455556666:role/CrossAccountAuditor"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject user = QJsonDocument::fromJson(r.out)
                                     .object()
                                     .value(QLatin1String("AssumedRoleUser"))
                                     .toObject();
        QCOMPARE(
            user.value(QLatin1String("Arn")).toString(),
            QStringLiteral("arn:aws:sts::444455556666:assumed-role/CrossAccountAuditor/cli-John"));
    }

    // The built-in identity provider signs Maria in and signs an assertion;
    // sts assume-role-with-saml takes it (once) as AWS's STS does.
    Run idpAssertion(const QString& user, const QString& role, const QString& password)
    {
        return run({QStringLiteral("idp"), QStringLiteral("assertion"),
                    QStringLiteral("--provider"),
                    QStringLiteral("arn:aws:iam::111122223333:saml-provider/CatPhotoIdP"),
                    QStringLiteral("--user"), user, QStringLiteral("--role-arn"), role,
                    QStringLiteral("--password-stdin")},
                   password.toUtf8() + '\n', QString());
    }
    Run assumeWithSaml(const QString& role, const QString& assertion)
    {
        return run({QStringLiteral("sts"), QStringLiteral("assume-role-with-saml"),
                    QStringLiteral("--principal-arn"),
                    QStringLiteral("arn:aws:iam::111122223333:saml-provider/CatPhotoIdP"),
                    QStringLiteral("--role-arn"), role, QStringLiteral("--saml-assertion"),
                    assertion},
                   {}, QString());
    }

    void aFederatedUserSignsInToFederatedReadOnly()
    {
        const QString federated =
            QStringLiteral("arn:aws:iam::111122223333:role/FederatedReadOnly");
        const Run issued = idpAssertion(QStringLiteral("Maria"), federated, QStringLiteral("pw"));
        QVERIFY2(issued.exitCode == 0, issued.err.constData());
        const QByteArray assertion = issued.out.trimmed();
        QVERIFY(QByteArray::fromBase64(assertion).contains("SignatureValue"));
        QFile file(tmp.filePath(QStringLiteral("assertion.b64")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(assertion);
        file.close();

        const Run r = assumeWithSaml(federated, QStringLiteral("file://") + file.fileName());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject answer = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(answer.value(QLatin1String("AssumedRoleUser"))
                     .toObject()
                     .value(QLatin1String("Arn"))
                     .toString(),
                 QStringLiteral("arn:aws:sts::111122223333:assumed-role/FederatedReadOnly/Maria"));
        QCOMPARE(answer.value(QLatin1String("Subject")).toString(), QStringLiteral("Maria"));
        QCOMPARE(answer.value(QLatin1String("Issuer")).toString(),
                 QStringLiteral("urn:switchboard:saml:111122223333:CatPhotoIdP"));
        QCOMPARE(answer.value(QLatin1String("Audience")).toString(),
                 QStringLiteral("https://signin.aws.amazon.com/saml"));
        QVERIFY(answer.value(QLatin1String("Credentials"))
                    .toObject()
                    .value(QLatin1String("AccessKeyId"))
                    .toString()
                    .startsWith(QLatin1String("ASIA")));

        // Once only: the same assertion again is a replay.
        const Run replayed = assumeWithSaml(federated, QString::fromLatin1(assertion));
        QCOMPARE(replayed.exitCode, 254);
        QVERIFY2(replayed.err.contains("An error occurred (InvalidIdentityToken) when calling the "
                                       "AssumeRoleWithSAML operation: SAML Assertion ID already "
                                       "used"),
                 replayed.err.constData());

        // An assertion altered after signing is refused.
        const Run fresh = idpAssertion(QStringLiteral("Maria"), federated, QStringLiteral("pw"));
        QCOMPARE(fresh.exitCode, 0);
        QByteArray xml = QByteArray::fromBase64(fresh.out.trimmed());
        xml.replace(">Maria<", ">Admin<");
        const Run altered = assumeWithSaml(federated, QString::fromLatin1(xml.toBase64()));
        QCOMPARE(altered.exitCode, 254);
        QVERIFY2(altered.err.contains("(InvalidIdentityToken)"), altered.err.constData());
    }

    void theIdentityProviderChecksThePersonAndTheRoleItsTrust()
    {
        const Run wrong =
            idpAssertion(QStringLiteral("Maria"),
                         QStringLiteral("arn:aws:iam::111122223333:role/FederatedReadOnly"),
                         QStringLiteral("not-her-password"));
        QCOMPARE(wrong.exitCode, 254);
        QVERIFY(wrong.out.isEmpty());
        // A role whose trust policy does not name the provider is refused by STS.
        const Run issued = idpAssertion(QStringLiteral("Maria"), prodRole, QStringLiteral("pw"));
        QCOMPARE(issued.exitCode, 0);
        const Run refused = assumeWithSaml(prodRole, QString::fromLatin1(issued.out.trimmed()));
        QCOMPARE(refused.exitCode, 254);
        QVERIFY2(refused.err.contains("An error occurred (AccessDenied) when calling the "
                                      "AssumeRoleWithSAML operation: "),
                 refused.err.constData());
    }

    void sessionToken()
    {
        const Run r = run({QStringLiteral("sts"), QStringLiteral("get-session-token"),
                           QStringLiteral("--user"), QStringLiteral("Maria"),
                           QStringLiteral("--duration-seconds"), QStringLiteral("900")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject answer = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(answer.keys(), QStringList{QStringLiteral("Credentials")});
        QVERIFY(answer.value(QLatin1String("Credentials"))
                    .toObject()
                    .value(QLatin1String("AccessKeyId"))
                    .toString()
                    .startsWith(QLatin1String("ASIA")));
    }

    void serviceErrors()
    {
        const Run badName =
            run({QStringLiteral("sts"), QStringLiteral("assume-role"), QStringLiteral("--user"),
                 QStringLiteral("John"), QStringLiteral("--role-arn"), prodRole,
                 QStringLiteral("--role-session-name"), QStringLiteral("bad name")});
        QCOMPARE(badName.exitCode, 254);
        QVERIFY(badName.out.isEmpty());
        QCOMPARE(QString::fromUtf8(badName.err),
                 QStringLiteral("\nAn error occurred (ValidationError) when calling the AssumeRole "
                                "operation: 1 validation error detected: Value 'bad name' at "
                                "'roleSessionName' failed to satisfy constraint: Member must "
                                "satisfy regular expression pattern: [\\w+=,.@-]*\n"));

        const Run tooLong =
            assumeRole(QStringLiteral("John"), prodRole,
                       {QStringLiteral("--duration-seconds"), QStringLiteral("43201")});
        QCOMPARE(tooLong.exitCode, 254);
        QCOMPARE(QString::fromUtf8(tooLong.err),
                 QStringLiteral("\nAn error occurred (ValidationError) when calling the AssumeRole "
                                "operation: 1 validation error detected: Value '43201' at "
                                "'durationSeconds' failed to satisfy constraint: Member must have "
                                "value less than or equal to 43200\n"));

        const Run denied = assumeRole(QStringLiteral("Li"), prodRole);
        QCOMPARE(denied.exitCode, 254);
        QVERIFY2(denied.err.contains("An error occurred (AccessDenied) when calling the AssumeRole "
                                     "operation: User: arn:aws:iam::111122223333:user/Li is not "
                                     "authorized to perform: sts:AssumeRole on resource: "),
                 denied.err.constData());

        const Run wrongPassword =
            assumeRole(QStringLiteral("John"), prodRole, {}, QStringLiteral("wrong"));
        QCOMPARE(wrongPassword.exitCode, 254);
    }

    void usageErrors()
    {
        const Run missing = run({QStringLiteral("sts"), QStringLiteral("assume-role"),
                                 QStringLiteral("--user"), QStringLiteral("John"),
                                 QStringLiteral("--role-session-name"), QStringLiteral("x1")});
        QCOMPARE(missing.exitCode, 252);
        QCOMPARE(QString::fromUtf8(missing.err).trimmed(),
                 QStringLiteral("switchboard: error: the following arguments are required: "
                                "--role-arn"));
        const Run noPassword = run({QStringLiteral("sts"), QStringLiteral("get-caller-identity"),
                                    QStringLiteral("--user"), QStringLiteral("John")},
                                   {}, QString());
        QCOMPARE(noPassword.exitCode, 252);
        const Run unknown = run({QStringLiteral("sts"), QStringLiteral("decode")});
        QCOMPARE(unknown.exitCode, 252);
    }

    // The demo's attribute-based role: Noor passes her project as a session
    // tag with the AWS CLI's shorthand; the trust policy accepts only her own
    // project ("Passing session tags in AWS STS",
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html;
    // https://docs.aws.amazon.com/cli/latest/reference/sts/assume-role.html).
    void sessionTagsWithTheAwsCliShorthand()
    {
        const QString editor = QStringLiteral("arn:aws:iam::111122223333:role/ProjectEditor");
        const Run ok =
            assumeRole(QStringLiteral("Noor"), editor,
                       {QStringLiteral("--tags"), QStringLiteral("Key=project,Value=catalog"),
                        QStringLiteral("--transitive-tag-keys"), QStringLiteral("project")});
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
        // project + catalog: 14 of 2,048 packed bytes, rounded up.
        QVERIFY2(ok.out.contains("\n    \"PackedPolicySize\": 1\n}"), ok.out.constData());

        const Run otherProject =
            assumeRole(QStringLiteral("Noor"), editor,
                       {QStringLiteral("--tags"), QStringLiteral("Key=project,Value=photos")});
        QCOMPARE(otherProject.exitCode, 254);
        QCOMPARE(QString::fromUtf8(otherProject.err),
                 QStringLiteral("\nAn error occurred (AccessDenied) when calling the AssumeRole "
                                "operation: User: arn:aws:iam::111122223333:user/Noor is not "
                                "authorized to perform: sts:TagSession on resource: %1\n")
                     .arg(editor));
        // Without tags no sts:TagSession is asked for (nor PackedPolicySize answered).
        const Run untagged = assumeRole(QStringLiteral("Noor"), editor);
        QVERIFY2(untagged.exitCode == 0, untagged.err.constData());
        QVERIFY2(!untagged.out.contains("PackedPolicySize"), untagged.out.constData());

        const Run twoTags =
            assumeRole(QStringLiteral("Noor"), editor,
                       {QStringLiteral("--tags"), QStringLiteral("Key=project,Value=catalog"),
                        QStringLiteral("Key=dept,Value=x")});
        QCOMPARE(twoTags.exitCode, 254); // aws:TagKeys allows project only
        QVERIFY2(twoTags.err.contains("sts:TagSession"), twoTags.err.constData());

        const Run malformed =
            assumeRole(QStringLiteral("Noor"), editor,
                       {QStringLiteral("--tags"), QStringLiteral("project=catalog")});
        QCOMPARE(malformed.exitCode, 252);
        QVERIFY2(malformed.err.contains("Error parsing parameter '--tags'"),
                 malformed.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestStsCommand)
#include "tst_stscommand.moc"
