#include "interop/authzdetailsexporter.h"

#include "directory/directory.h"
#include "iam/quotas.h"
#include "interop/authzdetailsformat.h"
#include "interop/organizationaccessrole.h"

#include <QJsonDocument>

namespace {
QJsonArray tagsJson(const TagList& tags)
{
    QJsonArray out;
    for (const Tag& tag : tags)
        out.append(
            QJsonObject{{QStringLiteral("Key"), tag.key}, {QStringLiteral("Value"), tag.value}});
    return out;
}

QString inlineListKey(EntityKind kind)
{
    switch (kind) {
    case EntityKind::User:
        return QStringLiteral("UserPolicyList");
    case EntityKind::Group:
        return QStringLiteral("GroupPolicyList");
    case EntityKind::Role:
    case EntityKind::Policy:
        break;
    }
    return QStringLiteral("RolePolicyList");
}
} // namespace

AuthzDetailsExporter::AuthzDetailsExporter(const Directory& directory)
    : m_directory(directory)
{}

Result<QByteArray> AuthzDetailsExporter::exportJson(const QString& accountId)
{
    const auto json = exportAccount(accountId);
    if (!json)
        return json.error();
    return QJsonDocument(json.value()).toJson(QJsonDocument::Indented);
}

Result<QJsonObject> AuthzDetailsExporter::exportAccount(const QString& accountId)
{
    if (!m_directory.findAccount(accountId))
        return IamError::noSuchEntity(
            QStringLiteral("The account with id %1 cannot be found.").arg(accountId));
    m_accountId = accountId;
    m_attachments.clear();
    m_boundaries.clear();

    QJsonArray users;
    for (const User& user : m_directory.users(accountId))
        users.append(userJson(user));
    QJsonArray groups;
    for (const Group& group : m_directory.groups(accountId))
        groups.append(groupJson(group));
    QJsonArray roles;
    for (const Role& role : m_directory.roles(accountId))
        if (!OrganizationAccessRole::isAdded(role)) // the directory's, not the account's
            roles.append(roleJson(role));
    QJsonArray policies;
    for (const ManagedPolicy& policy : m_directory.awsManagedPolicies())
        if (m_attachments.contains(policy.arn) || m_boundaries.contains(policy.arn))
            policies.append(policyJson(policy));
    for (const ManagedPolicy& policy : m_directory.policies(accountId))
        policies.append(policyJson(policy));
    return QJsonObject{{QStringLiteral("UserDetailList"), users},
                       {QStringLiteral("GroupDetailList"), groups},
                       {QStringLiteral("RoleDetailList"), roles},
                       {QStringLiteral("Policies"), policies}};
}

QJsonObject AuthzDetailsExporter::userJson(const User& user)
{
    QJsonArray groupNames;
    for (const Group& group : m_directory.groupsForUser(m_accountId, user.name))
        groupNames.append(group.name);
    QJsonObject o{
        {QStringLiteral("Path"), user.path},
        {QStringLiteral("UserName"), user.name},
        {QStringLiteral("UserId"), user.userId},
        {QStringLiteral("Arn"), user.arn().toString()},
        {QStringLiteral("CreateDate"), AuthzDetailsFormat::formatDate(user.createDate)},
        {QStringLiteral("GroupList"), groupNames},
        {inlineListKey(EntityKind::User), inlineJson(EntityKind::User, user.name)},
        {QStringLiteral("AttachedManagedPolicies"), attachedJson(EntityKind::User, user.name)},
        {QStringLiteral("Tags"), tagsJson(user.tags)}};
    if (!user.permissionsBoundaryArn.isEmpty())
        o.insert(QStringLiteral("PermissionsBoundary"), boundaryJson(user.permissionsBoundaryArn));
    return o;
}

QJsonObject AuthzDetailsExporter::groupJson(const Group& group)
{
    return {
        {QStringLiteral("Path"), group.path},
        {QStringLiteral("GroupName"), group.name},
        {QStringLiteral("GroupId"), group.groupId},
        {QStringLiteral("Arn"), group.arn().toString()},
        {QStringLiteral("CreateDate"), AuthzDetailsFormat::formatDate(group.createDate)},
        {inlineListKey(EntityKind::Group), inlineJson(EntityKind::Group, group.name)},
        {QStringLiteral("AttachedManagedPolicies"), attachedJson(EntityKind::Group, group.name)}};
}

QJsonObject AuthzDetailsExporter::roleJson(const Role& role)
{
    QJsonObject o{
        {QStringLiteral("Path"), role.path},
        {QStringLiteral("RoleName"), role.name},
        {QStringLiteral("RoleId"), role.roleId},
        {QStringLiteral("Arn"), role.arn().toString()},
        {QStringLiteral("CreateDate"), AuthzDetailsFormat::formatDate(role.createDate)},
        {QStringLiteral("AssumeRolePolicyDocument"),
         AuthzDetailsFormat::documentJson(role.trustPolicy)},
        {QStringLiteral("InstanceProfileList"), QJsonArray()},
        {inlineListKey(EntityKind::Role), inlineJson(EntityKind::Role, role.name)},
        {QStringLiteral("AttachedManagedPolicies"), attachedJson(EntityKind::Role, role.name)},
        {QStringLiteral("Tags"), tagsJson(role.tags)},
        {QStringLiteral("RoleLastUsed"), QJsonObject()}};
    if (!role.permissionsBoundaryArn.isEmpty())
        o.insert(QStringLiteral("PermissionsBoundary"), boundaryJson(role.permissionsBoundaryArn));
    if (!role.description.isEmpty())
        o.insert(QStringLiteral("Description"), role.description);
    if (role.maxSessionDuration != Quotas::RoleMaxSessionDurationDefault)
        o.insert(QStringLiteral("MaxSessionDuration"), role.maxSessionDuration);
    return o;
}

QJsonObject AuthzDetailsExporter::policyJson(const ManagedPolicy& policy) const
{
    QJsonArray versions;
    for (const PolicyVersion& version : m_directory.policyVersions(policy.arn))
        versions.append(QJsonObject{
            {QStringLiteral("Document"), AuthzDetailsFormat::documentJson(version.document)},
            {QStringLiteral("VersionId"), version.versionId},
            {QStringLiteral("IsDefaultVersion"), version.isDefault},
            {QStringLiteral("CreateDate"), AuthzDetailsFormat::formatDate(version.createDate)}});
    QJsonObject o{{QStringLiteral("PolicyName"), policy.name},
                  {QStringLiteral("PolicyId"), policy.policyId},
                  {QStringLiteral("Arn"), policy.arn},
                  {QStringLiteral("Path"), policy.path},
                  {QStringLiteral("DefaultVersionId"), policy.defaultVersionId},
                  {QStringLiteral("AttachmentCount"), m_attachments.value(policy.arn)},
                  {QStringLiteral("PermissionsBoundaryUsageCount"), m_boundaries.value(policy.arn)},
                  {QStringLiteral("IsAttachable"), true},
                  {QStringLiteral("CreateDate"), AuthzDetailsFormat::formatDate(policy.createDate)},
                  {QStringLiteral("UpdateDate"), AuthzDetailsFormat::formatDate(policy.updateDate)},
                  {QStringLiteral("PolicyVersionList"), versions}};
    if (!policy.description.isEmpty())
        o.insert(QStringLiteral("Description"), policy.description);
    return o;
}

QJsonArray AuthzDetailsExporter::inlineJson(EntityKind kind, const QString& name) const
{
    QJsonArray out;
    for (const InlinePolicy& policy : m_directory.inlinePolicies(kind, m_accountId, name))
        out.append(QJsonObject{
            {QStringLiteral("PolicyName"), policy.name},
            {QStringLiteral("PolicyDocument"), AuthzDetailsFormat::documentJson(policy.document)}});
    return out;
}

QJsonArray AuthzDetailsExporter::attachedJson(EntityKind kind, const QString& name)
{
    QJsonArray out;
    for (const ManagedPolicy& policy : m_directory.attachedPolicies(kind, m_accountId, name)) {
        ++m_attachments[policy.arn];
        out.append(QJsonObject{{QStringLiteral("PolicyName"), policy.name},
                               {QStringLiteral("PolicyArn"), policy.arn}});
    }
    return out;
}

QJsonObject AuthzDetailsExporter::boundaryJson(const QString& policyArn)
{
    ++m_boundaries[policyArn];
    return {{QStringLiteral("PermissionsBoundaryType"), QStringLiteral("Policy")},
            {QStringLiteral("PermissionsBoundaryArn"), policyArn}};
}
