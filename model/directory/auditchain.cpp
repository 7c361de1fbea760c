#include "directory/auditchain.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

QString AuditChain::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QByteArray AuditChain::canonicalText(const AuditEvent& event)
{
    QJsonArray fields{double(event.sequence), event.time.toUTC().toString(Qt::ISODateWithMs),
                      event.actorArn,         event.sessionName,
                      event.action,           event.target,
                      event.outcome,          event.detail};
    // Fields added later are hashed only when present, so older events verify unchanged.
    if (!event.sourceAddress.isEmpty() || !event.userAgent.isEmpty() ||
        !event.sessionTags.isEmpty()) {
        fields.append(event.sourceAddress);
        fields.append(event.userAgent);
    }
    if (!event.sessionTags.isEmpty())
        fields.append(event.sessionTags);
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

QString AuditChain::hash(const QString& previousHash, const AuditEvent& event)
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(previousHash.toUtf8());
    sha.addData(QByteArrayView("\n"));
    sha.addData(canonicalText(event));
    return QString::fromLatin1(sha.result().toHex());
}

bool AuditChain::verifies(const AuditEvent& event, const QString& expectedPreviousHash)
{
    return event.previousHash == expectedPreviousHash &&
           event.hash == hash(expectedPreviousHash, event);
}
