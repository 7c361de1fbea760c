#include "endpoint/iamentitytags.h"

#include "admin/directoryadmin.h"
#include "console/consoleaction.h"
#include "directory/directory.h"
#include "endpoint/iamentitypolicies.h"
#include "endpoint/iamoperations.h"
#include "endpoint/iampaging.h"
#include "endpoint/iamxml.h"
#include "endpoint/queryapi.h"

void IamEntityTags::addTo(QueryApi& api, EntityKind kind)
{
    const QString word = IamEntityPolicies::kindWord(kind);
    const auto bound = [kind](auto operation) -> QueryOperation::Run {
        return [operation, kind](const ApiCall& call, QueryXmlWriter& xml) {
            return operation(kind, call, xml);
        };
    };
    api.add(QStringLiteral("Tag%1").arg(word), bound(&tag), false);
    api.add(QStringLiteral("Untag%1").arg(word), bound(&untag), false);
    api.add(QStringLiteral("List%1Tags").arg(word), bound(&listTags));
}

Result<void> IamEntityTags::tag(EntityKind kind, const ApiCall& call, QueryXmlWriter&)
{
    auto name = call.parameters.required(IamEntityPolicies::nameParameter(kind));
    if (!name)
        return name.error();
    const TagList tags = IamOperations::tagsOf(call.parameters);
    if (tags.isEmpty())
        return call.parameters.required(QStringLiteral("Tags")).error();
    return call.admin->tagEntity(kind, call.accountId(), *name, tags);
}

Result<void> IamEntityTags::untag(EntityKind kind, const ApiCall& call, QueryXmlWriter&)
{
    auto name = call.parameters.required(IamEntityPolicies::nameParameter(kind));
    if (!name)
        return name.error();
    const QStringList keys = call.parameters.list(QStringLiteral("TagKeys"));
    if (keys.isEmpty())
        return call.parameters.required(QStringLiteral("TagKeys")).error();
    return call.admin->untagEntity(kind, call.accountId(), *name, keys);
}

Result<void> IamEntityTags::listTags(EntityKind kind, const ApiCall& call, QueryXmlWriter& xml)
{
    auto paging = IamPaging::read(call.parameters);
    if (!paging)
        return paging.error();
    const QString parameter = IamEntityPolicies::nameParameter(kind);
    QString arn;
    TagList tags;
    if (kind == EntityKind::Role) {
        auto role = IamOperations::requireRole(call, parameter);
        if (!role)
            return role.error();
        arn = role->arn().toString();
        tags = role->tags;
    } else {
        auto user = IamOperations::requireUser(call, parameter);
        if (!user)
            return user.error();
        arn = user->arn().toString();
        tags = user->tags;
    }
    if (auto allowed = IamOperations::authorize(call, ConsoleAction::listTags(kind, arn)); !allowed)
        return allowed;
    // Tags is a required member here: written even when empty.
    paging->writePage(xml, QStringLiteral("Tags"), tags,
                      [&](const Tag& each) { IamXml::tag(xml, each); });
    return {};
}
