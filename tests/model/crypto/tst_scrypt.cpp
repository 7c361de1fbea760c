#include "crypto/scrypt.h"

#include <QTest>

// Known answers from RFC 7914 §12.
class TestScrypt : public QObject
{
    Q_OBJECT

private slots:
    void rfc7914Vectors_data()
    {
        QTest::addColumn<QByteArray>("passphrase");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<int>("log2N");
        QTest::addColumn<int>("r");
        QTest::addColumn<int>("p");
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("empty") << QByteArray() << QByteArray() << 4 << 1 << 1
                               << QByteArray("77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdf"
                                             "fa3fede21442fcd0069ded0948f8326a753a0fc81f17e8d3e0fb"
                                             "2e0d3628cf35e20c38d18906");
        QTest::newRow("password/NaCl")
            << QByteArray("password") << QByteArray("NaCl") << 10 << 8 << 16
            << QByteArray("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                          "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640");
    }
    void rfc7914Vectors()
    {
        QFETCH(QByteArray, passphrase);
        QFETCH(QByteArray, salt);
        QFETCH(int, log2N);
        QFETCH(int, r);
        QFETCH(int, p);
        QFETCH(QByteArray, key);
        const SecureBytes derived = Scrypt::derive(passphrase, salt, {log2N, r, p}, 64);
        QCOMPARE(derived.toHex().insecureCopy(), key);
    }

    void saltAndPassphraseChangeTheKey()
    {
        const Scrypt::Parameters cheap{4, 1, 1};
        const SecureBytes base = Scrypt::derive("pass", "salt", cheap, 32);
        QCOMPARE(base.size(), 32);
        QVERIFY(!(base == Scrypt::derive("pass", "salT", cheap, 32)));
        QVERIFY(!(base == Scrypt::derive("pasS", "salt", cheap, 32)));
        QVERIFY(base == Scrypt::derive("pass", "salt", cheap, 32));
    }

    void invalidParametersGiveNoKey_data()
    {
        QTest::addColumn<int>("log2N");
        QTest::addColumn<int>("r");
        QTest::addColumn<int>("p");
        QTest::addColumn<int>("length");
        QTest::newRow("N = 1") << 0 << 8 << 1 << 32;
        QTest::newRow("N too large") << Scrypt::MaxLog2N + 1 << 8 << 1 << 32;
        QTest::newRow("r = 0") << 4 << 0 << 1 << 32;
        QTest::newRow("p = 0") << 4 << 1 << 0 << 32;
        QTest::newRow("no key length") << 4 << 1 << 1 << 0;
    }
    void invalidParametersGiveNoKey()
    {
        QFETCH(int, log2N);
        QFETCH(int, r);
        QFETCH(int, p);
        QFETCH(int, length);
        QVERIFY(Scrypt::derive("pass", "salt", {log2N, r, p}, length).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScrypt)
#include "tst_scrypt.moc"
