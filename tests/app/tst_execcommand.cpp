#include "keychaintesting.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// `switchboard exec` through the executable, with the real keychain: the
// program it runs gets the role's credentials as container credentials.
namespace {
const QString catPhoto = QStringLiteral("arn:aws:iam::111122223333:role/CatPhotoApp");
const QString python = QStringLiteral("/usr/bin/python3");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

class TestExecCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir tmp;
    QString db;

    // The password goes on stdin, or in SWITCHBOARD_PASSWORD when extraEnvironment has it.
    void prepare(QProcess& process, const QString& user, const QStringList& command,
                 const QMap<QString, QString>& extraEnvironment = {})
    {
        const bool passwordOnStdin =
            !extraEnvironment.contains(QStringLiteral("SWITCHBOARD_PASSWORD"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), tmp.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), tmp.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("SWITCHBOARD_DEMO_PASSWORD"), QStringLiteral("pw"));
        env.remove(QStringLiteral("SWITCHBOARD_PASSWORD"));
        env.remove(QStringLiteral("DISPLAY"));
        for (auto it = extraEnvironment.begin(); it != extraEnvironment.end(); ++it)
            env.insert(it.key(), it.value());
        process.setProcessEnvironment(env);
        process.setProgram(QStringLiteral(SWITCHBOARD_BINARY));
        process.setArguments(
            QStringList{QStringLiteral("--directory"), db, QStringLiteral("exec"),
                        QStringLiteral("--role-arn"), catPhoto, QStringLiteral("--user"), user} +
            (passwordOnStdin ? QStringList{QStringLiteral("--password-stdin")} : QStringList()) +
            QStringList{QStringLiteral("--")} + command);
    }

    Run exec(const QString& user, const QStringList& command,
             const QMap<QString, QString>& extraEnvironment = {})
    {
        QProcess process;
        prepare(process, user, command, extraEnvironment);
        process.start();
        process.write("pw\n");
        process.closeWriteChannel();
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            // The test fails here; its checks fail on the empty run too.
            QTest::qFail("switchboard exec did not finish", __FILE__, __LINE__);
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }

    static QString catPhotoScript()
    {
        return QStringLiteral(SWITCHBOARD_SOURCE_DIR "/examples/catphoto/catphoto.py");
    }

private slots:
    void initTestCase()
    {
        SKIP_WITHOUT_KEYCHAIN();
        QVERIFY(tmp.isValid());
        db = tmp.filePath(QStringLiteral("directory.sqlite"));
        QVERIFY(QFile::exists(python));
        QVERIFY(QFile::exists(catPhotoScript()));
    }

    void mariaLaunchesCatPhotoOnItsRole()
    {
        const Run r = exec(QStringLiteral("Maria"), {python, catPhotoScript()});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QVERIFY2(r.out.contains("I am arn:aws:sts::111122223333:assumed-role/CatPhotoApp/Maria, "
                                "no keys were written down."),
                 (r.out + r.err).constData());
        // The role is for uploads: reading IAM is denied, as it should be.
        QVERIFY2(r.out.contains("iam:ListUsers denied"), r.out.constData());
    }

    void keysInTheSharedFilesDoNotWin()
    {
        // Keys written down in the shared credentials file, and a default
        // profile in the config file, would come before container credentials.
        const QString credentials = tmp.filePath(QStringLiteral("credentials"));
        const QString config = tmp.filePath(QStringLiteral("config-file"));
        QFile written(credentials);
        QVERIFY(written.open(QIODevice::WriteOnly));
        written.write("[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
                      "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n");
        written.close();
        QFile profile(config);
        QVERIFY(profile.open(QIODevice::WriteOnly));
        profile.write("[default]\ncredential_process = /bin/false\n");
        profile.close();
        const Run r = exec(QStringLiteral("Maria"), {python, catPhotoScript()},
                           {{QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), credentials},
                            {QStringLiteral("AWS_CONFIG_FILE"), config}});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QVERIFY2(r.out.contains("I am arn:aws:sts::111122223333:assumed-role/CatPhotoApp/Maria"),
                 (r.out + r.err).constData());
    }

    void johnWithoutPassRoleIsRefused()
    {
        const Run r = exec(QStringLiteral("John"), {python, catPhotoScript()});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(!r.out.contains("I am"), r.out.constData());
        QVERIFY2(r.err.contains("User: arn:aws:iam::111122223333:user/John is not authorized to "
                                "perform: iam:PassRole on resource: "
                                "arn:aws:iam::111122223333:role/CatPhotoApp"),
                 r.err.constData());
    }

    void theChildHasContainerCredentialsAndNoKeys()
    {
        const Run r =
            exec(QStringLiteral("Maria"), {QStringLiteral("/usr/bin/env")},
                 {{QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIAIOSFODNN7EXAMPLE")},
                  {QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("written-down")},
                  {QStringLiteral("AWS_SESSION_TOKEN"), QStringLiteral("token")},
                  {QStringLiteral("AWS_PROFILE"), QStringLiteral("somebody")},
                  {QStringLiteral("AWS_DEFAULT_REGION"), QString()}});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString env = QString::fromUtf8(r.out);
        for (const char* gone : {"AWS_ACCESS_KEY_ID=", "AWS_SECRET_ACCESS_KEY=",
                                 "AWS_SESSION_TOKEN=", "AWS_PROFILE=", "SWITCHBOARD_PASSWORD="})
            QVERIFY2(!env.contains(QLatin1String("\n") + QLatin1String(gone)) &&
                         !env.startsWith(QLatin1String(gone)),
                     gone);
        const auto value = [&](const char* name) {
            return QRegularExpression(
                       QStringLiteral("(?:^|\\n)%1=([^\\n]*)").arg(QLatin1String(name)))
                .match(env)
                .captured(1);
        };
        QVERIFY2(QRegularExpression(
                     QStringLiteral("^http://127\\.0\\.0\\.1:\\d+/credentials/[A-Za-z0-9_-]+$"))
                     .match(value("AWS_CONTAINER_CREDENTIALS_FULL_URI"))
                     .hasMatch(),
                 qPrintable(env));
        const QString token = value("AWS_CONTAINER_AUTHORIZATION_TOKEN");
        QVERIFY2(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43,}$")).match(token).hasMatch(),
                 qPrintable(token));
        const QString endpoint = value("AWS_ENDPOINT_URL");
        QVERIFY(QRegularExpression(QStringLiteral("^http://127\\.0\\.0\\.1:\\d+$"))
                    .match(endpoint)
                    .hasMatch());
        QCOMPARE(value("SWITCHBOARD_ENDPOINT_URL"), endpoint);
        QVERIFY(value("AWS_CONTAINER_CREDENTIALS_FULL_URI").startsWith(endpoint));
        QCOMPARE(value("AWS_DEFAULT_REGION"), QStringLiteral("us-east-1"));
    }

    void secretsInTheEnvironmentDoNotReachTheChild()
    {
        // The child prints its own environment and its parent's (switchboard's) as
        // the kernel shows it: the secrets' names may stay there, never their values.
        const QString script = QStringLiteral(
            "import os, sys\n"
            "parent = open('/proc/%d/environ' % os.getppid(), 'rb').read()\n"
            "sys.stdout.write(repr(sorted(os.environ)) + '\\n')\n"
            "sys.stdout.write('parent-has-secret\\n' if b'Env-Only-Pass' in parent or "
            "b'Store-Passphrase-9' in parent else 'parent-clean\\n')\n");
        const Run r =
            exec(QStringLiteral("Maria"), {python, QStringLiteral("-c"), script},
                 {{QStringLiteral("SWITCHBOARD_PASSWORD"), QStringLiteral("pw")},
                  {QStringLiteral("SWITCHBOARD_SECRETS_PASSPHRASE"),
                   QStringLiteral("Store-Passphrase-9")},
                  {QStringLiteral("SWITCHBOARD_DEMO_PASSWORD"), QStringLiteral("Env-Only-Pass")}});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        for (const char* gone : {"SWITCHBOARD_PASSWORD", "SWITCHBOARD_SECRETS_PASSPHRASE",
                                 "SWITCHBOARD_DEMO_PASSWORD"})
            QVERIFY2(!r.out.contains(QByteArray("'") + gone + "'"), r.out.constData());
        QVERIFY2(r.out.contains("AWS_CONTAINER_CREDENTIALS_FULL_URI"), r.out.constData());
        QVERIFY2(r.out.contains("parent-clean"), r.out.constData());
    }

    void aWrongTokenGets403()
    {
        const QString script = QStringLiteral(
            "import json, os, urllib.request, urllib.error\n"
            "url = os.environ['AWS_CONTAINER_CREDENTIALS_FULL_URI']\n"
            "def status(token):\n"
            "    request = urllib.request.Request(url)\n"
            "    if token is not None:\n"
            "        request.add_header('Authorization', token)\n"
            "    try:\n"
            "        with urllib.request.urlopen(request) as answer:\n"
            "            return answer.status, json.loads(answer.read())\n"
            "    except urllib.error.HTTPError as error:\n"
            "        return error.code, None\n"
            "right = os.environ['AWS_CONTAINER_AUTHORIZATION_TOKEN']\n"
            "print('wrong', status(right[:-1] + ('A' if right[-1] != 'A' else 'B'))[0])\n"
            "print('none', status(None)[0])\n"
            "code, body = status(right)\n"
            "print('right', code, ','.join(sorted(body)))\n"
            "print('key', body['AccessKeyId'][:4], body['Expiration'][-1])\n");
        const Run r = exec(QStringLiteral("Maria"), {python, QStringLiteral("-c"), script});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QVERIFY2(r.out.contains("wrong 403\n"), r.out.constData());
        QVERIFY2(r.out.contains("none 403\n"), r.out.constData());
        QVERIFY2(r.out.contains("right 200 AccessKeyId,Expiration,SecretAccessKey,Token\n"),
                 r.out.constData());
        QVERIFY2(r.out.contains("key ASIA Z\n"), r.out.constData());
    }

    void exitsWithTheChildsStatus()
    {
        const Run seven =
            exec(QStringLiteral("Maria"),
                 {QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("exit 7")});
        QCOMPARE(seven.exitCode, 7);
        const Run missing =
            exec(QStringLiteral("Maria"), {tmp.filePath(QStringLiteral("no-such-program"))});
        QCOMPARE(missing.exitCode, 127);
    }

    void passesSigtermOnToTheChild()
    {
        QProcess process;
        prepare(process, QStringLiteral("Maria"),
                {QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                 QStringLiteral("trap 'exit 42' TERM; echo ready; while :; do sleep 0.1; done")});
        process.start();
        process.write("pw\n");
        process.closeWriteChannel();
        QByteArray out;
        while (!out.contains("ready\n") && process.waitForReadyRead(60000))
            out += process.readAllStandardOutput();
        QVERIFY2(out.contains("ready\n"), process.readAllStandardError().constData());
        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 42);
    }
};

QTEST_GUILESS_MAIN(TestExecCommand)
#include "tst_execcommand.moc"
