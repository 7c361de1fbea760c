#include "policy/policytextcache.h"

PolicyTextCache::PolicyTextCache(qsizetype capacity)
    : m_capacity(qMax<qsizetype>(1, capacity))
{}

std::shared_ptr<const CompiledPolicy> PolicyTextCache::find(QByteArrayView key)
{
    // A view over the caller's bytes: nothing is copied to look up.
    const auto it = m_entries.find(QByteArray::fromRawData(key.data(), key.size()));
    if (it == m_entries.end())
        return nullptr;
    m_uses.splice(m_uses.begin(), m_uses, it->use);
    return it->policy;
}

void PolicyTextCache::insert(QByteArrayView key, std::shared_ptr<const CompiledPolicy> policy)
{
    const auto found = m_entries.find(QByteArray::fromRawData(key.data(), key.size()));
    if (found != m_entries.end()) {
        found->policy = std::move(policy);
        m_uses.splice(m_uses.begin(), m_uses, found->use);
        return;
    }
    if (m_entries.size() >= m_capacity) {
        m_entries.remove(m_uses.back());
        m_uses.pop_back();
    }
    const QByteArray owned = key.toByteArray();
    m_uses.push_front(owned);
    m_entries.insert(owned, {std::move(policy), m_uses.begin()});
}
