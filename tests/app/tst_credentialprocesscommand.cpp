#include "keychaintesting.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// `switchboard credential-process` through the executable and through the
// AWS CLI's credential_process, with the real keychain.
namespace {
const QString catPhoto = QStringLiteral("arn:aws:iam::111122223333:role/CatPhotoApp");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

class TestCredentialProcessCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir tmp;
    QString db;

    QProcessEnvironment environment(const QString& password) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), tmp.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), tmp.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("SWITCHBOARD_DEMO_PASSWORD"), QStringLiteral("pw"));
        env.remove(QStringLiteral("DISPLAY"));
        if (password.isEmpty())
            env.remove(QStringLiteral("SWITCHBOARD_PASSWORD"));
        else
            env.insert(QStringLiteral("SWITCHBOARD_PASSWORD"), password);
        return env;
    }

    Run run(const QStringList& arguments, const QString& password = QStringLiteral("pw"))
    {
        QProcess process;
        process.setProcessEnvironment(environment(password));
        process.start(QStringLiteral(SWITCHBOARD_BINARY),
                      QStringList{QStringLiteral("--directory"), db} + arguments);
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

    Run credentialProcess(const QString& user, const QStringList& extra = {},
                          const QString& password = QStringLiteral("pw"))
    {
        return run(QStringList{QStringLiteral("credential-process"), QStringLiteral("--role-arn"),
                               catPhoto, QStringLiteral("--user"), user} +
                       extra,
                   password);
    }

private slots:
    void initTestCase()
    {
        SKIP_WITHOUT_KEYCHAIN();
        QVERIFY(tmp.isValid());
        db = tmp.filePath(QStringLiteral("directory.sqlite"));
    }

    void printsTheCredentialProcessJson()
    {
        const Run r = credentialProcess(
            QStringLiteral("Maria"), {QStringLiteral("--duration-seconds"), QStringLiteral("900")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(r.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, r.out.constData());
        QCOMPARE(json.keys(),
                 (QStringList{QStringLiteral("AccessKeyId"), QStringLiteral("Expiration"),
                              QStringLiteral("SecretAccessKey"), QStringLiteral("SessionToken"),
                              QStringLiteral("Version")}));
        QCOMPARE(json.value(QStringLiteral("Version")).toInt(), 1);
        QVERIFY(QRegularExpression(QStringLiteral("^ASIA[A-Z2-7]{16}$"))
                    .match(json.value(QStringLiteral("AccessKeyId")).toString())
                    .hasMatch());
        QCOMPARE(json.value(QStringLiteral("SecretAccessKey")).toString().size(), 40);
        QVERIFY(!json.value(QStringLiteral("SessionToken")).toString().isEmpty());
        const QString expiration = json.value(QStringLiteral("Expiration")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"))
                     .match(expiration)
                     .hasMatch(),
                 qPrintable(expiration));
        const QDateTime expires = QDateTime::fromString(expiration, Qt::ISODate);
        QVERIFY(expires > QDateTime::currentDateTimeUtc().addSecs(600));
        QVERIFY(expires <= QDateTime::currentDateTimeUtc().addSecs(900));
    }

    void johnWithoutPassRoleIsRefused()
    {
        const Run r = credentialProcess(QStringLiteral("John"));
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("AccessDenied: User: arn:aws:iam::111122223333:user/John is not "
                                "authorized to perform: iam:PassRole on resource: "
                                "arn:aws:iam::111122223333:role/CatPhotoApp because no "
                                "identity-based policy allows the iam:PassRole action"),
                 r.err.constData());
    }

    void refusesWithoutPasswordOrRole()
    {
        const Run noPassword = credentialProcess(QStringLiteral("Maria"), {}, QString());
        QVERIFY(noPassword.exitCode != 0);
        QVERIFY(noPassword.out.isEmpty());
        QVERIFY2(noPassword.err.contains("SWITCHBOARD_PASSWORD"), noPassword.err.constData());
        const Run wrong = credentialProcess(QStringLiteral("Maria"), {}, QStringLiteral("nope"));
        QVERIFY(wrong.exitCode != 0);
        QVERIFY(wrong.out.isEmpty());
        const Run noRole = run({QStringLiteral("credential-process"), QStringLiteral("--user"),
                                QStringLiteral("Maria")});
        QVERIFY(noRole.exitCode != 0);
        QVERIFY2(noRole.err.contains("--role-arn"), noRole.err.constData());
    }

    void theAwsCliUsesItAsAProfile()
    {
        if (!QFile::exists(QStringLiteral("/usr/bin/aws")))
            QFAIL("the AWS CLI (/usr/bin/aws) is missing");
        QVERIFY(run({QStringLiteral("list"), QStringLiteral("roles"), QStringLiteral("--user"),
                     QStringLiteral("Maria")})
                    .exitCode == 0);

        QProcess serve;
        serve.setProcessEnvironment(environment(QString()));
        serve.start(QStringLiteral(SWITCHBOARD_BINARY),
                    {QStringLiteral("--directory"), db, QStringLiteral("serve"),
                     QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(serve.waitForStarted());
        QByteArray line;
        while (!line.contains('\n') && serve.waitForReadyRead(30000))
            line += serve.readAllStandardOutput();
        const QRegularExpressionMatch listening =
            QRegularExpression(QStringLiteral("Listening on (http://127\\.0\\.0\\.1:\\d+)"))
                .match(QString::fromUtf8(line));
        QVERIFY2(listening.hasMatch(), line.constData());
        const QString url = listening.captured(1);

        const QString config = tmp.filePath(QStringLiteral("aws-config"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("[profile catphoto]\n"
                                  "region = us-east-1\n"
                                  "credential_process = %1 --directory %2 credential-process "
                                  "--role-arn %3 --user Maria --role-session-name from-cli\n")
                       .arg(QStringLiteral(SWITCHBOARD_BINARY), db, catPhoto)
                       .toUtf8());
        file.close();

        QProcess aws;
        QProcessEnvironment env = environment(QStringLiteral("pw"));
        env.insert(QStringLiteral("AWS_CONFIG_FILE"), config);
        env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"),
                   tmp.filePath(QStringLiteral("no-credentials")));
        env.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("catphoto"));
        for (const char* name : {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"})
            env.remove(QString::fromLatin1(name));
        aws.setProcessEnvironment(env);
        aws.start(QStringLiteral("/usr/bin/aws"),
                  {QStringLiteral("sts"), QStringLiteral("get-caller-identity"),
                   QStringLiteral("--endpoint-url"), url, QStringLiteral("--output"),
                   QStringLiteral("json")});
        QVERIFY(aws.waitForFinished(120000));
        const QByteArray out = aws.readAllStandardOutput();
        const QByteArray err = aws.readAllStandardError();
        serve.terminate();
        QVERIFY(serve.waitForFinished(30000));
        QVERIFY2(aws.exitCode() == 0, err.constData());
        const QJsonObject identity = QJsonDocument::fromJson(out).object();
        QCOMPARE(identity.value(QStringLiteral("Arn")).toString(),
                 QStringLiteral("arn:aws:sts::111122223333:assumed-role/CatPhotoApp/from-cli"));
        QCOMPARE(identity.value(QStringLiteral("Account")).toString(),
                 QStringLiteral("111122223333"));
    }
};

QTEST_GUILESS_MAIN(TestCredentialProcessCommand)
#include "tst_credentialprocesscommand.moc"
