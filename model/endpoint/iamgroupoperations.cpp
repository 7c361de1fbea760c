#include "endpoint/iamgroupoperations.h"

#include "admin/directoryadmin.h"
#include "console/consoleaction.h"
#include "directory/directory.h"
#include "endpoint/iamoperations.h"
#include "endpoint/iampaging.h"
#include "endpoint/iamxml.h"
#include "endpoint/queryapi.h"

namespace {

void writeGroup(QueryXmlWriter& xml, const Group& group)
{
    xml.startElement(QStringLiteral("Group"));
    IamXml::group(xml, group);
    xml.endElement();
}

Result<void> listGroups(const ApiCall& call, QueryXmlWriter& xml)
{
    auto paging = IamPaging::read(call.parameters);
    if (!paging)
        return paging.error();
    if (auto allowed = IamOperations::authorize(call, ConsoleAction::listGroups(call.accountId()));
        !allowed)
        return allowed;
    const QString prefix = call.parameters.value(QStringLiteral("PathPrefix"));
    QList<Group> groups = call.directory->groups(call.accountId());
    if (!prefix.isEmpty())
        groups.removeIf([&](const Group& group) { return !group.path.startsWith(prefix); });
    paging->writePage(xml, QStringLiteral("Groups"), groups,
                      [&](const Group& group) { IamXml::group(xml, group); });
    return {};
}

// The group and a page of its members.
Result<void> getGroup(const ApiCall& call, QueryXmlWriter& xml)
{
    auto paging = IamPaging::read(call.parameters);
    if (!paging)
        return paging.error();
    auto group = IamOperations::requireGroup(call, QStringLiteral("GroupName"));
    if (!group)
        return group.error();
    if (auto allowed =
            IamOperations::authorize(call, ConsoleAction::getGroup(group->arn().toString()));
        !allowed)
        return allowed;
    const QList<User> members = call.directory->usersInGroup(call.accountId(), group->name);
    writeGroup(xml, *group);
    paging->writePage(xml, QStringLiteral("Users"), members,
                      [&](const User& user) { IamXml::user(xml, user); });
    return {};
}

Result<void> createGroup(const ApiCall& call, QueryXmlWriter& xml)
{
    auto name = call.parameters.required(QStringLiteral("GroupName"));
    if (!name)
        return name.error();
    auto group = call.admin->createGroup(
        call.accountId(), *name,
        call.parameters.optional(QStringLiteral("Path")).value_or(QStringLiteral("/")));
    if (!group)
        return group.error();
    writeGroup(xml, *group);
    return {};
}

Result<void> updateGroup(const ApiCall& call, QueryXmlWriter&)
{
    auto name = call.parameters.required(QStringLiteral("GroupName"));
    if (!name)
        return name.error();
    auto updated = call.admin->updateGroup(call.accountId(), *name,
                                           call.parameters.value(QStringLiteral("NewGroupName")),
                                           call.parameters.value(QStringLiteral("NewPath")));
    if (!updated)
        return updated.error();
    return {};
}

// Like AWS: DeleteConflict while the group has members or policies.
Result<void> deleteGroup(const ApiCall& call, QueryXmlWriter&)
{
    auto name = call.parameters.required(QStringLiteral("GroupName"));
    if (!name)
        return name.error();
    return call.admin->deleteGroup(call.accountId(), *name);
}

Result<void> addUserToGroup(const ApiCall& call, QueryXmlWriter&)
{
    auto group = call.parameters.required(QStringLiteral("GroupName"));
    if (!group)
        return group.error();
    auto user = call.parameters.required(QStringLiteral("UserName"));
    if (!user)
        return user.error();
    return call.admin->addUsersToGroup(call.accountId(), *group, {*user});
}

Result<void> removeUserFromGroup(const ApiCall& call, QueryXmlWriter&)
{
    auto group = call.parameters.required(QStringLiteral("GroupName"));
    if (!group)
        return group.error();
    auto user = call.parameters.required(QStringLiteral("UserName"));
    if (!user)
        return user.error();
    return call.admin->removeUsersFromGroup(call.accountId(), *group, {*user});
}

} // namespace

void IamGroupOperations::addTo(QueryApi& api)
{
    api.add(QStringLiteral("ListGroups"), &listGroups);
    api.add(QStringLiteral("GetGroup"), &getGroup);
    api.add(QStringLiteral("CreateGroup"), &createGroup);
    api.add(QStringLiteral("UpdateGroup"), &updateGroup, false);
    api.add(QStringLiteral("DeleteGroup"), &deleteGroup, false);
    api.add(QStringLiteral("AddUserToGroup"), &addUserToGroup, false);
    api.add(QStringLiteral("RemoveUserFromGroup"), &removeUserFromGroup, false);
}
