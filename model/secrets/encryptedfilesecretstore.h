#pragma once

#include "crypto/scrypt.h"
#include "secrets/secretfileformat.h"
#include "secrets/secretstore.h"

#include <QString>

// Opt-in store for machines without a keychain (--secret-store=file): one
// file of entries encrypted with AES-256-GCM under a key derived with scrypt
// from a passphrase (format: SecretFileFormat). A wrong passphrase is refused
// with WrongPassphrase and never overwrites the file; a truncated or altered
// file gives Corrupted. Every change rewrites the whole file atomically
// (OwnerOnlyFile: 0600 from the start, in a 0700 folder): a failed write
// leaves the previous file intact. The file is
// read again for every job, so decrypted secrets stay in memory only while a
// job runs; the derived key is kept to avoid one scrypt per job.
class EncryptedFileSecretStore : public SecretStore
{
    Q_OBJECT

public:
    EncryptedFileSecretStore(const QString& filePath, SecureBytes passphrase,
                             QObject* parent = nullptr);

    // scrypt cost for a file this store creates; an existing file keeps the
    // parameters in its header. Tests lower it to keep runs short.
    void setKdfParameters(const Scrypt::Parameters& parameters) { m_newFileKdf = parameters; }
    static Scrypt::Parameters defaultKdfParameters() { return {}; }

    // Short passphrases make the file easy to guess however slow scrypt is:
    // a new file needs at least this many characters, asked in a window or not.
    static constexpr int MinimumPassphraseLength = 8;
    // Characters (code points) of a UTF-8 passphrase, counted without a copy.
    static qsizetype passphraseLength(const SecureBytes& utf8);

    const QString& filePath() const { return m_filePath; }
    QString backendName() const override;

protected:
    void startPut(SecretJob* job, SecureBytes value) override;
    void startGet(SecretJob* job) override;
    void startRemove(SecretJob* job) override;
    void startList(SecretJob* job) override;

private:
    struct Failure
    {
        Error error = NoError;
        QString message;
    };

    // The current entries (none if the file does not exist yet).
    Failure load(SecretEntries* entries);
    Failure save(const SecretEntries& entries);
    Failure useKeyFor(const SecretFileFormat::Header& header);

    QString m_filePath;
    SecureBytes m_passphrase;
    Scrypt::Parameters m_newFileKdf;
    // The key derived for m_header, once known.
    std::optional<SecretFileFormat::Header> m_header;
    SecureBytes m_key;
};
