#include "directory/directory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList& arguments, const QString& home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.remove(QStringLiteral("SWITCHBOARD_DEMO_PASSWORD"));
    env.remove(QStringLiteral("DISPLAY")); // headless commands need no display
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SWITCHBOARD_BINARY), arguments);
    if (!process.waitForFinished(60000))
        qFatal("switchboard did not finish");
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QJsonObject byName(const QJsonArray& array, const QString& name)
{
    for (const QJsonValue& v : array)
        if (v.toObject().value(QLatin1String("name")).toString() == name)
            return v.toObject();
    return {};
}

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out << v.toString();
    return out;
}
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir tmp;
    QString db;

private slots:
    void init() { db = tmp.filePath(QStringLiteral("d%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch())); }

    void version()
    {
        const Run r = run({QStringLiteral("--version")}, tmp.path());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("switchboard " SWITCHBOARD_VERSION));
    }

    void help()
    {
        const Run r = run({QStringLiteral("--help")}, tmp.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--directory"));
        QVERIFY(r.out.contains("list users|groups|roles|policies"));
    }

    void listsDemoUsersWithTheirGroups()
    {
        const Run r = run({QStringLiteral("--directory"), db, QStringLiteral("--demo-password"),
                           QStringLiteral("pw"), QStringLiteral("list"), QStringLiteral("users"),
                           QStringLiteral("--json")},
                          tmp.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData()); // no generated passwords to show
        const QJsonArray users = QJsonDocument::fromJson(r.out).array();
        const QJsonObject john = byName(users, QStringLiteral("John"));
        QCOMPARE(john.value(QLatin1String("arn")).toString(),
                 QStringLiteral("arn:aws:iam::111122223333:user/John"));
        QVERIFY(john.value(QLatin1String("id")).toString().startsWith(QLatin1String("AIDA")));
        QCOMPARE(john.value(QLatin1String("path")).toString(), QStringLiteral("/"));
        QVERIFY(strings(john.value(QLatin1String("groups"))).contains(QStringLiteral("Developers")));
        QVERIFY(strings(byName(users, QStringLiteral("Maria")).value(QLatin1String("groups")))
                    .contains(QStringLiteral("Admins")));
    }

    void listsGroupsRolesAndPoliciesOfOneAccount()
    {
        auto list = [&](const QString& kind) {
            const Run r = run({QStringLiteral("--directory"), db, QStringLiteral("--demo-password"),
                               QStringLiteral("pw"), QStringLiteral("list"), kind,
                               QStringLiteral("--account"), QStringLiteral("catphoto-dev"),
                               QStringLiteral("--json")},
                              tmp.path());
            if (r.exitCode != 0)
                qFatal("%s", r.err.constData());
            return QJsonDocument::fromJson(r.out).array();
        };
        const QJsonObject auditor = byName(list(QStringLiteral("roles")), QStringLiteral("CrossAccountAuditor"));
        QCOMPARE(auditor.value(QLatin1String("arn")).toString(),
                 QStringLiteral("arn:aws:iam::444455556666:role/CrossAccountAuditor"));
        QVERIFY(auditor.value(QLatin1String("trustPolicy")).toObject().contains(QLatin1String("Statement")));
        QVERIFY(auditor.value(QLatin1String("maxSessionDuration")).toInt() >= 3600);
        for (const QJsonValue& g : list(QStringLiteral("groups")))
            QVERIFY(g.toObject().contains(QLatin1String("members")));
        QVERIFY(!byName(list(QStringLiteral("policies")), QStringLiteral("AdministratorAccess")).isEmpty());
    }

    void firstStartWithoutPasswordShowsGeneratedOnesOnce()
    {
        const QStringList args{QStringLiteral("--directory"), db, QStringLiteral("list"), QStringLiteral("users")};
        const Run first = run(args, tmp.path());
        QCOMPARE(first.exitCode, 0);
        QVERIFY(first.err.contains("demo sign-in: catphoto-prod / John / "));
        QVERIFY(first.out.contains("arn:aws:iam::111122223333:user/John"));
        const Run second = run(args, tmp.path());
        QVERIFY(second.err.isEmpty());
    }

    void emptyDirectory()
    {
        const Run r = run({QStringLiteral("--directory"), db, QStringLiteral("--empty"), QStringLiteral("list"),
                           QStringLiteral("users"), QStringLiteral("--json")},
                          tmp.path());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
    }

    void passwordsAreStoredOnlyAsHashes()
    {
        const QByteArray password = "Unmistakable-Demo-Pass-42";
        const Run r = run({QStringLiteral("--directory"), db, QStringLiteral("--demo-password"),
                           QString::fromLatin1(password), QStringLiteral("list"), QStringLiteral("users")},
                          tmp.path());
        QCOMPARE(r.exitCode, 0);
        for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(db + suffix);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            QVERIFY(!bytes.contains(password));
            QVERIFY(!bytes.contains(QString::fromLatin1(password).toUtf8().toBase64()));
        }
    }

    void errorsGoToStderrWithANonZeroExit_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2 << QByteArray("unknown command");
        QTest::newRow("unknown kind") << QStringList{QStringLiteral("list"), QStringLiteral("widgets")} << 2
                                      << QByteArray("usage: switchboard list");
        QTest::newRow("unknown account") << QStringList{QStringLiteral("list"), QStringLiteral("users"),
                                                        QStringLiteral("--account"), QStringLiteral("nope")}
                                         << 1 << QByteArray("NoSuchEntity");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << 2 << QByteArray("bogus");
    }
    void errorsGoToStderrWithANonZeroExit()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const Run r = run(QStringList{QStringLiteral("--directory"), db, QStringLiteral("--demo-password"),
                                      QStringLiteral("pw")} + arguments,
                          tmp.path());
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void fileFromANewerVersionIsRefusedUnchanged()
    {
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            sql.setDatabaseName(db);
            QVERIFY(sql.open());
            QSqlQuery(sql).exec(QStringLiteral("PRAGMA user_version = %1").arg(Directory::currentSchemaVersion() + 1));
            sql.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        const Run r = run({QStringLiteral("--directory"), db, QStringLiteral("list"), QStringLiteral("users")},
                          tmp.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("version"), r.err.constData());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
