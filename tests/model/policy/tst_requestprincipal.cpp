#include "policy/requestprincipal.h"

#include <QTest>

// What RequestPrincipal derives from a caller's ARN.
class TestRequestPrincipal : public QObject
{
    Q_OBJECT

private slots:
    void user()
    {
        const auto p =
            RequestPrincipal::fromArn(QStringLiteral("arn:aws:iam::111122223333:user/dev/John"));
        QCOMPARE(p.account, QStringLiteral("111122223333"));
        QVERIFY(p.roleArn.isEmpty());
        QVERIFY(!p.root);
        QVERIFY(p.isAwsPrincipal());
    }

    void root()
    {
        const auto p = RequestPrincipal::fromArn(QStringLiteral("arn:aws:iam::111122223333:root"));
        QVERIFY(p.root);
        QCOMPARE(p.account, QStringLiteral("111122223333"));
    }

    void roleSessionBelongsToItsRole()
    {
        const auto p = RequestPrincipal::fromArn(
            QStringLiteral("arn:aws:sts::444455556666:assumed-role/Auditor/John"));
        QCOMPARE(p.account, QStringLiteral("444455556666"));
        QCOMPARE(p.roleArn, QStringLiteral("arn:aws:iam::444455556666:role/Auditor"));
        QVERIFY(!p.root);
        // A known role ARN (with its path) wins over the derived one.
        const auto withPath = RequestPrincipal::fromArn(
            QStringLiteral("arn:aws:sts::444455556666:assumed-role/Auditor/John"),
            QStringLiteral("arn:aws:iam::444455556666:role/audit/Auditor"));
        QCOMPARE(withPath.roleArn, QStringLiteral("arn:aws:iam::444455556666:role/audit/Auditor"));
    }

    void servicesAndProviders()
    {
        const auto service = RequestPrincipal::fromService(QStringLiteral("ec2.amazonaws.com"));
        QVERIFY(!service.isAwsPrincipal());
        QCOMPARE(service.service, QStringLiteral("ec2.amazonaws.com"));
        const auto federated =
            RequestPrincipal::fromFederatedProvider(QStringLiteral("accounts.google.com"));
        QCOMPARE(federated.federatedProvider, QStringLiteral("accounts.google.com"));
        QVERIFY(!federated.isAwsPrincipal());
    }

    void anythingElse()
    {
        const auto p = RequestPrincipal::fromArn(QStringLiteral("not an arn"));
        QVERIFY(p.account.isEmpty());
        QVERIFY(p.isAwsPrincipal());
        QVERIFY(!RequestPrincipal::fromArn(QString()).isAwsPrincipal());
    }
};

QTEST_GUILESS_MAIN(TestRequestPrincipal)
#include "tst_requestprincipal.moc"
