#pragma once

#include "iam/result.h"
#include "policy/compiledpolicy.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <memory>

// Compiled policies by key (a policy ARN + version id, an owner + inline
// name, or documentKey() of the text), so each document is parsed and
// compiled once. Thread-safe; the policies it hands out are immutable.
class PolicyCache
{
public:
    explicit PolicyCache(qsizetype capacity = 4096);

    // The compiled policy for key. A key seen before with the same text and
    // kind is a hit; a different text under the key replaces the entry (the
    // policy was edited). Parse errors are returned and not cached.
    Result<std::shared_ptr<const CompiledPolicy>> get(const QString& key, const QString& text,
                                                      PolicyKind kind);
    // The same, keyed by the document itself.
    Result<std::shared_ptr<const CompiledPolicy>> get(const QString& text, PolicyKind kind);

    void invalidate(const QString& key);
    // Drops every key starting with prefix, e.g. all versions of one policy ARN.
    void invalidatePrefix(const QString& prefix);
    void clear();

    qsizetype size() const;
    qsizetype capacity() const { return m_capacity; }
    qsizetype hits() const;
    qsizetype misses() const;

    // A key derived from a document's text and kind (SHA-256).
    static QString documentKey(const QString& text, PolicyKind kind);

private:
    struct Entry
    {
        QString text;
        PolicyKind kind = PolicyKind::Identity;
        std::shared_ptr<const CompiledPolicy> policy;
        quint64 lastUse = 0;
    };
    void evictOldest();

    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
    qsizetype m_capacity;
    quint64 m_clock = 0;
    qsizetype m_hits = 0;
    qsizetype m_misses = 0;
};
