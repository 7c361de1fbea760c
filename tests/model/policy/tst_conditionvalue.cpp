#include "policy/conditionvalue.h"
#include "policy/requestcontext.h"

#include <QDateTime>
#include <QTest>

using Family = ConditionOperator::Family;

// Typed policy values of conditions: the conversions and the per-family
// comparison of one policy value with one request value.
class TestConditionValue : public QObject
{
    Q_OBJECT

    static bool matches(const QString& op, const QString& policyValue, const QString& requestValue,
                        const RequestContext& context = RequestContext())
    {
        const auto parsed = ConditionOperator::parse(op);
        if (!parsed) {
            // A typo in the test fails its function, not the whole executable.
            QTest::qFail(qPrintable(QStringLiteral("unknown condition operator %1").arg(op)),
                         __FILE__, __LINE__);
            return false;
        }
        return ConditionValue::compile(policyValue, parsed->family(), PolicyPattern::Variables::On)
            .matches(requestValue, *parsed, context);
    }

    static qint64 ms(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int msec = 0)
    {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s, msec), Qt::UTC).toMSecsSinceEpoch();
    }

private slots:
    void parsesNumbers()
    {
        QCOMPARE(ConditionValue::toNumber(u"10"), std::optional<double>(10));
        QCOMPARE(ConditionValue::toNumber(u"10.5"), std::optional<double>(10.5));
        QCOMPARE(ConditionValue::toNumber(u"-3"), std::optional<double>(-3));
        QCOMPARE(ConditionValue::toNumber(u"1e3"), std::optional<double>(1000));
        QVERIFY(!ConditionValue::toNumber(u"ten"));
        QVERIFY(!ConditionValue::toNumber(u""));
        QVERIFY(!ConditionValue::toNumber(u"inf"));
    }

    void parsesDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("date only") << "2024-01-01" << ms(2024, 1, 1);
        QTest::newRow("utc") << "2024-01-01T00:00:00Z" << ms(2024, 1, 1);
        QTest::newRow("lower-case z") << "2024-06-01t12:30:15z" << ms(2024, 6, 1, 12, 30, 15);
        QTest::newRow("minutes only") << "2024-06-01T12:30Z" << ms(2024, 6, 1, 12, 30);
        QTest::newRow("fraction") << "2024-06-01T12:30:15.250Z" << ms(2024, 6, 1, 12, 30, 15, 250);
        QTest::newRow("offset") << "2024-06-01T14:30:15+02:00" << ms(2024, 6, 1, 12, 30, 15);
        QTest::newRow("negative offset")
            << "2024-06-01T07:30:15-0500" << ms(2024, 6, 1, 12, 30, 15);
        QTest::newRow("no zone is utc") << "2024-06-01T12:30:15" << ms(2024, 6, 1, 12, 30, 15);
        QTest::newRow("space separator")
            << "2023-03-09 10:41:45+00:00" << ms(2023, 3, 9, 10, 41, 45);
        QTest::newRow("epoch seconds") << "1704067200" << ms(2024, 1, 1);
        QTest::newRow("epoch zero") << "0" << qint64(0);
    }
    void parsesDates()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        QCOMPARE(ConditionValue::toEpochMilliseconds(text), std::optional<qint64>(expected));
    }

    void rejectsInvalidDates()
    {
        for (const char* bad : {"", "yesterday", "2024-13-01", "2024-02-30", "2024-01-01T25:00:00Z",
                                "2024-01-01T00:00:00Zjunk", "-"})
            QVERIFY2(!ConditionValue::toEpochMilliseconds(QString::fromLatin1(bad)), bad);
    }

    void parsesBooleansAndBinary()
    {
        QCOMPARE(ConditionValue::toBool(u"TRUE"), std::optional<bool>(true));
        QCOMPARE(ConditionValue::toBool(u"false"), std::optional<bool>(false));
        QVERIFY(!ConditionValue::toBool(u"yes"));
        QCOMPARE(ConditionValue::fromBase64(u"QUJD"), std::optional<QByteArray>("ABC"));
        QVERIFY(!ConditionValue::fromBase64(u"not base64!"));
    }

    void comparesNumbersInTheRightDirection()
    {
        // The request value is on the left: NumericLessThan means request < policy.
        QVERIFY(matches(QStringLiteral("NumericLessThan"), QStringLiteral("3600"),
                        QStringLiteral("10")));
        QVERIFY(!matches(QStringLiteral("NumericLessThan"), QStringLiteral("10"),
                         QStringLiteral("3600")));
        QVERIFY(matches(QStringLiteral("NumericGreaterThanEquals"), QStringLiteral("10"),
                        QStringLiteral("10.0")));
        QVERIFY(
            matches(QStringLiteral("NumericEquals"), QStringLiteral("10"), QStringLiteral("10.0")));
        QVERIFY(
            !matches(QStringLiteral("NumericEquals"), QStringLiteral("10"), QStringLiteral("ten")));
        QVERIFY(
            !matches(QStringLiteral("NumericEquals"), QStringLiteral("ten"), QStringLiteral("10")));
    }

    void comparesDatesAcrossForms()
    {
        QVERIFY(matches(QStringLiteral("DateEquals"), QStringLiteral("2024-01-01"),
                        QStringLiteral("2024-01-01T00:00:00Z")));
        QVERIFY(matches(QStringLiteral("DateEquals"), QStringLiteral("1704067200"),
                        QStringLiteral("2024-01-01T01:00:00+01:00")));
        QVERIFY(matches(QStringLiteral("DateLessThan"), QStringLiteral("2024-01-01T00:00:00Z"),
                        QStringLiteral("2023-12-31T23:59:59Z")));
        QVERIFY(!matches(QStringLiteral("DateGreaterThan"), QStringLiteral("2024-01-01T00:00:00Z"),
                         QStringLiteral("2024-01-01T00:00:00Z")));
    }

    void comparesBoolBinaryAndAddresses()
    {
        QVERIFY(matches(QStringLiteral("Bool"), QStringLiteral("true"), QStringLiteral("TRUE")));
        QVERIFY(!matches(QStringLiteral("Bool"), QStringLiteral("true"), QStringLiteral("false")));
        QVERIFY(!matches(QStringLiteral("Bool"), QStringLiteral("maybe"), QStringLiteral("maybe")));
        QVERIFY(matches(QStringLiteral("BinaryEquals"),
                        QStringLiteral("QmluYXJ5VmFsdWVJbkJhc2U2NA=="),
                        QStringLiteral("QmluYXJ5VmFsdWVJbkJhc2U2NA==")));
        QVERIFY(!matches(QStringLiteral("BinaryEquals"),
                         QStringLiteral("QmluYXJ5VmFsdWVJbkJhc2U2NA=="),
                         QStringLiteral("ASIAIOSFODNN7EXAMPLE")));
        QVERIFY(matches(QStringLiteral("IpAddress"), QStringLiteral("203.0.113.0/24"),
                        QStringLiteral("203.0.113.1")));
        QVERIFY(!matches(QStringLiteral("IpAddress"), QStringLiteral("203.0.113.0/24"),
                         QStringLiteral("198.51.100.1")));
        QVERIFY(!matches(QStringLiteral("IpAddress"), QStringLiteral("203.0.113.0/24"),
                         QStringLiteral("not an address")));
    }

    void comparesStrings()
    {
        QVERIFY(
            matches(QStringLiteral("StringEquals"), QStringLiteral("a*"), QStringLiteral("a*")));
        QVERIFY(
            !matches(QStringLiteral("StringEquals"), QStringLiteral("a*"), QStringLiteral("ab")));
        QVERIFY(
            !matches(QStringLiteral("StringEquals"), QStringLiteral("Bob"), QStringLiteral("bob")));
        QVERIFY(matches(QStringLiteral("StringEqualsIgnoreCase"), QStringLiteral("Bob"),
                        QStringLiteral("bOB")));
        QVERIFY(!matches(QStringLiteral("StringEqualsIgnoreCase"), QStringLiteral("test*"),
                         QStringLiteral("test123")));
        QVERIFY(matches(QStringLiteral("StringLike"), QStringLiteral("test*"),
                        QStringLiteral("test123")));
        QVERIFY(
            !matches(QStringLiteral("StringLike"), QStringLiteral("test"), QStringLiteral("TEST")));
    }

    void comparesArnsComponentWise()
    {
        const QString instance =
            QStringLiteral("arn:aws:ec2:us-east-1:123456789012:instance/i-12345");
        QVERIFY(matches(QStringLiteral("ArnLike"), QStringLiteral("arn:???:*:*:*:*"), instance));
        QVERIFY(matches(QStringLiteral("ArnEquals"),
                        QStringLiteral("arn:aws:ec2:*:123456789012:instance/*"), instance));
        QVERIFY(!matches(QStringLiteral("ArnLike"), instance, instance.toUpper()));
        // A '*' in the region does not reach into the account.
        QVERIFY(!matches(QStringLiteral("ArnLike"),
                         QStringLiteral("arn:aws:ec2:*:instance/i-12345"), instance));
        // The resource part keeps its colons.
        QVERIFY(matches(QStringLiteral("ArnLike"),
                        QStringLiteral("arn:aws:lambda:*:*:function:f:*"),
                        QStringLiteral("arn:aws:lambda:us-east-1:1:function:f:1")));
        QVERIFY(!matches(QStringLiteral("ArnLike"), QStringLiteral("arn:aws:s3:::b"),
                         QStringLiteral("b")));
        QVERIFY(matches(QStringLiteral("ArnLike"), QStringLiteral("*"),
                        QStringLiteral("arn:aws:s3:::b")));
    }

    void resolvesVariablesBeforeParsing()
    {
        RequestContext context;
        context.set(QStringLiteral("aws:username"), QStringLiteral("Bob"));
        context.set(QStringLiteral("aws:TokenIssueTime"), QStringLiteral("2024-01-01T00:00:00Z"));
        context.set(QStringLiteral("limit"), QStringLiteral("5"));
        QVERIFY(matches(QStringLiteral("ArnLike"),
                        QStringLiteral("arn:aws:iam::123456789012:user/${aws:username}"),
                        QStringLiteral("arn:aws:iam::123456789012:user/Bob"), context));
        QVERIFY(!matches(QStringLiteral("ArnLike"),
                         QStringLiteral("arn:aws:iam::123456789012:user/${aws:userid}"),
                         QStringLiteral("arn:aws:iam::123456789012:user/Bob"), context));
        QVERIFY(matches(QStringLiteral("DateGreaterThan"), QStringLiteral("${aws:TokenIssueTime}"),
                        QStringLiteral("2024-06-01T00:00:00Z"), context));
        QVERIFY(matches(QStringLiteral("NumericLessThan"), QStringLiteral("${limit}"),
                        QStringLiteral("4"), context));
        QVERIFY(!matches(QStringLiteral("NumericLessThan"), QStringLiteral("${missing}"),
                         QStringLiteral("4"), context));
    }
};

QTEST_GUILESS_MAIN(TestConditionValue)
#include "tst_conditionvalue.moc"
