#pragma once

#include "endpoint/queryparameters.h"
#include "endpoint/queryxmlwriter.h"
#include "iam/result.h"

// IAM's pagination (spec §6): MaxItems (1-1000, default 100) and an opaque
// Marker from the previous page; answers carry IsTruncated and, when true,
// the Marker of the next page.
struct IamPaging
{
    static constexpr int DefaultMaxItems = 100;
    static constexpr int MaxMaxItems = 1000;

    int offset = 0;
    int maxItems = DefaultMaxItems;

    static Result<IamPaging> read(const QueryParameters& parameters);
    // Writes IsTruncated and Marker for a page that holds `shown` items of `total`.
    void writeTruncation(QueryXmlWriter& xml, int shown, int total) const;
    // Items [offset, offset + maxItems) of a list the caller already has.
    template <typename List>
    List slice(const List& all) const
    {
        return all.mid(offset, maxItems);
    }
    // The page of all under <name>, each member written by writeMember,
    // then IsTruncated and Marker.
    template <typename List, typename Write>
    void writePage(QueryXmlWriter& xml, const QString& name, const List& all,
                   Write writeMember) const
    {
        const List page = slice(all);
        xml.list(name, page, writeMember);
        writeTruncation(xml, int(page.size()), int(all.size()));
    }
    static QString marker(int offset);
};
