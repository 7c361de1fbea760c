#pragma once

#include "endpoint/apicall.h"
#include "endpoint/queryxmlwriter.h"
#include "iam/entitykind.h"
#include "iam/result.h"

class QueryApi;

// Tag<Kind>, Untag<Kind> and List<Kind>Tags for users and roles, written
// once over the entity kind (IAM groups have no tags).
class IamEntityTags
{
public:
    static void addTo(QueryApi& api, EntityKind kind);

    static Result<void> tag(EntityKind kind, const ApiCall& call, QueryXmlWriter& xml);
    static Result<void> untag(EntityKind kind, const ApiCall& call, QueryXmlWriter& xml);
    static Result<void> listTags(EntityKind kind, const ApiCall& call, QueryXmlWriter& xml);
};
