#include "endpoint/iampolicyoperations.h"

#include "admin/directoryadmin.h"
#include "console/consoleaction.h"
#include "directory/directory.h"
#include "endpoint/iamoperations.h"
#include "endpoint/iampaging.h"
#include "endpoint/iamxml.h"
#include "endpoint/queryapi.h"

#include <algorithm>

namespace {

const QString policyArnParameter = QStringLiteral("PolicyArn");

// The directory counts an AWS managed policy's attachments in every account;
// AWS answers with those of the caller's account.
ManagedPolicy inCallersAccount(const ApiCall& call, ManagedPolicy policy)
{
    if (!policy.isAwsManaged() || policy.attachmentCount == 0)
        return policy;
    const auto attachments = call.directory->policyAttachments(policy.arn);
    policy.attachmentCount = int(
        std::count_if(attachments.begin(), attachments.end(), [&](const Directory::EntityRef& ref) {
            return ref.accountId == call.accountId();
        }));
    return policy;
}

// The PolicyArn parameter, once the caller may do action on it; NoSuchEntity
// for a policy that is neither AWS managed nor the caller account's own.
Result<ManagedPolicy> requirePolicy(const ApiCall& call,
                                    ConsoleAction (*action)(const QString& policyArn))
{
    auto arn = call.parameters.required(policyArnParameter);
    if (!arn)
        return arn.error();
    if (auto allowed = IamOperations::authorize(call, action(*arn)); !allowed)
        return allowed.error();
    auto policy = call.directory->policy(*arn);
    if (!policy || (!policy->isAwsManaged() && policy->accountId != call.accountId()))
        return IamError::noSuchEntity(QStringLiteral("Policy %1 was not found.").arg(*arn));
    return inCallersAccount(call, *policy);
}

void writePolicy(QueryXmlWriter& xml, const ManagedPolicy& policy)
{
    xml.startElement(QStringLiteral("Policy"));
    IamXml::policy(xml, policy);
    xml.endElement();
}

Result<void> listPolicies(const ApiCall& call, QueryXmlWriter& xml)
{
    auto paging = IamPaging::read(call.parameters);
    if (!paging)
        return paging.error();
    auto onlyAttached = call.parameters.boolean(QStringLiteral("OnlyAttached"));
    if (!onlyAttached)
        return onlyAttached.error();
    const QString scope =
        call.parameters.optional(QStringLiteral("Scope")).value_or(QStringLiteral("All"));
    if (scope != QLatin1String("All") && scope != QLatin1String("AWS") &&
        scope != QLatin1String("Local"))
        return IamError::constraintViolation(scope, QStringLiteral("scope"),
                                             QStringLiteral("Member must satisfy enum value set: "
                                                            "[All, AWS, Local]"));
    if (auto allowed =
            IamOperations::authorize(call, ConsoleAction::listPolicies(call.accountId()));
        !allowed)
        return allowed;
    QList<ManagedPolicy> policies;
    if (scope != QLatin1String("Local"))
        for (const ManagedPolicy& policy : call.directory->awsManagedPolicies())
            policies.append(inCallersAccount(call, policy));
    if (scope != QLatin1String("AWS"))
        policies += call.directory->policies(call.accountId());
    const QString prefix = call.parameters.value(QStringLiteral("PathPrefix"));
    policies.removeIf([&](const ManagedPolicy& policy) {
        return (!prefix.isEmpty() && !policy.path.startsWith(prefix)) ||
               (onlyAttached->value_or(false) && policy.attachmentCount == 0);
    });
    paging->writePage(xml, QStringLiteral("Policies"), policies,
                      [&](const ManagedPolicy& policy) { IamXml::policy(xml, policy); });
    return {};
}

Result<void> getPolicy(const ApiCall& call, QueryXmlWriter& xml)
{
    auto policy = requirePolicy(call, &ConsoleAction::getPolicy);
    if (!policy)
        return policy.error();
    writePolicy(xml, *policy);
    return {};
}

Result<void> createPolicy(const ApiCall& call, QueryXmlWriter& xml)
{
    auto name = call.parameters.required(QStringLiteral("PolicyName"));
    if (!name)
        return name.error();
    auto document = call.parameters.required(QStringLiteral("PolicyDocument"));
    if (!document)
        return document.error();
    auto policy = call.admin->createPolicy(
        call.accountId(), *name, *document,
        call.parameters.optional(QStringLiteral("Path")).value_or(QStringLiteral("/")),
        call.parameters.value(QStringLiteral("Description")));
    if (!policy)
        return policy.error();
    writePolicy(xml, *policy);
    return {};
}

Result<void> deletePolicy(const ApiCall& call, QueryXmlWriter&)
{
    auto arn = call.parameters.required(policyArnParameter);
    if (!arn)
        return arn.error();
    return call.admin->deletePolicy(*arn);
}

Result<void> createPolicyVersion(const ApiCall& call, QueryXmlWriter& xml)
{
    auto arn = call.parameters.required(policyArnParameter);
    if (!arn)
        return arn.error();
    auto document = call.parameters.required(QStringLiteral("PolicyDocument"));
    if (!document)
        return document.error();
    auto setAsDefault = call.parameters.boolean(QStringLiteral("SetAsDefault"));
    if (!setAsDefault)
        return setAsDefault.error();
    auto version = call.admin->createPolicyVersion(*arn, *document, setAsDefault->value_or(false));
    if (!version)
        return version.error();
    xml.startElement(QStringLiteral("PolicyVersion"));
    IamXml::policyVersion(xml, *version, false);
    xml.endElement();
    return {};
}

Result<void> getPolicyVersion(const ApiCall& call, QueryXmlWriter& xml)
{
    auto versionId = call.parameters.required(QStringLiteral("VersionId"));
    if (!versionId)
        return versionId.error();
    auto policy = requirePolicy(call, &ConsoleAction::getPolicyVersion);
    if (!policy)
        return policy.error();
    for (const PolicyVersion& version : call.directory->policyVersions(policy->arn)) {
        if (version.versionId != *versionId)
            continue;
        xml.startElement(QStringLiteral("PolicyVersion"));
        IamXml::policyVersion(xml, version, true);
        xml.endElement();
        return {};
    }
    return IamError::noSuchEntity(
        QStringLiteral("Policy %1 version %2 does not exist or is not attachable.")
            .arg(policy->arn, *versionId));
}

Result<void> listPolicyVersions(const ApiCall& call, QueryXmlWriter& xml)
{
    auto paging = IamPaging::read(call.parameters);
    if (!paging)
        return paging.error();
    auto policy = requirePolicy(call, &ConsoleAction::listPolicyVersions);
    if (!policy)
        return policy.error();
    const QList<PolicyVersion> versions = call.directory->policyVersions(policy->arn);
    paging->writePage(xml, QStringLiteral("Versions"), versions, [&](const PolicyVersion& version) {
        IamXml::policyVersion(xml, version, false);
    });
    return {};
}

Result<void> deletePolicyVersion(const ApiCall& call, QueryXmlWriter&)
{
    auto arn = call.parameters.required(policyArnParameter);
    if (!arn)
        return arn.error();
    auto versionId = call.parameters.required(QStringLiteral("VersionId"));
    if (!versionId)
        return versionId.error();
    return call.admin->deletePolicyVersion(*arn, *versionId);
}

Result<void> setDefaultPolicyVersion(const ApiCall& call, QueryXmlWriter&)
{
    auto arn = call.parameters.required(policyArnParameter);
    if (!arn)
        return arn.error();
    auto versionId = call.parameters.required(QStringLiteral("VersionId"));
    if (!versionId)
        return versionId.error();
    return call.admin->setDefaultPolicyVersion(*arn, *versionId);
}

// One attachment as ListEntitiesForPolicy lists it.
struct AttachedEntity
{
    EntityKind kind;
    QString name;
    QString id;
};

Result<void> listEntitiesForPolicy(const ApiCall& call, QueryXmlWriter& xml)
{
    auto paging = IamPaging::read(call.parameters);
    if (!paging)
        return paging.error();
    const QString filter = call.parameters.value(QStringLiteral("EntityFilter"));
    static const QStringList filters = {
        QStringLiteral("User"), QStringLiteral("Role"), QStringLiteral("Group"),
        QStringLiteral("LocalManagedPolicy"), QStringLiteral("AWSManagedPolicy")};
    if (!filter.isEmpty() && !filters.contains(filter))
        return IamError::constraintViolation(
            filter, QStringLiteral("entityFilter"),
            QStringLiteral("Member must satisfy enum value set: [%1]").arg(filters.join(u", ")));
    auto policy = requirePolicy(call, &ConsoleAction::listEntitiesForPolicy);
    if (!policy)
        return policy.error();
    const QString prefix = call.parameters.value(QStringLiteral("PathPrefix"));
    const auto wanted = [&](EntityKind kind, const QString& path) {
        if (!prefix.isEmpty() && !path.startsWith(prefix))
            return false;
        return filter.isEmpty() || filter.endsWith(QLatin1String("ManagedPolicy")) ||
               filter.compare(entityKindName(kind), Qt::CaseInsensitive) == 0;
    };
    QList<AttachedEntity> entities;
    for (const Directory::EntityRef& ref : call.directory->policyAttachments(policy->arn)) {
        if (ref.accountId != call.accountId())
            continue;
        if (ref.kind == EntityKind::User) {
            if (const auto user = call.directory->user(ref.accountId, ref.name);
                user && wanted(ref.kind, user->path))
                entities.append({ref.kind, user->name, user->userId});
        } else if (ref.kind == EntityKind::Group) {
            if (const auto group = call.directory->group(ref.accountId, ref.name);
                group && wanted(ref.kind, group->path))
                entities.append({ref.kind, group->name, group->groupId});
        } else if (ref.kind == EntityKind::Role) {
            if (const auto role = call.directory->role(ref.accountId, ref.name);
                role && wanted(ref.kind, role->path))
                entities.append({ref.kind, role->name, role->roleId});
        }
    }
    const QList<AttachedEntity> page = paging->slice(entities);
    const auto writeKind = [&](const QString& list, EntityKind kind, const QString& member) {
        xml.startElement(list);
        for (const AttachedEntity& entity : page) {
            if (entity.kind != kind)
                continue;
            xml.startElement(QStringLiteral("member"));
            xml.text(member + QStringLiteral("Name"), entity.name);
            xml.text(member + QStringLiteral("Id"), entity.id);
            xml.endElement();
        }
        xml.endElement();
    };
    writeKind(QStringLiteral("PolicyGroups"), EntityKind::Group, QStringLiteral("Group"));
    writeKind(QStringLiteral("PolicyUsers"), EntityKind::User, QStringLiteral("User"));
    writeKind(QStringLiteral("PolicyRoles"), EntityKind::Role, QStringLiteral("Role"));
    paging->writeTruncation(xml, int(page.size()), int(entities.size()));
    return {};
}

} // namespace

void IamPolicyOperations::addTo(QueryApi& api)
{
    api.add(QStringLiteral("ListPolicies"), &listPolicies);
    api.add(QStringLiteral("GetPolicy"), &getPolicy);
    api.add(QStringLiteral("CreatePolicy"), &createPolicy);
    api.add(QStringLiteral("DeletePolicy"), &deletePolicy, false);
    api.add(QStringLiteral("CreatePolicyVersion"), &createPolicyVersion);
    api.add(QStringLiteral("GetPolicyVersion"), &getPolicyVersion);
    api.add(QStringLiteral("ListPolicyVersions"), &listPolicyVersions);
    api.add(QStringLiteral("DeletePolicyVersion"), &deletePolicyVersion, false);
    api.add(QStringLiteral("SetDefaultPolicyVersion"), &setDefaultPolicyVersion, false);
    api.add(QStringLiteral("ListEntitiesForPolicy"), &listEntitiesForPolicy);
}
