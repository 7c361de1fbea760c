#include "endpoint/queryparameters.h"
#include "resultassertions.h"

#include <QRandomGenerator>
#include <QTest>

class TestQueryParameters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesAFormAsBotocoreSendsIt()
    {
        const auto parsed = QueryParameters::parse(
            "Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A1%3Arole%2Fa+b"
            "&Policy=%7B%22x%22%3A%22%C3%A9%22%7D");
        REQUIRE_OK(parsed);
        QCOMPARE(parsed->action(), QStringLiteral("AssumeRole"));
        QCOMPARE(parsed->version(), QStringLiteral("2011-06-15"));
        QCOMPARE(parsed->value(QStringLiteral("RoleArn")),
                 QStringLiteral("arn:aws:iam::1:role/a b"));
        QCOMPARE(parsed->value(QStringLiteral("Policy")), QString::fromUtf8("{\"x\":\"é\"}"));
        QVERIFY(!parsed->optional(QStringLiteral("ExternalId")));
    }

    void anEmptyValueIsPresent()
    {
        const auto parsed = QueryParameters::parse("Action=X&ExternalId=&Flag");
        REQUIRE_OK(parsed);
        QCOMPARE(parsed->optional(QStringLiteral("ExternalId")), std::optional<QString>(QString()));
        QVERIFY(parsed->contains(QStringLiteral("Flag")));
    }

    void refusesMalformedInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("bad escape") << QByteArray("A=%zz");
        QTest::newRow("cut escape") << QByteArray("A=%4");
        QTest::newRow("not utf-8") << QByteArray("A=%FF%FE");
        QTest::newRow("overlong utf-8") << QByteArray("A=%C0%AF");
        QTest::newRow("twice") << QByteArray("A=1&A=2");
        QTest::newRow("no name") << QByteArray("=1");
    }
    void refusesMalformedInput()
    {
        QFETCH(QByteArray, body);
        const auto parsed = QueryParameters::parse(body);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code(), QStringLiteral("MalformedQueryString"));
        QCOMPARE(parsed.error().httpStatus(), 400);
    }

    void refusesOversizedBodies()
    {
        const auto parsed =
            QueryParameters::parse(QByteArray(QueryParameters::MaxBodyBytes + 1, 'a'));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().httpStatus(), 413);
    }

    void requiredParametersUseAwsWording()
    {
        const auto parsed = QueryParameters::parse("Action=GetRole");
        REQUIRE_OK(parsed);
        const auto missing = parsed->required(QStringLiteral("RoleName"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code(), QStringLiteral("ValidationError"));
        QCOMPARE(missing.error().message(),
                 QStringLiteral("1 validation error detected: Value null at 'roleName' failed to "
                                "satisfy constraint: Member must not be null"));
    }

    void integersAreCheckedAgainstTheirRange()
    {
        const auto parsed = QueryParameters::parse("MaxItems=0&DurationSeconds=abc&Good=900");
        REQUIRE_OK(parsed);
        const auto low = parsed->integer(QStringLiteral("MaxItems"), 1, 1000);
        QVERIFY(!low);
        QVERIFY(low.error().message().contains(QLatin1String("'maxItems'")));
        QVERIFY(low.error().message().contains(QLatin1String("greater than or equal to 1")));
        QVERIFY(!parsed->integer(QStringLiteral("DurationSeconds"), 0, 100));
        const auto good = parsed->integer(QStringLiteral("Good"), 900, 43200);
        REQUIRE_OK(good);
        QCOMPARE(good->value(), 900);
        const auto absent = parsed->integer(QStringLiteral("Absent"), 1, 2);
        REQUIRE_OK(absent);
        QVERIFY(!absent->has_value());
    }

    void booleans()
    {
        const auto parsed = QueryParameters::parse("A=true&B=FALSE&C=yes");
        REQUIRE_OK(parsed);
        QCOMPARE(parsed->boolean(QStringLiteral("A"))->value(), true);
        QCOMPARE(parsed->boolean(QStringLiteral("B"))->value(), false);
        QVERIFY(!parsed->boolean(QStringLiteral("C")));
    }

    void listsStopAtTheFirstGap()
    {
        const auto parsed = QueryParameters::parse(
            "ActionNames.member.1=iam%3AGetUser&ActionNames.member.2=iam%3AListUsers"
            "&ActionNames.member.4=ignored&Tags.member.1.Key=team&Tags.member.1.Value=a"
            "&Tags.member.2.Key=env");
        REQUIRE_OK(parsed);
        QCOMPARE(parsed->list(QStringLiteral("ActionNames")),
                 QStringList({QStringLiteral("iam:GetUser"), QStringLiteral("iam:ListUsers")}));
        const auto tags = parsed->structList(QStringLiteral("Tags"),
                                             {QStringLiteral("Key"), QStringLiteral("Value")});
        QCOMPARE(tags.size(), 2);
        QCOMPARE(tags[0].value(QStringLiteral("Value")), QStringLiteral("a"));
        QCOMPARE(tags[1].value(QStringLiteral("Key")), QStringLiteral("env"));
        QVERIFY(!tags[1].contains(QStringLiteral("Value")));
    }

    // The fuzz target's property on random and mutated input: the parser
    // never crashes, and whatever it accepts survives a round trip.
    void randomInputNeverBreaksTheParser()
    {
        QRandomGenerator random(20261203);
        const QByteArray seed = "Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam"
                                "%3A%3A1%3Arole%2Fa&Tags.member.1.Key=k%C3%A9";
        int accepted = 0;
        for (int round = 0; round < 20000; ++round) {
            QByteArray input = seed;
            const int edits = 1 + int(random.bounded(8));
            for (int e = 0; e < edits; ++e) {
                const qsizetype at = random.bounded(int(input.size()) + 1);
                switch (random.bounded(3)) {
                case 0:
                    input.insert(at, char(random.bounded(256)));
                    break;
                case 1:
                    if (at < input.size())
                        input.remove(at, 1);
                    break;
                default:
                    if (at < input.size())
                        input[at] = "%&=+"[random.bounded(4)];
                }
            }
            const auto parsed = QueryParameters::parse(input);
            if (!parsed) {
                QVERIFY(!parsed.error().code().isEmpty());
                continue;
            }
            ++accepted;
            QByteArray again;
            for (const QString& name : parsed->names())
                again += QUrl::toPercentEncoding(name) + '=' +
                         QUrl::toPercentEncoding(parsed->value(name)) + '&';
            const auto reparsed = QueryParameters::parse(again);
            REQUIRE_OK(reparsed);
            QCOMPARE(reparsed->names().size(), parsed->names().size());
            for (const QString& name : parsed->names())
                QCOMPARE(reparsed->value(name), parsed->value(name));
        }
        QVERIFY(accepted > 100); // the mutations exercise both paths
    }
};

QTEST_GUILESS_MAIN(TestQueryParameters)
#include "tst_queryparameters.moc"
