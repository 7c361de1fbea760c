#include "common/auditverifyoutput.h"
#include "common/resultassertions.h"
#include "directory/directory.h"
#include "iam/arn.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QString prod = QStringLiteral("111122223333");
const QString johnArn = QStringLiteral("arn:aws:iam::111122223333:user/John");
} // namespace

// `switchboard config import|export` through the executable, on the demo directory.
class TestConfigCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir tmp;
    QString db;

    Run run(const QStringList& arguments, const QByteArray& stdinText = {}) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), tmp.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), tmp.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), tmp.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("SWITCHBOARD_PASSWORD"));
        env.insert(QStringLiteral("SWITCHBOARD_DEMO_PASSWORD"), QStringLiteral("pw"));
        // What the command appends is sealed in the secret store: the encrypted
        // file here, so the test needs no keychain.
        env.insert(QStringLiteral("SWITCHBOARD_SECRETS_PASSPHRASE"), QStringLiteral("seal-test"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SWITCHBOARD_BINARY),
                      QStringList{QStringLiteral("--directory"), db,
                                  QStringLiteral("--secret-store"), QStringLiteral("file")} +
                          arguments);
        process.write(stdinText);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            // The test fails here; its checks fail on the empty run too.
            QTest::qFail("switchboard did not finish", __FILE__, __LINE__);
            return {};
        }
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString writeConfig(const QByteArray& text) const
    {
        const QString path = tmp.filePath(QStringLiteral("config"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            QTest::qFail("cannot write the config file", __FILE__, __LINE__);
        return path;
    }

    QList<RoleBookmark> savedRoles() const
    {
        auto opened = Directory::open(db);
        if (!CHECK_OK(opened))
            return {}; // the test has failed
        return opened.value()->roleBookmarks(johnArn);
    }

    Run importAsJohn(const QString& path, const QByteArray& password = "pw\n") const
    {
        return run({QStringLiteral("config"), QStringLiteral("import"), path,
                    QStringLiteral("--user"), QStringLiteral("John"), QStringLiteral("--account"),
                    QStringLiteral("catphoto-prod"), QStringLiteral("--password-stdin")},
                   password);
    }

private slots:
    void init()
    {
        // A directory outside the default location, with a space in its path.
        QDir(tmp.path()).mkpath(QStringLiteral("my dirs"));
        db = tmp.filePath(QStringLiteral("my dirs/%1.sqlite").arg(QTest::currentTestFunction()));
    }

    void importsTheUsersSavedRoles()
    {
        const QString path = writeConfig("[default]\nregion = eu-west-1\n"
                                         "[profile sec]\n"
                                         "role_arn = arn:aws:iam::111122223333:role/"
                                         "SecurityEngineer\n"
                                         "color = ff0000\n"
                                         "[profile elsewhere]\n"
                                         "aws_account_id = 999988887777\n"
                                         "role_name = Admin\n");
        const Run r = importAsJohn(path);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("Saved roles imported for John: 2; warnings: 1.\n"));
        QVERIFY2(r.err.contains(QStringLiteral("warning: config:6: profile elsewhere: this "
                                               "directory has no account 999988887777")),
                 qPrintable(r.err));
        const QList<RoleBookmark> saved = savedRoles();
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved.first().profileName, QStringLiteral("sec"));
        QCOMPARE(saved.first().color, QStringLiteral("red"));
        // The import's events are sealed as the console's are: the trail
        // verifies with its head in the secret store right after.
        // Maria reads the trail (cloudtrail:LookupEvents), her password on stdin.
        const Run verified =
            run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--user"),
                 QStringLiteral("Maria"), QStringLiteral("--password-stdin")},
                "pw\n");
        QCOMPARE(verified.exitCode, 0);
        QVERIFY2(saysAuditTrailIntact(verified.out), qPrintable(verified.out + verified.err));
    }

    void aBadFileImportsNothing()
    {
        const QString path = writeConfig("[profile ok]\n"
                                         "role_arn = arn:aws:iam::111122223333:role/"
                                         "SecurityEngineer\n"
                                         "[profile bad]\n"
                                         "role_arn = arn:aws:iam::12:role/x\n");
        const Run r = importAsJohn(path);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral(
                     "config:4: role_arn \"arn:aws:iam::12:role/x\" is not a role ARN")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("Nothing was imported.")));
        QVERIFY(savedRoles().isEmpty());
    }

    void theUserMustSignIn()
    {
        const QString path = writeConfig("[profile ok]\n"
                                         "role_arn = arn:aws:iam::111122223333:role/"
                                         "SecurityEngineer\n");
        const Run wrong = importAsJohn(path, "not-the-password\n");
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(savedRoles().isEmpty());
        const Run noPassword = importAsJohn(path, QByteArray());
        QCOMPARE(noPassword.exitCode, 2);
        const Run noUser = run({QStringLiteral("config"), QStringLiteral("import"), path});
        QCOMPARE(noUser.exitCode, 2);
        QVERIFY(noUser.err.contains(QStringLiteral("--user")));
        const Run noOperation = run({QStringLiteral("config")});
        QCOMPARE(noOperation.exitCode, 2);
    }

    void exportsProfilesThatImportBack()
    {
        const Run r =
            run({QStringLiteral("config"), QStringLiteral("export"), QStringLiteral("--user"),
                 QStringLiteral("John"), QStringLiteral("--endpoint-url"),
                 QStringLiteral("http://127.0.0.1:9000")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString directoryArgument =
            QStringLiteral("switchboard --directory '%1' credential-process --role-arn ")
                .arg(QFileInfo(db).absoluteFilePath());
        QVERIFY2(r.out.contains(QStringLiteral("credential_process = ") + directoryArgument),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("[profile SecurityEngineer@catphoto-prod]\n")));
        QVERIFY(r.out.contains(QStringLiteral("--user John --account 111122223333\n")));
        QVERIFY(r.out.contains(QStringLiteral("endpoint_url = http://127.0.0.1:9000\n")));
        QVERIFY(r.out.contains(QStringLiteral("region = us-east-1\n")));
        QVERIFY(!r.out.contains(QStringLiteral("AKIA")));
        QVERIFY(!r.out.contains(QStringLiteral("secret"), Qt::CaseInsensitive));
        QVERIFY(!r.out.contains(QStringLiteral("$scrypt$")));

        const Run back = importAsJohn(writeConfig(r.out.toUtf8()));
        QVERIFY2(back.exitCode == 0, qPrintable(back.err));
        auto opened = Directory::open(db);
        QVERIFY(opened.ok());
        QSet<QString> roles;
        for (const Account& account : opened.value()->accounts())
            for (const Role& role : opened.value()->roles(account.id))
                roles.insert(account.id + QLatin1Char(':') + role.path.mid(1) + role.name);
        QSet<QString> saved;
        for (const RoleBookmark& b : opened.value()->roleBookmarks(johnArn))
            saved.insert(b.accountId + QLatin1Char(':') + b.roleName);
        QVERIFY(!roles.isEmpty());
        QCOMPARE(saved, roles);
    }

    void exportOfAnUnknownAccountFails()
    {
        const Run r = run({QStringLiteral("config"), QStringLiteral("export"),
                           QStringLiteral("--account"), QStringLiteral("999988887777")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
    }

    void theHelpNamesTheCommands()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("\n  config import FILE ")));
        QVERIFY(r.out.contains(QStringLiteral("\n  config export ")));
        const Run exportHelp =
            run({QStringLiteral("config"), QStringLiteral("export"), QStringLiteral("--help")});
        QCOMPARE(exportHelp.exitCode, 0);
        QVERIFY(exportHelp.out.contains(QStringLiteral("\n  --endpoint-url <url> ")));
        QVERIFY(exportHelp.out.contains(QStringLiteral("\n  --account <account> ")));
        const Run importHelp =
            run({QStringLiteral("config"), QStringLiteral("import"), QStringLiteral("--help")});
        QVERIFY(importHelp.out.startsWith(QStringLiteral("Usage: switchboard config import ")));
        QVERIFY(importHelp.out.contains(QStringLiteral("\n  --user <name> ")));
        QVERIFY(!importHelp.out.contains(QStringLiteral("--endpoint-url")));
    }
};

QTEST_GUILESS_MAIN(TestConfigCommand)
#include "tst_configcommand.moc"
