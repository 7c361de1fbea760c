#include "secrets/encryptedfilesecretstore.h"

#include "crypto/owneronlyfile.h"
#include "secrets/secretjob.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

EncryptedFileSecretStore::EncryptedFileSecretStore(const QString& filePath, SecureBytes passphrase,
                                                   QObject* parent)
    : SecretStore(parent)
    , m_filePath(filePath)
    , m_passphrase(std::move(passphrase))
    , m_newFileKdf(defaultKdfParameters())
{}

qsizetype EncryptedFileSecretStore::passphraseLength(const SecureBytes& utf8)
{
    qsizetype characters = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i)
        if ((utf8.bytes()[i] & 0xC0) != 0x80) // continuation bytes belong to the one before
            ++characters;
    return characters;
}

QString EncryptedFileSecretStore::backendName() const
{
    return tr("encrypted file %1").arg(QDir::toNativeSeparators(m_filePath));
}

void EncryptedFileSecretStore::startPut(SecretJob* job, SecureBytes value)
{
    SecretEntries entries;
    Failure failure = load(&entries);
    if (failure.error == NoError) {
        entries.insert_or_assign(job->key(), std::move(value));
        failure = save(entries);
    }
    if (failure.error != NoError)
        return fail(job, failure.error, failure.message);
    succeed(job);
}

void EncryptedFileSecretStore::startGet(SecretJob* job)
{
    SecretEntries entries;
    if (const Failure failure = load(&entries); failure.error != NoError)
        return fail(job, failure.error, failure.message);
    const auto it = entries.find(job->key());
    if (it == entries.end())
        return fail(job, EntryNotFound, tr("No secret is stored under '%1'.").arg(job->key()));
    succeed(job, std::move(it->second));
}

void EncryptedFileSecretStore::startRemove(SecretJob* job)
{
    SecretEntries entries;
    Failure failure = load(&entries);
    // Nothing to write when the key is not there.
    if (failure.error == NoError && entries.erase(job->key()) > 0)
        failure = save(entries);
    if (failure.error != NoError)
        return fail(job, failure.error, failure.message);
    succeed(job);
}

void EncryptedFileSecretStore::startList(SecretJob* job)
{
    SecretEntries entries;
    if (const Failure failure = load(&entries); failure.error != NoError)
        return fail(job, failure.error, failure.message);
    QStringList keys;
    for (const auto& entry : entries)
        if (entry.first.startsWith(job->key()))
            keys.append(entry.first);
    succeed(job, keys);
}

EncryptedFileSecretStore::Failure EncryptedFileSecretStore::load(SecretEntries* entries)
{
    const QString path = QDir::toNativeSeparators(m_filePath);
    QFile file(m_filePath);
    if (!file.exists()) {
        entries->clear();
        return {};
    }
    if (!file.open(QIODevice::ReadOnly))
        return {AccessDenied,
                tr("Cannot read the secret file %1: %2").arg(path, file.errorString())};
    const QByteArray bytes = file.readAll();
    const auto header = SecretFileFormat::readHeader(bytes);
    if (!header)
        return {Corrupted, tr("The secret file %1 is damaged (truncated or altered) and cannot be "
                              "read. It was left as it is.")
                               .arg(path)};
    if (const Failure failure = useKeyFor(*header); failure.error != NoError)
        return failure;
    switch (SecretFileFormat::decode(bytes, m_key, entries)) {
    case SecretFileFormat::Status::Ok:
        return {};
    case SecretFileFormat::Status::WrongPassphrase:
        return {WrongPassphrase, tr("The passphrase does not open the secret file %1.").arg(path)};
    case SecretFileFormat::Status::Corrupted:
        break;
    }
    return {Corrupted,
            tr("The secret file %1 opens with this passphrase but its content was altered. It "
               "was left as it is.")
                .arg(path)};
}

EncryptedFileSecretStore::Failure EncryptedFileSecretStore::save(const SecretEntries& entries)
{
    const QString path = QDir::toNativeSeparators(m_filePath);
    if (!m_header) {
        if (const Failure failure = useKeyFor(SecretFileFormat::newHeader(m_newFileKdf));
            failure.error != NoError)
            return failure;
    }
    const QByteArray bytes = SecretFileFormat::encode(entries, m_key, *m_header);
    if (bytes.isEmpty())
        return {OtherError, tr("Cannot encrypt the secrets for %1.").arg(path)};

    // 0600 from its first byte, in a 0700 folder; a failure leaves the previous file whole.
    const Result<void> written = OwnerOnlyFile::write(m_filePath, bytes);
    if (written)
        return {};
    const Error error =
        written.error().code() == QLatin1String("AccessDenied") ? AccessDenied : OtherError;
    return {error, tr("Cannot write the secret file %1: %2. The previous file is unchanged.")
                       .arg(path, written.error().message())};
}

EncryptedFileSecretStore::Failure
EncryptedFileSecretStore::useKeyFor(const SecretFileFormat::Header& header)
{
    if (m_header == header)
        return {};
    SecureBytes key = SecretFileFormat::deriveKey(m_passphrase, header);
    if (key.isEmpty())
        return {OtherError, tr("Cannot derive a key for the secret file %1.")
                                .arg(QDir::toNativeSeparators(m_filePath))};
    m_key = std::move(key);
    m_header = header;
    return {};
}
