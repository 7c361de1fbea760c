#include "common/switchboardrun.h"
#include "directory/directory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Run = SwitchboardRun;

Run run(const QStringList& arguments, const QString& home,
        const QString& demoPassword = QStringLiteral("pw"),
        const QMap<QString, QString>& extraEnvironment = {})
{
    return runSwitchboard(arguments, home, demoPassword, extraEnvironment);
}

// A read is a caller's: Maria (AdministratorAccess in prod) by default, her
// password in the environment; the sign-in's events are sealed in the
// encrypted file store, so the tests need no keychain.
const QMap<QString, QString> callerEnvironment{
    {QStringLiteral("SWITCHBOARD_PASSWORD"), QStringLiteral("pw")},
    {QStringLiteral("SWITCHBOARD_SECRETS_PASSPHRASE"), QStringLiteral("read-test-passphrase")}};

Run read(const QStringList& arguments, const QString& home,
         const QStringList& caller = {QStringLiteral("--user"), QStringLiteral("Maria")},
         const QString& demoPassword = QStringLiteral("pw"))
{
    return run(QStringList{QStringLiteral("--secret-store"), QStringLiteral("file")} + arguments +
                   caller,
               home, demoPassword, callerEnvironment);
}

// One request of the batch simulator: s3:Get* on the photos bucket is allowed.
QByteArray batchLine(const QString& action)
{
    const QJsonObject statement{
        {QStringLiteral("Effect"), QStringLiteral("Allow")},
        {QStringLiteral("Action"), QStringLiteral("s3:Get*")},
        {QStringLiteral("Resource"), QStringLiteral("arn:aws:s3:::photos/") + QLatin1Char('*')}};
    const QJsonObject policy{{QStringLiteral("Version"), QStringLiteral("2012-10-17")},
                             {QStringLiteral("Statement"), QJsonArray{statement}}};
    const QJsonObject request{
        {QStringLiteral("policies"), QJsonArray{policy}},
        {QStringLiteral("action"), action},
        {QStringLiteral("resource"), QStringLiteral("arn:aws:s3:::photos/cat.jpg")}};
    return QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n';
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
    void init()
    {
        db = tmp.filePath(QStringLiteral("d%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
    }

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

    void helpPrintsTheExitCodes()
    {
        const Run r = run({QStringLiteral("--help")}, tmp.path());
        QCOMPARE(r.exitCode, 0);
        for (const QByteArray code : {"\n  0 ", "\n  2 ", "\n  252 ", "\n  254 "})
            QVERIFY2(r.out.contains(code), r.out.constData());
    }

    // A command's help is its own: no directory is opened, no other command's options shown.
    void aCommandsHelpShowsItsOptionsOnly()
    {
        const Run r = run({QStringLiteral("--directory"), db, QStringLiteral("sts"),
                           QStringLiteral("assume-role"), QStringLiteral("--help")},
                          tmp.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("Usage: switchboard sts assume-role --role-arn <arn> "
                                  "--role-session-name <name> [options]\n"),
                 r.out.constData());
        QVERIFY(r.out.contains("\n  --external-id <id> "));
        QVERIFY(!r.out.contains("--batch"));
        QVERIFY(!r.out.contains("--user-name"));
        QVERIFY(!QFile::exists(db));
    }

    void unknownAndMisplacedOptionsAreNamed_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown")
            << QStringList{QStringLiteral("iam"), QStringLiteral("create-access-key"),
                           QStringLiteral("--foo")}
            << 252
            << QByteArray("switchboard: error: unknown option --foo for 'iam create-access-key' "
                          "(see 'switchboard iam create-access-key --help')\n");
        QTest::newRow("another command's")
            << QStringList{QStringLiteral("list"), QStringLiteral("users"),
                           QStringLiteral("--role-arn"), QStringLiteral("arn:aws:iam::1:role/R")}
            << 2
            << QByteArray("switchboard: error: option --role-arn does not apply to 'list'; it is "
                          "an option of sts assume-role, ");
        QTest::newRow("another operation's")
            << QStringList{QStringLiteral("sts"), QStringLiteral("get-caller-identity"),
                           QStringLiteral("--role-session-name"), QStringLiteral("s")}
            << 252
            << QByteArray("switchboard: error: option --role-session-name does not apply to 'sts "
                          "get-caller-identity'; it is an option of sts assume-role, ");
    }
    void unknownAndMisplacedOptionsAreNamed()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const Run r = run(QStringList{QStringLiteral("--directory"), db} + arguments, tmp.path());
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.startsWith(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(db)); // refused before anything is opened
    }

    void missingRequiredOptionsAreNamedBeforeTheCommandRuns_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("missing");
        QTest::newRow("sts assume-role")
            << QStringList{QStringLiteral("sts"), QStringLiteral("assume-role"),
                           QStringLiteral("--user"), QStringLiteral("John")}
            << QByteArray("--role-arn, --role-session-name");
        QTest::newRow("one of three")
            << QStringList{QStringLiteral("organizations"),      QStringLiteral("move-account"),
                           QStringLiteral("--account-id"),       QStringLiteral("444455556666"),
                           QStringLiteral("--source-parent-id"), QStringLiteral("r-abcd")}
            << QByteArray("--destination-parent-id");
        QTest::newRow("an empty value")
            << QStringList{QStringLiteral("credential-process"), QStringLiteral("--user"),
                           QStringLiteral("John"), QStringLiteral("--role-arn=")}
            << QByteArray("--role-arn");
        QTest::newRow("idp assertion")
            << QStringList{QStringLiteral("idp"), QStringLiteral("assertion")}
            << QByteArray("--provider, --user, --role-arn");
        QTest::newRow("iam create-access-key")
            << QStringList{QStringLiteral("iam"), QStringLiteral("create-access-key"),
                           QStringLiteral("--user"), QStringLiteral("John")}
            << QByteArray("--user-name");
    }
    void missingRequiredOptionsAreNamedBeforeTheCommandRuns()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, missing);
        const Run r = run(QStringList{QStringLiteral("--directory"), db} + arguments, tmp.path());
        QCOMPARE(r.err,
                 "switchboard: error: the following arguments are required: " + missing + '\n');
        QCOMPARE(r.exitCode, 252); // these commands answer as the AWS CLI does
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(db)); // refused before anything is opened
    }

    void helpMarksTheRequiredOptions()
    {
        const Run r = run({QStringLiteral("organizations"), QStringLiteral("move-account"),
                           QStringLiteral("--help")},
                          tmp.path());
        QCOMPARE(r.exitCode, 0); // help is shown whatever is missing
        const QList<QByteArray> lines = r.out.split('\n');
        // An option's row: its name, and its description on the next line when the name is long.
        const auto line = [&lines](const QByteArray& option) {
            for (qsizetype i = 0; i < lines.size(); ++i)
                if (lines.at(i).trimmed().startsWith(option)) {
                    const QByteArray next = lines.value(i + 1);
                    const bool wrapped =
                        next.startsWith("      ") && !next.trimmed().startsWith('-');
                    return wrapped ? lines.at(i) + next : lines.at(i);
                }
            return QByteArray();
        };
        QVERIFY2(line("--destination-parent-id").endsWith("(required)"), r.out.constData());
        QVERIFY2(line("--account-id").endsWith("(required)"), r.out.constData());
        QVERIFY2(!line("--user ").isEmpty() && !line("--user ").endsWith("(required)"),
                 r.out.constData());
    }

    void globalOptionsGoBeforeTheCommand()
    {
        const Run r =
            run({QStringLiteral("--directory"), db, QStringLiteral("--lang"), QStringLiteral("en"),
                 QStringLiteral("--secret-store"), QStringLiteral("file"),
                 QStringLiteral("--clock-speed"), QStringLiteral("10"), QStringLiteral("list"),
                 QStringLiteral("users"), QStringLiteral("--json"), QStringLiteral("--user"),
                 QStringLiteral("Maria")},
                tmp.path(), QStringLiteral("pw"), callerEnvironment);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QVERIFY(!byName(QJsonDocument::fromJson(r.out).array(), QStringLiteral("John")).isEmpty());
    }

    // The script the build writes (and installs) is the one the program prints, and bash reads it.
    void theBuiltCompletionScriptIsValidBash()
    {
        const Run printed =
            run({QStringLiteral("--completion"), QStringLiteral("bash")}, tmp.path());
        QCOMPARE(printed.exitCode, 0);
        QVERIFY(printed.out.contains("complete -F _switchboard switchboard"));
        QFile built(QStringLiteral(SWITCHBOARD_BASH_COMPLETION));
        QVERIFY2(built.open(QIODevice::ReadOnly), qPrintable(built.fileName()));
        QCOMPARE(built.readAll(), printed.out);
        QProcess bash;
        bash.start(QStringLiteral("bash"), {QStringLiteral("-n"), built.fileName()});
        QVERIFY(bash.waitForFinished(30000));
        QCOMPARE(bash.exitStatus(), QProcess::NormalExit);
        QVERIFY2(bash.exitCode() == 0, bash.readAllStandardError().constData());
    }

    void listsDemoUsersWithTheirGroups()
    {
        const Run r = read({QStringLiteral("--directory"), db, QStringLiteral("list"),
                            QStringLiteral("users"), QStringLiteral("--json")},
                           tmp.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData()); // no generated passwords to show
        const QJsonArray users = QJsonDocument::fromJson(r.out).array();
        const QJsonObject john = byName(users, QStringLiteral("John"));
        QCOMPARE(john.value(QLatin1String("arn")).toString(),
                 QStringLiteral("arn:aws:iam::111122223333:user/John"));
        QVERIFY(john.value(QLatin1String("id")).toString().startsWith(QLatin1String("AIDA")));
        QCOMPARE(john.value(QLatin1String("path")).toString(), QStringLiteral("/"));
        QVERIFY(
            strings(john.value(QLatin1String("groups"))).contains(QStringLiteral("Developers")));
        QVERIFY(strings(byName(users, QStringLiteral("Maria")).value(QLatin1String("groups")))
                    .contains(QStringLiteral("Admins")));
    }

    void listsGroupsRolesAndPoliciesOfOneAccount()
    {
        auto list = [&](const QString& kind) {
            // catphoto-dev's own root user reads it.
            const Run r = read({QStringLiteral("--directory"), db, QStringLiteral("list"), kind,
                                QStringLiteral("--account"), QStringLiteral("catphoto-dev"),
                                QStringLiteral("--json")},
                               tmp.path(), {QStringLiteral("--root")});
            if (r.exitCode != 0)
                qWarning("%s", r.err.constData()); // the empty answer fails the checks below
            return QJsonDocument::fromJson(r.out).array();
        };
        const QJsonObject auditor =
            byName(list(QStringLiteral("roles")), QStringLiteral("CrossAccountAuditor"));
        QCOMPARE(auditor.value(QLatin1String("arn")).toString(),
                 QStringLiteral("arn:aws:iam::444455556666:role/CrossAccountAuditor"));
        QVERIFY(auditor.value(QLatin1String("trustPolicy"))
                    .toObject()
                    .contains(QLatin1String("Statement")));
        QVERIFY(auditor.value(QLatin1String("maxSessionDuration")).toInt() >= 3600);
        for (const QJsonValue& g : list(QStringLiteral("groups")))
            QVERIFY(g.toObject().contains(QLatin1String("members")));
        QVERIFY(!byName(list(QStringLiteral("policies")), QStringLiteral("AdministratorAccess"))
                     .isEmpty());
    }

    void headlessDemoCreationNeedsAChosenPasswordAndPrintsNoneGenerated()
    {
        const QByteArray chosen = "Chosen-Demo-Pass-7";
        const QStringList args{QStringLiteral("--directory"),    db,
                               QStringLiteral("--secret-store"), QStringLiteral("file"),
                               QStringLiteral("list"),           QStringLiteral("users"),
                               QStringLiteral("--user"),         QStringLiteral("Maria")};
        QMap<QString, QString> environment = callerEnvironment;
        environment.insert(QStringLiteral("SWITCHBOARD_PASSWORD"), QString::fromLatin1(chosen));
        // Generated passwords are for the console's window only: nothing is created here.
        const Run refused = run(args, tmp.path(), QString(), environment);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("SWITCHBOARD_DEMO_PASSWORD"), refused.err.constData());
        QVERIFY(!refused.err.contains("demo sign-in"));
        QVERIFY(!QFile::exists(db));

        const Run created = run(args, tmp.path(), QString::fromLatin1(chosen), environment);
        QCOMPARE(created.exitCode, 0);
        QVERIFY(created.out.contains("arn:aws:iam::111122223333:user/John"));
        QVERIFY2(!created.err.contains("demo sign-in") && !created.err.contains(chosen) &&
                     !created.out.contains(chosen),
                 created.err.constData());
        // Once it exists, no demo password is needed to use it.
        const Run second = run(args, tmp.path(), QString(), environment);
        QCOMPARE(second.exitCode, 0);
        QVERIFY(second.err.isEmpty());
    }

    // The passphrase window's minimum holds headless too: nothing is created.
    void aShortPassphraseIsRefusedHeadless()
    {
        const Run r =
            run({QStringLiteral("--directory"), db, QStringLiteral("--secret-store=file"),
                 QStringLiteral("sts"), QStringLiteral("get-caller-identity"),
                 QStringLiteral("--user"), QStringLiteral("John")},
                tmp.path(), QStringLiteral("pw"),
                {{QStringLiteral("SWITCHBOARD_SECRETS_PASSPHRASE"), QStringLiteral("short")},
                 {QStringLiteral("SWITCHBOARD_PASSWORD"), QStringLiteral("pw")}});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("at least 8 characters"), r.err.constData());
        QVERIFY(!QFile::exists(db + QStringLiteral(".secrets")));
    }

    void noPasswordOptionOnTheCommandLine()
    {
        const Run r = run({QStringLiteral("--directory"), db, QStringLiteral("--demo-password"),
                           QStringLiteral("pw"), QStringLiteral("list"), QStringLiteral("users")},
                          tmp.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("demo-password"), r.err.constData());
        QVERIFY(!QFile::exists(db));
    }

    // An empty directory has nobody to read it as: a read is refused before
    // anything is opened or created, naming the options to add.
    void aReadWithoutACallerIsRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("list") << QStringList{QStringLiteral("--empty"), QStringLiteral("list"),
                                             QStringLiteral("users")};
        QTest::newRow("export") << QStringList{QStringLiteral("export"),
                                               QStringLiteral("authz-details")};
        QTest::newRow("audit") << QStringList{QStringLiteral("audit"), QStringLiteral("findings")};
        QTest::newRow("audit verify")
            << QStringList{QStringLiteral("audit"), QStringLiteral("verify")};
        QTest::newRow("simulate") << QStringList{
            QStringLiteral("simulate"), QStringLiteral("--principal"),
            QStringLiteral("arn:aws:iam::111122223333:user/John"), QStringLiteral("--action"),
            QStringLiteral("s3:GetObject")};
    }
    void aReadWithoutACallerIsRefused()
    {
        QFETCH(QStringList, arguments);
        const Run r = run(QStringList{QStringLiteral("--directory"), db} + arguments, tmp.path(),
                          QStringLiteral("pw"), callerEnvironment);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("give --user [ACCOUNT/]NAME or --root"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(db));
    }

    // Paulo has no permissions: each read is refused with AWS's message, and nothing is shown.
    void aReadTheCallerMayNotMakeShowsNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("action");
        QTest::newRow("list users")
            << QStringList{QStringLiteral("list"), QStringLiteral("users")}
            << QByteArray("iam:ListUsers on resource: arn:aws:iam::111122223333:user/");
        QTest::newRow("list policies")
            << QStringList{QStringLiteral("list"), QStringLiteral("policies"),
                           QStringLiteral("--json")}
            << QByteArray("iam:ListPolicies on resource: arn:aws:iam::111122223333:policy/");
        QTest::newRow("export") << QStringList{QStringLiteral("export"),
                                               QStringLiteral("authz-details")}
                                << QByteArray("iam:GetAccountAuthorizationDetails on resource: "
                                              "arn:aws:iam::111122223333:*");
        QTest::newRow("audit who-can")
            << QStringList{QStringLiteral("audit"), QStringLiteral("who-can"),
                           QStringLiteral("s3:GetObject")}
            << QByteArray("iam:GetAccountAuthorizationDetails on resource: "
                          "arn:aws:iam::111122223333:*");
        QTest::newRow("audit verify")
            << QStringList{QStringLiteral("audit"), QStringLiteral("verify")}
            << QByteArray("cloudtrail:LookupEvents");
        QTest::newRow("simulate")
            << QStringList{QStringLiteral("simulate"), QStringLiteral("--principal"),
                           QStringLiteral("arn:aws:iam::111122223333:user/John"),
                           QStringLiteral("--action"), QStringLiteral("s3:GetObject")}
            << QByteArray("iam:SimulatePrincipalPolicy on resource: "
                          "arn:aws:iam::111122223333:user/John");
    }
    void aReadTheCallerMayNotMakeShowsNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, action);
        const Run r = read(QStringList{QStringLiteral("--directory"), db} + arguments, tmp.path(),
                           {QStringLiteral("--user"), QStringLiteral("Paulo")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("AccessDenied: User: arn:aws:iam::111122223333:user/Paulo is "
                                  "not authorized to perform: " +
                                  action + " because no identity-based policy allows"),
                 r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    // The caller signs in as the console's sign-in: a wrong password reads nothing.
    void aCallerWhoCannotSignInReadsNothing()
    {
        QMap<QString, QString> environment = callerEnvironment;
        environment.insert(QStringLiteral("SWITCHBOARD_PASSWORD"), QStringLiteral("wrong"));
        const Run r = run({QStringLiteral("--directory"), db, QStringLiteral("--secret-store"),
                           QStringLiteral("file"), QStringLiteral("list"), QStringLiteral("users"),
                           QStringLiteral("--user"), QStringLiteral("Maria")},
                          tmp.path(), QStringLiteral("pw"), environment);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(!r.err.isEmpty() && !r.err.contains("John"), r.err.constData());
    }

    void auditVerifyFindsATamperedEvent()
    {
        // Maria reads the trail (cloudtrail:LookupEvents).
        const QStringList verify{QStringLiteral("--directory"), db, QStringLiteral("audit"),
                                 QStringLiteral("verify")};
        // The sign-in and sign-out are sealed as every command's events: the trail
        // verifies with its head, first time and after.
        const Run sealed = read(verify, tmp.path());
        QCOMPARE(sealed.exitCode, 0);
        QVERIFY2(sealed.out.contains("is intact.") && sealed.err.isEmpty(),
                 (sealed.out + sealed.err).constData());
        const Run intact = read(verify, tmp.path());
        QCOMPARE(intact.exitCode, 0);
        QVERIFY2(intact.out.contains("is intact.") && intact.err.isEmpty(),
                 (intact.out + intact.err).constData());

        // Someone edits the file behind the directory's back.
        {
            QSqlDatabase sql =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            sql.setDatabaseName(db);
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_events_no_update")));
            QVERIFY(q.exec(
                QStringLiteral("UPDATE audit_events SET outcome = 'Failure' WHERE sequence = 2")));
            QCOMPARE(q.numRowsAffected(), 1);
            q.finish();
            sql.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        const Run tampered = read(verify, tmp.path());
        QCOMPARE(tampered.exitCode, 3);
        QVERIFY2(tampered.out.contains("from event 2 on"), tampered.out.constData());
        const Run json = read(verify + QStringList{QStringLiteral("--json")}, tmp.path());
        QCOMPARE(QJsonDocument::fromJson(json.out)
                     .object()
                     .value(QLatin1String("firstBrokenSequence"))
                     .toInt(),
                 2);
    }

    void passwordsAreStoredOnlyAsHashes()
    {
        const QByteArray password = "Unmistakable-Demo-Pass-42";
        QMap<QString, QString> environment = callerEnvironment;
        environment.insert(QStringLiteral("SWITCHBOARD_PASSWORD"), QString::fromLatin1(password));
        const Run r = run({QStringLiteral("--directory"), db, QStringLiteral("--secret-store"),
                           QStringLiteral("file"), QStringLiteral("list"), QStringLiteral("users"),
                           QStringLiteral("--user"), QStringLiteral("Maria")},
                          tmp.path(), QString::fromLatin1(password), environment);
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
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << 2 << QByteArray("unknown command");
        QTest::newRow("unknown kind")
            << QStringList{QStringLiteral("list"),           QStringLiteral("widgets"),
                           QStringLiteral("--secret-store"), QStringLiteral("file"),
                           QStringLiteral("--user"),         QStringLiteral("Maria")}
            << 2 << QByteArray("usage: switchboard list");
        QTest::newRow("unknown account")
            << QStringList{QStringLiteral("list"),           QStringLiteral("users"),
                           QStringLiteral("--account"),      QStringLiteral("nope"),
                           QStringLiteral("--secret-store"), QStringLiteral("file"),
                           QStringLiteral("--user"),         QStringLiteral("Maria")}
            << 1 << QByteArray("NoSuchEntity");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--bogus")} << 2 << QByteArray("bogus");
    }
    void errorsGoToStderrWithANonZeroExit()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const Run r = run(QStringList{QStringLiteral("--directory"), db} + arguments, tmp.path(),
                          QStringLiteral("pw"), callerEnvironment);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void simulatePrincipalAgainstTheDirectory()
    {
        const QStringList base{QStringLiteral("--directory"),
                               db,
                               QStringLiteral("simulate"),
                               QStringLiteral("--principal"),
                               QStringLiteral("arn:aws:iam::111122223333:user/John"),
                               QStringLiteral("--json")};
        // Maria may iam:SimulatePrincipalPolicy on John.
        const Run r =
            read(base + QStringList{QStringLiteral("--action"), QStringLiteral("iam:ListUsers"),
                                    QStringLiteral("--action"), QStringLiteral("s3:GetObject"),
                                    QStringLiteral("--resource"),
                                    QStringLiteral("arn:aws:iam::111122223333:user/")},
                 tmp.path());
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject listUsers = QJsonDocument::fromJson(lines[0]).object();
        QCOMPARE(listUsers.value(QLatin1String("decision")).toString(),
                 QStringLiteral("implicitDeny"));
        QCOMPARE(listUsers.value(QLatin1String("message")).toString(),
                 QStringLiteral(
                     "User: arn:aws:iam::111122223333:user/John is not authorized to perform: "
                     "iam:ListUsers on resource: arn:aws:iam::111122223333:user/ because no "
                     "identity-based policy allows the iam:ListUsers action"));
        const QJsonObject getObject = QJsonDocument::fromJson(lines[1]).object();
        QCOMPARE(getObject.value(QLatin1String("decision")).toString(), QStringLiteral("allow"));
        QVERIFY(getObject.value(QLatin1String("matched"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QLatin1String("policy"))
                    .toString()
                    .contains(QStringLiteral("DeveloperAccess")));

        const Run unknown =
            read(QStringList{QStringLiteral("--directory"), db, QStringLiteral("simulate"),
                             QStringLiteral("--principal"),
                             QStringLiteral("arn:aws:iam::111122223333:user/Nobody"),
                             QStringLiteral("--action"), QStringLiteral("s3:GetObject")},
                 tmp.path());
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("NoSuchEntity"));
    }

    void simulateBatchKeepsGoingPastBadLines()
    {
        QProcess process;
        process.start(QStringLiteral(SWITCHBOARD_BINARY),
                      {QStringLiteral("--directory"), db, QStringLiteral("simulate"),
                       QStringLiteral("--batch"), QStringLiteral("-")});
        QVERIFY(process.waitForStarted());
        const QByteArray allow =
            R"({"policies":[{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}],"action":"s3:GetObject","resource":"arn:aws:s3:::b/k"})";
        const QByteArray malformed =
            R"({"policies":[{"Version":"2012-10-17","Statement":[{"Effect":"Perhaps","Action":"s3:*","Resource":"*"}]}],"action":"s3:GetObject","resource":"*"})";
        process.write(allow + "\nnot json at all\n" + malformed + "\n" + allow + "\n");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QCOMPARE(
            QJsonDocument::fromJson(lines[0]).object().value(QLatin1String("decision")).toString(),
            QStringLiteral("allow"));
        QVERIFY(QJsonDocument::fromJson(lines[1]).object().contains(QLatin1String("error")));
        QCOMPARE(QJsonDocument::fromJson(lines[2])
                     .object()
                     .value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("code"))
                     .toString(),
                 QStringLiteral("MalformedPolicyDocument"));
        QCOMPARE(
            QJsonDocument::fromJson(lines[3]).object().value(QLatin1String("decision")).toString(),
            QStringLiteral("allow"));
        QVERIFY(!QFile::exists(db)); // the batch form opens no directory
    }

    // The batch answers each line as it reads it: answers come back while the
    // input is still open, and every line gets one. (Its memory over a
    // million lines is measured by bench_simulatebatch.)
    void simulateBatchAnswersWhileItReads()
    {
        QProcess process;
        process.start(QStringLiteral(SWITCHBOARD_BINARY),
                      {QStringLiteral("simulate"), QStringLiteral("--batch"), QStringLiteral("-")});
        QVERIFY(process.waitForStarted());
        const QByteArray allowLine = batchLine(QStringLiteral("s3:GetObject"));
        const QByteArray denyLine = batchLine(QStringLiteral("s3:PutObject"));
        constexpr int total = 100000;
        constexpr int chunk = 5000;
        qint64 answers = 0;
        qint64 allows = 0;
        QByteArray pending;
        auto drain = [&](int waitMs) {
            process.waitForReadyRead(waitMs);
            pending += process.readAllStandardOutput();
            const qsizetype last = pending.lastIndexOf('\n');
            if (last < 0)
                return;
            for (const QByteArray& line : pending.left(last).split('\n')) {
                ++answers;
                allows += line.contains("\"allow\"");
            }
            pending.remove(0, last + 1);
        };
        QByteArray block;
        for (int i = 0; i < chunk; ++i)
            block += (i % 2 == 0) ? allowLine : denyLine;
        for (int sent = 0; sent < total; sent += chunk) {
            process.write(block);
            // Waiting for output also feeds the input: neither pipe fills up.
            while (process.bytesToWrite() > 4 * block.size() &&
                   process.state() == QProcess::Running)
                drain(100);
        }
        // Everything written, the input still open: the first answers are here.
        QVERIFY(QTest::qWaitFor(
            [&] {
                drain(100);
                return answers > 0;
            },
            60000));
        QCOMPARE(process.state(), QProcess::Running);
        process.closeWriteChannel();
        while (answers < total && process.state() != QProcess::NotRunning)
            drain(1000);
        QVERIFY(process.waitForFinished(120000));
        drain(0);
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(answers, qint64(total));
        QCOMPARE(allows, qint64(total / 2));
    }

    void fileFromANewerVersionIsRefusedUnchanged()
    {
        QVERIFY(Directory::open(db).ok());
        {
            QSqlDatabase sql =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            sql.setDatabaseName(db);
            QVERIFY(sql.open());
            QSqlQuery(sql).exec(QStringLiteral("PRAGMA user_version = %1")
                                    .arg(Directory::currentSchemaVersion() + 1));
            sql.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        const Run r = read(
            {QStringLiteral("--directory"), db, QStringLiteral("list"), QStringLiteral("users")},
            tmp.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("version"), r.err.constData());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
