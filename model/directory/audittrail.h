#pragma once

#include "directory/auditevent.h"
#include "iam/result.h"

#include <QList>
#include <QString>

#include <optional>

class DirectoryContext;

// The audit trail (table audit_events): append-only, each event chained to
// the previous by SHA-256 (AuditChain).
class AuditTrail
{
public:
    explicit AuditTrail(DirectoryContext& context);

    // Chains the event to the last one; emits auditEventAppended after the commit.
    Result<AuditEvent> append(const AuditEvent& event);
    // Oldest first, by sequence.
    QList<AuditEvent> events(int offset, int limit) const;
    int count() const;
    // The events of one action, oldest first.
    QList<AuditEvent> eventsOf(const QString& action) const;
    // The sequence of the first event whose link or hash does not verify (or
    // the first missing sequence), nullopt when intact.
    std::optional<qint64> verify() const;

private:
    DirectoryContext& m_context;
};
