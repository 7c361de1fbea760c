#include "secrets/secretstore.h"

#include "secrets/secretjob.h"
#include "secrets/secretkey.h"

#include <QMetaObject>

SecretStore::SecretStore(QObject* parent)
    : QObject(parent)
{}

// Unfinished jobs are children: QObject deletes them.
SecretStore::~SecretStore() = default;

SecretJob* SecretStore::put(const QString& key, SecureBytes value)
{
    return enqueue(new SecretJob(SecretJob::Operation::Put, key, this), std::move(value));
}

SecretJob* SecretStore::get(const QString& key)
{
    return enqueue(new SecretJob(SecretJob::Operation::Get, key, this));
}

SecretJob* SecretStore::remove(const QString& key)
{
    return enqueue(new SecretJob(SecretJob::Operation::Remove, key, this));
}

SecretJob* SecretStore::list(const QUuid& directoryId)
{
    return enqueue(new SecretJob(
        SecretJob::Operation::List,
        directoryId.isNull() ? QString() : SecretKey::namespacePrefix(directoryId), this));
}

void SecretStore::succeed(SecretJob* job)
{
    complete(job, NoError, {});
}

void SecretStore::succeed(SecretJob* job, SecureBytes value)
{
    job->m_value = std::move(value);
    succeed(job);
}

void SecretStore::succeed(SecretJob* job, QStringList keys)
{
    keys.sort();
    job->m_keys = std::move(keys);
    succeed(job);
}

void SecretStore::fail(SecretJob* job, Error error, const QString& message)
{
    Q_ASSERT(error != NoError);
    complete(job, error, message);
}

void SecretStore::complete(SecretJob* job, Error error, const QString& message)
{
    Q_ASSERT(job == m_running && !job->m_finished);
    job->m_finished = true;
    job->m_error = error;
    job->m_errorString = message;
    // Queued even when the backend answered at once: finished() never fires
    // inside the call that started the job.
    QMetaObject::invokeMethod(
        this, [this, job] { deliver(job); }, Qt::QueuedConnection);
}

SecretJob* SecretStore::enqueue(SecretJob* job, SecureBytes value)
{
    m_pending.push_back({job, std::move(value)});
    scheduleNext();
    return job;
}

void SecretStore::scheduleNext()
{
    if (m_running || m_scheduled || m_pending.empty())
        return;
    m_scheduled = true;
    // Work starts from the event loop, so no caller blocks on a backend.
    QMetaObject::invokeMethod(
        this, [this] { startNext(); }, Qt::QueuedConnection);
}

void SecretStore::startNext()
{
    m_scheduled = false;
    if (m_running || m_pending.empty())
        return;
    Pending next = std::move(m_pending.front());
    m_pending.pop_front();
    SecretJob* job = next.job;
    m_running = job;

    if (job->operation() == SecretJob::Operation::List) {
        if (job->key().isEmpty())
            return fail(job, OtherError, tr("No directory given to list secrets of."));
        return startList(job);
    }
    if (!SecretKey::parse(job->key()))
        return fail(
            job, OtherError,
            tr("Invalid secret key '%1': expected <directory-uuid>/<kind>/<id>.").arg(job->key()));
    switch (job->operation()) {
    case SecretJob::Operation::Put:
        return startPut(job, std::move(next.value));
    case SecretJob::Operation::Get:
        return startGet(job);
    case SecretJob::Operation::Remove:
        return startRemove(job);
    case SecretJob::Operation::List:
        break;
    }
}

void SecretStore::deliver(SecretJob* job)
{
    emit job->finished(job);
    job->deleteLater();
    m_running = nullptr;
    scheduleNext();
}
