#pragma once

#include "endpoint/apicall.h"
#include "iam/entitykind.h"
#include "iam/group.h"
#include "iam/result.h"
#include "iam/role.h"
#include "iam/tag.h"
#include "iam/user.h"

class QueryApi;
struct ConsoleAction;

// The IAM actions of the endpoint (spec §6): every operation the console
// performs, each authorized as the request's caller with the IAM action it
// stands for. Reads ask the directory after ConsoleSession::authorize();
// edits go through DirectoryAdmin, which authorizes and audits them itself.
// The operations live in one class per area (IamUserOperations, ...); this
// one assembles them and holds what they share.
class IamOperations
{
public:
    static QueryApi api();

    // AccessDenied with AWS's message unless the caller may do action.
    static Result<void> authorize(const ApiCall& call, const ConsoleAction& action);
    // The entity named by a required parameter, in the caller's account;
    // NoSuchEntity with AWS's message when there is none.
    static Result<User> requireUser(const ApiCall& call, const QString& parameter);
    static Result<Group> requireGroup(const ApiCall& call, const QString& parameter);
    static Result<Role> requireRole(const ApiCall& call, const QString& parameter);
    // The user named by UserName or, without it, the calling user (AWS's rule
    // for GetUser, ListAccessKeys, ListMFADevices, ...); a ValidationError for
    // a caller that is no user.
    static Result<User> userOrCaller(const ApiCall& call);
    // userOrCaller(), once the caller may do action (a ConsoleAction factory
    // taking the user's ARN) on that user; AccessDenied otherwise.
    static Result<User> permittedUser(const ApiCall& call,
                                      ConsoleAction (*action)(const QString& userArn));
    // The ARN of a user, group or role of the caller's account by name (for
    // authorization before the entity exists).
    static QString arnOf(const ApiCall& call, EntityKind kind, const QString& name,
                         const QString& path = QStringLiteral("/"));
    // "Tags.member.N.Key" / ".Value" as a TagList.
    static TagList tagsOf(const QueryParameters& parameters);
};
