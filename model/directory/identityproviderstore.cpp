#include "directory/identityproviderstore.h"

#include "directory/accountstore.h"
#include "directory/directory.h"
#include "directory/directorycontext.h"
#include "directory/directoryerrors.h"
#include "directory/directoryrows.h"
#include "iam/arn.h"
#include "iam/namerules.h"
#include "iam/quotas.h"

#include <QSqlQuery>

#include <utility>

using DirectoryRows::fromMs;
using DirectoryRows::nameKey;
using DirectoryRows::toMs;

namespace {

IamError noSuchSamlProvider(const QString& arn)
{
    return IamError::noSuchEntity(QStringLiteral("Manifest not found for arn %1").arg(arn));
}

SamlProvider readSamlProvider(const QSqlQuery& q)
{
    SamlProvider provider;
    provider.accountId = q.value(0).toString();
    provider.name = q.value(1).toString();
    provider.metadataDocument = q.value(2).toString();
    provider.createDate = fromMs(q.value(3));
    provider.validUntil = fromMs(q.value(4));
    return provider;
}

const QString samlProviderColumns = QStringLiteral(
    "SELECT account_id, name, metadata, create_date, valid_until FROM saml_providers ");

// The account and name of a saml-provider ARN; nullopt for any other ARN.
std::optional<std::pair<QString, QString>> samlProviderKey(const QString& arnText)
{
    const auto arn = Arn::parse(arnText);
    const QString prefix = QStringLiteral("saml-provider/");
    if (!arn || arn->service() != QLatin1String("iam") || !arn->resource().startsWith(prefix))
        return std::nullopt;
    return std::make_pair(arn->account(), arn->resource().mid(prefix.size()));
}

} // namespace

IdentityProviderStore::IdentityProviderStore(DirectoryContext& context,
                                             const AccountStore& accounts)
    : m_context(context)
    , m_accounts(accounts)
{}

void IdentityProviderStore::notifyChanged(const QString& accountId)
{
    m_context.notify(
        [accountId](Directory* owner) { Q_EMIT owner->samlProvidersChanged(accountId); });
}

Result<SamlProvider> IdentityProviderStore::createSamlProvider(const QString& accountId,
                                                               const QString& name,
                                                               const QString& metadataDocument,
                                                               const QDateTime& validUntil)
{
    return m_context.transact([&]() -> Result<SamlProvider> {
        if (auto r = m_accounts.require(accountId); !r)
            return r.error();
        if (auto r = NameRules::validateSamlProviderName(name); !r)
            return r.error();
        if (auto r = m_context.claimQuota(QStringLiteral("saml_providers"), accountId); !r)
            return r.error();
        const auto providers = samlProviderCount(accountId);
        if (!providers)
            return providers.error();
        if (*providers >= Quotas::SamlProvidersPerAccount)
            return DirectoryErrors::quotaExceeded(QStringLiteral("SAMLProvidersPerAccount"),
                                                  Quotas::SamlProvidersPerAccount);
        if (auto r =
                m_context.claimName(QStringLiteral("saml_providers"), accountId, nameKey(name));
            !r)
            return r.error();
        const auto sameName =
            m_context.count(QStringLiteral("SELECT count(*) FROM saml_providers"
                                           " WHERE account_id = ? AND name_key = ?"),
                            {accountId, nameKey(name)});
        if (!sameName)
            return sameName.error();
        if (*sameName > 0)
            return IamError::entityAlreadyExists(
                QStringLiteral("SAMLProvider with name %1 already exists.").arg(name));
        const QDateTime created = m_context.now();
        const auto r = m_context.sql().insert(
            QStringLiteral("INSERT INTO saml_providers(account_id, name, name_key, metadata,"
                           " create_date, valid_until) VALUES (?, ?, ?, ?, ?, ?)"),
            {accountId, name, nameKey(name), metadataDocument, toMs(created),
             validUntil.isValid() ? QVariant(toMs(validUntil)) : QVariant()});
        if (!r)
            return r.error();
        notifyChanged(accountId);
        return SamlProvider{accountId, name, metadataDocument, created, validUntil};
    });
}

std::optional<SamlProvider> IdentityProviderStore::samlProvider(const QString& arn) const
{
    const auto key = samlProviderKey(arn);
    if (!key)
        return std::nullopt;
    std::optional<SamlProvider> found;
    const auto r = m_context.sql().select(
        samlProviderColumns + QStringLiteral("WHERE account_id = ? AND name_key = ?"),
        {key->first, nameKey(key->second)},
        [&](const QSqlQuery& q) { found = readSamlProvider(q); });
    if (!r)
        return std::nullopt;
    return found;
}

QList<SamlProvider> IdentityProviderStore::samlProviders(const QString& accountId) const
{
    QList<SamlProvider> providers;
    const auto r = m_context.sql().select(
        samlProviderColumns + QStringLiteral("WHERE account_id = ? ORDER BY name_key"), {accountId},
        [&](const QSqlQuery& q) { providers.append(readSamlProvider(q)); });
    if (!r)
        return {};
    return providers;
}

Result<int> IdentityProviderStore::samlProviderCount(const QString& accountId) const
{
    return m_context.count(
        QStringLiteral("SELECT count(*) FROM saml_providers WHERE account_id = ?"), {accountId});
}

Result<SamlProvider> IdentityProviderStore::updateSamlProvider(const QString& arn,
                                                               const QString& metadataDocument,
                                                               const QDateTime& validUntil)
{
    return m_context.transact([&]() -> Result<SamlProvider> {
        const auto current = samlProvider(arn);
        if (!current)
            return noSuchSamlProvider(arn);
        const auto r = m_context.sql().exec(
            QStringLiteral("UPDATE saml_providers SET metadata = ?, valid_until = ?"
                           " WHERE account_id = ? AND name_key = ?"),
            {metadataDocument, validUntil.isValid() ? QVariant(toMs(validUntil)) : QVariant(),
             current->accountId, nameKey(current->name)});
        if (!r)
            return r.error();
        SamlProvider updated = *current;
        updated.metadataDocument = metadataDocument;
        updated.validUntil = validUntil;
        notifyChanged(updated.accountId);
        return updated;
    });
}

Result<void> IdentityProviderStore::deleteSamlProvider(const QString& arn)
{
    return m_context.transact([&]() -> Result<void> {
        const auto current = samlProvider(arn);
        if (!current)
            return noSuchSamlProvider(arn);
        const auto r = m_context.sql().exec(
            QStringLiteral("DELETE FROM saml_providers WHERE account_id = ? AND name_key = ?"),
            {current->accountId, nameKey(current->name)});
        if (!r)
            return r.error();
        notifyChanged(current->accountId);
        return {};
    });
}

Result<void> IdentityProviderStore::useSamlAssertion(const QString& providerArn,
                                                     const QString& assertionId,
                                                     const QDateTime& notOnOrAfter)
{
    return m_context.transact([&]() -> Result<void> {
        const qint64 now = m_context.nowMs();
        if (auto r = m_context.sql().exec(
                QStringLiteral("DELETE FROM used_saml_assertions WHERE expires_at <= ?"), {now});
            !r)
            return r.error();
        const auto used =
            m_context.count(QStringLiteral("SELECT count(*) FROM used_saml_assertions"
                                           " WHERE provider_arn = ? AND assertion_id = ?"),
                            {providerArn, assertionId});
        if (!used)
            return used.error();
        if (*used > 0)
            return IamError(QStringLiteral("InvalidIdentityToken"),
                            QStringLiteral("SAML Assertion ID already used"), 400);
        // Kept at least a day when no end is given.
        const qint64 expires =
            notOnOrAfter.isValid() ? qMax(toMs(notOnOrAfter), now) : now + 24 * 3600 * 1000LL;
        const auto r = m_context.sql().exec(
            QStringLiteral("INSERT INTO used_saml_assertions(provider_arn, assertion_id,"
                           " expires_at) VALUES (?, ?, ?)"),
            {providerArn, assertionId, expires});
        if (!r)
            return r.error();
        return {};
    });
}
