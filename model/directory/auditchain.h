#pragma once

#include "directory/auditevent.h"

#include <QByteArray>
#include <QString>

// The hash chain of the audit trail: each event's hash covers the previous
// event's hash and the event's own canonical text, so changing, removing or
// reordering a stored event breaks every link after it.
class AuditChain
{
public:
    // The "previous hash" of the first event: 64 zeros.
    static QString genesisHash();
    // An unambiguous text of the event's content (sequence, time in UTC with
    // milliseconds, actor, session, action, target, outcome, detail, and the
    // source address and user agent when either is set): a compact JSON
    // array, so no field can spill into the next. Events without a source
    // keep the eight-field form, so chains written before it still verify.
    static QByteArray canonicalText(const AuditEvent& event);
    // hex SHA-256(previousHash + "\n" + canonicalText(event))
    static QString hash(const QString& previousHash, const AuditEvent& event);
    // The event's stored hash and link are what hash() recomputes.
    static bool verifies(const AuditEvent& event, const QString& expectedPreviousHash);
};
