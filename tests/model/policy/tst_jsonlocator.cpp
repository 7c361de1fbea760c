#include "policy/jsonlocator.h"
#include "policy/jsonpath.h"

#include <QTest>

// Positions of elements in JSON text, by path (JsonLocator with JsonPath).
class TestJsonLocator : public QObject
{
    Q_OBJECT

    // A document whose strings hold every character that could derail a
    // naive scan: braces, brackets, commas, escaped quotes and backslashes.
    const QString text =
        QStringLiteral("{\n"
                       "  \"a\": \"x{[,\\\"]}\\\\\",\n"
                       "  \"Statement\": [\n"
                       "    {\"Sid\": \"one\", \"n\": [1, 2.5e3, true, null]},\n"
                       "    {\"Effect\": \"Deny\",\n"
                       "     \"Condition\": {\"StringLike\": {\"k\": [\"v1\", \"v2\"]}}}\n"
                       "  ],\n"
                       "  \"\\u0041ction\": \"*\"\n"
                       "}");

    static JsonPath path(std::initializer_list<QString> keys)
    {
        JsonPath p;
        for (const QString& key : keys)
            p = p.member(key);
        return p;
    }

private slots:
    void formatsPaths()
    {
        const JsonPath p = JsonPath()
                               .member(QStringLiteral("Statement"))
                               .element(2)
                               .member(QStringLiteral("Condition"))
                               .member(QStringLiteral("StringLike"));
        QCOMPARE(p.toString(), QStringLiteral("Statement[2].Condition.StringLike"));
        QCOMPARE(JsonPath().toString(), QString());
        QCOMPARE(JsonPath().element(0).member(QStringLiteral("a")).toString(),
                 QStringLiteral("[0].a"));
        QCOMPARE(p.segments().size(), 4);
        QCOMPARE(p.segments().at(1).index, 2);
        QVERIFY(JsonPath().isEmpty());
    }

    void locatesValuesAndKeys()
    {
        const JsonLocator locator(text);
        const auto root = locator.valueAt(JsonPath());
        QVERIFY(root);
        QCOMPARE(root->offset, 0);

        const JsonPath statement1 = path({QStringLiteral("Statement")}).element(1);
        const auto effect = locator.valueAt(statement1.member(QStringLiteral("Effect")));
        QVERIFY(effect);
        QCOMPARE(effect->line, 5);
        QCOMPARE(effect->column, 16);
        const auto effectKey = locator.keyAt(statement1.member(QStringLiteral("Effect")));
        QCOMPARE(effectKey->column, 6);

        const auto v2 = locator.valueAt(statement1.member(QStringLiteral("Condition"))
                                            .member(QStringLiteral("StringLike"))
                                            .member(QStringLiteral("k"))
                                            .element(1));
        QVERIFY(v2);
        QCOMPARE(v2->line, 6);
        QCOMPARE(v2->column, 47);
        QCOMPARE(text.mid(v2->offset, 4), QStringLiteral("\"v2\""));

        // Scalars of every kind are skipped correctly.
        const auto sid = locator.valueAt(
            path({QStringLiteral("Statement")}).element(0).member(QStringLiteral("n")).element(3));
        QCOMPARE(text.mid(sid->offset, 4), QStringLiteral("null"));
    }

    void decodesEscapedKeys()
    {
        const auto action = JsonLocator(text).keyAt(path({QStringLiteral("Action")}));
        QVERIFY(action);
        QCOMPARE(action->line, 8);
        QCOMPARE(action->column, 3);
    }

    void reportsMissingElements()
    {
        const JsonLocator locator(text);
        QVERIFY(!locator.valueAt(path({QStringLiteral("Nope")})));
        QVERIFY(!locator.valueAt(path({QStringLiteral("Statement")}).element(5)));
        QVERIFY(!locator.valueAt(path({QStringLiteral("a"), QStringLiteral("b")})));
    }

    void convertsOffsets()
    {
        const QString t = QStringLiteral("ab\ncd\n\nef");
        const JsonLocator locator(t);
        QCOMPARE(locator.positionOf(0).line, 1);
        QCOMPARE(locator.positionOf(4).line, 2);
        QCOMPARE(locator.positionOf(4).column, 2);
        QCOMPARE(locator.positionOf(7).line, 4);
        QCOMPARE(locator.positionOf(7).column, 1);
    }

    void convertsUtf8ByteOffsets()
    {
        // "é" is two bytes in UTF-8 and one character here.
        const QString t = QStringLiteral("{\"caf\u00e9\": x}");
        const JsonLocator locator(t);
        const auto x = locator.positionOfUtf8(QString(t).toUtf8().indexOf('x'));
        QCOMPARE(x.offset, t.indexOf(QLatin1Char('x')));
        QCOMPARE(x.column, 10);
    }
};

QTEST_GUILESS_MAIN(TestJsonLocator)
#include "tst_jsonlocator.moc"
