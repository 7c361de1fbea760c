#include "audit/auditcheckpointfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QString DirectoryId = QStringLiteral("directoryId");
const QString Checkpoints = QStringLiteral("checkpoints");
} // namespace

QByteArray AuditCheckpointFile::toJson(const QString& directoryId,
                                       const QList<AuditCheckpoint>& checkpoints)
{
    QJsonArray list;
    for (const AuditCheckpoint& checkpoint : checkpoints)
        list.append(checkpoint.toJson());
    return QJsonDocument(QJsonObject{{DirectoryId, directoryId}, {Checkpoints, list}})
        .toJson(QJsonDocument::Indented);
}

Result<QList<AuditCheckpoint>> AuditCheckpointFile::parse(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return IamError::validation(tr("not a checkpoint file: %1 at offset %2.")
                                        .arg(error.errorString())
                                        .arg(error.offset));
    const QJsonValue list = document.object().value(Checkpoints);
    if (!list.isArray())
        return IamError::validation(tr("not a checkpoint file: it has no \"checkpoints\" list."));
    QList<AuditCheckpoint> checkpoints;
    for (const QJsonValue& item : list.toArray()) {
        const auto checkpoint = AuditCheckpoint::fromJson(item.toObject());
        if (!checkpoint)
            return IamError::validation(
                tr("checkpoint %1 is malformed.").arg(checkpoints.size() + 1));
        checkpoints << *checkpoint;
    }
    return checkpoints;
}
