#include "secrets/secretfileformat.h"

#include "crypto/sha256.h"

#include <QTest>

namespace {
const Scrypt::Parameters TestKdf{10, 8, 1};

SecretEntries sampleEntries()
{
    SecretEntries entries;
    entries.emplace(QStringLiteral("k1"), SecureBytes::fromView("v1"));
    entries.emplace(QStringLiteral("clé"), SecureBytes::fromView(QByteArray("\0\1\2", 3)));
    entries.emplace(QStringLiteral("empty"), SecureBytes());
    return entries;
}

// Replaces the checksum so that only the change under test is seen.
QByteArray withValidChecksum(QByteArray file)
{
    file.chop(Sha256::DigestSize);
    file.append(Sha256::hash(file));
    return file;
}
} // namespace

class TestSecretFileFormat : public QObject
{
    Q_OBJECT

private slots:
    void encodeThenDecodeRoundTrips()
    {
        const auto header = SecretFileFormat::newHeader(TestKdf);
        const SecureBytes key = SecretFileFormat::deriveKey(SecureBytes::fromView("pass"), header);
        QCOMPARE(key.size(), 32);
        const QByteArray file = SecretFileFormat::encode(sampleEntries(), key, header);
        QVERIFY(file.startsWith("SBSECRET\x01"));
        QCOMPARE(SecretFileFormat::readHeader(file), std::optional(header));

        SecretEntries decoded;
        QCOMPARE(SecretFileFormat::decode(file, key, &decoded), SecretFileFormat::Status::Ok);
        QCOMPARE(decoded.size(), size_t(3));
        QCOMPARE(decoded.at(QStringLiteral("k1")).insecureCopy(), QByteArray("v1"));
        QCOMPARE(decoded.at(QStringLiteral("clé")).insecureCopy(), QByteArray("\0\1\2", 3));
        QVERIFY(decoded.at(QStringLiteral("empty")).isEmpty());
    }

    void emptyStoreRoundTrips()
    {
        const auto header = SecretFileFormat::newHeader(TestKdf);
        const SecureBytes key = SecretFileFormat::deriveKey(SecureBytes::fromView("pass"), header);
        SecretEntries decoded = sampleEntries();
        QCOMPARE(SecretFileFormat::decode(SecretFileFormat::encode({}, key, header), key, &decoded),
                 SecretFileFormat::Status::Ok);
        QVERIFY(decoded.empty());
    }

    void saltMakesKeysDiffer()
    {
        const auto a = SecretFileFormat::newHeader(TestKdf);
        const auto b = SecretFileFormat::newHeader(TestKdf);
        QCOMPARE(a.salt.size(), 16);
        QVERIFY(a.salt != b.salt);
        QVERIFY(!(SecretFileFormat::deriveKey(SecureBytes::fromView("p"), a) ==
                  SecretFileFormat::deriveKey(SecureBytes::fromView("p"), b)));
    }

    void wrongKeyIsWrongPassphraseAndLeavesEntriesAlone()
    {
        const auto header = SecretFileFormat::newHeader(TestKdf);
        const SecureBytes key = SecretFileFormat::deriveKey(SecureBytes::fromView("right"), header);
        const SecureBytes other =
            SecretFileFormat::deriveKey(SecureBytes::fromView("wrong"), header);
        const QByteArray file = SecretFileFormat::encode(sampleEntries(), key, header);
        SecretEntries decoded;
        decoded.emplace(QStringLiteral("untouched"), SecureBytes());
        QCOMPARE(SecretFileFormat::decode(file, other, &decoded),
                 SecretFileFormat::Status::WrongPassphrase);
        QCOMPARE(decoded.size(), size_t(1));
    }

    void hostileKdfParametersAreRefused()
    {
        // A file asking for 16 GiB of scrypt memory, with a valid checksum, is not one we open.
        auto header = SecretFileFormat::newHeader(TestKdf);
        const SecureBytes key = SecretFileFormat::deriveKey(SecureBytes::fromView("p"), header);
        QByteArray file = SecretFileFormat::encode({}, key, header);
        file[9] = char(22);  // log2 N
        file[10] = char(32); // r
        file = withValidChecksum(file);
        QVERIFY(!SecretFileFormat::readHeader(file).has_value());
        SecretEntries decoded;
        QCOMPARE(SecretFileFormat::decode(file, key, &decoded),
                 SecretFileFormat::Status::Corrupted);
        header.kdf = {22, 32, 1};
        QVERIFY(!SecretFileFormat::isAcceptable(header.kdf));
        QVERIFY(SecretFileFormat::deriveKey(SecureBytes::fromView("p"), header).isEmpty());
        QVERIFY(SecretFileFormat::isAcceptable(Scrypt::Parameters{}));
    }

    void alteredHeaderWithValidChecksumDoesNotOpen()
    {
        // The header is authenticated as associated data: swapping parameters is caught.
        const auto header = SecretFileFormat::newHeader(TestKdf);
        const SecureBytes key = SecretFileFormat::deriveKey(SecureBytes::fromView("p"), header);
        QByteArray file = SecretFileFormat::encode(sampleEntries(), key, header);
        file[11] = char(2); // p
        file = withValidChecksum(file);
        SecretEntries decoded;
        QVERIFY(SecretFileFormat::decode(file, key, &decoded) != SecretFileFormat::Status::Ok);
        QVERIFY(decoded.empty());
    }

    void otherVersionsAreNotRead()
    {
        const auto header = SecretFileFormat::newHeader(TestKdf);
        const SecureBytes key = SecretFileFormat::deriveKey(SecureBytes::fromView("p"), header);
        QByteArray file = SecretFileFormat::encode({}, key, header);
        file[8] = char(2);
        QVERIFY(!SecretFileFormat::readHeader(withValidChecksum(file)).has_value());
    }
};

QTEST_GUILESS_MAIN(TestSecretFileFormat)
#include "tst_secretfileformat.moc"
