#include "crypto/aesgcm.h"

#include <QTest>

namespace {
SecureBytes hexKey(const char* hex)
{
    return SecureBytes::fromView(QByteArray::fromHex(hex));
}
} // namespace

class TestAesGcm : public QObject
{
    Q_OBJECT

private slots:
    void opensTheGcmSpecificationVector()
    {
        // "The Galois/Counter Mode of Operation" (McGrew, Viega), test case 16:
        // AES-256, 96-bit IV, associated data.
        const SecureBytes key =
            hexKey("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
        const QByteArray sealed =
            QByteArray::fromHex("cafebabefacedbaddecaf888"
                                "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                                "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662"
                                "76fc6ece0f4e1768cddf8853bb2d551b");
        const QByteArray associated =
            QByteArray::fromHex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
        const auto opened = AesGcm::open(key, sealed, associated);
        QVERIFY(opened.has_value());
        QCOMPARE(opened->toHex().insecureCopy(),
                 QByteArray("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                            "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39"));
    }

    void sealThenOpenRoundTrips()
    {
        const SecureBytes key = AesGcm::generateKey();
        QCOMPARE(key.size(), AesGcm::KeySize);
        const QByteArray plaintext("the secret access key");
        const QByteArray sealed = AesGcm::seal(key, plaintext, "header");
        QCOMPARE(sealed.size(), plaintext.size() + AesGcm::Overhead);
        QVERIFY(!sealed.contains(plaintext));
        const auto opened = AesGcm::open(key, sealed, "header");
        QVERIFY(opened.has_value());
        QCOMPARE(opened->insecureCopy(), plaintext);
    }

    void emptyPlaintextRoundTrips()
    {
        const SecureBytes key = AesGcm::generateKey();
        const QByteArray sealed = AesGcm::seal(key, {});
        QCOMPARE(sealed.size(), AesGcm::Overhead);
        const auto opened = AesGcm::open(key, sealed);
        QVERIFY(opened.has_value());
        QVERIFY(opened->isEmpty());
    }

    void nonceIsFreshEachTime()
    {
        const SecureBytes key = AesGcm::generateKey();
        const QByteArray a = AesGcm::seal(key, "same");
        const QByteArray b = AesGcm::seal(key, "same");
        QVERIFY(a.first(AesGcm::NonceSize) != b.first(AesGcm::NonceSize));
        QVERIFY(a != b);
    }

    void wrongKeyFails()
    {
        const QByteArray sealed = AesGcm::seal(AesGcm::generateKey(), "secret");
        QVERIFY(!AesGcm::open(AesGcm::generateKey(), sealed).has_value());
    }

    void wrongAssociatedDataFails()
    {
        const SecureBytes key = AesGcm::generateKey();
        const QByteArray sealed = AesGcm::seal(key, "secret", "file v1");
        QVERIFY(!AesGcm::open(key, sealed, "file v2").has_value());
        QVERIFY(!AesGcm::open(key, sealed).has_value());
    }

    void everyAlteredByteIsDetected()
    {
        const SecureBytes key = AesGcm::generateKey();
        const QByteArray sealed = AesGcm::seal(key, "secret value", "ad");
        for (qsizetype i = 0; i < sealed.size(); ++i) {
            QByteArray altered = sealed;
            altered[i] = char(altered[i] ^ 0x01);
            QVERIFY2(!AesGcm::open(key, altered, "ad").has_value(),
                     qPrintable(QStringLiteral("byte %1").arg(i)));
        }
    }

    void truncationIsDetected()
    {
        const SecureBytes key = AesGcm::generateKey();
        const QByteArray sealed = AesGcm::seal(key, "secret value");
        for (qsizetype length = 0; length < sealed.size(); ++length)
            QVERIFY(!AesGcm::open(key, sealed.first(length)).has_value());
    }

    void badKeySizeIsRefused()
    {
        const SecureBytes shortKey = SecureBytes::fromView("too short");
        QVERIFY(AesGcm::seal(shortKey, "x").isEmpty());
        QVERIFY(!AesGcm::open(shortKey, QByteArray(40, 'x')).has_value());
    }
};

QTEST_GUILESS_MAIN(TestAesGcm)
#include "tst_aesgcm.moc"
