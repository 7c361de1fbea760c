#include "policy/compiledcondition.h"
#include "policy/requestcontext.h"

#include <QTest>

// One condition (operator, key, values) against a request context: every
// operator of spec §5.6, the missing-key rules, set operators, multi-valued
// keys and values.
class TestCompiledCondition : public QObject
{
    Q_OBJECT

    static bool evaluate(const QString& op, const QStringList& policyValues,
                         const RequestContext& context, const QString& key = QStringLiteral("k"))
    {
        return CompiledCondition::compile({op, key, policyValues}, PolicyPattern::Variables::On)
            .evaluate(context);
    }

    static RequestContext with(const QStringList& values, const QString& key = QStringLiteral("k"))
    {
        RequestContext context;
        context.set(key, values);
        return context;
    }

    static QStringList baseOperators()
    {
        return {QStringLiteral("StringEquals"),
                QStringLiteral("StringNotEquals"),
                QStringLiteral("StringEqualsIgnoreCase"),
                QStringLiteral("StringNotEqualsIgnoreCase"),
                QStringLiteral("StringLike"),
                QStringLiteral("StringNotLike"),
                QStringLiteral("NumericEquals"),
                QStringLiteral("NumericNotEquals"),
                QStringLiteral("NumericLessThan"),
                QStringLiteral("NumericLessThanEquals"),
                QStringLiteral("NumericGreaterThan"),
                QStringLiteral("NumericGreaterThanEquals"),
                QStringLiteral("DateEquals"),
                QStringLiteral("DateNotEquals"),
                QStringLiteral("DateLessThan"),
                QStringLiteral("DateLessThanEquals"),
                QStringLiteral("DateGreaterThan"),
                QStringLiteral("DateGreaterThanEquals"),
                QStringLiteral("Bool"),
                QStringLiteral("BinaryEquals"),
                QStringLiteral("IpAddress"),
                QStringLiteral("NotIpAddress"),
                QStringLiteral("ArnEquals"),
                QStringLiteral("ArnNotEquals"),
                QStringLiteral("ArnLike"),
                QStringLiteral("ArnNotLike")};
    }

    static bool isNegated(const QString& op) { return op.contains(QLatin1String("Not")); }

private slots:
    void everyOperator_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QStringList>("policy");
        QTest::addColumn<QString>("request");
        QTest::addColumn<bool>("expected");
        const auto row = [](const char* name, const char* op, QStringList policy,
                            const char* request, bool expected) {
            QTest::newRow(name) << QString::fromLatin1(op) << policy << QString::fromLatin1(request)
                                << expected;
        };
        row("StringEquals match", "StringEquals", {"a", "b"}, "b", true);
        row("StringEquals case", "StringEquals", {"b"}, "B", false);
        row("StringNotEquals match", "StringNotEquals", {"a", "b"}, "b", false);
        row("StringNotEquals none", "StringNotEquals", {"a", "b"}, "c", true);
        row("StringEqualsIgnoreCase", "StringEqualsIgnoreCase", {"PreProd"}, "preprod", true);
        row("StringNotEqualsIgnoreCase", "StringNotEqualsIgnoreCase", {"PreProd"}, "preprod",
            false);
        row("StringLike", "StringLike", {"home/*"}, "home/x/y", true);
        row("StringLike no", "StringLike", {"home/*"}, "Home/x", false);
        row("StringNotLike", "StringNotLike", {"A*", "B*"}, "Cherry", true);
        row("StringNotLike any value matches", "StringNotLike", {"A*", "B*"}, "Apple", false);
        row("NumericEquals", "NumericEquals", {"10", "20"}, "20", true);
        row("NumericNotEquals", "NumericNotEquals", {"10", "20"}, "20", false);
        row("NumericLessThan", "NumericLessThan", {"10"}, "9.5", true);
        row("NumericLessThan equal", "NumericLessThan", {"10"}, "10", false);
        row("NumericLessThanEquals", "NumericLessThanEquals", {"10"}, "10", true);
        row("NumericGreaterThan", "NumericGreaterThan", {"10"}, "11", true);
        row("NumericGreaterThan equal", "NumericGreaterThan", {"10"}, "10", false);
        row("NumericGreaterThanEquals", "NumericGreaterThanEquals", {"10"}, "9", false);
        row("DateEquals", "DateEquals", {"2024-01-01"}, "2024-01-01T00:00:00Z", true);
        row("DateNotEquals", "DateNotEquals", {"2024-01-01"}, "2024-01-02", true);
        row("DateLessThan", "DateLessThan", {"2024-01-01T00:00:00Z"}, "2023-12-31T23:59:59Z", true);
        row("DateLessThanEquals", "DateLessThanEquals", {"2024-01-01"}, "1704067200", true);
        row("DateGreaterThan", "DateGreaterThan", {"2020-01-01T00:00:01Z"}, "2020-06-01T00:00:00Z",
            true);
        row("DateGreaterThan equal", "DateGreaterThan", {"2020-01-01T00:00:01Z"}, "1577836801",
            false);
        row("DateGreaterThanEquals", "DateGreaterThanEquals", {"2024-01-01"}, "2023-06-01", false);
        row("Bool", "Bool", {"true"}, "true", true);
        row("Bool false", "Bool", {"true"}, "false", false);
        row("BinaryEquals", "BinaryEquals", {"QUJD"}, "QUJD", true);
        row("BinaryEquals differs", "BinaryEquals", {"QUJD"}, "QUJE", false);
        row("IpAddress", "IpAddress", {"10.0.0.0/8", "2001:db8::/32"}, "2001:db8::1", true);
        row("NotIpAddress", "NotIpAddress", {"10.0.0.0/8"}, "192.0.2.1", true);
        row("NotIpAddress inside", "NotIpAddress", {"10.0.0.0/8", "192.0.2.0/24"}, "192.0.2.1",
            false);
        row("ArnEquals", "ArnEquals", {"arn:aws:sns:us-west-2:123456789012:TOPIC-ID"},
            "arn:aws:sns:us-west-2:123456789012:TOPIC-ID", true);
        row("ArnNotEquals", "ArnNotEquals", {"arn:aws:sns:*:123456789012:*"},
            "arn:aws:sns:us-west-2:777788889999:TOPIC-ID", true);
        row("ArnLike", "ArnLike", {"arn:aws:iam::*:user/*"}, "arn:aws:iam::1:user/a/b", true);
        row("ArnNotLike", "ArnNotLike", {"arn:aws:iam::123456789012:*"},
            "arn:aws:iam::123456789012:root", false);
    }
    void everyOperator()
    {
        QFETCH(QString, op);
        QFETCH(QStringList, policy);
        QFETCH(QString, request);
        QFETCH(bool, expected);
        QCOMPARE(evaluate(op, policy, with({request})), expected);
        // IfExists changes nothing when the key is present.
        QCOMPARE(evaluate(op + QStringLiteral("IfExists"), policy, with({request})), expected);
    }

    void missingKeys_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<bool>("expected");
        for (const QString& base : baseOperators()) {
            // Spec §5.6: plain → false, negated → true, IfExists → true,
            // ForAllValues → true; ForAnyValue stays false.
            QTest::newRow(qPrintable(base)) << base << isNegated(base);
            QTest::newRow(qPrintable(base + QStringLiteral("IfExists")))
                << base + QStringLiteral("IfExists") << true;
            QTest::newRow(qPrintable(QStringLiteral("ForAllValues:") + base))
                << QStringLiteral("ForAllValues:") + base << true;
            QTest::newRow(qPrintable(QStringLiteral("ForAnyValue:") + base))
                << QStringLiteral("ForAnyValue:") + base << false;
            QTest::newRow(
                qPrintable(QStringLiteral("ForAnyValue:") + base + QStringLiteral("IfExists")))
                << QStringLiteral("ForAnyValue:") + base + QStringLiteral("IfExists") << true;
        }
    }
    void missingKeys()
    {
        QFETCH(QString, op);
        QFETCH(bool, expected);
        RequestContext other;
        other.set(QStringLiteral("other"), QStringLiteral("x"));
        QCOMPARE(evaluate(op, {QStringLiteral("x")}, other), expected);
        // A key with no values counts as missing.
        QCOMPARE(evaluate(op, {QStringLiteral("x")}, with({})), expected);
    }

    void nullChecksPresence()
    {
        const RequestContext present = with({QStringLiteral("2024-06-01T12:00:00Z")});
        const RequestContext absent;
        QVERIFY(evaluate(QStringLiteral("Null"), {QStringLiteral("true")}, absent));
        QVERIFY(!evaluate(QStringLiteral("Null"), {QStringLiteral("true")}, present));
        QVERIFY(evaluate(QStringLiteral("Null"), {QStringLiteral("false")}, present));
        QVERIFY(!evaluate(QStringLiteral("Null"), {QStringLiteral("false")}, absent));
        QVERIFY(evaluate(QStringLiteral("Null"), {QStringLiteral("TRUE")}, absent));
        QVERIFY(!evaluate(QStringLiteral("Null"), {QStringLiteral("maybe")}, absent));
        QVERIFY(evaluate(QStringLiteral("Null"), {QStringLiteral("true"), QStringLiteral("false")},
                         present));
    }

    void multiValuedRequestKeys()
    {
        const RequestContext tags = with({QStringLiteral("environment"), QStringLiteral("dept")});
        const QStringList allowed{QStringLiteral("environment"), QStringLiteral("cost-center")};
        QVERIFY(!evaluate(QStringLiteral("ForAllValues:StringEquals"), allowed, tags));
        QVERIFY(evaluate(QStringLiteral("ForAllValues:StringEquals"), allowed,
                         with({QStringLiteral("cost-center"), QStringLiteral("environment")})));
        QVERIFY(evaluate(QStringLiteral("ForAnyValue:StringEquals"), allowed, tags));
        QVERIFY(!evaluate(QStringLiteral("ForAnyValue:StringEquals"), allowed,
                          with({QStringLiteral("dept")})));
        // Negated set operators: per request value, "matches none of the policy values".
        QVERIFY(evaluate(QStringLiteral("ForAnyValue:StringNotEquals"), allowed, tags));
        QVERIFY(!evaluate(QStringLiteral("ForAllValues:StringNotEquals"), allowed, tags));
        QVERIFY(evaluate(QStringLiteral("ForAllValues:StringNotLike"), {QStringLiteral("env*")},
                         with({QStringLiteral("dept"), QStringLiteral("owner")})));
        // Plain operators: a positive one needs any value to match, a
        // negated one that none does.
        QVERIFY(evaluate(QStringLiteral("StringEquals"), allowed, tags));
        QVERIFY(!evaluate(QStringLiteral("StringNotEquals"), allowed, tags));
        QVERIFY(evaluate(QStringLiteral("StringNotEquals"), allowed,
                         with({QStringLiteral("dept"), QStringLiteral("owner")})));
    }

    void keyNamesAreCaseInsensitive()
    {
        RequestContext context;
        context.set(QStringLiteral("aws:sourceip"), QStringLiteral("128.223.0.1"));
        QVERIFY(evaluate(QStringLiteral("IpAddress"), {QStringLiteral("128.223.0.0/16")}, context,
                         QStringLiteral("aws:SourceIp")));
        const auto compiled = CompiledCondition::compile(
            {QStringLiteral("StringEquals"), QStringLiteral("AWS:UserName"), {QStringLiteral("x")}},
            PolicyPattern::Variables::On);
        QCOMPARE(compiled.key(), QStringLiteral("AWS:UserName"));
        QCOMPARE(compiled.conditionOperator().family(), ConditionOperator::Family::String);
    }

    // AWS: a variable without a value is "effectively null": positive
    // operators do not match it, negated ones do.
    void unresolvedVariablesInValues()
    {
        RequestContext context = with({QStringLiteral("arn:aws:iam::1:user/Alice")});
        const QStringList policy{QStringLiteral("arn:aws:iam::1:user/${aws:username}")};
        QVERIFY(!evaluate(QStringLiteral("StringEquals"), policy, context));
        QVERIFY(evaluate(QStringLiteral("StringNotEquals"), policy, context));
        QVERIFY(!evaluate(QStringLiteral("ArnLike"), policy, context));
        QVERIFY(evaluate(QStringLiteral("ArnNotLike"), policy, context));
        context.set(QStringLiteral("aws:username"), QStringLiteral("Alice"));
        QVERIFY(evaluate(QStringLiteral("StringEquals"), policy, context));
        QVERIFY(!evaluate(QStringLiteral("StringNotEquals"), policy, context));
    }

    void variablesAreOffForOldVersions()
    {
        RequestContext context = with({QStringLiteral("${aws:username}")});
        context.set(QStringLiteral("aws:username"), QStringLiteral("Alice"));
        QVERIFY(CompiledCondition::compile({QStringLiteral("StringEquals"),
                                            QStringLiteral("k"),
                                            {QStringLiteral("${aws:username}")}},
                                           PolicyPattern::Variables::Off)
                    .evaluate(context));
    }
};

QTEST_GUILESS_MAIN(TestCompiledCondition)
#include "tst_compiledcondition.moc"
