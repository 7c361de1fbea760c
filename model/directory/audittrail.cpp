#include "directory/audittrail.h"

#include "directory/auditchain.h"
#include "directory/directory.h"
#include "directory/directorycontext.h"
#include "directory/directoryrows.h"

#include <QSqlQuery>

using DirectoryRows::fromMs;
using DirectoryRows::toMs;

namespace {

const QString auditSelect = QStringLiteral(
    "SELECT sequence, time, actor_arn, session_name, action, target, outcome, detail,"
    " previous_hash, hash, source_address, user_agent, session_tags FROM audit_events ");

AuditEvent readAuditEvent(const QSqlQuery& q)
{
    AuditEvent e;
    e.sequence = q.value(0).toLongLong();
    e.time = fromMs(q.value(1));
    e.actorArn = q.value(2).toString();
    e.sessionName = q.value(3).toString();
    e.action = q.value(4).toString();
    e.target = q.value(5).toString();
    e.outcome = q.value(6).toString();
    e.detail = q.value(7).toString();
    e.previousHash = q.value(8).toString();
    e.hash = q.value(9).toString();
    e.sourceAddress = q.value(10).toString();
    e.userAgent = q.value(11).toString();
    e.sessionTags = q.value(12).toString();
    return e;
}

} // namespace

AuditTrail::AuditTrail(DirectoryContext& context)
    : m_context(context)
{}

Result<AuditEvent> AuditTrail::append(const AuditEvent& event)
{
    SqlConnection& sql = m_context.sql();
    return m_context.transact([&]() -> Result<AuditEvent> {
        AuditEvent stored = event;
        stored.sequence = 1;
        stored.previousHash = AuditChain::genesisHash();
        if (const QString serialize = sql.dialect().serializeAuditAppends(); !serialize.isEmpty())
            if (auto locked = sql.value(serialize); !locked)
                return locked.error();
        const auto last = sql.select(
            QStringLiteral(
                "SELECT sequence, hash FROM audit_events ORDER BY sequence DESC LIMIT 1"),
            {}, [&](const QSqlQuery& q) {
                stored.sequence = q.value(0).toLongLong() + 1;
                stored.previousHash = q.value(1).toString();
            });
        if (!last)
            return last.error();
        // Milliseconds in UTC, as stored, so the hash recomputes from the row.
        stored.time = event.time.isValid() ? fromMs(toMs(event.time)) : m_context.now();
        stored.hash = AuditChain::hash(stored.previousHash, stored);
        if (auto r = sql.exec(
                QStringLiteral("INSERT INTO audit_events(sequence, time, actor_arn, session_name,"
                               " action, target, outcome, detail, previous_hash, hash,"
                               " source_address, user_agent, session_tags)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {stored.sequence, toMs(stored.time), stored.actorArn, stored.sessionName,
                 stored.action, stored.target, stored.outcome, stored.detail, stored.previousHash,
                 stored.hash, stored.sourceAddress, stored.userAgent, stored.sessionTags});
            !r)
            return r.error();
        m_context.notify([stored](Directory* owner) { Q_EMIT owner->auditEventAppended(stored); });
        return stored;
    });
}

QList<AuditEvent> AuditTrail::events(int offset, int limit) const
{
    // Sequences run 1, 2, 3... without gaps, so the offset is a key, not a skip.
    return m_context.selectRows<AuditEvent>(
        auditSelect + QStringLiteral("WHERE sequence > ? ORDER BY sequence LIMIT ?"),
        {qMax(0, offset), limit < 0 ? DirectoryRows::noLimit : limit}, &readAuditEvent);
}

int AuditTrail::count() const
{
    return m_context.displayCount(QStringLiteral("SELECT count(*) FROM audit_events"), {});
}

QList<AuditEvent> AuditTrail::eventsOf(const QString& action) const
{
    return m_context.selectRows<AuditEvent>(
        auditSelect + QStringLiteral("WHERE action = ? ORDER BY sequence"), {action},
        &readAuditEvent);
}

std::optional<qint64> AuditTrail::verify() const
{
    std::optional<qint64> firstBad;
    qint64 expectedSequence = 1;
    QString previousHash = AuditChain::genesisHash();
    const auto r = m_context.sql().select(auditSelect + QStringLiteral("ORDER BY sequence"), {},
                                          [&](const QSqlQuery& q) {
                                              if (firstBad)
                                                  return;
                                              const AuditEvent event = readAuditEvent(q);
                                              if (event.sequence != expectedSequence)
                                                  firstBad = expectedSequence; // a row is missing
                                              else if (!AuditChain::verifies(event, previousHash))
                                                  firstBad = event.sequence;
                                              previousHash = event.hash;
                                              ++expectedSequence;
                                          });
    if (!r)
        return 0; // unreadable: nothing can be vouched for
    return firstBad;
}
