#include "audit/cloudtrailexport.h"
#include "common/resultassertions.h"
#include "directory/directory.h"
#include "iam/clock.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

class TestCloudTrailExport : public QObject
{
    Q_OBJECT

private:
    const QString prod = QStringLiteral("111122223333");
    const QString dev = QStringLiteral("444455556666");
    const QDateTime start = QDateTime(QDate(2026, 11, 29), QTime(9, 0, 0), Qt::UTC);
    ManualClock clock{start};
    std::unique_ptr<Directory> dir;
    User john;
    Role engineer;

    static QString s(const char* text) { return QString::fromUtf8(text); }

    AuditEvent append(const QString& actor, const QString& session, const QString& action,
                      const QString& target, bool success, const QString& detail = {})
    {
        AuditEvent event;
        event.actorArn = actor;
        event.sessionName = session;
        event.action = action;
        event.target = target;
        event.outcome = success ? s("Success") : s("Failure");
        event.detail = detail;
        auto stored = dir->appendAuditEvent(event);
        clock.advance(30);
        return CHECK_OK(stored) ? stored.value() : AuditEvent();
    }

    QJsonObject trust() const
    {
        const QJsonObject statement{
            {s("Effect"), s("Allow")},
            {s("Principal"), QJsonObject{{s("AWS"), s("arn:aws:iam::111122223333:root")}}},
            {s("Action"), s("sts:AssumeRole")}};
        return {{s("Version"), s("2012-10-17")}, {s("Statement"), QJsonArray{statement}}};
    }

private slots:
    void init()
    {
        clock.setNow(start);
        dir = std::move(Directory::open(s(":memory:"), &clock)).value();
        REQUIRE_OK(dir->createAccount(prod, s("catphoto-prod")));
        REQUIRE_OK(dir->createAccount(dev, s("catphoto-dev")));
        john = dir->createUser(prod, s("John")).value();
        Role role;
        role.accountId = dev;
        role.name = s("SecurityEngineer");
        role.trustPolicy = QString::fromUtf8(QJsonDocument(trust()).toJson(QJsonDocument::Compact));
        engineer = dir->createRole(role).value();
    }

    void cleanup() { dir.reset(); }

    void signIn()
    {
        const AuditEvent e = append(john.arn().toString(), s("John"), s("ConsoleLogin"),
                                    john.arn().toString(), true);
        const QJsonObject r = CloudTrailExport::record(e, dir.get());
        const QJsonObject identity{{s("type"), s("IAMUser")},
                                   {s("arn"), s("arn:aws:iam::111122223333:user/John")},
                                   {s("accountId"), prod},
                                   {s("principalId"), john.userId},
                                   {s("userName"), s("John")}};
        QCOMPARE(r.value(s("userIdentity")).toObject(), identity);
        QCOMPARE(r.value(s("eventVersion")).toString(), s("1.08"));
        QCOMPARE(r.value(s("eventTime")).toString(), s("2026-11-29T09:00:00Z"));
        QCOMPARE(r.value(s("eventSource")).toString(), s("signin.amazonaws.com"));
        QCOMPARE(r.value(s("eventName")).toString(), s("ConsoleLogin"));
        QCOMPARE(r.value(s("awsRegion")).toString(), s("us-east-1"));
        QCOMPARE(r.value(s("eventType")).toString(), s("AwsConsoleSignIn"));
        QCOMPARE(r.value(s("recipientAccountId")).toString(), prod);
        QCOMPARE(r.value(s("readOnly")).toBool(), false);
        QVERIFY(r.value(s("requestParameters")).isNull());
        QVERIFY(r.value(s("responseElements")).isNull());
        QVERIFY(!r.contains(s("errorCode")));
        QVERIFY(!r.contains(s("errorMessage")));
        // A UUID derived from the chain hash: the same on every export.
        const QString id = r.value(s("eventID")).toString();
        QVERIFY(!QUuid::fromString(id).isNull());
        QCOMPARE(id.size(), 36);
        QCOMPARE(CloudTrailExport::eventId(e), id);
        QCOMPARE(CloudTrailExport::record(dir->auditEvents().first(), dir.get())
                     .value(s("eventID"))
                     .toString(),
                 id);
    }

    void failedSignIn()
    {
        const QString typed = s("arn:aws:iam::111122223333:user/Nobody");
        append(john.arn().toString(), s("John"), s("ConsoleLogin"), john.arn().toString(), true);
        const AuditEvent e =
            append(typed, s("Nobody"), s("ConsoleLogin"), typed, false, s("Failed authentication"));
        const QJsonObject r = CloudTrailExport::record(e, dir.get());
        // An unknown user has no principal id.
        const QJsonObject identity{{s("type"), s("IAMUser")},
                                   {s("arn"), typed},
                                   {s("accountId"), prod},
                                   {s("userName"), s("Nobody")}};
        QCOMPARE(r.value(s("userIdentity")).toObject(), identity);
        QCOMPARE(r.value(s("eventTime")).toString(), s("2026-11-29T09:00:30Z"));
        QCOMPARE(r.value(s("errorCode")).toString(), s("Failure"));
        QCOMPARE(r.value(s("errorMessage")).toString(), s("Failed authentication"));
        QCOMPARE(r.value(s("eventType")).toString(), s("AwsConsoleSignIn"));
        // Two events never share an id.
        QVERIFY(r.value(s("eventID")).toString() !=
                CloudTrailExport::eventId(dir->auditEvents().first()));
    }

    void switchRole()
    {
        const AuditEvent e = append(john.arn().toString(), s("John"), s("SwitchRole"),
                                    engineer.arn().toString(), true, s("Sec (dev)"));
        const QJsonObject r = CloudTrailExport::record(e, dir.get());
        QCOMPARE(r.value(s("eventSource")).toString(), s("signin.amazonaws.com"));
        QCOMPARE(r.value(s("eventName")).toString(), s("SwitchRole"));
        QCOMPARE(r.value(s("eventType")).toString(), s("AwsConsoleSignIn"));
        QCOMPARE(r.value(s("recipientAccountId")).toString(), dev);
        QCOMPARE(r.value(s("additionalEventData")).toObject(),
                 QJsonObject({{s("Target"), s("arn:aws:iam::444455556666:role/SecurityEngineer")},
                              {s("SessionName"), s("John")},
                              {s("Detail"), s("Sec (dev)")}}));

        // What STS records for the same switch, as the role session acting later.
        const AuditEvent assumed = append(john.arn().toString(), s("John"), s("AssumeRole"),
                                          engineer.arn().toString(), true);
        const QJsonObject a = CloudTrailExport::record(assumed, dir.get());
        QCOMPARE(a.value(s("eventSource")).toString(), s("sts.amazonaws.com"));
        QCOMPARE(a.value(s("eventType")).toString(), s("AwsApiCall"));
        QCOMPARE(a.value(s("requestParameters")).toObject(),
                 QJsonObject({{s("roleArn"), s("arn:aws:iam::444455556666:role/SecurityEngineer")},
                              {s("roleSessionName"), s("John")}}));

        const QString sessionArn =
            s("arn:aws:sts::444455556666:assumed-role/SecurityEngineer/John");
        const AuditEvent shown =
            append(sessionArn, s("John"), s("GetCallerIdentity"), sessionArn, true);
        const QJsonObject identity =
            CloudTrailExport::record(shown, dir.get()).value(s("userIdentity")).toObject();
        QCOMPARE(identity.value(s("type")).toString(), s("AssumedRole"));
        QCOMPARE(identity.value(s("principalId")).toString(), engineer.roleId + s(":John"));
        QCOMPARE(identity.value(s("accountId")).toString(), dev);
        QCOMPARE(identity.value(s("sessionContext")).toObject(),
                 QJsonObject({{s("sessionIssuer"),
                               QJsonObject({{s("type"), s("Role")},
                                            {s("principalId"), engineer.roleId},
                                            {s("arn"), engineer.arn().toString()},
                                            {s("accountId"), dev},
                                            {s("userName"), s("SecurityEngineer")}})}}));
        QCOMPARE(CloudTrailExport::record(shown, dir.get()).value(s("readOnly")).toBool(), true);
    }

    void edit()
    {
        const AuditEvent ok = append(john.arn().toString(), s("John"), s("iam:CreateUser"),
                                     s("arn:aws:iam::111122223333:user/Sam"), true);
        const QJsonObject r = CloudTrailExport::record(ok, dir.get());
        QCOMPARE(r.value(s("eventSource")).toString(), s("iam.amazonaws.com"));
        QCOMPARE(r.value(s("eventName")).toString(), s("CreateUser"));
        QCOMPARE(r.value(s("eventType")).toString(), s("AwsApiCall"));
        QCOMPARE(r.value(s("readOnly")).toBool(), false);
        QCOMPARE(r.value(s("requestParameters")).toObject(),
                 QJsonObject({{s("userName"), s("Sam")}}));
        QVERIFY(r.value(s("responseElements")).isNull());

        const AuditEvent denied = append(john.arn().toString(), s("John"), s("iam:DeleteAccessKey"),
                                         s("AKIAIOSFODNN7EXAMPLE"), false, s("AccessDenied"));
        const QJsonObject d = CloudTrailExport::record(denied, dir.get());
        QCOMPARE(d.value(s("errorCode")).toString(), s("AccessDenied"));
        QCOMPARE(d.value(s("errorMessage")).toString(), s("AccessDenied"));
        QCOMPARE(d.value(s("requestParameters")).toObject(),
                 QJsonObject({{s("accessKeyId"), s("AKIAIOSFODNN7EXAMPLE")}}));
    }

    void sourceAddressAndUserAgent()
    {
        // The console's own events have no client: the service's host name stands in.
        const AuditEvent login = append(john.arn().toString(), s("John"), s("ConsoleLogin"),
                                        john.arn().toString(), true);
        const QJsonObject l = CloudTrailExport::record(login, dir.get());
        QCOMPARE(l.value(s("sourceIPAddress")).toString(), s("signin.amazonaws.com"));
        QCOMPARE(l.value(s("userAgent")).toString(), s("signin.amazonaws.com"));
        const AuditEvent edit = append(john.arn().toString(), s("John"), s("iam:CreateUser"),
                                       s("arn:aws:iam::111122223333:user/Sam"), true);
        const QJsonObject e = CloudTrailExport::record(edit, dir.get());
        QCOMPARE(e.value(s("sourceIPAddress")).toString(), s("iam.amazonaws.com"));
        QCOMPARE(e.value(s("userAgent")).toString(), s("iam.amazonaws.com"));

        // A call through the endpoint carries its client's address and agent.
        AuditEvent call;
        call.actorArn = john.arn().toString();
        call.sessionName = s("John");
        call.action = s("iam:ListUsers");
        call.outcome = s("Success");
        call.sourceAddress = s("127.0.0.1");
        call.userAgent = s("aws-cli/2.15.0 Python/3.11.6 Linux/6.1.0 exe/x86_64.debian.12");
        const auto stored = dir->appendAuditEvent(call);
        REQUIRE_OK(stored);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(CloudTrailExport::write(*dir, &buffer).ok());
        const QJsonArray records =
            QJsonDocument::fromJson(buffer.data()).object().value(s("Records")).toArray();
        QCOMPARE(records.size(), 3);
        const QJsonObject c = records.at(2).toObject();
        QCOMPARE(c.value(s("sourceIPAddress")).toString(), s("127.0.0.1"));
        QCOMPARE(c.value(s("userAgent")).toString(),
                 s("aws-cli/2.15.0 Python/3.11.6 Linux/6.1.0 exe/x86_64.debian.12"));

        // Either may be missing on its own.
        AuditEvent agentOnly = call;
        agentOnly.sourceAddress.clear();
        const QJsonObject a = CloudTrailExport::record(agentOnly, dir.get());
        QCOMPARE(a.value(s("sourceIPAddress")).toString(), s("iam.amazonaws.com"));
        QCOMPARE(a.value(s("userAgent")).toString(), call.userAgent);
    }

    // The session tags an AssumeRole passed join its requestParameters as
    // CloudTrail's own members ("Logging IAM and AWS STS API calls with AWS
    // CloudTrail", https://docs.aws.amazon.com/IAM/latest/UserGuide/cloudtrail-integration.html).
    void sessionTagsAreRequestParameters()
    {
        AuditEvent assumed;
        assumed.actorArn = john.arn().toString();
        assumed.sessionName = s("tagged");
        assumed.action = s("AssumeRole");
        assumed.target = engineer.arn().toString();
        assumed.outcome = s("Success");
        assumed.sessionTags = s(R"({"tags":[{"key":"Email","value":"john@example.com"}],)"
                                R"("transitiveTagKeys":["Email"],)"
                                R"("incomingTransitiveTags":{"Department":"Engineering"}})");
        const auto stored = dir->appendAuditEvent(assumed);
        REQUIRE_OK(stored);
        QVERIFY(!dir->verifyAuditChain());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        REQUIRE_OK(CloudTrailExport::write(*dir, &buffer));
        const QJsonObject record = QJsonDocument::fromJson(buffer.data())
                                       .object()
                                       .value(s("Records"))
                                       .toArray()
                                       .first()
                                       .toObject();
        QCOMPARE(
            record.value(s("requestParameters")).toObject(),
            QJsonObject(
                {{s("roleArn"), engineer.arn().toString()},
                 {s("roleSessionName"), s("tagged")},
                 {s("tags"), QJsonArray{QJsonObject{{s("key"), s("Email")},
                                                    {s("value"), s("john@example.com")}}}},
                 {s("transitiveTagKeys"), QJsonArray{s("Email")}},
                 {s("incomingTransitiveTags"), QJsonObject{{s("Department"), s("Engineering")}}}}));
    }

    void writesEveryEventAsRecords()
    {
        append(john.arn().toString(), s("John"), s("ConsoleLogin"), john.arn().toString(), true);
        append(john.arn().toString(), s("John"), s("SwitchBack"), engineer.arn().toString(), true);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(CloudTrailExport::write(*dir, &buffer).ok());
        const QJsonObject doc = QJsonDocument::fromJson(buffer.data()).object();
        QCOMPARE(doc.keys(), QStringList({s("Records")}));
        const QJsonArray records = doc.value(s("Records")).toArray();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1).toObject().value(s("eventName")).toString(), s("SwitchBack"));
        QCOMPARE(records.at(1).toObject().value(s("eventTime")).toString(),
                 s("2026-11-29T09:00:30Z"));
    }

    void sourcesOfActions()
    {
        QCOMPARE(CloudTrailExport::eventSource(s("sts:AssumeRole")), s("sts.amazonaws.com"));
        QCOMPARE(CloudTrailExport::eventSource(s("GetSessionToken")), s("sts.amazonaws.com"));
        QCOMPARE(CloudTrailExport::eventSource(s("RoleSessionExpired")), s("signin.amazonaws.com"));
        QCOMPARE(CloudTrailExport::eventSource(s("EnableMFADevice")), s("iam.amazonaws.com"));
        QCOMPARE(CloudTrailExport::eventSource(s("iam:ListUsers")), s("iam.amazonaws.com"));
        QCOMPARE(CloudTrailExport::isReadOnly(s("iam:ListUsers")), true);
        QCOMPARE(CloudTrailExport::isReadOnly(s("ShowSessionSecret")), false);
    }
};

QTEST_GUILESS_MAIN(TestCloudTrailExport)
#include "tst_cloudtrailexport.moc"
