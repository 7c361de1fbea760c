#include "secrets/encryptedfilesecretstore.h"

#include "crypto/owneronlyfile.h"
#include "crypto/sha256.h"
#include "secretstorecontract.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#if defined(Q_OS_UNIX)
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {
// Cheap scrypt for tests; the file records it, so reopening uses the same.
const Scrypt::Parameters TestKdf{10, 8, 1};
const QByteArray Passphrase("correct horse battery staple");
const QByteArray SecretValue("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}
} // namespace

class TestEncryptedFileSecretStore : public SecretStoreContract
{
    Q_OBJECT

public:
    TestEncryptedFileSecretStore() { m_directory = QUuid::createUuid(); }

protected:
    std::unique_ptr<SecretStore> createStore() override { return openStore(Passphrase); }

    std::unique_ptr<EncryptedFileSecretStore> openStore(const QByteArray& passphrase) const
    {
        auto store = std::make_unique<EncryptedFileSecretStore>(filePath(),
                                                                SecureBytes::fromView(passphrase));
        store->setKdfParameters(TestKdf);
        return store;
    }

    QString filePath() const { return m_temporary->filePath(QStringLiteral("secrets/store.sbs")); }

    // A stored secret and the file bytes that hold it.
    QByteArray populate(QString* keyOut = nullptr)
    {
        const QString key = keyFor(SecretKey::Kind::AccessKey, QStringLiteral("AKIAFILESTORE"));
        if (keyOut)
            *keyOut = key;
        const JobOutcome stored = put(key, SecretValue);
        if (!stored.finished || stored.error != SecretStore::NoError)
            return {};
        return readAll(filePath());
    }

    JobOutcome getWith(const QByteArray& passphrase, const QString& key)
    {
        auto store = openStore(passphrase);
        return waitFor(store->get(key));
    }

private slots:
    void init()
    {
        m_temporary = std::make_unique<QTemporaryDir>();
        QVERIFY(m_temporary->isValid());
        initContract();
    }

    void cleanup()
    {
        m_store.reset();
        m_temporary.reset();
    }

    void nothingIsWrittenBeforeTheFirstPut()
    {
        CONTRACT_EXPECT(get(keyFor(SecretKey::Kind::Session, QStringLiteral("x"))),
                        SecretStore::EntryNotFound);
        QVERIFY(!QFile::exists(filePath()));
    }

    void secretsPersistAcrossInstances()
    {
        QString key;
        QVERIFY(!populate(&key).isEmpty());
        m_store.reset();
        const JobOutcome got = getWith(Passphrase, key);
        CONTRACT_EXPECT(got, SecretStore::NoError);
        QCOMPARE(got.value, SecretValue);
    }

    void neitherValueNorKeyIsReadableInTheFile()
    {
        QString key;
        const QByteArray bytes = populate(&key);
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains(SecretValue));
        QVERIFY(!bytes.contains(SecretValue.toBase64()));
        QVERIFY(!bytes.contains(SecretValue.toHex()));
        QVERIFY(!bytes.contains(key.toUtf8()));
        QVERIFY(!bytes.contains("AKIAFILESTORE"));
        QVERIFY(!bytes.contains(Passphrase));
    }

    void fileAndFolderAreTheOwnersOnlyUnderTheUsualUmask()
    {
        const mode_t previousUmask = ::umask(022);
        const bool populated = !populate().isEmpty();
        ::umask(previousUmask);
        QVERIFY(populated);
        QCOMPARE(OwnerOnlyFile::mode(filePath()), 0600);
        QCOMPARE(OwnerOnlyFile::mode(QFileInfo(filePath()).absolutePath()), 0700);
    }

    void wrongPassphraseIsRefusedAndChangesNothing()
    {
        QString key;
        const QByteArray before = populate(&key);
        QVERIFY(!before.isEmpty());
        m_store.reset();

        auto wrong = openStore("Correct horse battery staple");
        const JobOutcome got = waitFor(wrong->get(key));
        CONTRACT_EXPECT(got, SecretStore::WrongPassphrase);
        QVERIFY(got.value.isEmpty());
        QVERIFY(got.errorString.contains(QStringLiteral("passphrase")));
        CONTRACT_EXPECT(waitFor(wrong->put(key, SecureBytes::fromView("overwrite"))),
                        SecretStore::WrongPassphrase);
        CONTRACT_EXPECT(waitFor(wrong->remove(key)), SecretStore::WrongPassphrase);
        CONTRACT_EXPECT(waitFor(wrong->list(m_directory)), SecretStore::WrongPassphrase);
        QCOMPARE(readAll(filePath()), before);
        QCOMPARE(getWith(Passphrase, key).value, SecretValue);
    }

    void truncatedFileIsCorrupted()
    {
        QString key;
        const QByteArray bytes = populate(&key);
        QVERIFY(!bytes.isEmpty());
        m_store.reset();
        for (qsizetype length : {qsizetype(0), qsizetype(10), bytes.size() / 2, bytes.size() - 1}) {
            QVERIFY(writeAll(filePath(), bytes.first(length)));
            const JobOutcome got = getWith(Passphrase, key);
            QVERIFY2(
                got.error == SecretStore::Corrupted,
                qPrintable(QStringLiteral("length %1: %2").arg(length).arg(errorName(got.error))));
        }
    }

    void everyFlippedByteIsDetected()
    {
        QString key;
        const QByteArray bytes = populate(&key);
        QVERIFY(!bytes.isEmpty());
        m_store.reset();
        auto store = openStore(Passphrase);
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            QByteArray altered = bytes;
            altered[i] = char(altered[i] ^ 0x04);
            QVERIFY(writeAll(filePath(), altered));
            const JobOutcome got = waitFor(store->get(key));
            QVERIFY2(got.error == SecretStore::Corrupted,
                     qPrintable(QStringLiteral("byte %1: %2").arg(i).arg(errorName(got.error))));
        }
    }

    void alteredContentWithARecomputedChecksumIsStillCaught()
    {
        // Someone who fixes up the unkeyed checksum still cannot forge entries.
        QString key;
        QByteArray bytes = populate(&key);
        QVERIFY(!bytes.isEmpty());
        m_store.reset();
        const qsizetype bodyByte = bytes.size() - Sha256::DigestSize - 20;
        bytes[bodyByte] = char(bytes[bodyByte] ^ 0x01);
        bytes = bytes.chopped(Sha256::DigestSize);
        bytes.append(Sha256::hash(bytes));
        QVERIFY(writeAll(filePath(), bytes));
        CONTRACT_EXPECT(getWith(Passphrase, key), SecretStore::Corrupted);
    }

    void damagedFileIsNeverOverwritten()
    {
        QString key;
        QByteArray bytes = populate(&key);
        QVERIFY(!bytes.isEmpty());
        bytes.chop(1);
        QVERIFY(writeAll(filePath(), bytes));
        CONTRACT_EXPECT(put(keyFor(SecretKey::Kind::Session, QStringLiteral("new")), "v"),
                        SecretStore::Corrupted);
        CONTRACT_EXPECT(remove(key), SecretStore::Corrupted);
        QCOMPARE(readAll(filePath()), bytes);
    }

    void notAStoreFileIsCorrupted()
    {
        QVERIFY(QDir().mkpath(QFileInfo(filePath()).absolutePath()));
        QVERIFY(writeAll(filePath(), QByteArray("plain text, not a secret store\n").repeated(10)));
        CONTRACT_EXPECT(get(keyFor(SecretKey::Kind::Session, QStringLiteral("x"))),
                        SecretStore::Corrupted);
    }

    void failedWriteKeepsTheOldFile()
    {
#if defined(Q_OS_UNIX)
        // A file size limit makes the write of the new, larger file fail, even for root.
        QString key;
        const QByteArray before = populate(&key);
        QVERIFY(!before.isEmpty());
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit previous{};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &previous), 0);
        rlimit limited = previous;
        limited.rlim_cur = rlim_t(before.size() + 64);
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limited), 0);
        const JobOutcome failed =
            put(keyFor(SecretKey::Kind::Session, QStringLiteral("big")), QByteArray(4096, 'x'));
        ::setrlimit(RLIMIT_FSIZE, &previous);
        std::signal(SIGXFSZ, previousHandler);

        CONTRACT_EXPECT(failed, SecretStore::OtherError);
        QVERIFY(failed.errorString.contains(QStringLiteral("unchanged")));
        QCOMPARE(readAll(filePath()), before);
        // No temporary file is left behind either.
        QCOMPARE(QDir(QFileInfo(filePath()).absolutePath()).entryList(QDir::Files),
                 QStringList{QFileInfo(filePath()).fileName()});
        QCOMPARE(get(key).value, SecretValue);
        CONTRACT_EXPECT(get(keyFor(SecretKey::Kind::Session, QStringLiteral("big"))),
                        SecretStore::EntryNotFound);
#else
        QSKIP("needs POSIX file size limits");
#endif
    }

    void eachWriteUsesAFreshNonce()
    {
        const QString key = keyFor(SecretKey::Kind::Session, QStringLiteral("same"));
        CONTRACT_EXPECT(put(key, "same value"), SecretStore::NoError);
        const QByteArray first = readAll(filePath());
        CONTRACT_EXPECT(put(key, "same value"), SecretStore::NoError);
        const QByteArray second = readAll(filePath());
        QCOMPARE(first.size(), second.size());
        QVERIFY(first != second);
        // The header (magic, parameters, salt) stays the same.
        QCOMPARE(first.first(28), second.first(28));
    }

    void backendNameShowsTheFile()
    {
        QVERIFY(m_store->backendName().contains(QDir::toNativeSeparators(filePath())));
    }

private:
    std::unique_ptr<QTemporaryDir> m_temporary;
};

QTEST_GUILESS_MAIN(TestEncryptedFileSecretStore)
#include "tst_encryptedfilesecretstore.moc"
