#include "policy/requestcontextbuilder.h"

#include <QTest>

// The global condition keys for each kind of caller, each present exactly
// when AWS supplies it.
class TestRequestContextBuilder : public QObject
{
    Q_OBJECT

    const QDateTime now = QDateTime(QDate(2025, 6, 1), QTime(12, 0, 0), Qt::UTC);

    CallerIdentity user() const
    {
        CallerIdentity caller;
        caller.arn = QStringLiteral("arn:aws:iam::111122223333:user/John");
        caller.type = CallerIdentity::Type::User;
        caller.accountId = QStringLiteral("111122223333");
        caller.userId = QStringLiteral("AIDAJQABLZS4A3QDU576Q");
        caller.userName = QStringLiteral("John");
        caller.tags = {{QStringLiteral("team"), QStringLiteral("blue")}};
        caller.now = now;
        return caller;
    }

    CallerIdentity roleSession() const
    {
        CallerIdentity caller;
        caller.arn = QStringLiteral("arn:aws:sts::111122223333:assumed-role/Auditor/John");
        caller.type = CallerIdentity::Type::AssumedRole;
        caller.accountId = QStringLiteral("111122223333");
        caller.userId = QStringLiteral("AROADBQP57FF2AEXAMPLE:John");
        caller.userName = QStringLiteral("John"); // ignored: not an IAM user
        caller.roleArn = QStringLiteral("arn:aws:iam::111122223333:role/audit/Auditor");
        caller.mfaPresent = true;
        caller.mfaAuthTime = now.addSecs(-300);
        caller.tokenIssueTime = now.addSecs(-120);
        caller.sourceIdentity = QStringLiteral("john@example.com");
        caller.now = now;
        return caller;
    }

private slots:
    void userWithLongTermKeys()
    {
        const RequestContext c = RequestContextBuilder::build(user());
        QCOMPARE(c.value(QStringLiteral("aws:PrincipalArn")),
                 QStringLiteral("arn:aws:iam::111122223333:user/John"));
        QCOMPARE(c.value(QStringLiteral("aws:PrincipalAccount")), QStringLiteral("111122223333"));
        QCOMPARE(c.value(QStringLiteral("aws:PrincipalType")), QStringLiteral("User"));
        QCOMPARE(c.value(QStringLiteral("aws:username")), QStringLiteral("John"));
        QCOMPARE(c.value(QStringLiteral("aws:userid")), QStringLiteral("AIDAJQABLZS4A3QDU576Q"));
        QCOMPARE(c.value(QStringLiteral("aws:PrincipalTag/team")), QStringLiteral("blue"));
        QCOMPARE(c.value(QStringLiteral("aws:CurrentTime")),
                 QStringLiteral("2025-06-01T12:00:00Z"));
        QCOMPARE(c.value(QStringLiteral("aws:EpochTime")), QString::number(now.toSecsSinceEpoch()));
        QCOMPARE(c.value(QStringLiteral("aws:SourceIp")), QStringLiteral("127.0.0.1"));
        QCOMPARE(c.value(QStringLiteral("aws:RequestedRegion")), QStringLiteral("us-east-1"));
        QCOMPARE(c.value(QStringLiteral("aws:SecureTransport")), QStringLiteral("true"));
        // Long-term access keys: no MFA or token keys at all.
        QVERIFY(!c.contains(QStringLiteral("aws:MultiFactorAuthPresent")));
        QVERIFY(!c.contains(QStringLiteral("aws:MultiFactorAuthAge")));
        QVERIFY(!c.contains(QStringLiteral("aws:TokenIssueTime")));
        QVERIFY(!c.contains(QStringLiteral("aws:SourceIdentity")));
        // Outside an organization there is no organization id.
        QVERIFY(!c.contains(QStringLiteral("aws:PrincipalOrgID")));
    }

    void principalOfAnOrganization()
    {
        // aws:PrincipalOrgID: "the identifier of the organization in AWS Organizations to which
        // the requesting principal belongs" (IAM User Guide, global condition context keys).
        CallerIdentity caller = user();
        caller.organizationId = QStringLiteral("o-a1b2c3d4e5");
        QCOMPARE(RequestContextBuilder::build(caller).value(QStringLiteral("aws:PrincipalOrgID")),
                 QStringLiteral("o-a1b2c3d4e5"));
    }

    void userWithTemporaryCredentialsWithoutMfa()
    {
        CallerIdentity caller = user();
        caller.temporaryCredentials = true;
        caller.tokenIssueTime = now.addSecs(-60);
        const RequestContext c = RequestContextBuilder::build(caller);
        QCOMPARE(c.value(QStringLiteral("aws:MultiFactorAuthPresent")), QStringLiteral("false"));
        QVERIFY(!c.contains(QStringLiteral("aws:MultiFactorAuthAge")));
        QCOMPARE(c.value(QStringLiteral("aws:TokenIssueTime")),
                 QStringLiteral("2025-06-01T11:59:00Z"));
    }

    void roleSessionKeys()
    {
        const RequestContext c = RequestContextBuilder::build(roleSession());
        // The role, not the session.
        QCOMPARE(c.value(QStringLiteral("aws:PrincipalArn")),
                 QStringLiteral("arn:aws:iam::111122223333:role/audit/Auditor"));
        QCOMPARE(c.value(QStringLiteral("aws:PrincipalType")), QStringLiteral("AssumedRole"));
        QVERIFY(!c.contains(QStringLiteral("aws:username")));
        QCOMPARE(c.value(QStringLiteral("aws:userid")),
                 QStringLiteral("AROADBQP57FF2AEXAMPLE:John"));
        QCOMPARE(c.value(QStringLiteral("aws:MultiFactorAuthPresent")), QStringLiteral("true"));
        QCOMPARE(c.value(QStringLiteral("aws:MultiFactorAuthAge")), QStringLiteral("300"));
        QCOMPARE(c.value(QStringLiteral("aws:TokenIssueTime")),
                 QStringLiteral("2025-06-01T11:58:00Z"));
        QCOMPARE(c.value(QStringLiteral("aws:SourceIdentity")), QStringLiteral("john@example.com"));

        const RequestPrincipal principal = RequestContextBuilder::principal(roleSession());
        QCOMPARE(principal.arn,
                 QStringLiteral("arn:aws:sts::111122223333:assumed-role/Auditor/John"));
        QCOMPARE(principal.roleArn, QStringLiteral("arn:aws:iam::111122223333:role/audit/Auditor"));
        QCOMPARE(principal.account, QStringLiteral("111122223333"));
    }

    void federatedUserAndRoot()
    {
        CallerIdentity federated;
        federated.arn = QStringLiteral("arn:aws:sts::111122223333:federated-user/Bob");
        federated.type = CallerIdentity::Type::FederatedUser;
        federated.accountId = QStringLiteral("111122223333");
        federated.userId = QStringLiteral("111122223333:Bob");
        federated.now = now;
        const RequestContext f = RequestContextBuilder::build(federated);
        QCOMPARE(f.value(QStringLiteral("aws:PrincipalType")), QStringLiteral("FederatedUser"));
        QCOMPARE(f.value(QStringLiteral("aws:MultiFactorAuthPresent")), QStringLiteral("false"));
        QVERIFY(!f.contains(QStringLiteral("aws:username")));

        CallerIdentity root;
        root.arn = QStringLiteral("arn:aws:iam::111122223333:root");
        root.type = CallerIdentity::Type::Root;
        root.accountId = QStringLiteral("111122223333");
        root.userId = QStringLiteral("111122223333");
        root.now = now;
        const RequestContext r = RequestContextBuilder::build(root);
        QCOMPARE(r.value(QStringLiteral("aws:PrincipalType")), QStringLiteral("Account"));
        QCOMPARE(r.value(QStringLiteral("aws:PrincipalArn")),
                 QStringLiteral("arn:aws:iam::111122223333:root"));
        QCOMPARE(r.value(QStringLiteral("aws:userid")), QStringLiteral("111122223333"));
        QVERIFY(!r.contains(QStringLiteral("aws:MultiFactorAuthPresent")));
        QVERIFY(RequestContextBuilder::principal(root).root);
    }

    void honoursSourceIpRegionAndTransport()
    {
        CallerIdentity caller = user();
        caller.sourceIp = QStringLiteral("203.0.113.9");
        caller.requestedRegion = QStringLiteral("eu-west-1");
        caller.secureTransport = false;
        const RequestContext c = RequestContextBuilder::build(caller);
        QCOMPARE(c.value(QStringLiteral("aws:SourceIp")), QStringLiteral("203.0.113.9"));
        QCOMPARE(c.value(QStringLiteral("aws:RequestedRegion")), QStringLiteral("eu-west-1"));
        QCOMPARE(c.value(QStringLiteral("aws:SecureTransport")), QStringLiteral("false"));
    }
};

QTEST_GUILESS_MAIN(TestRequestContextBuilder)
#include "tst_requestcontextbuilder.moc"
