#pragma once

#include "secrets/secretstore.h"

#include <QByteArray>
#include <QString>

#include <functional>

// Secrets in the platform keychain through QtKeychain: the Secret Service
// (gnome-keyring, KWallet) on Linux, Keychain on macOS, Credential Store on
// Windows. Never falls back to plaintext: without a keychain every job fails
// with BackendUnavailable and an explanation of what to do.
//
// QtKeychain cannot enumerate entries, so each directory has an index entry
// "<directory-uuid>/index" listing its keys (names only, never values). A
// put adds the key to the index before writing the value, a remove deletes
// the value before dropping the key, so the index never misses a stored
// secret. The index is read-modify-write: two processes changing the same
// directory's secrets at the same moment could lose an index line.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    static constexpr char DefaultService[] = "switchboard";

    explicit KeychainSecretStore(const QString& service = QLatin1String(DefaultService),
                                 QObject* parent = nullptr);

    const QString& service() const { return m_service; }
    QString backendName() const override;

    // What a person should read when the keychain cannot be reached: which
    // backend was tried, what failed (detail), how to fix it.
    static QString unavailableExplanation(const QString& detail);

protected:
    void startPut(SecretJob* job, SecureBytes value) override;
    void startGet(SecretJob* job) override;
    void startRemove(SecretJob* job) override;
    void startList(SecretJob* job) override;

private:
    struct Reply
    {
        Error error = NoError;
        QString message;
        QByteArray data;
    };
    using Continuation = std::function<void(Reply)>;
    using IndexContinuation = std::function<void(QStringList)>;

    // One QtKeychain job each; the continuation is dropped if job is deleted first.
    void readEntry(SecretJob* job, const QString& key, Continuation next);
    void writeEntry(SecretJob* job, const QString& key, const QByteArray& data, Continuation next);
    void deleteEntry(SecretJob* job, const QString& key, Continuation next);

    // The index of the namespace key belongs to; failures end job.
    void readIndex(SecretJob* job, const QString& key, IndexContinuation next);
    void writeIndex(SecretJob* job, const QString& key, const QStringList& keys,
                    std::function<void()> next);
    void failWith(SecretJob* job, const Reply& reply);

    QString m_service;
};
