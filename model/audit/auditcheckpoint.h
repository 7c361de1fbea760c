#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// A signed statement that the audit trail held eventCount events ending in
// headHash at time, like a CloudTrail digest file: an HMAC-SHA256 under a key
// kept in the secret store, chained to the previous checkpoint's signature.
// Kept outside the directory (an exported file), it shows a trail that was
// cut or rewritten after it was signed.
struct AuditCheckpoint
{
    qint64 eventCount = 0;
    QString headHash;          // the hash of event eventCount (the genesis hash for 0)
    QDateTime time;            // UTC, milliseconds
    QString previousSignature; // empty for the first checkpoint
    QString signature;         // hex HMAC-SHA256 of signedText()

    // What the signature covers: a compact JSON array of the four fields.
    QByteArray signedText() const;
    // {"eventCount", "headHash", "time", "previousSignature", "signature"}
    QJsonObject toJson() const;
    // nullopt unless every field is there with the right type.
    static std::optional<AuditCheckpoint> fromJson(const QJsonObject& object);
};
