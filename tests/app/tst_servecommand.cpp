#include "keychaintesting.h"
#include "servedendpoint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// `switchboard serve` against the AWS tools people use: Debian's AWS CLI and
// botocore, signing with SigV4 as they do for AWS, on the real keychain.
namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

const QString awsCli = QStringLiteral("/usr/bin/aws");
const QString python = QStringLiteral("/usr/bin/python3");

struct Key
{
    QString id;
    QString secret;
    QString token;
};
} // namespace

class TestServeCommand : public QObject
{
    Q_OBJECT

private:
    ServedEndpoint served;
    const QString& url = served.url;
    QByteArray serverErr;
    Key maria;
    Key john;

    QProcessEnvironment baseEnvironment() const
    {
        QProcessEnvironment env = served.environment();
        // The AWS tools read nothing of the user's own configuration.
        env.insert(QStringLiteral("AWS_CONFIG_FILE"),
                   served.tmp.filePath(QStringLiteral("aws-config")));
        env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"),
                   served.tmp.filePath(QStringLiteral("aws-credentials")));
        for (const char* name : {"AWS_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
                                 "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL"})
            env.remove(QString::fromLatin1(name));
        // Not us-east-1: the endpoint takes the region from the credential scope.
        env.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("eu-central-1"));
        env.insert(QStringLiteral("AWS_PAGER"), QString());
        return env;
    }

    Run runProgram(const QString& program, const QStringList& arguments,
                   const QProcessEnvironment& env, const QByteArray& stdinText = {})
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(program, arguments);
        process.write(stdinText);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
        }
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    Run switchboard(const QStringList& arguments, const QByteArray& stdinText = {})
    {
        return runProgram(QStringLiteral(SWITCHBOARD_BINARY), served.arguments(arguments),
                          baseEnvironment(), stdinText);
    }

    // The secrets travel in the environment, never on a command line.
    Run aws(const QStringList& arguments, const Key& key)
    {
        QProcessEnvironment env = baseEnvironment();
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), key.id);
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), key.secret);
        if (!key.token.isEmpty())
            env.insert(QStringLiteral("AWS_SESSION_TOKEN"), key.token);
        return runProgram(awsCli,
                          QStringList{QStringLiteral("--endpoint-url"), url,
                                      QStringLiteral("--output"), QStringLiteral("json")} +
                              arguments,
                          env);
    }

    Run botocore(const QString& script, const Key& key)
    {
        QProcessEnvironment env = baseEnvironment();
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), key.id);
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), key.secret);
        env.insert(QStringLiteral("SWITCHBOARD_ENDPOINT_URL"), url);
        return runProgram(python, {QStringLiteral("-c"), script}, env);
    }

    Key createKey(const QString& user)
    {
        const auto key = served.createKey(user);
        return key ? Key{key->id, key->secret, {}} : Key{};
    }

    static QJsonObject json(const Run& run) { return QJsonDocument::fromJson(run.out).object(); }

private Q_SLOTS:
    void initTestCase()
    {
        SKIP_WITHOUT_KEYCHAIN();
        QVERIFY(served.tmp.isValid());
        QVERIFY2(QFile::exists(awsCli), "Debian's awscli is not installed (scripts/setup --test)");
        maria = createKey(QStringLiteral("Maria"));
        john = createKey(QStringLiteral("John"));
        QVERIFY(maria.id.startsWith(QLatin1String("AKIA")));
        QCOMPARE(maria.secret.size(), 40);
        QVERIFY(john.id.startsWith(QLatin1String("AKIA")));
        const QString why = served.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void getCallerIdentityWithAnAccessKey()
    {
        const Run who = aws({QStringLiteral("sts"), QStringLiteral("get-caller-identity")}, maria);
        QCOMPARE(who.exitCode, 0);
        QCOMPARE(json(who).value(QStringLiteral("Arn")).toString(),
                 QStringLiteral("arn:aws:iam::111122223333:user/Maria"));
        QCOMPARE(json(who).value(QStringLiteral("Account")).toString(),
                 QStringLiteral("111122223333"));
    }

    void assumeRoleThenListUsersWithTheRolesCredentials()
    {
        const Run assumed =
            aws({QStringLiteral("sts"), QStringLiteral("assume-role"), QStringLiteral("--role-arn"),
                 QStringLiteral("arn:aws:iam::111122223333:role/SecurityEngineer"),
                 QStringLiteral("--role-session-name"), QStringLiteral("maria-cli")},
                maria);
        QVERIFY2(assumed.exitCode == 0, assumed.err.constData());
        const QJsonObject credentials =
            json(assumed).value(QStringLiteral("Credentials")).toObject();
        const Key role{credentials.value(QStringLiteral("AccessKeyId")).toString(),
                       credentials.value(QStringLiteral("SecretAccessKey")).toString(),
                       credentials.value(QStringLiteral("SessionToken")).toString()};
        QVERIFY(role.id.startsWith(QLatin1String("ASIA")));
        const Run who = aws({QStringLiteral("sts"), QStringLiteral("get-caller-identity")}, role);
        QCOMPARE(
            json(who).value(QStringLiteral("Arn")).toString(),
            QStringLiteral("arn:aws:sts::111122223333:assumed-role/SecurityEngineer/maria-cli"));
        const Run users = aws({QStringLiteral("iam"), QStringLiteral("list-users")}, role);
        QVERIFY2(users.exitCode == 0, users.err.constData());
        QStringList names;
        for (const auto& user : json(users).value(QStringLiteral("Users")).toArray())
            names << user.toObject().value(QStringLiteral("UserName")).toString();
        QVERIFY(names.contains(QStringLiteral("John")));
        QVERIFY(names.contains(QStringLiteral("Maria")));
    }

    void aUserWithoutIamRightsIsDeniedInAwsWords()
    {
        const Run users = aws({QStringLiteral("iam"), QStringLiteral("list-users")}, john);
        QCOMPARE(users.exitCode, 254);
        QVERIFY2(users.err.contains("An error occurred (AccessDenied) when calling the ListUsers "
                                    "operation: User: arn:aws:iam::111122223333:user/John is not "
                                    "authorized to perform: iam:ListUsers"),
                 users.err.constData());
    }

    void aWrongSecretIsSignatureDoesNotMatch()
    {
        Key wrong = maria;
        wrong.secret = QString(40, QLatin1Char('A'));
        const Run who = aws({QStringLiteral("sts"), QStringLiteral("get-caller-identity")}, wrong);
        QCOMPARE(who.exitCode, 254);
        QVERIFY2(who.err.contains("(SignatureDoesNotMatch)"), who.err.constData());
    }

    void anUnknownKeyIsInvalidClientTokenId()
    {
        Key unknown = maria;
        unknown.id = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
        const Run who =
            aws({QStringLiteral("sts"), QStringLiteral("get-caller-identity")}, unknown);
        QCOMPARE(who.exitCode, 254);
        QVERIFY2(who.err.contains("(InvalidClientTokenId)"), who.err.constData());
    }

    void botocoreRaisesItsModeledException()
    {
        const QString script =
            QStringLiteral("import os, botocore.session\n"
                           "s = botocore.session.get_session()\n"
                           "c = s.create_client('iam', region_name='ap-south-1',"
                           " endpoint_url=os.environ['SWITCHBOARD_ENDPOINT_URL'])\n"
                           "try:\n"
                           "    c.get_user(UserName='nobody')\n"
                           "    print('no error')\n"
                           "except c.exceptions.NoSuchEntityException as e:\n"
                           "    print('modeled', e.response['Error']['Code'],"
                           " e.response['ResponseMetadata']['HTTPStatusCode'])\n"
                           "print(c.get_user()['User']['UserName'])\n");
        const Run run = botocore(script, maria);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out, QByteArray("modeled NoSuchEntity 404\nMaria\n"));
    }

    void eachRequestIsLoggedAndSigtermStopsCleanly()
    {
        QProcess& server = served.server;
        QVERIFY(server.state() == QProcess::Running);
        ::kill(pid_t(server.processId()), SIGTERM);
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
        serverErr = server.readAllStandardError();
        QVERIFY2(
            serverErr.contains(" arn:aws:iam::111122223333:user/Maria sts:GetCallerIdentity 200 "),
            serverErr.constData());
        QVERIFY(serverErr.contains(
            " arn:aws:iam::111122223333:user/John iam:ListUsers 403 AccessDenied "));
        // No secret reaches the log.
        QVERIFY(!serverErr.contains(maria.secret.toUtf8()));
        // Maria reads the trail (cloudtrail:LookupEvents), her password on stdin.
        const Run verify = switchboard({QStringLiteral("audit"), QStringLiteral("verify"),
                                        QStringLiteral("--user"), QStringLiteral("Maria"),
                                        QStringLiteral("--password-stdin")},
                                       "pw\n");
        QCOMPARE(verify.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestServeCommand)
#include "tst_servecommand.moc"
