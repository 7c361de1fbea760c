#include "audit/auditcheckpoint.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
const QString EventCount = QStringLiteral("eventCount");
const QString HeadHash = QStringLiteral("headHash");
const QString Time = QStringLiteral("time");
const QString PreviousSignature = QStringLiteral("previousSignature");
const QString Signature = QStringLiteral("signature");
} // namespace

QByteArray AuditCheckpoint::signedText() const
{
    const QJsonArray fields{double(eventCount), headHash, time.toUTC().toString(Qt::ISODateWithMs),
                            previousSignature};
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

QJsonObject AuditCheckpoint::toJson() const
{
    return {{EventCount, double(eventCount)},
            {HeadHash, headHash},
            {Time, time.toUTC().toString(Qt::ISODateWithMs)},
            {PreviousSignature, previousSignature},
            {Signature, signature}};
}

std::optional<AuditCheckpoint> AuditCheckpoint::fromJson(const QJsonObject& object)
{
    const QJsonValue count = object.value(EventCount);
    if (!count.isDouble() || count.toDouble() < 0 || !object.value(HeadHash).isString() ||
        !object.value(Time).isString() || !object.value(PreviousSignature).isString() ||
        !object.value(Signature).isString())
        return std::nullopt;
    AuditCheckpoint checkpoint;
    checkpoint.eventCount = qint64(count.toDouble());
    checkpoint.headHash = object.value(HeadHash).toString();
    checkpoint.time = QDateTime::fromString(object.value(Time).toString(), Qt::ISODateWithMs);
    checkpoint.previousSignature = object.value(PreviousSignature).toString();
    checkpoint.signature = object.value(Signature).toString();
    if (!checkpoint.time.isValid() || double(checkpoint.eventCount) != count.toDouble())
        return std::nullopt;
    checkpoint.time = checkpoint.time.toUTC();
    return checkpoint;
}
