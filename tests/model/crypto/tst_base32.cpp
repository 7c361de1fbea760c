#include "crypto/base32.h"

#include <QTest>

class TestBase32 : public QObject
{
    Q_OBJECT

private slots:
    // RFC 4648 §10 test vectors.
    void rfc4648Vectors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("encoded");
        QTest::newRow("empty") << QByteArray("") << QString();
        QTest::newRow("f") << QByteArray("f") << QStringLiteral("MY======");
        QTest::newRow("fo") << QByteArray("fo") << QStringLiteral("MZXQ====");
        QTest::newRow("foo") << QByteArray("foo") << QStringLiteral("MZXW6===");
        QTest::newRow("foob") << QByteArray("foob") << QStringLiteral("MZXW6YQ=");
        QTest::newRow("fooba") << QByteArray("fooba") << QStringLiteral("MZXW6YTB");
        QTest::newRow("foobar") << QByteArray("foobar") << QStringLiteral("MZXW6YTBOI======");
    }
    void rfc4648Vectors()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, encoded);
        QCOMPARE(Base32::encode(data), encoded);
        QCOMPARE(Base32::decode(encoded), std::optional<QByteArray>(data));
        QString unpadded = encoded;
        unpadded.remove(QLatin1Char('='));
        QCOMPARE(Base32::encode(data, Base32::Padding::Omit), unpadded);
        QCOMPARE(Base32::decode(unpadded), std::optional<QByteArray>(data));
    }

    void totpSeedFromProvenance()
    {
        // totp/PROVENANCE.md: base32 of the RFC 6238 SHA-1 seed.
        const QByteArray seed("12345678901234567890");
        const QString encoded = QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        QCOMPARE(Base32::encode(seed, Base32::Padding::Omit), encoded);
        QCOMPARE(
            Base32::encodeSecret(SecureBytes::fromView(seed), Base32::Padding::Omit).insecureCopy(),
            encoded.toLatin1());
        const auto decoded = Base32::decodeSecret(encoded);
        QVERIFY(decoded.has_value());
        QCOMPARE(decoded->insecureCopy(), seed);
    }

    void decodeIsLenientAboutCaseAndSpaces()
    {
        QCOMPARE(Base32::decode(u"gezd gnbv gy3t qojq"), std::optional<QByteArray>("1234567890"));
    }

    void decodeRejectsMalformedText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("digit 1 is not in the alphabet") << QStringLiteral("MZXW1===");
        QTest::newRow("digit 8") << QStringLiteral("MZXW8");
        QTest::newRow("punctuation") << QStringLiteral("MZ-XW6");
        QTest::newRow("data after padding") << QStringLiteral("MY==MY==");
        QTest::newRow("one leftover digit") << QStringLiteral("MZXW6YTBO");
        QTest::newRow("three leftover digits") << QStringLiteral("MZX");
        QTest::newRow("six leftover digits") << QStringLiteral("MZXW6Y");
    }
    void decodeRejectsMalformedText()
    {
        QFETCH(QString, text);
        QVERIFY(!Base32::decode(text).has_value());
        QVERIFY(!Base32::decodeSecret(text).has_value());
    }

    void roundTripsEveryByteValue()
    {
        QByteArray all;
        for (int i = 0; i < 256; ++i)
            all.append(char(i));
        for (qsizetype length = 0; length <= all.size(); length += 37)
            QCOMPARE(Base32::decode(Base32::encode(all.first(length))),
                     std::optional<QByteArray>(all.first(length)));
    }
};

QTEST_GUILESS_MAIN(TestBase32)
#include "tst_base32.moc"
