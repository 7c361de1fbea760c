#include "policy/batchrequestreader.h"
#include "policy/evaluationrequest.h"
#include "policytestsupport.h"

#include <QTest>

// The fast reader of simulate --batch lines: what it reads, what it caches,
// and what it leaves to the checked reader.
class TestBatchRequestReader : public QObject
{
    Q_OBJECT

    static QByteArray line(const char* singleQuoted) { return json(singleQuoted).toUtf8(); }

    static QByteArray request(const QByteArray& policy)
    {
        return "{\"policies\": [" + policy +
               "], \"action\": \"s3:GetObject\", \"resource\": \"*\"}";
    }

private slots:
    void readsEveryField()
    {
        BatchRequestReader reader(8);
        EvaluationRequest request;
        QVERIFY(reader.read(
            line("{'policies': [{'Statement': {'Effect': 'Allow', 'Action': 's3:*', "
                 "'Resource': '*'}}, '{\\'Statement\\': {\\'Effect\\': \\'Deny\\', \\'Action\\': "
                 "\\'s3:Delete*\\', \\'Resource\\': \\'*\\'}}'],"
                 " 'boundary': {'Statement': {'Effect': 'Allow', 'Action': '*', 'Resource': '*'}},"
                 " 'scps': [[], [{'Version': '2012-10-17', 'Statement': {'Effect': 'Allow', "
                 "'Action': '*', 'Resource': '*'}}]],"
                 " 'principal': 'arn:aws:sts::111122223333:assumed-role/Dev/ana',"
                 " 'resourceAccount': '444455556666', 'action': 's3:GetObject',"
                 " 'resource': 'arn:aws:s3:::b/caf\\u00e9',"
                 " 'context': {'aws:MultiFactorAuthAge': 600, 'n': [1.5, 1e2, -0, true],"
                 " 's': '\\ud83d\\ude00'}, 'unknown': {'ignored': [1, 2]}}"),
            request));
        QCOMPARE(request.action, QStringLiteral("s3:GetObject"));
        QCOMPARE(request.resource, QStringLiteral("arn:aws:s3:::b/caf\u00e9"));
        QCOMPARE(request.principal.account, QStringLiteral("111122223333"));
        QCOMPARE(request.principal.roleArn, QStringLiteral("arn:aws:iam::111122223333:role/Dev"));
        QCOMPARE(request.resourceAccount, QStringLiteral("444455556666"));
        QCOMPARE(request.identityPolicies.size(), 2);
        QCOMPARE(request.identityPolicies.at(1).name, QStringLiteral("policies[1]"));
        QCOMPARE(request.identityPolicies.at(1).policy->document().statements().at(0).effect,
                 PolicyEffect::Deny);
        QVERIFY(request.permissionsBoundary);
        QCOMPARE(request.permissionsBoundary->name, QStringLiteral("boundary"));
        QCOMPARE(request.serviceControlPolicies.size(), 2);
        QVERIFY(request.serviceControlPolicies.at(0).isEmpty());
        QCOMPARE(request.serviceControlPolicies.at(1).at(0).name, QStringLiteral("scps[1][0]"));
        // Numbers and booleans compare as their JSON spelling, as the checked reader spells them.
        QCOMPARE(request.context.value(QStringLiteral("aws:MultiFactorAuthAge")),
                 QStringLiteral("600"));
        QCOMPARE(*request.context.values(QStringLiteral("n")),
                 (QStringList{QStringLiteral("1.5"), QStringLiteral("100"), QStringLiteral("0"),
                              QStringLiteral("true")}));
        QCOMPARE(request.context.value(QStringLiteral("s")), QString::fromUtf8("\xF0\x9F\x98\x80"));
    }

    void cachesPoliciesByTheirText()
    {
        BatchRequestReader reader(2);
        const QByteArray allow =
            line("{'Statement': {'Effect': 'Allow', 'Action': 's3:*', 'Resource': '*'}}");
        EvaluationRequest first;
        EvaluationRequest second;
        QVERIFY(reader.read(request(allow), first));
        QVERIFY(reader.read(request(allow), second));
        QCOMPARE(reader.cache().size(), 1);
        // The same compiled policy serves both lines.
        QCOMPARE(first.identityPolicies.at(0).policy.get(),
                 second.identityPolicies.at(0).policy.get());

        // Other text (a space inside), other entry; the capacity holds.
        EvaluationRequest third;
        QVERIFY(reader.read(request(QByteArray(allow).replace("{\"S", "{ \"S")), third));
        QCOMPARE(reader.cache().size(), 2);
        QVERIFY(third.identityPolicies.at(0).policy.get() !=
                first.identityPolicies.at(0).policy.get());
        EvaluationRequest fourth;
        QVERIFY(reader.read(
            request(line("{'Statement': {'Effect': 'Deny', 'Action': '*', 'Resource': '*'}}")),
            fourth));
        QCOMPARE(reader.cache().size(), 2);
        // Used as a boundary, the same text is another policy (its kind's rules apply).
        EvaluationRequest fifth;
        QVERIFY(reader.read("{\"boundary\": " + allow +
                                ", \"action\": \"s3:GetObject\", "
                                "\"resource\": \"*\"}",
                            fifth));
        QVERIFY(fifth.permissionsBoundary->policy.get() !=
                first.identityPolicies.at(0).policy.get());
    }

    void remembersContextsByTheirText()
    {
        BatchRequestReader reader(8);
        const QByteArray tail = ", \"action\": \"s3:GetObject\", \"resource\": \"*\"}";
        const QByteArray context = "{\"context\": {\"aws:SourceIp\": \"10.0.0.1\", "
                                   "\"aws:PrincipalTag/Team\": [\"a\", \"b\"]}";
        EvaluationRequest first;
        QVERIFY(reader.read(context + tail, first));
        // The same line again, read into the last line's request.
        EvaluationRequest again = first;
        QVERIFY(reader.read(context + tail, again));
        for (const EvaluationRequest* request : {&first, &again}) {
            QCOMPARE(request->context.size(), 2);
            QCOMPARE(request->context.value(QStringLiteral("AWS:SourceIP")),
                     QStringLiteral("10.0.0.1"));
            QCOMPARE(*request->context.values(QStringLiteral("aws:principaltag/team")),
                     (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        }
        // Another text, another context; none leaves anything behind.
        QVERIFY(reader.read("{\"context\": {\"k\": \"v\"}" + tail, again));
        QCOMPARE(again.context.keys(), QStringList{QStringLiteral("k")});
        QVERIFY(reader.read("{\"context\": {}" + tail, again));
        QVERIFY(again.context.isEmpty());
        QVERIFY(reader.read(tail.sliced(2).prepend('{'), again));
        QVERIFY(again.context.isEmpty());
        // The last of two contexts counts, whichever kind it is.
        QVERIFY(reader.read(context + ", \"context\": {\"k\": \"w\"}" + tail, again));
        QCOMPARE(again.context.keys(), QStringList{QStringLiteral("k")});
        QVERIFY(reader.read(context + ", \"context\": null" + tail, again));
        QVERIFY(again.context.isEmpty());
        EvaluationRequest refused;
        QVERIFY(!reader.read(context + ", \"context\": \"k\"" + tail, refused));
        // Found by the parser when the scan leaves the line to it (an escaped name).
        QVERIFY(reader.read("{\"con\\u0074ext\": {\"k\": \"x\"}" + tail, again));
        QCOMPARE(again.context.value(QStringLiteral("k")), QStringLiteral("x"));
        // A remembered context is not taken for a line that repeats its key.
        QVERIFY(!reader.read("{\"context\": {\"k\": \"v\", \"K\": \"v\"}" + tail, refused));
        QVERIFY(reader.read("{\"context\": {\"k\": \"v\"}" + tail, again));
        QCOMPARE(again.context.value(QStringLiteral("k")), QStringLiteral("v"));
    }

    void readsEscapesInPlace()
    {
        BatchRequestReader reader(8);
        EvaluationRequest request;
        // Escapes are undone in the reader's own copy of the line; the line stays as it was.
        const QByteArray text =
            line("{'policies': [{'Statement': {'Effect': 'Allow', 'Action': 's3:*', "
                 "'Resource': '*'}}], 'action': 's3:Get\\u004fbject', "
                 "'resource': 'arn:aws:s3:::b/\\'q\\'\\\\', 'context': {'k\\u0031': 'a\\/b'}}");
        const QByteArray before = text;
        QVERIFY(reader.read(text, request));
        QCOMPARE(text, before);
        QCOMPARE(request.action, QStringLiteral("s3:GetObject"));
        QCOMPARE(request.resource, QStringLiteral("arn:aws:s3:::b/\"q\"\\"));
        QCOMPARE(request.context.value(QStringLiteral("k1")), QStringLiteral("a/b"));
        QCOMPARE(request.identityPolicies.size(), 1);
    }

    void lastOfARepeatedMemberWins_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("policies");
        QTest::newRow("action") << line("{'action': 's3:PutObject', 'resource': '*', 'action': "
                                        "'s3:GetObject'}")
                                << QStringLiteral("s3:GetObject") << 0;
        QTest::newRow("policies") << line("{'policies': [{'Statement': {'Effect': 'Allow', "
                                          "'Action': '*', 'Resource': '*'}}], 'action': "
                                          "'s3:GetObject', 'resource': '*', 'policies': []}")
                                  << QStringLiteral("s3:GetObject") << 0;
        QTest::newRow("policies again") << line("{'policies': [], 'action': 's3:GetObject', "
                                                "'resource': '*', 'policies': [{'Statement': "
                                                "{'Effect': 'Allow', 'Action': '*', 'Resource': "
                                                "'*'}}, {'Statement': {'Effect': 'Deny', 'Action': "
                                                "'*', 'Resource': '*'}}]}")
                                        << QStringLiteral("s3:GetObject") << 2;
    }

    void lastOfARepeatedMemberWins()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, action);
        QFETCH(int, policies);
        BatchRequestReader reader(8);
        EvaluationRequest request;
        QVERIFY(reader.read(line, request));
        QCOMPARE(request.action, action);
        QCOMPARE(request.identityPolicies.size(), policies);
        if (policies == 2) { // each object policy is its own text, in order
            QCOMPARE(request.identityPolicies.at(1).policy->document().statements().at(0).effect,
                     PolicyEffect::Deny);
        }
    }

    void leavesTheRestToTheCheckedReader_data()
    {
        QTest::addColumn<QByteArray>("line");
        const QByteArray tail = ", \"action\": \"s3:GetObject\", \"resource\": \"*\"}";
        QTest::newRow("not JSON") << QByteArray("{\"action\": ");
        QTest::newRow("not an object") << QByteArray("[1, 2]");
        QTest::newRow("no action") << QByteArray("{\"resource\": \"*\"}");
        QTest::newRow("empty action") << QByteArray("{\"action\": \"\", \"resource\": \"*\"}");
        QTest::newRow("trailing garbage")
            << QByteArray("{\"action\": \"a:b\", \"resource\": \"*\"} x");
        QTest::newRow("vertical tab after")
            << QByteArray("{\"action\": \"a:b\", \"resource\": \"*\"}\v");
        QTest::newRow("two objects") << QByteArray("{\"action\": \"a:b\", \"resource\": \"*\"}{}");
        QTest::newRow("invalid UTF-8") << QByteArray("{\"context\": {\"k\": \"\xC3\x28\"}" + tail);
        QTest::newRow("overlong UTF-8") << QByteArray("{\"context\": {\"k\": \"\xC0\xAF\"}" + tail);
        QTest::newRow("UTF-8 surrogate")
            << QByteArray("{\"context\": {\"k\": \"\xED\xA0\x80\"}" + tail);
        QTest::newRow("lone surrogate escape")
            << QByteArray("{\"context\": {\"k\": \"\\ud800\"}" + tail);
        QTest::newRow("NUL byte") << QByteArray("{\"context\": {\"k\": \"a\0b\"}", 24) + tail;
        QTest::newRow("number too big") << QByteArray("{\"context\": {\"k\": 1e400}" + tail);
        QTest::newRow("context not an object") << QByteArray("{\"context\": [\"k\"]" + tail);
        QTest::newRow("context object value")
            << QByteArray("{\"context\": {\"k\": {\"a\": 1}}" + tail);
        QTest::newRow("context null value") << QByteArray("{\"context\": {\"k\": null}" + tail);
        QTest::newRow("context key twice")
            << QByteArray("{\"context\": {\"k\": \"a\", \"k\": \"b\"}" + tail);
        QTest::newRow("context key in two cases")
            << QByteArray("{\"context\": {\"aws:Foo\": \"a\", \"aws:foo\": \"b\"}" + tail);
        QTest::newRow("policies null") << QByteArray("{\"policies\": null" + tail);
        QTest::newRow("policy a number") << QByteArray("{\"policies\": [42]" + tail);
        QTest::newRow("policy does not compile")
            << QByteArray("{\"policies\": [{\"Statement\": {\"Effect\": \"Permit\", \"Action\": "
                          "\"*\", \"Resource\": \"*\"}}]" +
                          tail);
        QTest::newRow("policy string does not compile")
            << QByteArray("{\"policies\": [\"{}\"]" + tail);
        QTest::newRow("scps not levels") << QByteArray("{\"scps\": [{}]" + tail);
        QTest::newRow("deep nesting")
            << QByteArray("{\"x\": " + QByteArray(BatchRequestReader::MaxDepth + 1, '[') +
                          QByteArray(BatchRequestReader::MaxDepth + 1, ']') + tail);
    }

    void leavesTheRestToTheCheckedReader()
    {
        QFETCH(QByteArray, line);
        BatchRequestReader reader(8);
        EvaluationRequest request;
        QVERIFY(!reader.read(line, request));
        // And reads a good line after it: nothing of the refused one is left behind.
        EvaluationRequest next;
        QVERIFY(
            reader.read(QByteArray("{\"action\": \"s3:GetObject\", \"resource\": \"*\"}"), next));
        QCOMPARE(next.action, QStringLiteral("s3:GetObject"));
    }

    void readsAHugeLineAndForgetsIt()
    {
        BatchRequestReader reader(8);
        EvaluationRequest request;
        const QByteArray value(8 * 1024 * 1024, 'v');
        QVERIFY(reader.read("{\"context\": {\"big\": \"" + value +
                                "\"}, \"action\": \"s3:GetObject\", \"resource\": \"*\"}",
                            request));
        QCOMPARE(request.context.value(QStringLiteral("big")).size(), value.size());
        EvaluationRequest next;
        QVERIFY(reader.read("{\"action\": \"s3:GetObject\", \"resource\": \"*\"}", next));
        QVERIFY(next.context.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBatchRequestReader)
#include "tst_batchrequestreader.moc"
