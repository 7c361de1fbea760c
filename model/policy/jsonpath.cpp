#include "policy/jsonpath.h"

JsonPath JsonPath::member(const QString& key) const
{
    JsonPath path = *this;
    path.m_segments.append({key, -1});
    return path;
}

JsonPath JsonPath::element(int index) const
{
    JsonPath path = *this;
    path.m_segments.append({QString(), index});
    return path;
}

QString JsonPath::toString() const
{
    QString text;
    for (const Segment& segment : m_segments) {
        if (segment.index >= 0) {
            text += QLatin1Char('[') + QString::number(segment.index) + QLatin1Char(']');
            continue;
        }
        if (!text.isEmpty())
            text += QLatin1Char('.');
        text += segment.key;
    }
    return text;
}
