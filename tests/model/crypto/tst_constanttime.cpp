#include "crypto/constanttime.h"

#include <QTest>

class TestConstantTime : public QObject
{
    Q_OBJECT

private slots:
    void equals_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<bool>("expected");
        QTest::newRow("same") << QByteArray("signature") << QByteArray("signature") << true;
        QTest::newRow("both empty") << QByteArray() << QByteArray("") << true;
        QTest::newRow("first byte differs")
            << QByteArray("xignature") << QByteArray("signature") << false;
        QTest::newRow("last byte differs")
            << QByteArray("signaturx") << QByteArray("signature") << false;
        QTest::newRow("prefix") << QByteArray("sign") << QByteArray("signature") << false;
        QTest::newRow("empty vs not") << QByteArray() << QByteArray("a") << false;
        QTest::newRow("nul inside") << QByteArray("a\0b", 3) << QByteArray("a\0c", 3) << false;
    }
    void equals()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(bool, expected);
        QCOMPARE(ConstantTime::equals(a, b), expected);
        QCOMPARE(ConstantTime::equals(b, a), expected);
    }
};

QTEST_GUILESS_MAIN(TestConstantTime)
#include "tst_constanttime.moc"
