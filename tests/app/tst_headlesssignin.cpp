#include "directory/directory.h"
#include "keychaintesting.h"
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// How headless commands sign in: --root (an account's root user, by email)
// and --user ACCOUNT/NAME (a user of another account than --account), driven
// through the real executable with the real keychain.
namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

const QString prod = QStringLiteral("111122223333");
const QString dev = QStringLiteral("444455556666");
} // namespace

class TestHeadlessSignIn : public QObject
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

    static QJsonObject json(const Run& r) { return QJsonDocument::fromJson(r.out).object(); }

    Run callerIdentity(const QStringList& who, const QString& password = QStringLiteral("pw"))
    {
        return run(QStringList{QStringLiteral("sts"), QStringLiteral("get-caller-identity")} + who,
                   {}, password);
    }

    Run createAccessKey(const QString& userName, const QStringList& who)
    {
        return run(QStringList{QStringLiteral("iam"), QStringLiteral("create-access-key"),
                               QStringLiteral("--user-name"), userName} +
                   who);
    }

private slots:
    void initTestCase()
    {
        SKIP_WITHOUT_KEYCHAIN();
        QVERIFY(tmp.isValid());
        db = tmp.filePath(QStringLiteral("directory.sqlite"));
    }

    void theRootUserSignsInWithThePasswordOnStdin()
    {
        const Run r = run({QStringLiteral("sts"), QStringLiteral("get-caller-identity"),
                           QStringLiteral("--root"), QStringLiteral("--account"), prod,
                           QStringLiteral("--password-stdin")},
                          "pw\n", QString());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QString::fromUtf8(r.out),
                 QStringLiteral("{\n    \"UserId\": \"111122223333\",\n"
                                "    \"Account\": \"111122223333\",\n"
                                "    \"Arn\": \"arn:aws:iam::111122223333:root\"\n}\n"));
        // By alias, and by the email itself.
        const Run byAlias = callerIdentity({QStringLiteral("--root"), QStringLiteral("--account"),
                                            QStringLiteral("catphoto-dev")});
        QVERIFY2(byAlias.exitCode == 0, byAlias.err.constData());
        QCOMPARE(json(byAlias).value(QLatin1String("Arn")).toString(),
                 QStringLiteral("arn:aws:iam::444455556666:root"));
        const Run byEmail = callerIdentity({QStringLiteral("--root"), QStringLiteral("--email"),
                                            QStringLiteral("root@catphoto-prod.example")});
        QVERIFY2(byEmail.exitCode == 0, byEmail.err.constData());
        QCOMPARE(json(byEmail).value(QLatin1String("Arn")).toString(),
                 QStringLiteral("arn:aws:iam::111122223333:root"));
    }

    void aWrongRootPasswordIsRefusedAndUsageIsChecked()
    {
        const Run wrong = callerIdentity(
            {QStringLiteral("--root"), QStringLiteral("--account"), dev}, QStringLiteral("nope"));
        QCOMPARE(wrong.exitCode, 254);
        QVERIFY2(wrong.err.contains("Your authentication information is incorrect."),
                 wrong.err.constData());
        QVERIFY(wrong.out.isEmpty());
        const Run both = callerIdentity({QStringLiteral("--root"), QStringLiteral("--account"),
                                         prod, QStringLiteral("--user"), QStringLiteral("John")});
        QCOMPARE(both.exitCode, 252);
        const Run noAccount = callerIdentity({QStringLiteral("--root")});
        QCOMPARE(noAccount.exitCode, 252);
        QVERIFY2(noAccount.err.contains("--root needs --account"), noAccount.err.constData());
    }

    void theRootUserMayNotAssumeRoles()
    {
        const Run r =
            run({QStringLiteral("sts"), QStringLiteral("assume-role"), QStringLiteral("--root"),
                 QStringLiteral("--account"), prod, QStringLiteral("--role-arn"),
                 QStringLiteral("arn:aws:iam::111122223333:role/SecurityEngineer"),
                 QStringLiteral("--role-session-name"), QStringLiteral("root")});
        QCOMPARE(r.exitCode, 254);
        QCOMPARE(QString::fromUtf8(r.err),
                 QStringLiteral("\nAn error occurred (AccessDenied) when calling the AssumeRole "
                                "operation: Roles may not be assumed by root accounts.\n"));
    }

    void theRootUserActsInItsAccountOnlyWhateverItsPolicies()
    {
        const Run own = createAccessKey(
            QStringLiteral("Li"), {QStringLiteral("--root"), QStringLiteral("--account"), prod});
        QVERIFY2(own.exitCode == 0, own.err.constData());
        QCOMPARE(json(own)
                     .value(QLatin1String("AccessKey"))
                     .toObject()
                     .value(QLatin1String("UserName"))
                     .toString(),
                 QStringLiteral("Li"));
        // Root of prod, acting on the dev account (--account is the target with --email).
        const Run elsewhere = createAccessKey(QStringLiteral("Rosa"),
                                              {QStringLiteral("--root"), QStringLiteral("--email"),
                                               QStringLiteral("root@catphoto-prod.example"),
                                               QStringLiteral("--account"), dev});
        QCOMPARE(elsewhere.exitCode, 254);
        QVERIFY2(elsewhere.err.contains("(AccessDenied)") &&
                     elsewhere.err.contains("arn:aws:iam::111122223333:root") &&
                     elsewhere.err.contains("arn:aws:iam::444455556666:user/Rosa"),
                 elsewhere.err.constData());
    }

    // Managed policies per user and per role: 10, raisable to 20 through
    // Service Quotas (IAM object quotas:
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html).
    void anAccountRaisesItsQuotaOfManagedPoliciesPerRole()
    {
        const auto setQuota = [this](const QString& caller, const QString& value) {
            return run({QStringLiteral("iam"), QStringLiteral("set-account-quota"),
                        QStringLiteral("--quota"), QStringLiteral("PoliciesPerRole"),
                        QStringLiteral("--value"), value, QStringLiteral("--user"), caller});
        };
        const Run denied = setQuota(QStringLiteral("Paulo"), QStringLiteral("20"));
        QCOMPARE(denied.exitCode, 254);
        QVERIFY2(denied.err.contains("An error occurred (AccessDenied) when calling the "
                                     "RequestServiceQuotaIncrease operation: User: "
                                     "arn:aws:iam::111122223333:user/Paulo is not authorized to "
                                     "perform: servicequotas:RequestServiceQuotaIncrease"),
                 denied.err.constData());
        const Run tooMuch = setQuota(QStringLiteral("Maria"), QStringLiteral("21"));
        QCOMPARE(tooMuch.exitCode, 254);
        QVERIFY2(tooMuch.err.contains("(InvalidInput) when calling the RequestServiceQuotaIncrease "
                                      "operation: The quota PoliciesPerRole can be 10 to 20, not "
                                      "21."),
                 tooMuch.err.constData());
        QCOMPARE(run({QStringLiteral("iam"), QStringLiteral("set-account-quota"),
                      QStringLiteral("--quota"), QStringLiteral("PoliciesPerGroup"),
                      QStringLiteral("--value"), QStringLiteral("20"), QStringLiteral("--user"),
                      QStringLiteral("Maria")})
                     .exitCode,
                 252);
        const Run raised = setQuota(QStringLiteral("Maria"), QStringLiteral("20"));
        QVERIFY2(raised.exitCode == 0, raised.err.constData());
        const QJsonObject quota = json(raised).value(QLatin1String("Quota")).toObject();
        QCOMPARE(quota.value(QLatin1String("AccountId")).toString(), prod);
        QCOMPARE(quota.value(QLatin1String("QuotaName")).toString(),
                 QStringLiteral("PoliciesPerRole"));
        QCOMPARE(quota.value(QLatin1String("Value")).toInt(), 20);
        auto opened = Directory::open(db);
        QVERIFY(opened);
        QCOMPARE(opened.value()->accountQuota(prod, QStringLiteral("PoliciesPerRole")).value(), 20);
        QCOMPARE(opened.value()->accountQuota(prod, QStringLiteral("PoliciesPerUser")).value(), 10);
    }

    void aUserOfAnotherAccountIsNamedAccountSlashName()
    {
        // Rosa lives in catphoto-dev; the command's --account is prod.
        const Run who =
            callerIdentity({QStringLiteral("--user"), QStringLiteral("catphoto-dev/Rosa"),
                            QStringLiteral("--account"), prod});
        QVERIFY2(who.exitCode == 0, who.err.constData());
        QCOMPARE(json(who).value(QLatin1String("Arn")).toString(),
                 QStringLiteral("arn:aws:iam::444455556666:user/Rosa"));
        const Run byId = callerIdentity({QStringLiteral("--user"), dev + QStringLiteral("/Rosa")});
        QVERIFY2(byId.exitCode == 0, byId.err.constData());
        // Maria administers prod; from there she may not create a key in dev.
        const Run across =
            createAccessKey(QStringLiteral("Rosa"),
                            {QStringLiteral("--user"), QStringLiteral("catphoto-prod/Maria"),
                             QStringLiteral("--account"), dev});
        QCOMPARE(across.exitCode, 254);
        QVERIFY2(across.err.contains("User: arn:aws:iam::111122223333:user/Maria is not "
                                     "authorized to perform: iam:CreateAccessKey on resource: "
                                     "arn:aws:iam::444455556666:user/Rosa"),
                 across.err.constData());
        // In her own account, named the same way, she may.
        const Run own = createAccessKey(
            QStringLiteral("Sam"), {QStringLiteral("--user"), QStringLiteral("catphoto-prod/Maria"),
                                    QStringLiteral("--account"), prod});
        QVERIFY2(own.exitCode == 0, own.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestHeadlessSignIn)
#include "tst_headlesssignin.moc"
