#include "audit/findings.h"
#include "auditcommand.h"
#include "commandline.h"
#include "directory/demodirectory.h"
#include "directory/directory.h"
#include "iam/clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <memory>

namespace {
const QString prod = QStringLiteral("111122223333");
const QString john = QStringLiteral("arn:aws:iam::111122223333:user/John");
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

    Run run(const QStringList& arguments)
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
        result.exitCode = AuditCommand(*m_directory, out, err).run(commandLine);
        return result;
    }

    QJsonArray json(const QStringList& arguments)
    {
        const Run result = run(arguments + QStringList{QStringLiteral("--json")});
        if (result.exitCode != 0)
            qWarning() << result.err;
        return QJsonDocument::fromJson(result.out.toUtf8()).array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_directory = std::move(Directory::open(QStringLiteral(":memory:"))).value();
        QVERIFY(DemoDirectory::seed(*m_directory, QStringLiteral("Demo-pass-1")));
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

    // "Developers" is a group of both demo accounts.
    void ambiguousNamesNeedAnAccount()
    {
        const Run ambiguous = run({QStringLiteral("members"), QStringLiteral("Developers")});
        QCOMPARE(ambiguous.exitCode, AuditCommand::UsageExit);
        QVERIFY(ambiguous.err.contains(QStringLiteral("111122223333, 444455556666")));
        QVERIFY(ambiguous.out.isEmpty());

        const QJsonArray dev = json({QStringLiteral("members"), QStringLiteral("Developers"),
                                     QStringLiteral("--account"), QStringLiteral("catphoto-dev")});
        QCOMPARE(dev.size(), 1);
        QCOMPARE(dev.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Rosa"));
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

    void findingsOfOneAccountAndOfAll()
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

        // Without --account every account is reviewed.
        const QJsonArray all = json({QStringLiteral("findings")});
        QSet<QString> accounts;
        for (const QJsonValue& row : all)
            accounts.insert(row[QStringLiteral("account")].toString());
        QVERIFY(all.size() > prodFindings.size());
        QVERIFY(accounts.contains(prod));
        QVERIFY(accounts.size() > 1);

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
    std::unique_ptr<Directory> m_directory;
};

QTEST_GUILESS_MAIN(TestAuditCommand)
#include "tst_auditcommand.moc"
