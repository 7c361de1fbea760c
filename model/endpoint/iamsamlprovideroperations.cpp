#include "endpoint/iamsamlprovideroperations.h"

#include "admin/directoryadmin.h"
#include "endpoint/queryapi.h"

namespace {

const QString metadataParameter = QStringLiteral("SAMLMetadataDocument");
const QString arnParameter = QStringLiteral("SAMLProviderArn");

// A provider of the caller's own account: another account's is not found.
Result<SamlProvider> ownProvider(const ApiCall& call)
{
    const auto arn = call.parameters.required(arnParameter);
    if (!arn)
        return arn.error();
    auto provider = call.admin->samlProvider(*arn);
    if (provider && provider->accountId != call.accountId())
        return IamError::noSuchEntity(QStringLiteral("Manifest not found for arn %1").arg(*arn));
    return provider;
}

Result<void> createSamlProvider(const ApiCall& call, QueryXmlWriter& xml)
{
    const auto name = call.parameters.required(QStringLiteral("Name"));
    if (!name)
        return name.error();
    const auto metadata = call.parameters.required(metadataParameter);
    if (!metadata)
        return metadata.error();
    if (!call.parameters.structList(QStringLiteral("Tags"), {QStringLiteral("Key")}).isEmpty())
        return IamError::validation(QStringLiteral(
            "Tags on SAML providers are not supported by this directory: leave them out."));
    const auto created = call.admin->createSamlProvider(call.accountId(), *name, *metadata);
    if (!created)
        return created.error();
    xml.text(arnParameter, created->arn().toString());
    return {};
}

Result<void> listSamlProviders(const ApiCall& call, QueryXmlWriter& xml)
{
    const auto providers = call.admin->listSamlProviders(call.accountId());
    if (!providers)
        return providers.error();
    xml.list(QStringLiteral("SAMLProviderList"), *providers, [&](const SamlProvider& p) {
        xml.text(QStringLiteral("Arn"), p.arn().toString());
        if (p.validUntil.isValid())
            xml.time(QStringLiteral("ValidUntil"), p.validUntil);
        xml.time(QStringLiteral("CreateDate"), p.createDate);
    });
    return {};
}

Result<void> getSamlProvider(const ApiCall& call, QueryXmlWriter& xml)
{
    const auto provider = ownProvider(call);
    if (!provider)
        return provider.error();
    xml.text(metadataParameter, provider->metadataDocument);
    xml.time(QStringLiteral("CreateDate"), provider->createDate);
    if (provider->validUntil.isValid())
        xml.time(QStringLiteral("ValidUntil"), provider->validUntil);
    return {};
}

Result<void> updateSamlProvider(const ApiCall& call, QueryXmlWriter& xml)
{
    const auto metadata = call.parameters.required(metadataParameter);
    if (!metadata)
        return metadata.error();
    const auto provider = ownProvider(call);
    if (!provider)
        return provider.error();
    const auto updated = call.admin->updateSamlProvider(provider->arn().toString(), *metadata);
    if (!updated)
        return updated.error();
    xml.text(arnParameter, updated->arn().toString());
    return {};
}

Result<void> deleteSamlProvider(const ApiCall& call, QueryXmlWriter&)
{
    const auto provider = ownProvider(call);
    if (!provider)
        return provider.error();
    return call.admin->deleteSamlProvider(provider->arn().toString());
}

} // namespace

void IamSamlProviderOperations::addTo(QueryApi& api)
{
    api.add(QStringLiteral("CreateSAMLProvider"), &createSamlProvider);
    api.add(QStringLiteral("ListSAMLProviders"), &listSamlProviders);
    api.add(QStringLiteral("GetSAMLProvider"), &getSamlProvider);
    api.add(QStringLiteral("UpdateSAMLProvider"), &updateSamlProvider);
    api.add(QStringLiteral("DeleteSAMLProvider"), &deleteSamlProvider, false);
}
