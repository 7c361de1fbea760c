#include "endpoint/iamoperations.h"

#include "console/consoleaction.h"
#include "console/consolesession.h"
#include "directory/directory.h"
#include "endpoint/iamaccesskeyoperations.h"
#include "endpoint/iamaccountoperations.h"
#include "endpoint/iamentitypolicies.h"
#include "endpoint/iamentitytags.h"
#include "endpoint/iamgroupoperations.h"
#include "endpoint/iampolicyoperations.h"
#include "endpoint/iamroleoperations.h"
#include "endpoint/iamsamlprovideroperations.h"
#include "endpoint/iamuseroperations.h"
#include "endpoint/queryapi.h"

QueryApi IamOperations::api()
{
    QueryApi api(QStringLiteral("iam"), QStringLiteral("2010-05-08"),
                 QueryXmlWriter::iamNamespace());
    IamUserOperations::addTo(api);
    IamAccessKeyOperations::addTo(api);
    IamGroupOperations::addTo(api);
    IamEntityPolicies::addTo(api, EntityKind::User);
    IamEntityPolicies::addTo(api, EntityKind::Group);
    IamEntityTags::addTo(api, EntityKind::User);
    IamEntityTags::addTo(api, EntityKind::Role);
    IamRoleOperations::addTo(api);
    IamPolicyOperations::addTo(api);
    IamAccountOperations::addTo(api);
    IamSamlProviderOperations::addTo(api);
    return api;
}

Result<void> IamOperations::authorize(const ApiCall& call, const ConsoleAction& action)
{
    const Authorization authorization = call.session->authorize(action);
    if (!authorization.allowed())
        return IamError::accessDenied(authorization.message);
    return {};
}

Result<User> IamOperations::requireUser(const ApiCall& call, const QString& parameter)
{
    auto name = call.parameters.required(parameter);
    if (!name)
        return name.error();
    auto user = call.directory->user(call.accountId(), *name);
    if (!user)
        return IamError::noSuchEntity(EntityKind::User, *name);
    return *user;
}

Result<Group> IamOperations::requireGroup(const ApiCall& call, const QString& parameter)
{
    auto name = call.parameters.required(parameter);
    if (!name)
        return name.error();
    auto group = call.directory->group(call.accountId(), *name);
    if (!group)
        return IamError::noSuchEntity(EntityKind::Group, *name);
    return *group;
}

Result<Role> IamOperations::requireRole(const ApiCall& call, const QString& parameter)
{
    auto name = call.parameters.required(parameter);
    if (!name)
        return name.error();
    auto role = call.directory->role(call.accountId(), *name);
    if (!role)
        return IamError::noSuchEntity(EntityKind::Role, *name);
    return *role;
}

Result<User> IamOperations::userOrCaller(const ApiCall& call)
{
    if (call.parameters.contains(QStringLiteral("UserName")))
        return requireUser(call, QStringLiteral("UserName"));
    const Identity& identity = call.caller.identity;
    if (!identity.isRoleSession() && !identity.user.name.isEmpty()) {
        // The directory's, as it is now (tags, boundary), not as at sign-in.
        if (auto user = call.directory->user(call.accountId(), identity.user.name))
            return *user;
        return IamError::noSuchEntity(EntityKind::User, identity.user.name);
    }
    return IamError::validation(
        QStringLiteral("Must specify userName when calling with non-User credentials"));
}

Result<User> IamOperations::permittedUser(const ApiCall& call,
                                          ConsoleAction (*action)(const QString& userArn))
{
    auto user = userOrCaller(call);
    if (!user)
        return user;
    if (auto allowed = authorize(call, action(user->arn().toString())); !allowed)
        return allowed.error();
    return user;
}

QString IamOperations::arnOf(const ApiCall& call, EntityKind kind, const QString& name,
                             const QString& path)
{
    switch (kind) {
    case EntityKind::User:
        return Arn::user(call.accountId(), path, name).toString();
    case EntityKind::Group:
        return Arn::group(call.accountId(), path, name).toString();
    case EntityKind::Role:
        return Arn::role(call.accountId(), path, name).toString();
    case EntityKind::Policy:
        return Arn::policy(call.accountId(), path, name).toString();
    }
    return {};
}

TagList IamOperations::tagsOf(const QueryParameters& parameters)
{
    TagList tags;
    const auto members = parameters.structList(QStringLiteral("Tags"),
                                               {QStringLiteral("Key"), QStringLiteral("Value")});
    for (const auto& member : members)
        tags.append({member.value(QStringLiteral("Key")), member.value(QStringLiteral("Value"))});
    return tags;
}
