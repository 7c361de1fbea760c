#include "secrets/keychainsecretstore.h"

#include "secrets/secretjob.h"

#include <qt6keychain/keychain.h>

#include <initializer_list>
#include <memory>

namespace {
const QLatin1String IndexName("index");

// "<uuid>/" of a key or a namespace prefix.
QString namespaceOf(const QString& key)
{
    return key.left(key.indexOf(QLatin1Char('/')) + 1);
}

QString indexKeyOf(const QString& key)
{
    return namespaceOf(key) + IndexName;
}

bool containsAny(const QString& message, std::initializer_list<const char*> signs)
{
    for (const char* sign : signs)
        if (message.contains(QLatin1String(sign)))
            return true;
    return false;
}

// GDBus's words for "there is no session bus to talk to".
bool looksLikeNoBus(const QString& message)
{
    return containsAny(message, {"autolaunch", "Could not connect", "Failed to open connection",
                                 "Connection refused", "DBUS_SESSION_BUS_ADDRESS"});
}

// With libsecret, a session without D-Bus, without a Secret Service, or with
// a keyring that has no collection and cannot prompt for one gives OtherError
// with GDBus's message rather than NoBackendAvailable.
bool looksUnavailable(const QString& message)
{
    return looksLikeNoBus(message) ||
           containsAny(message, {"D-Bus", "DBus", "org.freedesktop.secrets",
                                 "/org/freedesktop/secrets/collection/", "ServiceUnknown",
                                 "was not provided by any .service files", "No such interface",
                                 "No keychain service"});
}

SecretStore::Error classify(QKeychain::Error error, const QString& message)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::NoError;
    case QKeychain::EntryNotFound:
        return SecretStore::EntryNotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretStore::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::BackendUnavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return looksUnavailable(message) ? SecretStore::BackendUnavailable : SecretStore::OtherError;
}

// Common set-up of every QtKeychain job: one shot, never plaintext.
template <typename KeychainJob>
KeychainJob* newKeychainJob(const QString& service, const QString& key)
{
    auto* job = new KeychainJob(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

QStringList parseIndex(const QByteArray& data)
{
    return QString::fromUtf8(data).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
} // namespace

KeychainSecretStore::KeychainSecretStore(const QString& service, QObject* parent)
    : SecretStore(parent)
    , m_service(service)
{}

QString KeychainSecretStore::backendName() const
{
#if defined(Q_OS_MACOS)
    return tr("macOS Keychain (QtKeychain)");
#elif defined(Q_OS_WIN)
    return tr("Windows Credential Store (QtKeychain)");
#else
    return tr("Secret Service (QtKeychain)");
#endif
}

QString KeychainSecretStore::unavailableExplanation(const QString& detail)
{
    const QString cause =
        looksLikeNoBus(detail)
            ? tr("No D-Bus session bus is reachable, so no Secret Service can be asked.")
            : tr("No Secret Service is running on the D-Bus session bus, or its keyring is "
                 "locked and cannot be unlocked here.");
    return tr("The system keychain could not be used (backend tried: Secret Service through "
              "QtKeychain; error: %1). %2 Start gnome-keyring-daemon (unlocked) or KWallet, or "
              "choose the encrypted file store with --secret-store=file.")
        .arg(detail.isEmpty() ? tr("no details") : detail, cause);
}

void KeychainSecretStore::startPut(SecretJob* job, SecureBytes value)
{
    // std::function needs a copyable capture; the secret itself is not copied.
    auto secret = std::make_shared<SecureBytes>(std::move(value));
    const QString key = job->key();
    auto writeValue = [this, job, key, secret] {
        QByteArray data = secret->insecureCopy();
        writeEntry(job, key, data, [this, job](const Reply& reply) {
            if (reply.error != NoError)
                return failWith(job, reply);
            succeed(job);
        });
        // QtKeychain holds its own copy now; wipe ours.
        SecureBytes::takeFrom(data);
    };
    readIndex(job, key, [this, job, key, writeValue](QStringList keys) {
        if (keys.contains(key))
            return writeValue();
        keys.append(key);
        writeIndex(job, key, keys, writeValue);
    });
}

void KeychainSecretStore::startGet(SecretJob* job)
{
    readEntry(job, job->key(), [this, job](Reply reply) {
        if (reply.error == EntryNotFound)
            return fail(job, EntryNotFound, tr("No secret is stored under '%1'.").arg(job->key()));
        if (reply.error != NoError)
            return failWith(job, reply);
        succeed(job, SecureBytes::takeFrom(reply.data));
    });
}

void KeychainSecretStore::startRemove(SecretJob* job)
{
    const QString key = job->key();
    deleteEntry(job, key, [this, job, key](const Reply& reply) {
        // Removing what is not there is not an error.
        if (reply.error != NoError && reply.error != EntryNotFound)
            return failWith(job, reply);
        readIndex(job, key, [this, job, key](QStringList keys) {
            if (keys.removeAll(key) == 0)
                return succeed(job);
            writeIndex(job, key, keys, [this, job] { succeed(job); });
        });
    });
}

void KeychainSecretStore::startList(SecretJob* job)
{
    readIndex(job, job->key(), [this, job](const QStringList& keys) { succeed(job, keys); });
}

void KeychainSecretStore::readEntry(SecretJob* job, const QString& key, Continuation next)
{
    auto* read = newKeychainJob<QKeychain::ReadPasswordJob>(m_service, key);
    connect(read, &QKeychain::Job::finished, job, [read, next](QKeychain::Job*) {
        next({classify(read->error(), read->errorString()), read->errorString(),
              read->binaryData()});
    });
    read->start();
}

void KeychainSecretStore::writeEntry(SecretJob* job, const QString& key, const QByteArray& data,
                                     Continuation next)
{
    auto* write = newKeychainJob<QKeychain::WritePasswordJob>(m_service, key);
    write->setBinaryData(data);
    connect(write, &QKeychain::Job::finished, job, [write, next](QKeychain::Job*) {
        next({classify(write->error(), write->errorString()), write->errorString(), {}});
    });
    write->start();
}

void KeychainSecretStore::deleteEntry(SecretJob* job, const QString& key, Continuation next)
{
    auto* remove = newKeychainJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(remove, &QKeychain::Job::finished, job, [remove, next](QKeychain::Job*) {
        next({classify(remove->error(), remove->errorString()), remove->errorString(), {}});
    });
    remove->start();
}

void KeychainSecretStore::readIndex(SecretJob* job, const QString& key, IndexContinuation next)
{
    readEntry(job, indexKeyOf(key), [this, job, next](const Reply& reply) {
        if (reply.error == EntryNotFound)
            return next({});
        if (reply.error != NoError)
            return failWith(job, reply);
        next(parseIndex(reply.data));
    });
}

void KeychainSecretStore::writeIndex(SecretJob* job, const QString& key, const QStringList& keys,
                                     std::function<void()> next)
{
    auto done = [this, job, next](const Reply& reply) {
        if (reply.error != NoError && reply.error != EntryNotFound)
            return failWith(job, reply);
        next();
    };
    if (keys.isEmpty())
        deleteEntry(job, indexKeyOf(key), done);
    else
        writeEntry(job, indexKeyOf(key), keys.join(QLatin1Char('\n')).toUtf8(), done);
}

void KeychainSecretStore::failWith(SecretJob* job, const Reply& reply)
{
    if (reply.error == BackendUnavailable)
        return fail(job, BackendUnavailable, unavailableExplanation(reply.message));
    fail(job, reply.error, tr("Keychain error: %1").arg(reply.message));
}
