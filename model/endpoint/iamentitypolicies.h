#pragma once

#include "endpoint/apicall.h"
#include "endpoint/queryxmlwriter.h"
#include "iam/entitykind.h"
#include "iam/result.h"

class QueryApi;

// The policies of a user, group or role, one implementation for the three
// kinds: managed attachments (ListAttached<Kind>Policies, Attach<Kind>Policy,
// Detach<Kind>Policy) and inline policies (Put/Get/Delete<Kind>Policy,
// List<Kind>Policies). The entity is named by <Kind>Name (UserName, ...).
class IamEntityPolicies
{
public:
    // Registers the seven operations of kind (User, Group or Role).
    static void addTo(QueryApi& api, EntityKind kind);

    static Result<void> listAttached(EntityKind kind, const ApiCall& call, QueryXmlWriter& xml);
    static Result<void> attach(EntityKind kind, const ApiCall& call, QueryXmlWriter& xml);
    static Result<void> detach(EntityKind kind, const ApiCall& call, QueryXmlWriter& xml);
    static Result<void> putInline(EntityKind kind, const ApiCall& call, QueryXmlWriter& xml);
    static Result<void> getInline(EntityKind kind, const ApiCall& call, QueryXmlWriter& xml);
    static Result<void> deleteInline(EntityKind kind, const ApiCall& call, QueryXmlWriter& xml);
    static Result<void> listInline(EntityKind kind, const ApiCall& call, QueryXmlWriter& xml);

    // "User", "Group", "Role": how the operation and parameter names spell the kind.
    static QString kindWord(EntityKind kind);
    // "UserName", "GroupName", "RoleName".
    static QString nameParameter(EntityKind kind);
    // The entity the request names, in the caller's account, as the
    // directory spells it; NoSuchEntity with AWS's message when there is none.
    struct Entity
    {
        QString name;
        QString arn;
    };
    static Result<Entity> requireEntity(EntityKind kind, const ApiCall& call);
};
