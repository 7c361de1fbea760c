#include "policy/requestcontext.h"

#include <QTest>

// Context keys: case-insensitive names, one or more values.
class TestRequestContext : public QObject
{
    Q_OBJECT

private slots:
    void namesAreCaseInsensitive()
    {
        RequestContext context;
        context.set(QStringLiteral("aws:SourceIp"), QStringLiteral("10.0.0.1"));
        QVERIFY(context.contains(QStringLiteral("AWS:SOURCEIP")));
        QCOMPARE(context.value(QStringLiteral("aws:sourceip")), QStringLiteral("10.0.0.1"));
        QVERIFY(context.valuesForLowerCaseKey(QStringLiteral("aws:sourceip")));
        QVERIFY(!context.valuesForLowerCaseKey(QStringLiteral("aws:SourceIp")));
        // Setting again under another spelling replaces the values, keeps the first name.
        context.set(QStringLiteral("AWS:SourceIP"), QStringLiteral("10.0.0.2"));
        QCOMPARE(context.size(), 1);
        QCOMPARE(context.keys(), QStringList{"aws:SourceIp"});
        QCOMPARE(context.value(QStringLiteral("aws:SourceIp")), QStringLiteral("10.0.0.2"));
    }

    void holdsSeveralValues()
    {
        RequestContext context;
        context.set(QStringLiteral("aws:TagKeys"), QStringList{"a", "b"});
        QCOMPARE(*context.values(QStringLiteral("aws:tagkeys")), (QStringList{"a", "b"}));
        QVERIFY(context.value(QStringLiteral("aws:TagKeys")).isNull()); // not a single value
        QVERIFY(!context.values(QStringLiteral("aws:username")));
    }

    void removesAndClears()
    {
        RequestContext context;
        context.set(QStringLiteral("a"), QStringLiteral("1"));
        context.set(QStringLiteral("b"), QStringLiteral("2"));
        context.remove(QStringLiteral("A"));
        QVERIFY(!context.contains(QStringLiteral("a")));
        QCOMPARE(context.size(), 1);
        context.clear();
        QVERIFY(context.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRequestContext)
#include "tst_requestcontext.moc"
