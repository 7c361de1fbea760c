#include "secrets/inmemorysecretstore.h"

#include "secrets/secretjob.h"

InMemorySecretStore::InMemorySecretStore(QObject* parent)
    : SecretStore(parent)
{}

QString InMemorySecretStore::backendName() const
{
    return tr("memory (not persistent)");
}

void InMemorySecretStore::startPut(SecretJob* job, SecureBytes value)
{
    m_entries.insert_or_assign(job->key(), std::move(value));
    succeed(job);
}

void InMemorySecretStore::startGet(SecretJob* job)
{
    const auto it = m_entries.find(job->key());
    if (it == m_entries.end())
        return fail(job, EntryNotFound, tr("No secret is stored under '%1'.").arg(job->key()));
    succeed(job, it->second.clone());
}

void InMemorySecretStore::startRemove(SecretJob* job)
{
    m_entries.erase(job->key());
    succeed(job);
}

void InMemorySecretStore::startList(SecretJob* job)
{
    QStringList keys;
    for (const auto& entry : m_entries)
        if (entry.first.startsWith(job->key()))
            keys.append(entry.first);
    succeed(job, keys);
}
