#include "endpoint/iamuseroperations.h"

#include "admin/directoryadmin.h"
#include "console/consoleaction.h"
#include "directory/directory.h"
#include "endpoint/iamoperations.h"
#include "endpoint/iampaging.h"
#include "endpoint/iamxml.h"
#include "endpoint/queryapi.h"

namespace {

Result<void> listUsers(const ApiCall& call, QueryXmlWriter& xml)
{
    auto paging = IamPaging::read(call.parameters);
    if (!paging)
        return paging.error();
    if (auto allowed = IamOperations::authorize(call, ConsoleAction::listUsers(call.accountId()));
        !allowed)
        return allowed;
    const QString prefix = call.parameters.value(QStringLiteral("PathPrefix"));
    QList<User> users = call.directory->users(call.accountId());
    if (!prefix.isEmpty())
        users.removeIf([&](const User& user) { return !user.path.startsWith(prefix); });
    const QList<User> page = paging->slice(users);
    xml.list(QStringLiteral("Users"), page, [&](const User& user) { IamXml::user(xml, user); });
    paging->writeTruncation(xml, int(page.size()), int(users.size()));
    return {};
}

// Without UserName, GetUser answers the caller's own user (AWS's rule).
Result<void> getUser(const ApiCall& call, QueryXmlWriter& xml)
{
    User user;
    if (call.parameters.contains(QStringLiteral("UserName"))) {
        auto found = IamOperations::requireUser(call, QStringLiteral("UserName"));
        if (!found)
            return found.error();
        user = *found;
    } else if (!call.caller.identity.isRoleSession() && !call.caller.identity.user.name.isEmpty()) {
        user = call.caller.identity.user;
    } else {
        return IamError::validation(
            QStringLiteral("Must specify userName when calling with non-User credentials"));
    }
    if (auto allowed =
            IamOperations::authorize(call, ConsoleAction::getUser(user.arn().toString()));
        !allowed)
        return allowed;
    xml.startElement(QStringLiteral("User"));
    IamXml::user(xml, user);
    xml.endElement();
    return {};
}

Result<void> createUser(const ApiCall& call, QueryXmlWriter& xml)
{
    auto name = call.parameters.required(QStringLiteral("UserName"));
    if (!name)
        return name.error();
    NewUserRequest request;
    request.accountId = call.accountId();
    request.name = *name;
    request.path = call.parameters.optional(QStringLiteral("Path")).value_or(QStringLiteral("/"));
    request.tags = IamOperations::tagsOf(call.parameters);
    auto user = call.admin->createUser(request);
    if (!user)
        return user.error();
    if (const auto boundary = call.parameters.optional(QStringLiteral("PermissionsBoundary"))) {
        if (auto set = call.admin->setPermissionsBoundary(EntityKind::User, call.accountId(),
                                                          user->name, *boundary);
            !set)
            return set;
        user->permissionsBoundaryArn = *boundary;
    }
    xml.startElement(QStringLiteral("User"));
    IamXml::user(xml, *user);
    xml.endElement();
    return {};
}

Result<void> deleteUser(const ApiCall& call, QueryXmlWriter&)
{
    auto name = call.parameters.required(QStringLiteral("UserName"));
    if (!name)
        return name.error();
    return call.admin->deleteUser(call.accountId(), *name);
}

} // namespace

void IamUserOperations::addTo(QueryApi& api)
{
    api.add(QStringLiteral("ListUsers"), &listUsers);
    api.add(QStringLiteral("GetUser"), &getUser);
    api.add(QStringLiteral("CreateUser"), &createUser);
    api.add(QStringLiteral("DeleteUser"), &deleteUser, false);
}
