#pragma once

#include "audit/auditcheckpoint.h"
#include "iam/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// The exported form of the audit trail's checkpoints, like CloudTrail's
// digest files: {"directoryId", "checkpoints": [{"eventCount", "headHash",
// "time", "previousSignature", "signature"}, ...]}, oldest first. Kept away
// from the directory file, it shows later whether the trail was cut.
class AuditCheckpointFile
{
    Q_DECLARE_TR_FUNCTIONS(AuditCheckpointFile)

public:
    static QByteArray toJson(const QString& directoryId, const QList<AuditCheckpoint>& checkpoints);
    // ValidationError naming what is wrong when the text is not such a file.
    static Result<QList<AuditCheckpoint>> parse(const QByteArray& json);
};
