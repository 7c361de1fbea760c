#include "endpoint/iampaging.h"

namespace {
const QString markerPrefix = QStringLiteral("sb1:");
}

QString IamPaging::marker(int offset)
{
    return QString::fromLatin1((markerPrefix + QString::number(offset)).toLatin1().toBase64());
}

Result<IamPaging> IamPaging::read(const QueryParameters& parameters)
{
    IamPaging paging;
    auto maxItems = parameters.integer(QStringLiteral("MaxItems"), 1, MaxMaxItems);
    if (!maxItems)
        return maxItems.error();
    paging.maxItems = maxItems->value_or(DefaultMaxItems);
    if (const auto marker = parameters.optional(QStringLiteral("Marker"))) {
        const QString decoded = QString::fromLatin1(
            QByteArray::fromBase64(marker->toLatin1(), QByteArray::AbortOnBase64DecodingErrors));
        bool ok = decoded.startsWith(markerPrefix);
        const int offset = ok ? decoded.mid(markerPrefix.size()).toInt(&ok) : 0;
        if (!ok || offset < 0)
            return IamError::validation(
                QStringLiteral("Invalid Marker: give the Marker of the previous page, unchanged."));
        paging.offset = offset;
    }
    return paging;
}

void IamPaging::writeTruncation(QueryXmlWriter& xml, int shown, int total) const
{
    const bool truncated = offset + shown < total;
    xml.boolean(QStringLiteral("IsTruncated"), truncated);
    if (truncated)
        xml.text(QStringLiteral("Marker"), marker(offset + shown));
}
