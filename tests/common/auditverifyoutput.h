#pragma once

#include <QRegularExpression>
#include <QString>

// Whether `switchboard audit verify` printed that the whole trail verifies,
// and nothing else: what every command that writes events must leave behind.
inline bool saysAuditTrailIntact(const QString& out)
{
    static const QRegularExpression intact(
        QStringLiteral("^The audit trail of \\d+ events is intact\\.\n$"));
    return intact.match(out).hasMatch();
}
