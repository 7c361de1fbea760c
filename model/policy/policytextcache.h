#pragma once

#include "iam/result.h"
#include "policy/compiledpolicy.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>

#include <list>
#include <memory>

// Compiled policies by the exact text of their document, for one thread of
// the batch simulator: no lock, and a fixed capacity with the least recently
// used entry leaving first, so memory stays bounded on any input.
class PolicyTextCache
{
public:
    explicit PolicyTextCache(qsizetype capacity);

    // The policy compiled from key, or nullptr when it is not cached. key is
    // compared byte for byte; the caller chooses what it holds (the document
    // and what it is used as).
    std::shared_ptr<const CompiledPolicy> find(QByteArrayView key);
    void insert(QByteArrayView key, std::shared_ptr<const CompiledPolicy> policy);

    qsizetype size() const { return m_entries.size(); }
    qsizetype capacity() const { return m_capacity; }

private:
    struct Entry
    {
        std::shared_ptr<const CompiledPolicy> policy;
        std::list<QByteArray>::iterator use; // in m_uses, most recent first
    };

    QHash<QByteArray, Entry> m_entries;
    std::list<QByteArray> m_uses;
    qsizetype m_capacity;
};
