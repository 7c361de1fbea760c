#include "endpoint/iamentitypolicies.h"

#include "admin/directoryadmin.h"
#include "console/consoleaction.h"
#include "directory/directory.h"
#include "endpoint/iamoperations.h"
#include "endpoint/iampaging.h"
#include "endpoint/iamxml.h"
#include "endpoint/queryapi.h"

namespace {

// An operation of one kind, as QueryApi runs it.
QueryOperation::Run bound(Result<void> (*operation)(EntityKind, const ApiCall&, QueryXmlWriter&),
                          EntityKind kind)
{
    return [operation, kind](const ApiCall& call, QueryXmlWriter& xml) {
        return operation(kind, call, xml);
    };
}

} // namespace

void IamEntityPolicies::addTo(QueryApi& api, EntityKind kind)
{
    const QString word = kindWord(kind);
    api.add(QStringLiteral("ListAttached%1Policies").arg(word), bound(&listAttached, kind));
    api.add(QStringLiteral("Attach%1Policy").arg(word), bound(&attach, kind), false);
    api.add(QStringLiteral("Detach%1Policy").arg(word), bound(&detach, kind), false);
    api.add(QStringLiteral("Put%1Policy").arg(word), bound(&putInline, kind), false);
    api.add(QStringLiteral("Get%1Policy").arg(word), bound(&getInline, kind));
    api.add(QStringLiteral("Delete%1Policy").arg(word), bound(&deleteInline, kind), false);
    api.add(QStringLiteral("List%1Policies").arg(word), bound(&listInline, kind));
}

QString IamEntityPolicies::kindWord(EntityKind kind)
{
    switch (kind) {
    case EntityKind::User:
        return QStringLiteral("User");
    case EntityKind::Group:
        return QStringLiteral("Group");
    case EntityKind::Role:
        return QStringLiteral("Role");
    case EntityKind::Policy:
        break;
    }
    Q_ASSERT_X(false, "IamEntityPolicies", "users, groups and roles have policies");
    return {};
}

QString IamEntityPolicies::nameParameter(EntityKind kind)
{
    return kindWord(kind) + QStringLiteral("Name");
}

Result<IamEntityPolicies::Entity> IamEntityPolicies::requireEntity(EntityKind kind,
                                                                   const ApiCall& call)
{
    const QString parameter = nameParameter(kind);
    switch (kind) {
    case EntityKind::User: {
        auto user = IamOperations::requireUser(call, parameter);
        if (!user)
            return user.error();
        return Entity{user->name, user->arn().toString()};
    }
    case EntityKind::Group: {
        auto group = IamOperations::requireGroup(call, parameter);
        if (!group)
            return group.error();
        return Entity{group->name, group->arn().toString()};
    }
    case EntityKind::Role: {
        auto role = IamOperations::requireRole(call, parameter);
        if (!role)
            return role.error();
        return Entity{role->name, role->arn().toString()};
    }
    case EntityKind::Policy:
        break;
    }
    return IamError::validation(QStringLiteral("Only users, groups and roles have policies."));
}

Result<void> IamEntityPolicies::listAttached(EntityKind kind, const ApiCall& call,
                                             QueryXmlWriter& xml)
{
    auto paging = IamPaging::read(call.parameters);
    if (!paging)
        return paging.error();
    auto entity = requireEntity(kind, call);
    if (!entity)
        return entity.error();
    if (auto allowed =
            IamOperations::authorize(call, ConsoleAction::listAttachedPolicies(kind, entity->arn));
        !allowed)
        return allowed;
    const QString prefix = call.parameters.value(QStringLiteral("PathPrefix"));
    QList<ManagedPolicy> policies =
        call.directory->attachedPolicies(kind, call.accountId(), entity->name);
    if (!prefix.isEmpty())
        policies.removeIf(
            [&](const ManagedPolicy& policy) { return !policy.path.startsWith(prefix); });
    paging->writePage(xml, QStringLiteral("AttachedPolicies"), policies,
                      [&](const ManagedPolicy& policy) {
                          xml.text(QStringLiteral("PolicyName"), policy.name);
                          xml.text(QStringLiteral("PolicyArn"), policy.arn);
                      });
    return {};
}

Result<void> IamEntityPolicies::attach(EntityKind kind, const ApiCall& call, QueryXmlWriter&)
{
    auto name = call.parameters.required(nameParameter(kind));
    if (!name)
        return name.error();
    auto policyArn = call.parameters.required(QStringLiteral("PolicyArn"));
    if (!policyArn)
        return policyArn.error();
    return call.admin->attachPolicies(kind, call.accountId(), *name, {*policyArn});
}

Result<void> IamEntityPolicies::detach(EntityKind kind, const ApiCall& call, QueryXmlWriter&)
{
    auto name = call.parameters.required(nameParameter(kind));
    if (!name)
        return name.error();
    auto policyArn = call.parameters.required(QStringLiteral("PolicyArn"));
    if (!policyArn)
        return policyArn.error();
    return call.admin->detachPolicy(kind, call.accountId(), *name, *policyArn);
}

// Documents come as the client sent them (botocore does not encode them on the way in).
Result<void> IamEntityPolicies::putInline(EntityKind kind, const ApiCall& call, QueryXmlWriter&)
{
    auto name = call.parameters.required(nameParameter(kind));
    if (!name)
        return name.error();
    auto policyName = call.parameters.required(QStringLiteral("PolicyName"));
    if (!policyName)
        return policyName.error();
    auto document = call.parameters.required(QStringLiteral("PolicyDocument"));
    if (!document)
        return document.error();
    return call.admin->putInlinePolicy(kind, call.accountId(), *name, {*policyName, *document});
}

Result<void> IamEntityPolicies::getInline(EntityKind kind, const ApiCall& call, QueryXmlWriter& xml)
{
    auto entity = requireEntity(kind, call);
    if (!entity)
        return entity.error();
    auto policyName = call.parameters.required(QStringLiteral("PolicyName"));
    if (!policyName)
        return policyName.error();
    if (auto allowed =
            IamOperations::authorize(call, ConsoleAction::getInlinePolicy(kind, entity->arn));
        !allowed)
        return allowed;
    // Policy names are unique regardless of case, as in AWS.
    for (const InlinePolicy& policy :
         call.directory->inlinePolicies(kind, call.accountId(), entity->name)) {
        if (policy.name.compare(*policyName, Qt::CaseInsensitive) != 0)
            continue;
        xml.text(nameParameter(kind), entity->name);
        xml.text(QStringLiteral("PolicyName"), policy.name);
        xml.text(QStringLiteral("PolicyDocument"), IamXml::encodedDocument(policy.document));
        return {};
    }
    return IamError::noSuchEntity(QStringLiteral("The %1 policy with name %2 cannot be found.")
                                      .arg(kindWord(kind).toLower(), *policyName));
}

Result<void> IamEntityPolicies::deleteInline(EntityKind kind, const ApiCall& call, QueryXmlWriter&)
{
    auto name = call.parameters.required(nameParameter(kind));
    if (!name)
        return name.error();
    auto policyName = call.parameters.required(QStringLiteral("PolicyName"));
    if (!policyName)
        return policyName.error();
    return call.admin->deleteInlinePolicy(kind, call.accountId(), *name, *policyName);
}

Result<void> IamEntityPolicies::listInline(EntityKind kind, const ApiCall& call,
                                           QueryXmlWriter& xml)
{
    auto paging = IamPaging::read(call.parameters);
    if (!paging)
        return paging.error();
    auto entity = requireEntity(kind, call);
    if (!entity)
        return entity.error();
    if (auto allowed =
            IamOperations::authorize(call, ConsoleAction::listInlinePolicies(kind, entity->arn));
        !allowed)
        return allowed;
    QStringList names;
    for (const InlinePolicy& policy :
         call.directory->inlinePolicies(kind, call.accountId(), entity->name))
        names << policy.name;
    const QStringList page = paging->slice(names);
    xml.startElement(QStringLiteral("PolicyNames"));
    for (const QString& name : page)
        xml.text(QStringLiteral("member"), name);
    xml.endElement();
    paging->writeTruncation(xml, int(page.size()), int(names.size()));
    return {};
}
