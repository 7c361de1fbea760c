#include "audit/findings.h"
#include "auditcommand.h"
#include "commandline.h"
#include "common/resultassertions.h"
#include "console/consolesession.h"
#include "directory/demodirectory.h"
#include "directory/directory.h"
#include "iam/clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

namespace {
const QString prod = QStringLiteral("111122223333");
const QString dev = QStringLiteral("444455556666");
const QString john = QStringLiteral("arn:aws:iam::111122223333:user/John");
const QString demoPassword = QStringLiteral("Demo-pass-1");
} // namespace

class TestAuditCommand : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // As Maria (AdministratorAccess in prod) unless another caller is given.
    Run run(const QStringList& arguments, ConsoleSession* caller = nullptr)
    {
        CommandLine commandLine;
        const bool parsed = commandLine.parse(
            QStringList{QStringLiteral("switchboard"), QStringLiteral("audit")} + arguments);
        Run result;
        if (!parsed) {
            result.err = commandLine.errorText();
            return result;
        }
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        result.exitCode =
            AuditCommand(*m_directory, caller ? *caller : *m_maria, out, err).run(commandLine);
        return result;
    }

    QJsonArray json(const QStringList& arguments, ConsoleSession* caller = nullptr)
    {
        const Run result = run(arguments + QStringList{QStringLiteral("--json")}, caller);
        if (result.exitCode != 0)
            qWarning() << result.err;
        return QJsonDocument::fromJson(result.out.toUtf8()).array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_directory = std::move(Directory::open(QStringLiteral(":memory:"))).value();
        QVERIFY(DemoDirectory::seed(*m_directory, demoPassword));
        m_maria = signedIn(prod, QStringLiteral("Maria"));
        m_devRoot = std::make_unique<ConsoleSession>(m_directory.get());
        REQUIRE_OK(m_devRoot->signInRoot(DemoDirectory::rootEmail(QStringLiteral("catphoto-dev")),
                                         demoPassword));
    }

    void membersAndGroups()
    {
        const QJsonArray members = json({QStringLiteral("members"), QStringLiteral("Admins")});
        QCOMPARE(members.size(), 1);
        QCOMPARE(members.at(0)[QStringLiteral("arn")].toString(),
                 QStringLiteral("arn:aws:iam::111122223333:user/Maria"));

        const Run table = run({QStringLiteral("groups"), QStringLiteral("John")});
        QCOMPARE(table.exitCode, 0);
        QCOMPARE(table.out,
                 QStringLiteral("Name        ARN\n"
                                "Developers  arn:aws:iam::111122223333:group/Developers\n"));
    }

    // "Developers" is a group of both demo accounts: a name is looked up in the
    // caller's account, or in --account, never in another one.
    void namesAreLookedUpInTheAccountRead()
    {
        const QJsonArray prodDevelopers =
            json({QStringLiteral("members"), QStringLiteral("Developers")});
        QVERIFY(!prodDevelopers.isEmpty());
        for (const QJsonValue& member : prodDevelopers)
            QVERIFY(member[QStringLiteral("arn")].toString().startsWith(
                QStringLiteral("arn:aws:iam::111122223333:user/")));

        const QJsonArray dev = json({QStringLiteral("members"), QStringLiteral("Developers"),
                                     QStringLiteral("--account"), QStringLiteral("catphoto-dev")},
                                    m_devRoot.get());
        QCOMPARE(dev.size(), 1);
        QCOMPARE(dev.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Rosa"));
    }

    // Every query is the caller's iam:GetAccountAuthorizationDetails of the
    // account it reads: refused with AWS's message, nothing read, exit 1.
    void aCallerWithoutTheRightReadsNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("members") << QStringList{QStringLiteral("members"),
                                                QStringLiteral("Admins")};
        QTest::newRow("groups") << QStringList{QStringLiteral("groups"), QStringLiteral("John")};
        QTest::newRow("who-can") << QStringList{QStringLiteral("who-can"), QStringLiteral("s3:*")};
        QTest::newRow("who-can-assume")
            << QStringList{QStringLiteral("who-can-assume"), QStringLiteral("BreakGlassAdmin")};
        QTest::newRow("reach") << QStringList{QStringLiteral("reach"), QStringLiteral("John")};
        QTest::newRow("findings") << QStringList{QStringLiteral("findings")};
        // A name that is not there is refused the same: its absence is not told either.
        QTest::newRow("unknown name")
            << QStringList{QStringLiteral("members"), QStringLiteral("Nobody")};
    }
    void aCallerWithoutTheRightReadsNothing()
    {
        QFETCH(QStringList, arguments);
        // John may use every service but IAM.
        const auto johnSession = signedIn(prod, QStringLiteral("John"));
        const Run denied = run(arguments, johnSession.get());
        QCOMPARE(denied.exitCode, AuditCommand::DeniedExit);
        QCOMPARE(denied.out, QString());
        QCOMPARE(denied.err,
                 QStringLiteral("AccessDenied: User: arn:aws:iam::111122223333:user/John is not "
                                "authorized to perform: iam:GetAccountAuthorizationDetails on "
                                "resource: arn:aws:iam::111122223333:* because no "
                                "identity-based policy allows the "
                                "iam:GetAccountAuthorizationDetails action\n"));
    }

    // Maria administers prod, not dev: another account is read only from inside it.
    void anotherAccountIsCrossAccount()
    {
        const Run denied = run({QStringLiteral("findings"), QStringLiteral("--account"), dev});
        QCOMPARE(denied.exitCode, AuditCommand::DeniedExit);
        QVERIFY(denied.out.isEmpty());
        QVERIFY2(denied.err.startsWith(
                     QStringLiteral("AccessDenied: User: arn:aws:iam::111122223333:user/Maria is "
                                    "not authorized to perform: "
                                    "iam:GetAccountAuthorizationDetails on resource: "
                                    "arn:aws:iam::444455556666:*")),
                 qPrintable(denied.err));
        // An ARN names the account it is read in.
        QCOMPARE(run({QStringLiteral("reach"),
                      QStringLiteral("arn:aws:iam::444455556666:role/CrossAccountAuditor")})
                     .exitCode,
                 AuditCommand::DeniedExit);
    }

    // The trail is CloudTrail's event history: John may look it up, Paulo may not.
    void theTrailIsLookupEvents()
    {
        const auto johnSession = signedIn(prod, QStringLiteral("John"));
        // Without a secret store the chain alone is checked, and that is said.
        QCOMPARE(run({QStringLiteral("verify")}, johnSession.get()).exitCode,
                 AuditCommand::UnavailableExit);
        const auto paulo = signedIn(prod, QStringLiteral("Paulo"));
        const Run denied = run({QStringLiteral("verify")}, paulo.get());
        QCOMPARE(denied.exitCode, AuditCommand::DeniedExit);
        QVERIFY(denied.out.isEmpty());
        QVERIFY2(denied.err.startsWith(
                     QStringLiteral("AccessDenied: User: arn:aws:iam::111122223333:user/Paulo is "
                                    "not authorized to perform: cloudtrail:LookupEvents")),
                 qPrintable(denied.err));
    }

    void notFoundAndUsage()
    {
        QCOMPARE(run({QStringLiteral("members"), QStringLiteral("Nobody")}).exitCode,
                 AuditCommand::NotFoundExit);
        QCOMPARE(run({QStringLiteral("reach"), QStringLiteral("arn:aws:iam::111122223333:user/x")})
                     .exitCode,
                 AuditCommand::NotFoundExit);
        QCOMPARE(run({QStringLiteral("who-can"), QStringLiteral("s3:GetObject"),
                      QStringLiteral("--account"), QStringLiteral("000000000000")})
                     .exitCode,
                 AuditCommand::NotFoundExit);
        QCOMPARE(run({QStringLiteral("who-can")}).exitCode, AuditCommand::UsageExit);
        QCOMPARE(run({QStringLiteral("members")}).exitCode, AuditCommand::UsageExit);
        QCOMPARE(run({QStringLiteral("whatever")}).exitCode, AuditCommand::UsageExit);
        // A user's ARN is no group.
        QCOMPARE(run({QStringLiteral("members"), john}).exitCode, AuditCommand::NotFoundExit);
    }

    void whoCan()
    {
        const QJsonArray paths = json({QStringLiteral("who-can"), QStringLiteral("iam:CreateUser"),
                                       QStringLiteral("arn:aws:iam::111122223333:user/New"),
                                       QStringLiteral("--account"), prod});
        QCOMPARE(paths.size(), 5);
        const QJsonObject maria = paths.at(3).toObject();
        QCOMPARE(maria[QStringLiteral("principal")].toString(),
                 QStringLiteral("arn:aws:iam::111122223333:user/Maria"));
        QCOMPARE(maria[QStringLiteral("kind")].toString(), QStringLiteral("user"));
        QCOMPARE(maria[QStringLiteral("via")].toArray(),
                 QJsonArray{QStringLiteral("arn:aws:iam::111122223333:group/Admins")});
        QCOMPARE(maria[QStringLiteral("policies")].toArray(),
                 QJsonArray{QStringLiteral("group Admins: attached policy AdministratorAccess")});
        QCOMPARE(maria[QStringLiteral("conditional")].toBool(), false);
        QCOMPARE(paths.at(4)[QStringLiteral("conditional")].toBool(), true);
    }

    void whoCanAssumeAndReach()
    {
        const QJsonArray grants =
            json({QStringLiteral("who-can-assume"), QStringLiteral("BreakGlassAdmin")});
        QCOMPARE(grants.size(), 3);
        QCOMPARE(grants.at(1)[QStringLiteral("principal")].toString(), john);
        QCOMPARE(grants.at(1)[QStringLiteral("requiresMfa")].toBool(), true);

        const QJsonArray vendor =
            json({QStringLiteral("who-can-assume"),
                  QStringLiteral("arn:aws:iam::111122223333:role/VendorAccess")});
        QCOMPARE(vendor.size(), 1);
        QCOMPARE(vendor.at(0)[QStringLiteral("externalId")].toString(),
                 QStringLiteral("catphoto-7Q2KX9"));
        QCOMPARE(vendor.at(0)[QStringLiteral("outsideDirectory")].toBool(), true);

        const QJsonArray reached = json({QStringLiteral("reach"), QStringLiteral("John")});
        QCOMPARE(reached.size(), 4); // ProjectEditor trusts the account too
        QCOMPARE(reached.at(2)[QStringLiteral("role")].toString(),
                 QStringLiteral("arn:aws:iam::111122223333:role/SecurityEngineer"));
        QCOMPARE(reached.at(2)[QStringLiteral("hops")].toInt(), 1);
        QCOMPARE(reached.at(2)[QStringLiteral("path")].toArray().size(), 2);

        const Run none = run({QStringLiteral("reach"), QStringLiteral("Paulo")});
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.out, QStringLiteral("(none)\n"));
    }

    void findingsOfTheAccountRead()
    {
        const QJsonArray prodFindings =
            json({QStringLiteral("findings"), QStringLiteral("--account"), prod});
        const QList<Finding> scanned = Findings::scan(*m_directory, prod, Clock::system()->now());
        QCOMPARE(prodFindings.size(), scanned.size());
        QVERIFY(!scanned.isEmpty());
        for (int i = 0; i < int(scanned.size()); ++i) {
            const QJsonObject row = prodFindings.at(i).toObject();
            QCOMPARE(row[QStringLiteral("account")].toString(), prod);
            QCOMPARE(row[QStringLiteral("subject")].toString(), scanned.at(i).subjectArn);
            QCOMPARE(row[QStringLiteral("severity")].toInt(), scanned.at(i).severity);
            QCOMPARE(row[QStringLiteral("title")].toString(), scanned.at(i).title);
            QCOMPARE(row[QStringLiteral("kind")].toString(),
                     Findings::kindName(scanned.at(i).kind));
        }
        // The demo's empty group is named as such.
        const auto interns = std::find_if(prodFindings.begin(), prodFindings.end(), [](auto row) {
            return row.toObject()[QStringLiteral("subject")].toString() ==
                   QStringLiteral("arn:aws:iam::111122223333:group/Interns");
        });
        QVERIFY(interns != prodFindings.end());
        QCOMPARE(interns->toObject()[QStringLiteral("kind")].toString(),
                 QStringLiteral("emptyGroup"));

        // Without --account the caller's account is reviewed; dev's root reviews dev.
        QCOMPARE(json({QStringLiteral("findings")}), prodFindings);
        const QJsonArray devFindings = json({QStringLiteral("findings")}, m_devRoot.get());
        QVERIFY(!devFindings.isEmpty());
        for (const QJsonValue& row : devFindings)
            QCOMPARE(row[QStringLiteral("account")].toString(), dev);

        // People read the severity by name.
        const Run table = run({QStringLiteral("findings"), QStringLiteral("--account"), prod});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.startsWith(QStringLiteral("Severity")));
        QVERIFY(table.out.contains(Findings::severityName(scanned.first().severity)));

        QCOMPARE(run({QStringLiteral("findings"), QStringLiteral("extra")}).exitCode,
                 AuditCommand::UsageExit);
        QCOMPARE(run({QStringLiteral("findings"), QStringLiteral("--account"),
                      QStringLiteral("999999999999")})
                     .exitCode,
                 AuditCommand::NotFoundExit);
    }

private:
    std::unique_ptr<ConsoleSession> signedIn(const QString& account, const QString& user)
    {
        auto session = std::make_unique<ConsoleSession>(m_directory.get());
        if (auto r = session->signIn(account, user, demoPassword); !r)
            qWarning() << r.error().toString(); // the checks on its answers fail
        return session;
    }

    std::unique_ptr<Directory> m_directory;
    std::unique_ptr<ConsoleSession> m_maria;
    std::unique_ptr<ConsoleSession> m_devRoot;
};

QTEST_GUILESS_MAIN(TestAuditCommand)
#include "tst_auditcommand.moc"
