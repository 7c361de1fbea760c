#include "items/trustedprincipals.h"

#include <QTest>

class TestTrustedPrincipals : public QObject
{
    Q_OBJECT

private slots:
    void listsEveryPrincipalFormOfAllowStatements()
    {
        const QString policy = QStringLiteral(R"({
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::111122223333:root", "444455556666"]},
             "Action": "sts:AssumeRole"},
            {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"},
            {"Effect": "Deny", "Principal": {"AWS": "arn:aws:iam::999988887777:root"}, "Action": "sts:AssumeRole"},
            {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:saml-provider/IdP"},
             "Action": "sts:AssumeRoleWithSAML"}
          ]})");
        const QList<TrustedPrincipal> expected{
            {QStringLiteral("AWS"), QStringLiteral("arn:aws:iam::111122223333:root")},
            {QStringLiteral("AWS"), QStringLiteral("444455556666")},
            {QStringLiteral("Service"), QStringLiteral("ec2.amazonaws.com")},
            {QStringLiteral("Federated"),
             QStringLiteral("arn:aws:iam::111122223333:saml-provider/IdP")}};
        QCOMPARE(TrustedPrincipals::fromTrustPolicy(policy), expected);
    }

    void singleStatementObjectAndWildcard()
    {
        const QString policy = QStringLiteral(
            R"({"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole"}})");
        const QList<TrustedPrincipal> expected{{QStringLiteral("*"), QStringLiteral("*")}};
        QCOMPARE(TrustedPrincipals::fromTrustPolicy(policy), expected);
    }

    void malformedTextGivesNothing()
    {
        QVERIFY(TrustedPrincipals::fromTrustPolicy(QStringLiteral("{not json")).isEmpty());
        QVERIFY(TrustedPrincipals::fromTrustPolicy(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTrustedPrincipals)
#include "tst_trustedprincipals.moc"
