#include "directory/policydocumentformatter.h"

#include <QJsonDocument>
#include <QTest>

class TestPolicyDocumentFormatter : public QObject
{
    Q_OBJECT

private:
    static QJsonObject parse(const char* text) { return QJsonDocument::fromJson(text).object(); }

private slots:
    void writesElementsInTheConsolesOrder()
    {
        const QJsonObject document = parse("{\"Statement\":[{\"Resource\":\"*\",\"Condition\":{"
                                           "\"Bool\":{\"aws:MultiFactorAuthPresent\":"
                                           "\"true\"}},\"Action\":[\"s3:GetObject\",\"s3:"
                                           "ListBucket\"],\"Sid\":\"Read\",\"Effect\":"
                                           "\"Allow\"}],\"Version\":\"2012-10-17\"}");
        const QString expected =
            QStringLiteral("{\n"
                           "    \"Version\": \"2012-10-17\",\n"
                           "    \"Statement\": [\n"
                           "        {\n"
                           "            \"Sid\": \"Read\",\n"
                           "            \"Effect\": \"Allow\",\n"
                           "            \"Action\": [\n"
                           "                \"s3:GetObject\",\n"
                           "                \"s3:ListBucket\"\n"
                           "            ],\n"
                           "            \"Resource\": \"*\",\n"
                           "            \"Condition\": {\n"
                           "                \"Bool\": {\n"
                           "                    \"aws:MultiFactorAuthPresent\": \"true\"\n"
                           "                }\n"
                           "            }\n"
                           "        }\n"
                           "    ]\n"
                           "}");
        QCOMPARE(PolicyDocumentFormatter::format(document), expected);
    }

    void principalElementsComeBeforeActions()
    {
        const QString text = PolicyDocumentFormatter::format(
            parse("{\"Statement\":[{\"Action\":\"sts:AssumeRole\",\"Principal\":{\"Service\":"
                  "\"ec2.amazonaws.com\"},\"Effect\":\"Allow\"}],\"Version\":\"2012-10-17\"}"));
        QVERIFY(text.indexOf(QStringLiteral("\"Effect\"")) <
                text.indexOf(QStringLiteral("\"Principal\"")));
        QVERIFY(text.indexOf(QStringLiteral("\"Principal\"")) <
                text.indexOf(QStringLiteral("\"Action\"")));
    }

    void keepsEveryValueExactly()
    {
        const QJsonObject document = parse(
            "{\"Version\":\"2012-10-17\",\"Id\":\"q\\\"uote\\\\ and caf\\u00e9\",\"Statement\":[],"
            "\"Extra\":{\"n\":12,\"t\":true,\"z\":null,\"e\":{}}}");
        const QString text = PolicyDocumentFormatter::format(document);
        QCOMPARE(QJsonDocument::fromJson(text.toUtf8()).object(), document);
        QVERIFY(text.contains(QStringLiteral("\"Statement\": []")));
        QVERIFY(text.contains(QStringLiteral("\"e\": {}")));
        QVERIFY(text.indexOf(QStringLiteral("\"Statement\"")) <
                text.indexOf(QStringLiteral("\"Extra\"")));
    }

    void anEmptyDocumentIsBraces()
    {
        QCOMPARE(PolicyDocumentFormatter::format(QJsonObject()), QStringLiteral("{}"));
    }
};

QTEST_GUILESS_MAIN(TestPolicyDocumentFormatter)
#include "tst_policydocumentformatter.moc"
