#pragma once

#include "endpoint/apicall.h"
#include "iam/entitykind.h"
#include "iam/result.h"

class QueryXmlWriter;

// The managed and inline policies of a user, group or role, one
// implementation for the three kinds: nameParameter is how the request names
// the entity ("UserName", "GroupName", "RoleName"), which is also the element
// the answers of Get*Policy repeat it in.
class IamEntityPolicies
{
public:
    // List{User,Group,Role}AttachedPolicies: PathPrefix, paging.
    static Result<void> listAttached(const ApiCall& call, QueryXmlWriter& xml, EntityKind kind,
                                     const QString& nameParameter);
    static Result<void> attach(const ApiCall& call, QueryXmlWriter& xml, EntityKind kind,
                               const QString& nameParameter);
    static Result<void> detach(const ApiCall& call, QueryXmlWriter& xml, EntityKind kind,
                               const QString& nameParameter);
    // Put / Get / Delete / List {User,Group,Role}Policy (inline policies).
    static Result<void> putInline(const ApiCall& call, QueryXmlWriter& xml, EntityKind kind,
                                  const QString& nameParameter);
    static Result<void> getInline(const ApiCall& call, QueryXmlWriter& xml, EntityKind kind,
                                  const QString& nameParameter);
    static Result<void> deleteInline(const ApiCall& call, QueryXmlWriter& xml, EntityKind kind,
                                     const QString& nameParameter);
    static Result<void> listInline(const ApiCall& call, QueryXmlWriter& xml, EntityKind kind,
                                   const QString& nameParameter);

    // The ARN of an existing user, group or role named by nameParameter;
    // NoSuchEntity with AWS's message when there is none.
    static Result<QString> requireArn(const ApiCall& call, EntityKind kind,
                                      const QString& nameParameter);
};
