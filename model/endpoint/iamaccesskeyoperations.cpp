#include "endpoint/iamaccesskeyoperations.h"

#include "console/accesskeymanager.h"
#include "console/consoleaction.h"
#include "console/consolesession.h"
#include "directory/directory.h"
#include "endpoint/iamoperations.h"
#include "endpoint/iampaging.h"
#include "endpoint/iamxml.h"
#include "endpoint/queryapi.h"

namespace {

using Done = QueryOperation::Done;

Result<AccessKeyManager*> managerOf(const ApiCall& call)
{
    if (AccessKeyManager* manager = call.accessKeys)
        return manager;
    return IamError::serviceFailure(
        QStringLiteral("Access keys need a secret store, and this endpoint has none."));
}

// The key named by AccessKeyId, of the user named by UserName (or the caller)
// in the caller's account: AWS answers NoSuchEntity for any other key.
Result<AccessKeyInfo> requireKey(const ApiCall& call)
{
    auto id = call.parameters.required(QStringLiteral("AccessKeyId"));
    if (!id)
        return id.error();
    auto user = IamOperations::userOrCaller(call);
    if (!user)
        return user.error();
    const auto key = call.directory->accessKey(*id);
    if (!key || key->accountId != call.accountId() ||
        key->userName.compare(user->name, Qt::CaseInsensitive) != 0)
        return IamError::noSuchEntity(
            QStringLiteral("The Access Key with id %1 cannot be found.").arg(*id));
    return *key;
}

Result<void> listAccessKeys(const ApiCall& call, QueryXmlWriter& xml)
{
    auto paging = IamPaging::read(call.parameters);
    if (!paging)
        return paging.error();
    auto user = IamOperations::permittedUser(call, &ConsoleAction::listAccessKeys);
    if (!user)
        return user.error();
    const QList<AccessKeyInfo> keys = call.directory->accessKeys(call.accountId(), user->name);
    paging->writePage(xml, QStringLiteral("AccessKeyMetadata"), keys,
                      [&](const AccessKeyInfo& key) { IamXml::accessKeyMetadata(xml, key); });
    return {};
}

// The only answer that ever carries the secret.
void createAccessKey(const ApiCall& call, std::shared_ptr<QueryXmlWriter> xml, Done done)
{
    auto manager = managerOf(call);
    if (!manager)
        return done(manager.error());
    auto user = IamOperations::userOrCaller(call);
    if (!user)
        return done(user.error());
    (*manager)->create(call.accountId(), user->name, [xml, done](Result<NewAccessKey> created) {
        if (!created)
            return done(created.error());
        xml->startElement(QStringLiteral("AccessKey"));
        xml->text(QStringLiteral("UserName"), created->info.userName);
        xml->text(QStringLiteral("AccessKeyId"), created->info.accessKeyId);
        xml->text(QStringLiteral("Status"),
                  created->info.active ? QStringLiteral("Active") : QStringLiteral("Inactive"));
        xml->text(QStringLiteral("SecretAccessKey"),
                  QString::fromLatin1(created->secretAccessKey.insecureCopy()));
        xml->time(QStringLiteral("CreateDate"), created->info.createDate);
        xml->endElement();
        done({});
    });
}

void updateAccessKey(const ApiCall& call, std::shared_ptr<QueryXmlWriter>, Done done)
{
    auto manager = managerOf(call);
    if (!manager)
        return done(manager.error());
    auto status = call.parameters.required(QStringLiteral("Status"));
    if (!status)
        return done(status.error());
    if (*status != QLatin1String("Active") && *status != QLatin1String("Inactive"))
        return done(IamError::validation(
            QStringLiteral("1 validation error detected: Value '%1' at 'status' failed to satisfy "
                           "constraint: Member must satisfy enum value set: [Active, Inactive]")
                .arg(*status)));
    auto key = requireKey(call);
    if (!key)
        return done(key.error());
    (*manager)->setActive(key->accessKeyId, *status == QLatin1String("Active"), std::move(done));
}

void deleteAccessKey(const ApiCall& call, std::shared_ptr<QueryXmlWriter>, Done done)
{
    auto manager = managerOf(call);
    if (!manager)
        return done(manager.error());
    auto key = requireKey(call);
    if (!key)
        return done(key.error());
    (*manager)->remove(key->accessKeyId, std::move(done));
}

Result<void> getAccessKeyLastUsed(const ApiCall& call, QueryXmlWriter& xml)
{
    auto id = call.parameters.required(QStringLiteral("AccessKeyId"));
    if (!id)
        return id.error();
    const auto key = call.directory->accessKey(*id);
    if (!key || key->accountId != call.accountId())
        return IamError::noSuchEntity(
            QStringLiteral("The Access Key with id %1 cannot be found.").arg(*id));
    const auto owner = call.directory->user(key->accountId, key->userName);
    const QString ownerArn = owner ? owner->arn().toString()
                                   : IamOperations::arnOf(call, EntityKind::User, key->userName);
    if (auto allowed =
            IamOperations::authorize(call, ConsoleAction::getAccessKeyLastUsed(ownerArn));
        !allowed)
        return allowed;
    // AWS's "N/A" for what it has not seen; the directory does not keep the region.
    const QString notAvailable = QStringLiteral("N/A");
    xml.text(QStringLiteral("UserName"), key->userName);
    xml.startElement(QStringLiteral("AccessKeyLastUsed"));
    xml.time(QStringLiteral("LastUsedDate"), key->lastUsed);
    xml.text(QStringLiteral("ServiceName"),
             key->lastUsedService.isEmpty() ? notAvailable : key->lastUsedService);
    xml.text(QStringLiteral("Region"), notAvailable);
    xml.endElement();
    return {};
}

} // namespace

void IamAccessKeyOperations::addTo(QueryApi& api)
{
    api.add(QStringLiteral("ListAccessKeys"), &listAccessKeys);
    api.addAsync(QStringLiteral("CreateAccessKey"), &createAccessKey);
    api.addAsync(QStringLiteral("UpdateAccessKey"), &updateAccessKey, false);
    api.addAsync(QStringLiteral("DeleteAccessKey"), &deleteAccessKey, false);
    api.add(QStringLiteral("GetAccessKeyLastUsed"), &getAccessKeyLastUsed);
}
