#include "console/displaycolor.h"

#include <QTest>

class TestDisplayColor : public QObject
{
    Q_OBJECT

private slots:
    void fiveColorsInTheConsolesOrder()
    {
        QStringList ids;
        for (const DisplayColor& c : DisplayColor::all())
            ids << c.id();
        QCOMPARE(ids, (QStringList{QStringLiteral("red"), QStringLiteral("orange"),
                                   QStringLiteral("yellow"), QStringLiteral("green"),
                                   QStringLiteral("blue")}));
        QCOMPARE(DisplayColor::parse(QStringLiteral("blue"))->hex(), QStringLiteral("#83d4e8"));
    }

    void parsesNamesAndHexValues()
    {
        QCOMPARE(DisplayColor::parse(QStringLiteral("Red"))->name(), DisplayColor::Red);
        QCOMPARE(DisplayColor::parse(QStringLiteral("#EFDA95"))->name(), DisplayColor::Yellow);
        QCOMPARE(DisplayColor::parse(QStringLiteral("b7ca9d"))->name(), DisplayColor::Green);
        QVERIFY(!DisplayColor::parse(QStringLiteral("purple")));
        QVERIFY(!DisplayColor::parse(QStringLiteral("#000000")));
    }

    void nearestMapsAnyColorToOneOfTheFive_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        QTest::newRow("name") << QStringLiteral("Green") << int(DisplayColor::Green);
        QTest::newRow("exact value") << QStringLiteral("#fbc8aa") << int(DisplayColor::Orange);
        QTest::newRow("red") << QStringLiteral("ff0000") << int(DisplayColor::Red);
        QTest::newRow("green") << QStringLiteral("#00ff00") << int(DisplayColor::Green);
        QTest::newRow("blue") << QStringLiteral("0000FF") << int(DisplayColor::Blue);
        QTest::newRow("near orange") << QStringLiteral("f9c3a0") << int(DisplayColor::Orange);
        QTest::newRow("near yellow") << QStringLiteral("#f0e090") << int(DisplayColor::Yellow);
        QTest::newRow("short form") << QStringLiteral("#8de") << int(DisplayColor::Blue);
        QTest::newRow("spaces") << QStringLiteral(" f2b0a9 ") << int(DisplayColor::Red);
    }

    void nearestMapsAnyColorToOneOfTheFive()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        const auto color = DisplayColor::nearest(text);
        QVERIFY(color);
        QCOMPARE(int(color->name()), expected);
    }

    void nearestRefusesWhatIsNoColor()
    {
        QVERIFY(!DisplayColor::nearest(QStringLiteral("purple")));
        QVERIFY(!DisplayColor::nearest(QStringLiteral("#12345")));
        QVERIFY(!DisplayColor::nearest(QStringLiteral("gggggg")));
        QVERIFY(!DisplayColor::nearest(QString()));
    }

    void contrastFollowsWcag()
    {
        // Known values of the WCAG formula: black on white is 21:1, a color on itself 1:1.
        QCOMPARE(qRound(DisplayColor::contrastRatio(QStringLiteral("#000000"),
                                                    QStringLiteral("#ffffff")) *
                        100),
                 2100);
        QCOMPARE(qRound(DisplayColor::contrastRatio(QStringLiteral("#777777"),
                                                    QStringLiteral("#777777")) *
                        100),
                 100);
        QCOMPARE(qRound(DisplayColor::contrastRatio(QStringLiteral("#777777"),
                                                    QStringLiteral("#ffffff")) *
                        100),
                 448);
    }

    void bannerTextMeetsAaOnEveryColor()
    {
        for (const DisplayColor& c : DisplayColor::all())
            QVERIFY2(c.contrast() >= 4.5, qPrintable(c.id() + QString::number(c.contrast())));
    }
};

QTEST_GUILESS_MAIN(TestDisplayColor)
#include "tst_displaycolor.moc"
