#include "iam/arn.h"

#include <QTest>

class TestArn : public QObject
{
    Q_OBJECT

private slots:
    void formatsIamEntities_data()
    {
        QTest::addColumn<QString>("actual");
        QTest::addColumn<QString>("expected");
        QTest::newRow("user at root path") << Arn::user(QStringLiteral("111122223333"),
                                                        QStringLiteral("/"), QStringLiteral("John"))
                                                  .toString()
                                           << QStringLiteral("arn:aws:iam::111122223333:user/John");
        QTest::newRow("user with path")
            << Arn::user(QStringLiteral("111122223333"), QStringLiteral("/dev/"),
                         QStringLiteral("John"))
                   .toString()
            << QStringLiteral("arn:aws:iam::111122223333:user/dev/John");
        QTest::newRow("role") << Arn::role(QStringLiteral("444455556666"), QStringLiteral("/"),
                                           QStringLiteral("CrossAccountAuditor"))
                                     .toString()
                              << QStringLiteral(
                                     "arn:aws:iam::444455556666:role/CrossAccountAuditor");
        QTest::newRow("aws managed policy")
            << Arn::policy(QStringLiteral("aws"), QStringLiteral("/"),
                           QStringLiteral("AdministratorAccess"))
                   .toString()
            << QStringLiteral("arn:aws:iam::aws:policy/AdministratorAccess");
        QTest::newRow("root") << Arn::root(QStringLiteral("111122223333")).toString()
                              << QStringLiteral("arn:aws:iam::111122223333:root");
        QTest::newRow("assumed role")
            << Arn::assumedRole(QStringLiteral("111122223333"), QStringLiteral("SecurityEngineer"),
                                QStringLiteral("John"))
                   .toString()
            << QStringLiteral("arn:aws:sts::111122223333:assumed-role/SecurityEngineer/John");
        QTest::newRow("mfa")
            << Arn::mfa(QStringLiteral("111122223333"), QStringLiteral("Maria")).toString()
            << QStringLiteral("arn:aws:iam::111122223333:mfa/Maria");
    }
    void formatsIamEntities()
    {
        QFETCH(QString, actual);
        QFETCH(QString, expected);
        QCOMPARE(actual, expected);
    }

    void parsesResourceWithColons()
    {
        const auto arn =
            Arn::parse(QStringLiteral("arn:aws:lambda:us-east-1:123456789012:function:f:1"));
        QVERIFY(arn.has_value());
        QCOMPARE(arn->service(), QStringLiteral("lambda"));
        QCOMPARE(arn->region(), QStringLiteral("us-east-1"));
        QCOMPARE(arn->account(), QStringLiteral("123456789012"));
        QCOMPARE(arn->resource(), QStringLiteral("function:f:1"));
        QCOMPARE(arn->resourceType(), QStringLiteral("function"));
        QCOMPARE(arn->toString(),
                 QStringLiteral("arn:aws:lambda:us-east-1:123456789012:function:f:1"));
    }

    void splitsTypeAndName()
    {
        const auto arn = Arn::parse(QStringLiteral("arn:aws:iam::111122223333:user/dev/ops/John"));
        QVERIFY(arn.has_value());
        QCOMPARE(arn->resourceType(), QStringLiteral("user"));
        QCOMPARE(arn->resourceName(), QStringLiteral("John"));
    }

    void rejectsNonArns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("too few parts") << QStringLiteral("arn:aws:iam::111122223333");
        QTest::newRow("wrong scheme") << QStringLiteral("urn:aws:iam::111122223333:user/John");
        QTest::newRow("no service") << QStringLiteral("arn:aws:::111122223333:user/John");
        QTest::newRow("no resource") << QStringLiteral("arn:aws:iam::111122223333:");
    }
    void rejectsNonArns()
    {
        QFETCH(QString, text);
        QVERIFY(!Arn::parse(text).has_value());
    }
};

QTEST_GUILESS_MAIN(TestArn)
#include "tst_arn.moc"
