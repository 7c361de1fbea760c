#pragma once

#include "crypto/securebytes.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <deque>

class SecretJob;

// An asynchronous store of secrets by key, modelled on QtKeychain's jobs.
// Keys are SecretKey strings, <directory-uuid>/<kind>/<id>.
//
// put(), get(), remove() and list() each return a heap job that emits
// finished() exactly once, on a later event-loop turn (never inside the call,
// so connecting right after the call is always in time), and then deletes
// itself. Its error() and errorString() are meaningful once it has finished.
// Jobs of one store run one at a time, in the order they were issued: a get()
// issued right after a put() sees the value. Destroying the store abandons
// its unfinished jobs (they are deleted without finishing).
//
// Stores never fall back silently to plaintext: a store that cannot keep a
// secret safely fails with an error that says why and how to fix it.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum Error
    {
        NoError,
        EntryNotFound,
        BackendUnavailable, // no keychain service: errorString() explains what to do
        AccessDenied,
        WrongPassphrase,
        Corrupted,
        OtherError,
    };
    Q_ENUM(Error)

    explicit SecretStore(QObject* parent = nullptr);
    ~SecretStore() override;

    // Stores value under key, replacing any previous value.
    SecretJob* put(const QString& key, SecureBytes value);
    // The value under key in job->value(); EntryNotFound if there is none.
    SecretJob* get(const QString& key);
    // Removing a key that holds nothing succeeds.
    SecretJob* remove(const QString& key);
    // The keys (never the values) of one directory in job->keys(), sorted.
    SecretJob* list(const QUuid& directoryId);

    // Where secrets go, for people: "Secret Service (QtKeychain)", "encrypted file ...".
    virtual QString backendName() const = 0;

protected:
    // A subclass ends every job it is given with exactly one call to
    // succeed() or fail(), now or later. job->key() is valid; for list() it
    // is the namespace prefix "<directory-uuid>/".
    virtual void startPut(SecretJob* job, SecureBytes value) = 0;
    virtual void startGet(SecretJob* job) = 0;
    virtual void startRemove(SecretJob* job) = 0;
    virtual void startList(SecretJob* job) = 0;

    void succeed(SecretJob* job);
    void succeed(SecretJob* job, SecureBytes value);
    void succeed(SecretJob* job, QStringList keys);
    void fail(SecretJob* job, Error error, const QString& message);

private:
    struct Pending
    {
        SecretJob* job;
        SecureBytes value;
    };

    SecretJob* enqueue(SecretJob* job, SecureBytes value = {});
    void complete(SecretJob* job, Error error, const QString& message);
    void scheduleNext();
    void startNext();
    void deliver(SecretJob* job);

    std::deque<Pending> m_pending;
    SecretJob* m_running = nullptr;
    bool m_scheduled = false;
};
