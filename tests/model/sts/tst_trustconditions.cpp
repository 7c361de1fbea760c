#include "sts/trustconditions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
QString trust(const QJsonValue& action, const QJsonObject& condition = {},
              const QString& effect = QStringLiteral("Allow"))
{
    QJsonObject statement{
        {QStringLiteral("Effect"), effect},
        {QStringLiteral("Principal"),
         QJsonObject{{QStringLiteral("AWS"), QStringLiteral("arn:aws:iam::111122223333:root")}}},
        {QStringLiteral("Action"), action}};
    if (!condition.isEmpty())
        statement.insert(QStringLiteral("Condition"), condition);
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("Version"), QStringLiteral("2012-10-17")},
                                  {QStringLiteral("Statement"), QJsonArray{statement}}})
            .toJson());
}

QJsonObject condition(const QString& op, const QString& key, const QString& value)
{
    return QJsonObject{{op, QJsonObject{{key, value}}}};
}
} // namespace

class TestTrustConditions : public QObject
{
    Q_OBJECT

private slots:
    void conditions_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<bool>("mfa");
        QTest::addColumn<bool>("externalId");
        const QString assume = QStringLiteral("sts:AssumeRole");
        QTest::newRow("plain") << trust(assume) << false << false;
        QTest::newRow("mfa present")
            << trust(assume,
                     condition(QStringLiteral("Bool"), QStringLiteral("aws:MultiFactorAuthPresent"),
                               QStringLiteral("true")))
            << true << false;
        QTest::newRow("mfa age, other case")
            << trust(QJsonArray{QStringLiteral("STS:assumerole")},
                     condition(QStringLiteral("NumericLessThan"),
                               QStringLiteral("AWS:multifactorauthage"), QStringLiteral("3600")))
            << true << false;
        QTest::newRow("external id") << trust(assume, condition(QStringLiteral("StringEquals"),
                                                                QStringLiteral("sts:ExternalId"),
                                                                QStringLiteral("catphoto-7Q2KX9")))
                                     << false << true;
        QTest::newRow("external id, lower case key")
            << trust(QStringLiteral("sts:*"),
                     condition(QStringLiteral("StringEquals"), QStringLiteral("STS:externalid"),
                               QStringLiteral("x1")))
            << false << true;
        QTest::newRow("both")
            << trust(QStringLiteral("*"),
                     QJsonObject{
                         {QStringLiteral("Bool"),
                          QJsonObject{{QStringLiteral("aws:MultiFactorAuthPresent"),
                                       QStringLiteral("true")}}},
                         {QStringLiteral("StringEquals"),
                          QJsonObject{{QStringLiteral("sts:ExternalId"), QStringLiteral("x1")}}}})
            << true << true;
        QTest::newRow("deny statement does not count")
            << trust(assume,
                     condition(QStringLiteral("Bool"), QStringLiteral("aws:MultiFactorAuthPresent"),
                               QStringLiteral("false")),
                     QStringLiteral("Deny"))
            << false << false;
        QTest::newRow("other action does not count")
            << trust(QStringLiteral("sts:TagSession"),
                     condition(QStringLiteral("StringEquals"), QStringLiteral("sts:ExternalId"),
                               QStringLiteral("x1")))
            << false << false;
        QTest::newRow("SAML only does not count")
            << trust(QStringLiteral("sts:AssumeRoleWithSAML"),
                     condition(QStringLiteral("Bool"), QStringLiteral("aws:MultiFactorAuthPresent"),
                               QStringLiteral("true")))
            << false << false;
        QTest::newRow("not json") << QStringLiteral("{") << false << false;
    }
    void conditions()
    {
        QFETCH(QString, document);
        QFETCH(bool, mfa);
        QFETCH(bool, externalId);
        const TrustConditions c = TrustConditions::of(document);
        QCOMPARE(c.requiresMfa, mfa);
        QCOMPARE(c.requiresExternalId, externalId);
    }

    void statementAsObject()
    {
        const QString document =
            QStringLiteral("{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\","
                           "\"Condition\":{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}}}");
        QVERIFY(TrustConditions::of(document).requiresMfa);
    }
};

QTEST_GUILESS_MAIN(TestTrustConditions)
#include "tst_trustconditions.moc"
