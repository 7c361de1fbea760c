#include "endpoint/iamentitypolicies.h"

#include "admin/directoryadmin.h"
#include "console/consoleaction.h"
#include "directory/directory.h"
#include "endpoint/iamoperations.h"
#include "endpoint/iampaging.h"
#include "endpoint/iamxml.h"
#include "endpoint/queryxmlwriter.h"

Result<QString> IamEntityPolicies::requireArn(const ApiCall& call, EntityKind kind,
                                              const QString& nameParameter)
{
    switch (kind) {
    case EntityKind::User:
        if (auto user = IamOperations::requireUser(call, nameParameter))
            return user->arn().toString();
        else
            return user.error();
    case EntityKind::Group:
        if (auto group = IamOperations::requireGroup(call, nameParameter))
            return group->arn().toString();
        else
            return group.error();
    case EntityKind::Role:
        if (auto role = IamOperations::requireRole(call, nameParameter))
            return role->arn().toString();
        else
            return role.error();
    case EntityKind::Policy:
        break;
    }
    return IamError::invalidInput(QStringLiteral("Policies have no policies of their own."));
}

Result<void> IamEntityPolicies::listAttached(const ApiCall& call, QueryXmlWriter& xml,
                                             EntityKind kind, const QString& nameParameter)
{
    auto paging = IamPaging::read(call.parameters);
    if (!paging)
        return paging.error();
    auto arn = requireArn(call, kind, nameParameter);
    if (!arn)
        return arn.error();
    if (auto allowed =
            IamOperations::authorize(call, ConsoleAction::listAttachedPolicies(kind, *arn));
        !allowed)
        return allowed;
    QList<ManagedPolicy> policies = call.directory->attachedPolicies(
        kind, call.accountId(), call.parameters.value(nameParameter));
    const QString prefix = call.parameters.value(QStringLiteral("PathPrefix"));
    if (!prefix.isEmpty())
        policies.removeIf([&](const ManagedPolicy& p) { return !p.path.startsWith(prefix); });
    const QList<ManagedPolicy> page = paging->slice(policies);
    xml.list(QStringLiteral("AttachedPolicies"), page, [&](const ManagedPolicy& policy) {
        xml.text(QStringLiteral("PolicyName"), policy.name);
        xml.text(QStringLiteral("PolicyArn"), policy.arn);
    });
    paging->writeTruncation(xml, int(page.size()), int(policies.size()));
    return {};
}

Result<void> IamEntityPolicies::attach(const ApiCall& call, QueryXmlWriter&, EntityKind kind,
                                       const QString& nameParameter)
{
    auto name = call.parameters.required(nameParameter);
    if (!name)
        return name.error();
    auto policyArn = call.parameters.required(QStringLiteral("PolicyArn"));
    if (!policyArn)
        return policyArn.error();
    return call.admin->attachPolicies(kind, call.accountId(), *name, {*policyArn});
}

Result<void> IamEntityPolicies::detach(const ApiCall& call, QueryXmlWriter&, EntityKind kind,
                                       const QString& nameParameter)
{
    auto name = call.parameters.required(nameParameter);
    if (!name)
        return name.error();
    auto policyArn = call.parameters.required(QStringLiteral("PolicyArn"));
    if (!policyArn)
        return policyArn.error();
    return call.admin->detachPolicy(kind, call.accountId(), *name, *policyArn);
}

Result<void> IamEntityPolicies::putInline(const ApiCall& call, QueryXmlWriter&, EntityKind kind,
                                          const QString& nameParameter)
{
    auto name = call.parameters.required(nameParameter);
    if (!name)
        return name.error();
    auto policyName = call.parameters.required(QStringLiteral("PolicyName"));
    if (!policyName)
        return policyName.error();
    auto document = call.parameters.required(QStringLiteral("PolicyDocument"));
    if (!document)
        return document.error();
    return call.admin->putInlinePolicy(kind, call.accountId(), *name,
                                       InlinePolicy{*policyName, *document});
}

Result<void> IamEntityPolicies::getInline(const ApiCall& call, QueryXmlWriter& xml, EntityKind kind,
                                          const QString& nameParameter)
{
    auto arn = requireArn(call, kind, nameParameter);
    if (!arn)
        return arn.error();
    auto policyName = call.parameters.required(QStringLiteral("PolicyName"));
    if (!policyName)
        return policyName.error();
    if (auto allowed = IamOperations::authorize(call, ConsoleAction::getInlinePolicy(kind, *arn));
        !allowed)
        return allowed;
    const QString name = call.parameters.value(nameParameter);
    const QList<InlinePolicy> policies =
        call.directory->inlinePolicies(kind, call.accountId(), name);
    for (const InlinePolicy& policy : policies) {
        if (policy.name.compare(*policyName, Qt::CaseInsensitive) != 0)
            continue;
        xml.text(nameParameter, name);
        xml.text(QStringLiteral("PolicyName"), policy.name);
        xml.text(QStringLiteral("PolicyDocument"), IamXml::encodedDocument(policy.document));
        return {};
    }
    return IamError::noSuchEntity(QStringLiteral("The %1 policy with name %2 cannot be found.")
                                      .arg(entityKindName(kind), *policyName));
}

Result<void> IamEntityPolicies::deleteInline(const ApiCall& call, QueryXmlWriter&, EntityKind kind,
                                             const QString& nameParameter)
{
    auto name = call.parameters.required(nameParameter);
    if (!name)
        return name.error();
    auto policyName = call.parameters.required(QStringLiteral("PolicyName"));
    if (!policyName)
        return policyName.error();
    return call.admin->deleteInlinePolicy(kind, call.accountId(), *name, *policyName);
}

Result<void> IamEntityPolicies::listInline(const ApiCall& call, QueryXmlWriter& xml,
                                           EntityKind kind, const QString& nameParameter)
{
    auto paging = IamPaging::read(call.parameters);
    if (!paging)
        return paging.error();
    auto arn = requireArn(call, kind, nameParameter);
    if (!arn)
        return arn.error();
    if (auto allowed =
            IamOperations::authorize(call, ConsoleAction::listInlinePolicies(kind, *arn));
        !allowed)
        return allowed;
    QStringList names;
    for (const InlinePolicy& policy : call.directory->inlinePolicies(
             kind, call.accountId(), call.parameters.value(nameParameter)))
        names.append(policy.name);
    const QStringList page = paging->slice(names);
    xml.stringList(QStringLiteral("PolicyNames"), page);
    paging->writeTruncation(xml, int(page.size()), int(names.size()));
    return {};
}
