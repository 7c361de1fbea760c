#include "policycursorcontext.h"

#include <QTest>

// What the completion offers depends on where the cursor is; "|" marks it.
class TestPolicyCursorContext : public QObject
{
    Q_OBJECT

    using Kind = PolicyCursorContext::Kind;

    static PolicyCursorContext at(QString text)
    {
        const qsizetype cursor = text.indexOf(QLatin1Char('|'));
        text.remove(cursor, 1);
        return PolicyCursorContext::at(text, cursor);
    }

private slots:
    void findsTheKind_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("prefix");

        QTest::newRow("lone action")
            << "{\"Statement\": {\"Action\": \"s3:Get|" << Kind::Action << "s3:Get";
        QTest::newRow("action list")
            << "{\"Statement\": [{\"Action\": [\"s3:GetObject\", \"iam:|\"]}]}" << Kind::Action
            << "iam:";
        QTest::newRow("not action") << "{\"Statement\": {\"NotAction\": \"|" << Kind::Action << "";
        QTest::newRow("resource") << "{\"Statement\": {\"Resource\": [\"arn:aws:s3|"
                                  << Kind::Resource << "arn:aws:s3";
        QTest::newRow("condition key")
            << "{\"Statement\": {\"Condition\": {\"StringEquals\": {\"aws:Pr|" << Kind::ConditionKey
            << "aws:Pr";
        QTest::newRow("second condition key")
            << "{\"Statement\": {\"Condition\": {\"Bool\": {\"aws:SecureTransport\": true, \"s3:|"
            << Kind::ConditionKey << "s3:";
        QTest::newRow("condition value")
            << "{\"Statement\": {\"Condition\": {\"StringEquals\": {\"aws:username\": \"jo|"
            << Kind::None << "";
        QTest::newRow("operator name")
            << "{\"Statement\": {\"Condition\": {\"String|" << Kind::None << "";
        QTest::newRow("member name") << "{\"Statement\": {\"Act|" << Kind::None << "";
        QTest::newRow("effect") << "{\"Statement\": {\"Effect\": \"Al|" << Kind::None << "";
        QTest::newRow("after an action")
            << "{\"Statement\": {\"Action\": \"s3:GetObject\"|" << Kind::None << "";
        QTest::newRow("sid named Action")
            << "{\"Statement\": {\"Sid\": \"Action\", \"Effect\": \"|" << Kind::None << "";
        QTest::newRow("missing comma")
            << "{\"Statement\": {\"Effect\": \"Allow\"\n \"Action\": \"s3:|" << Kind::Action
            << "s3:";
        QTest::newRow("missing comma after a block")
            << "{\"Statement\": {\"Condition\": {}\n \"Resource\": \"arn|" << Kind::Resource
            << "arn";
        QTest::newRow("escaped quote")
            << "{\"Statement\": {\"Sid\": \"a\\\"b\", \"Action\": \"ec2:|" << Kind::Action
            << "ec2:";
    }

    void findsTheKind()
    {
        QFETCH(QString, text);
        QFETCH(Kind, kind);
        QFETCH(QString, prefix);
        const PolicyCursorContext context = at(text);
        QCOMPARE(context.kind(), kind);
        QCOMPARE(context.prefix(), prefix);
    }

    void collectsTheStatementsActions()
    {
        const PolicyCursorContext resource =
            at("{\"Statement\": [{\"Action\": \"s3:ListBucket\"}, {\"Action\": [\"iam:GetUser\", "
               "\"iam:CreateUser\"], \"Resource\": \"arn:|\"}]}");
        QCOMPARE(resource.kind(), Kind::Resource);
        QCOMPARE(resource.actions(),
                 (QStringList{QStringLiteral("iam:GetUser"), QStringLiteral("iam:CreateUser")}));

        const PolicyCursorContext key = at("{\"Statement\": {\"Action\": \"s3:GetObject\", "
                                           "\"Condition\": {\"StringLike\": {\"s3:|");
        QCOMPARE(key.kind(), Kind::ConditionKey);
        QCOMPARE(key.actions(), QStringList{QStringLiteral("s3:GetObject")});

        QVERIFY(at("{\"Statement\": {\"Resource\": \"|").actions().isEmpty());
    }

    void clampsTheCursor()
    {
        QCOMPARE(PolicyCursorContext::at(QStringLiteral("{\"Action\": \"s3"), 500).kind(),
                 Kind::Action);
        QCOMPARE(PolicyCursorContext::at(QStringLiteral("{\"Action\": \"s3"), -1).kind(),
                 Kind::None);
    }
};

QTEST_GUILESS_MAIN(TestPolicyCursorContext)
#include "tst_policycursorcontext.moc"
