#pragma once

#include "audit/auditpolicy.h"
#include "iam/result.h"
#include "policy/policycache.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <memory>
#include <utility>

// The audit forms of the policies compiled so far, by key and kind, so that
// the questions of one AuditQueries compile each policy once rather than once
// each. An entry serves again only for the same text: an edited policy is
// compiled anew. Thread-safe; the policies it hands out are immutable.
class AuditPolicyStore
{
public:
    AuditPolicyStore();

    // The compiled forms of text under key, or why it does not compile.
    Result<std::shared_ptr<const AuditPolicy>> get(const QString& key, const QString& text,
                                                   PolicyKind kind);
    // For the forms compiled beside a policy's own (AuditPolicy::variant()).
    PolicyCache& cache() { return m_cache; }

private:
    struct Entry
    {
        QString text;
        std::shared_ptr<const AuditPolicy> policy; // null when it does not compile
        IamError error;
    };

    QMutex m_mutex;
    PolicyCache m_cache;
    QHash<std::pair<QString, int>, Entry> m_entries; // by key, kind
};
