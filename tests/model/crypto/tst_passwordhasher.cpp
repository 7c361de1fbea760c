#include "crypto/passwordhasher.h"

#include <QRegularExpression>
#include <QTest>

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Cheap cost for the test run; the format records it, so verify still works.
        PasswordHasher::setCostLog2(10);
    }

    void hashHasTheDocumentedFormat()
    {
        const QString encoded = PasswordHasher::hash(QStringLiteral("correct horse"));
        const QRegularExpression format(QStringLiteral(
            "^\\$scrypt\\$ln=10,r=8,p=1\\$[A-Za-z0-9+/=]{24}\\$[A-Za-z0-9+/=]{44}$"));
        QVERIFY2(format.match(encoded).hasMatch(), qPrintable(encoded));
        QVERIFY(!encoded.contains(QStringLiteral("correct horse")));
    }

    void verifiesTheRightPasswordOnly()
    {
        const QString encoded = PasswordHasher::hash(QStringLiteral("pässwörd"));
        QVERIFY(PasswordHasher::verify(QStringLiteral("pässwörd"), encoded));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("passwörd"), encoded));
        QVERIFY(!PasswordHasher::verify(QString(), encoded));
    }

    void saltMakesEachHashDifferent()
    {
        const QString a = PasswordHasher::hash(QStringLiteral("same"));
        const QString b = PasswordHasher::hash(QStringLiteral("same"));
        QVERIFY(a != b);
        QVERIFY(PasswordHasher::verify(QStringLiteral("same"), a));
        QVERIFY(PasswordHasher::verify(QStringLiteral("same"), b));
    }

    void usesTheCostInTheEncodingNotTheCurrentSetting()
    {
        const QString encoded = PasswordHasher::hash(QStringLiteral("pw"));
        PasswordHasher::setCostLog2(11);
        QVERIFY(PasswordHasher::verify(QStringLiteral("pw"), encoded));
        PasswordHasher::setCostLog2(10);
    }

    void outOfRangeCostIsClamped()
    {
        PasswordHasher::setCostLog2(0);
        QCOMPARE(PasswordHasher::costLog2(), 1);
        QVERIFY(PasswordHasher::verify(QStringLiteral("pw"),
                                       PasswordHasher::hash(QStringLiteral("pw"))));
        PasswordHasher::setCostLog2(10);
    }

    void malformedEncodingsNeverVerify_data()
    {
        const QString good = PasswordHasher::hash(QStringLiteral("pw"));
        QTest::addColumn<QString>("encoded");
        QTest::newRow("empty") << QString();
        QTest::newRow("other scheme")
            << QString(good).replace(QStringLiteral("scrypt"), QStringLiteral("bcrypt"));
        QTest::newRow("missing part") << good.section(QLatin1Char('$'), 0, 3);
        QTest::newRow("truncated hash") << good.left(good.size() - 8);
        QTest::newRow("hostile cost")
            << QString(good).replace(QStringLiteral("ln=10"), QStringLiteral("ln=40"));
        QTest::newRow("changed cost")
            << QString(good).replace(QStringLiteral("ln=10"), QStringLiteral("ln=9"));
    }
    void malformedEncodingsNeverVerify()
    {
        QFETCH(QString, encoded);
        QVERIFY(!PasswordHasher::verify(QStringLiteral("pw"), encoded));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
