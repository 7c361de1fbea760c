#include "policy/policycache.h"

#include <QCryptographicHash>

PolicyCache::PolicyCache(qsizetype capacity)
    : m_capacity(qMax<qsizetype>(1, capacity))
{}

Result<std::shared_ptr<const CompiledPolicy>> PolicyCache::get(const QString& key,
                                                               const QString& text, PolicyKind kind)
{
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_entries.find(key);
        if (it != m_entries.end() && it->kind == kind && it->text == text) {
            it->lastUse = ++m_clock;
            ++m_hits;
            return it->policy;
        }
        ++m_misses;
    }
    // Compile outside the lock: other threads keep evaluating meanwhile.
    auto compiled = CompiledPolicy::compile(text, kind);
    if (!compiled.ok())
        return compiled.error();
    QMutexLocker lock(&m_mutex);
    if (!m_entries.contains(key) && m_entries.size() >= m_capacity)
        evictOldest();
    m_entries.insert(key, {text, kind, compiled.value(), ++m_clock});
    return compiled;
}

Result<std::shared_ptr<const CompiledPolicy>> PolicyCache::get(const QString& text, PolicyKind kind)
{
    return get(documentKey(text, kind), text, kind);
}

void PolicyCache::invalidate(const QString& key)
{
    QMutexLocker lock(&m_mutex);
    m_entries.remove(key);
}

void PolicyCache::invalidatePrefix(const QString& prefix)
{
    QMutexLocker lock(&m_mutex);
    m_entries.removeIf([&prefix](const QHash<QString, Entry>::iterator& it) {
        return it.key().startsWith(prefix);
    });
}

void PolicyCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
}

qsizetype PolicyCache::size() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries.size();
}

qsizetype PolicyCache::hits() const
{
    QMutexLocker lock(&m_mutex);
    return m_hits;
}

qsizetype PolicyCache::misses() const
{
    QMutexLocker lock(&m_mutex);
    return m_misses;
}

QString PolicyCache::documentKey(const QString& text, PolicyKind kind)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(int(kind)) + ':');
    hash.addData(text.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

// Least recently used goes; a linear scan, as eviction is rare next to lookups.
void PolicyCache::evictOldest()
{
    auto oldest = m_entries.begin();
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->lastUse < oldest->lastUse)
            oldest = it;
    }
    if (oldest != m_entries.end())
        m_entries.erase(oldest);
}
