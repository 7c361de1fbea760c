#include "directory/directoryrows.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace DirectoryRows {

qint64 toMs(const QDateTime& time)
{
    return time.toMSecsSinceEpoch();
}

QDateTime fromMs(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString nameKey(const QString& name)
{
    return name.toLower();
}

QString idArray(const QList<qint64>& ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(double(id));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace DirectoryRows
