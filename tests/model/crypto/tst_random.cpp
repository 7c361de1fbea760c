#include "crypto/random.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestRandom : public QObject
{
    Q_OBJECT

private slots:
    void bytesHaveTheRequestedLengthAndDiffer()
    {
        QCOMPARE(Random::bytes(0).size(), 0);
        QCOMPARE(Random::bytes(-1).size(), 0);
        QCOMPARE(Random::bytes(32).size(), 32);
        QVERIFY(Random::bytes(32) != Random::bytes(32));
    }

    void bytesCoverEveryValue()
    {
        // 64 KiB of uniform bytes miss a given value with probability ~e^-256.
        const QByteArray bytes = Random::bytes(65536);
        QSet<char> seen(bytes.cbegin(), bytes.cend());
        QCOMPARE(seen.size(), 256);
    }

    void base32UsesTheRfcAlphabet()
    {
        const QString text = Random::base32(4000);
        QCOMPARE(text.size(), 4000);
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Z2-7]+$")).match(text).hasMatch());
        QCOMPARE(QSet<QChar>(text.cbegin(), text.cend()).size(), 32);
    }

    void uniqueIdsHaveThePrefixAndLength()
    {
        const QString id = Random::uniqueId(u"AIDA");
        QCOMPARE(id.size(), 21);
        QVERIFY(QRegularExpression(QStringLiteral("^AIDA[A-Z2-7]{17}$")).match(id).hasMatch());
        QVERIFY(Random::uniqueId(u"AROA") != Random::uniqueId(u"AROA"));
    }

    void accessKeyIdsFollowTheSpec()
    {
        const QRegularExpression longTerm(QStringLiteral("^AKIA[A-Z2-7]{16}$"));
        const QRegularExpression temporary(QStringLiteral("^ASIA[A-Z2-7]{16}$"));
        QVERIFY(longTerm.match(Random::accessKeyId(false)).hasMatch());
        QVERIFY(temporary.match(Random::accessKeyId(true)).hasMatch());
    }

    void secretAccessKeysAreFortyBase64Characters()
    {
        const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9+/]{40}$"));
        const QString secret = Random::secretAccessKey();
        QVERIFY(pattern.match(secret).hasMatch());
        QVERIFY(secret != Random::secretAccessKey());
    }

    void passwordsAvoidLookAlikes()
    {
        const QString password = Random::password(2000);
        QCOMPARE(password.size(), 2000);
        for (QChar lookAlike : {u'0', u'O', u'1', u'l', u'I'})
            QVERIFY(!password.contains(lookAlike));
        QCOMPARE(Random::password().size(), 16);
    }
};

QTEST_GUILESS_MAIN(TestRandom)
#include "tst_random.moc"
