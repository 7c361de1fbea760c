#include "crypto/hmac.h"

#include <QTest>

Q_DECLARE_METATYPE(Hmac::Algorithm)

// Known answers from RFC 2202 (HMAC-SHA-1) and RFC 4231 (HMAC-SHA-256/512).
class TestHmac : public QObject
{
    Q_OBJECT

private slots:
    void knownAnswers_data()
    {
        QTest::addColumn<Hmac::Algorithm>("algorithm");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("mac");

        const QByteArray key20(20, '\x0b');
        const QByteArray hiThere("Hi There");
        const QByteArray jefe("Jefe");
        const QByteArray whatDo("what do ya want for nothing?");
        const QByteArray key131(131, '\xaa');
        const QByteArray largeKeyData("Test Using Larger Than Block-Size Key - Hash Key First");

        QTest::newRow("RFC 2202 case 1 SHA-1")
            << Hmac::Algorithm::Sha1 << key20 << hiThere
            << QByteArray("b617318655057264e28bc0b6fb378c8ef146be00");
        QTest::newRow("RFC 2202 case 2 SHA-1")
            << Hmac::Algorithm::Sha1 << jefe << whatDo
            << QByteArray("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79");
        QTest::newRow("RFC 4231 case 1 SHA-256")
            << Hmac::Algorithm::Sha256 << key20 << hiThere
            << QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
        QTest::newRow("RFC 4231 case 2 SHA-256")
            << Hmac::Algorithm::Sha256 << jefe << whatDo
            << QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        QTest::newRow("RFC 4231 case 6 SHA-256 (key longer than a block)")
            << Hmac::Algorithm::Sha256 << key131 << largeKeyData
            << QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
        QTest::newRow("RFC 4231 case 1 SHA-512")
            << Hmac::Algorithm::Sha512 << key20 << hiThere
            << QByteArray("87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cde"
                          "daa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854");
        QTest::newRow("RFC 4231 case 2 SHA-512")
            << Hmac::Algorithm::Sha512 << jefe << whatDo
            << QByteArray("164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554"
                          "9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737");
    }
    void knownAnswers()
    {
        QFETCH(Hmac::Algorithm, algorithm);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, mac);
        const SecureBytes result = Hmac::mac(algorithm, key, data);
        QCOMPARE(result.size(), Hmac::digestSize(algorithm));
        QCOMPARE(result.toHex().insecureCopy(), mac);
    }

    void incrementalEqualsOneShotAndResets()
    {
        Hmac hmac(Hmac::Algorithm::Sha256, "Jefe");
        hmac.addData("what do ya ");
        hmac.addData("want for nothing?");
        const SecureBytes first = hmac.result();
        QVERIFY(first ==
                Hmac::mac(Hmac::Algorithm::Sha256, "Jefe", "what do ya want for nothing?"));
        // The same key is kept for the next message.
        hmac.addData("what do ya want for nothing?");
        QVERIFY(hmac.result() == first);
    }

    void emptyKeyIsAccepted()
    {
        // HMAC-SHA256 with an empty key and empty message, a widely published value.
        QCOMPARE(Hmac::mac(Hmac::Algorithm::Sha256, {}, {}).toHex().insecureCopy(),
                 QByteArray("b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad"));
    }

    void algorithmNames()
    {
        QCOMPARE(Hmac::algorithmName(Hmac::Algorithm::Sha1), QStringLiteral("SHA1"));
        QCOMPARE(Hmac::algorithmName(Hmac::Algorithm::Sha256), QStringLiteral("SHA256"));
        QCOMPARE(Hmac::algorithmName(Hmac::Algorithm::Sha512), QStringLiteral("SHA512"));
    }
};

QTEST_GUILESS_MAIN(TestHmac)
#include "tst_hmac.moc"
