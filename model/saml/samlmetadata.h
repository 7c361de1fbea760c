#pragma once

#include "iam/result.h"
#include "saml/samlcertificate.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

// An identity provider's SAML 2.0 metadata (md:EntityDescriptor, alone or
// the first of an md:EntitiesDescriptor, as Keycloak, Okta and Entra ID
// export it): its entity id and the certificates of its IDPSSODescriptor's
// signing keys (KeyDescriptor use="signing" or without a use).
class SamlMetadata
{
public:
    // IAM's bounds for SAMLMetadataDocument.
    static constexpr int MinSize = 1000;
    static constexpr int MaxSize = 10'000'000;

    // InvalidInput with AWS's message when the document is not usable metadata.
    static Result<SamlMetadata> parse(const QByteArray& document);
    // Metadata for an identity provider: entityId, one signing certificate,
    // and where it takes sign-in requests.
    static QByteArray build(const QString& entityId, const QByteArray& certificateDer,
                            const QString& singleSignOnUrl);

    const QString& entityId() const { return m_entityId; }
    const QList<SamlCertificate>& signingCertificates() const { return m_certificates; }
    // The document's validUntil, else the earliest certificate expiry.
    QDateTime validUntil() const;
    QList<QByteArray> certificateDers() const;

private:
    QString m_entityId;
    QDateTime m_validUntil;
    QList<SamlCertificate> m_certificates;
};
