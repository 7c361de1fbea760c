#pragma once

#include "iam/result.h"
#include "iam/samlprovider.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class AccountStore;
class DirectoryContext;

// The accounts' SAML identity providers (table saml_providers) and the
// assertions already used with them (used_saml_assertions, so an assertion
// cannot be replayed). Each change of a provider emits samlProvidersChanged
// after the commit.
class IdentityProviderStore
{
public:
    IdentityProviderStore(DirectoryContext& context, const AccountStore& accounts);

    Result<SamlProvider> createSamlProvider(const QString& accountId, const QString& name,
                                            const QString& metadataDocument,
                                            const QDateTime& validUntil);
    std::optional<SamlProvider> samlProvider(const QString& arn) const;
    QList<SamlProvider> samlProviders(const QString& accountId) const;
    Result<int> samlProviderCount(const QString& accountId) const;
    Result<SamlProvider> updateSamlProvider(const QString& arn, const QString& metadataDocument,
                                            const QDateTime& validUntil);
    Result<void> deleteSamlProvider(const QString& arn);
    Result<void> useSamlAssertion(const QString& providerArn, const QString& assertionId,
                                  const QDateTime& notOnOrAfter);

private:
    void notifyChanged(const QString& accountId);

    DirectoryContext& m_context;
    const AccountStore& m_accounts;
};
