#include "crypto/sha256.h"

#include <QTest>

// Known answers from FIPS 180-2 appendix B and the NIST example values.
class TestSha256 : public QObject
{
    Q_OBJECT

private slots:
    void knownAnswers_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("digest");
        QTest::newRow("empty") << QByteArray()
                               << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495"
                                             "991b7852b855");
        QTest::newRow("abc") << QByteArray("abc")
                             << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410f"
                                           "f61f20015ad");
        QTest::newRow("448 bits")
            << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QTest::newRow("million a") << QByteArray(1000000, 'a')
                                   << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e0"
                                                 "46d39ccc7112cd0");
    }
    void knownAnswers()
    {
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, digest);
        QCOMPARE(Sha256::hashHex(message), digest);
        QCOMPARE(Sha256::hash(message), QByteArray::fromHex(digest));
    }

    void incrementalEqualsOneShot()
    {
        const QByteArray message("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq");
        Sha256 sha;
        for (qsizetype i = 0; i < message.size(); i += 7)
            sha.addData(
                QByteArrayView(message).sliced(i, std::min<qsizetype>(7, message.size() - i)));
        QCOMPARE(sha.result(), Sha256::hash(message));
    }

    void resultResetsForTheNextMessage()
    {
        Sha256 sha;
        sha.addData("first message");
        sha.result();
        sha.addData("abc");
        QCOMPARE(sha.result().toHex(),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
