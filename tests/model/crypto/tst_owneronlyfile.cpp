#include "crypto/owneronlyfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

class TestOwnerOnlyFile : public QObject
{
    Q_OBJECT

private:
    mode_t m_previousUmask = 0;
    std::unique_ptr<QTemporaryDir> m_dir;

    static bool writePlain(const QString& path, const QByteArray& bytes, int mode)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() &&
               ::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0;
    }

    static QByteArray readAll(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    // The usual umask, which would leave new files readable by everyone.
    void initTestCase() { m_previousUmask = ::umask(022); }
    void cleanupTestCase() { ::umask(m_previousUmask); }
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void writesANewFileOwnerOnlyInNewOwnerOnlyFolders()
    {
        const QString path = m_dir->filePath(QStringLiteral("a/b/key.csv"));
        QVERIFY(OwnerOnlyFile::write(path, "secret").ok());
        QCOMPARE(readAll(path), QByteArray("secret"));
        QCOMPARE(OwnerOnlyFile::mode(path), 0600);
        QCOMPARE(OwnerOnlyFile::mode(m_dir->filePath(QStringLiteral("a"))), 0700);
        QCOMPARE(OwnerOnlyFile::mode(m_dir->filePath(QStringLiteral("a/b"))), 0700);
        // Nothing but the file is left beside it.
        QCOMPARE(QDir(m_dir->filePath(QStringLiteral("a/b"))).entryList(QDir::Files),
                 QStringList{QStringLiteral("key.csv")});
    }

    void replacesAReadableFileWithAnOwnerOnlyOne()
    {
        const QString path = m_dir->filePath(QStringLiteral("key.csv"));
        QVERIFY(writePlain(path, "old", 0644));
        QCOMPARE(OwnerOnlyFile::mode(path), 0644);
        QVERIFY(OwnerOnlyFile::write(path, "new").ok());
        QCOMPARE(readAll(path), QByteArray("new"));
        QCOMPARE(OwnerOnlyFile::mode(path), 0600);
    }

    void aFailedWriteLeavesThePreviousFile()
    {
        const QString path = m_dir->filePath(QStringLiteral("taken/key.csv"));
        QVERIFY(QDir().mkpath(path)); // a folder where the file should go
        const Result<void> written = OwnerOnlyFile::write(path, "secret");
        QVERIFY(!written.ok());
        QVERIFY(written.error().message().contains(QStringLiteral("key.csv")));
        QVERIFY(QFileInfo(path).isDir());
        QCOMPARE(QDir(m_dir->filePath(QStringLiteral("taken"))).entryList(QDir::Files),
                 QStringList());
    }

    void preparesANewFileOwnerOnlyAndNarrowsAnExistingOne()
    {
        const QString fresh = m_dir->filePath(QStringLiteral("fresh.sqlite"));
        QVERIFY(OwnerOnlyFile::prepare(fresh).ok());
        QCOMPARE(OwnerOnlyFile::mode(fresh), 0600);
        QCOMPARE(QFileInfo(fresh).size(), 0);

        const QString old = m_dir->filePath(QStringLiteral("old.sqlite"));
        QVERIFY(writePlain(old, "data", 0644));
        QVERIFY(writePlain(old + QStringLiteral("-wal"), "wal", 0644));
        QVERIFY(OwnerOnlyFile::prepare(old).ok());
        QCOMPARE(readAll(old), QByteArray("data")); // kept, only narrowed
        QCOMPARE(OwnerOnlyFile::mode(old), 0600);
        QCOMPARE(OwnerOnlyFile::mode(old + QStringLiteral("-wal")), 0600);
        QVERIFY(!QFile::exists(old + QStringLiteral("-shm")));
    }
};

QTEST_GUILESS_MAIN(TestOwnerOnlyFile)
#include "tst_owneronlyfile.moc"
