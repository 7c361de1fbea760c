#include "keychaintesting.h"
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
        if (!process.waitForFinished(60000))
            qFatal("switchboard did not finish");
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
        const Run own = run({QStringLiteral("simulate"), QStringLiteral("--principal"),
                             QStringLiteral("arn:aws:iam::111122223333:user/John"),
                             QStringLiteral("--action"), QStringLiteral("iam:ListUsers")});
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
                                QStringLiteral("--action"), QStringLiteral("iam:ListUsers")});
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

    void aFederatedUserSignsInToFederatedReadOnly()
    {
        const QStringList saml{
            QStringLiteral("sts"),
            QStringLiteral("assume-role-with-saml"),
            QStringLiteral("--principal-arn"),
            QStringLiteral("arn:aws:iam::111122223333:saml-provider/CatPhotoIdP"),
            QStringLiteral("--role-arn"),
            QStringLiteral("arn:aws:iam::111122223333:role/FederatedReadOnly"),
            QStringLiteral("--saml-subject"),
            QStringLiteral("alice@example.com")};
        const Run r = run(saml, {}, QString());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject answer = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(answer.value(QLatin1String("AssumedRoleUser"))
                     .toObject()
                     .value(QLatin1String("Arn"))
                     .toString(),
                 QStringLiteral("arn:aws:sts::111122223333:assumed-role/FederatedReadOnly/"
                                "alice@example.com"));
        QCOMPARE(answer.value(QLatin1String("Subject")).toString(),
                 QStringLiteral("alice@example.com"));
        QVERIFY(answer.value(QLatin1String("Credentials"))
                    .toObject()
                    .value(QLatin1String("AccessKeyId"))
                    .toString()
                    .startsWith(QLatin1String("ASIA")));

        // The trust policy's SAML:aud condition decides: another audience is refused.
        const Run refused = run(saml + QStringList{QStringLiteral("--saml-audience"),
                                                   QStringLiteral("https://example.com/other")},
                                {}, QString());
        QCOMPARE(refused.exitCode, 254);
        QVERIFY2(refused.err.contains(
                     "An error occurred (AccessDenied) when calling the AssumeRoleWithSAML "
                     "operation: "),
                 refused.err.constData());
        // Neither may a user's role be reached through a provider it does not trust.
        QStringList other = saml;
        other[5] = QStringLiteral("arn:aws:iam::111122223333:role/SecurityEngineer");
        QCOMPARE(run(other, {}, QString()).exitCode, 254);
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
};

QTEST_GUILESS_MAIN(TestStsCommand)
#include "tst_stscommand.moc"
