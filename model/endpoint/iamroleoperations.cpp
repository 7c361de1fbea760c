#include "endpoint/iamroleoperations.h"

#include "admin/directoryadmin.h"
#include "console/consoleaction.h"
#include "directory/directory.h"
#include "endpoint/iamentitypolicies.h"
#include "endpoint/iamoperations.h"
#include "endpoint/iampaging.h"
#include "endpoint/iamxml.h"
#include "endpoint/queryapi.h"

namespace {

const QString roleName = QStringLiteral("RoleName");

void writeRole(QueryXmlWriter& xml, const Role& role)
{
    xml.startElement(QStringLiteral("Role"));
    IamXml::role(xml, role);
    xml.endElement();
}

Result<std::optional<int>> maxSessionDuration(const ApiCall& call)
{
    return call.parameters.integer(QStringLiteral("MaxSessionDuration"),
                                   Quotas::RoleMaxSessionDurationMin,
                                   Quotas::RoleMaxSessionDurationMax);
}

Result<void> listRoles(const ApiCall& call, QueryXmlWriter& xml)
{
    auto paging = IamPaging::read(call.parameters);
    if (!paging)
        return paging.error();
    if (auto allowed = IamOperations::authorize(call, ConsoleAction::listRoles(call.accountId()));
        !allowed)
        return allowed;
    const QString prefix = call.parameters.value(QStringLiteral("PathPrefix"));
    QList<Role> roles = call.directory->roles(call.accountId());
    if (!prefix.isEmpty())
        roles.removeIf([&](const Role& role) { return !role.path.startsWith(prefix); });
    paging->writePage(xml, QStringLiteral("Roles"), roles,
                      [&](const Role& role) { IamXml::role(xml, role); });
    return {};
}

Result<void> getRole(const ApiCall& call, QueryXmlWriter& xml)
{
    auto role = IamOperations::requireRole(call, roleName);
    if (!role)
        return role.error();
    if (auto allowed =
            IamOperations::authorize(call, ConsoleAction::getRole(role->arn().toString()));
        !allowed)
        return allowed;
    writeRole(xml, *role);
    return {};
}

Result<void> createRole(const ApiCall& call, QueryXmlWriter& xml)
{
    auto name = call.parameters.required(roleName);
    if (!name)
        return name.error();
    auto trust = call.parameters.required(QStringLiteral("AssumeRolePolicyDocument"));
    if (!trust)
        return trust.error();
    auto duration = maxSessionDuration(call);
    if (!duration)
        return duration.error();
    Role role;
    role.accountId = call.accountId();
    role.name = *name;
    role.path = call.parameters.optional(QStringLiteral("Path")).value_or(QStringLiteral("/"));
    role.trustPolicy = *trust;
    role.description = call.parameters.value(QStringLiteral("Description"));
    role.maxSessionDuration = duration->value_or(Quotas::RoleMaxSessionDurationDefault);
    role.permissionsBoundaryArn = call.parameters.value(QStringLiteral("PermissionsBoundary"));
    role.tags = IamOperations::tagsOf(call.parameters);
    auto created = call.admin->createRole(role);
    if (!created)
        return created.error();
    writeRole(xml, *created);
    return {};
}

// UpdateRole changes only what it is given.
Result<void> updateRole(const ApiCall& call, QueryXmlWriter&)
{
    auto duration = maxSessionDuration(call);
    if (!duration)
        return duration.error();
    auto role = IamOperations::requireRole(call, roleName);
    if (!role)
        return role.error();
    const QString description =
        call.parameters.optional(QStringLiteral("Description")).value_or(role->description);
    auto updated = call.admin->updateRole(call.accountId(), role->name, description,
                                          duration->value_or(role->maxSessionDuration));
    if (!updated)
        return updated.error();
    return {};
}

Result<void> updateRoleDescription(const ApiCall& call, QueryXmlWriter& xml)
{
    auto description = call.parameters.required(QStringLiteral("Description"));
    if (!description)
        return description.error();
    auto role = IamOperations::requireRole(call, roleName);
    if (!role)
        return role.error();
    auto updated = call.admin->updateRole(call.accountId(), role->name, *description,
                                          role->maxSessionDuration);
    if (!updated)
        return updated.error();
    writeRole(xml, *updated);
    return {};
}

Result<void> updateAssumeRolePolicy(const ApiCall& call, QueryXmlWriter&)
{
    auto name = call.parameters.required(roleName);
    if (!name)
        return name.error();
    auto document = call.parameters.required(QStringLiteral("PolicyDocument"));
    if (!document)
        return document.error();
    auto updated = call.admin->updateAssumeRolePolicy(call.accountId(), *name, *document);
    if (!updated)
        return updated.error();
    return {};
}

Result<void> deleteRole(const ApiCall& call, QueryXmlWriter&)
{
    auto name = call.parameters.required(roleName);
    if (!name)
        return name.error();
    return call.admin->deleteRole(call.accountId(), *name);
}

Result<void> putRolePermissionsBoundary(const ApiCall& call, QueryXmlWriter&)
{
    auto name = call.parameters.required(roleName);
    if (!name)
        return name.error();
    auto boundary = call.parameters.required(QStringLiteral("PermissionsBoundary"));
    if (!boundary)
        return boundary.error();
    return call.admin->setPermissionsBoundary(EntityKind::Role, call.accountId(), *name, *boundary);
}

Result<void> deleteRolePermissionsBoundary(const ApiCall& call, QueryXmlWriter&)
{
    auto name = call.parameters.required(roleName);
    if (!name)
        return name.error();
    return call.admin->setPermissionsBoundary(EntityKind::Role, call.accountId(), *name, {});
}

} // namespace

void IamRoleOperations::addTo(QueryApi& api)
{
    api.add(QStringLiteral("ListRoles"), &listRoles);
    api.add(QStringLiteral("GetRole"), &getRole);
    api.add(QStringLiteral("CreateRole"), &createRole);
    api.add(QStringLiteral("UpdateRole"), &updateRole);
    api.add(QStringLiteral("UpdateRoleDescription"), &updateRoleDescription);
    api.add(QStringLiteral("UpdateAssumeRolePolicy"), &updateAssumeRolePolicy, false);
    api.add(QStringLiteral("DeleteRole"), &deleteRole, false);
    api.add(QStringLiteral("PutRolePermissionsBoundary"), &putRolePermissionsBoundary, false);
    api.add(QStringLiteral("DeleteRolePermissionsBoundary"), &deleteRolePermissionsBoundary, false);
    IamEntityPolicies::addTo(api, EntityKind::Role);
}
