#include "audit/auditpolicystore.h"

#include <QMutexLocker>

namespace {
// Enough room for every distinct document of a large directory, in both forms.
constexpr qsizetype cacheCapacity = 1 << 16;
} // namespace

AuditPolicyStore::AuditPolicyStore()
    : m_cache(cacheCapacity)
{}

Result<std::shared_ptr<const AuditPolicy>>
AuditPolicyStore::get(const QString& key, const QString& text, PolicyKind kind)
{
    const QMutexLocker lock(&m_mutex);
    Entry& entry = m_entries[{key, int(kind)}];
    if (entry.text != text || (!entry.policy && entry.error.code().isEmpty())) {
        auto compiled = AuditPolicy::compile(m_cache, text, kind);
        entry.text = text;
        entry.policy =
            compiled ? std::make_shared<const AuditPolicy>(std::move(compiled).value()) : nullptr;
        entry.error = compiled ? IamError() : compiled.error();
    }
    if (!entry.policy)
        return entry.error;
    return entry.policy;
}
