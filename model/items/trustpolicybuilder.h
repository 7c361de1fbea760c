#pragma once

#include "iam/iamerror.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The trust policy the "Create role" wizard writes from the trusted entity
// the user picked: an AWS service, an AWS account (optionally requiring an
// ExternalId and MFA), a web identity provider or a SAML provider. The policy
// engine still decides what the document means; this only writes it.
class TrustPolicyBuilder
{
public:
    enum class EntityType
    {
        AwsService,
        AwsAccount,
        WebIdentity,
        Saml
    };
    // The choice a problem belongs to, so a form can show it next to that field.
    enum class Field
    {
        Services,
        Account,
        ExternalId,
        Provider,
        Audience
    };
    struct Problem
    {
        Field field;
        IamError error;
    };

    static inline const QString SamlAudience = QStringLiteral("https://signin.aws.amazon.com/saml");

    static TrustPolicyBuilder forServices(const QStringList& servicePrincipals);
    static TrustPolicyBuilder forAccount(const QString& accountId);
    // provider: a well-known one (webIdentityProviders()) or an OIDC provider ARN.
    static TrustPolicyBuilder forWebIdentity(const QString& provider, const QString& audience);
    static TrustPolicyBuilder forSaml(const QString& providerArn,
                                      const QString& audience = SamlAudience);

    // Only an AWS account can be asked for these, as in the console; empty: not required.
    TrustPolicyBuilder& requireExternalId(const QString& externalId);
    TrustPolicyBuilder& requireMfa(bool required = true);

    EntityType entityType() const { return m_type; }
    QStringList principals() const { return m_principals; }
    QString externalId() const { return m_externalId; }
    bool mfaRequired() const { return m_mfa; }

    // Every reason the choices cannot make a trust policy; empty when they can.
    QList<Problem> problems() const;
    QJsonObject toJson() const;
    // Formatted as the console shows policies.
    QString toText() const;

    // Service principals the console offers first, "ec2.amazonaws.com" form.
    static QStringList commonServicePrincipals();
    static QStringList webIdentityProviders();
    // The condition key a web identity provider's audience is checked with:
    // "accounts.google.com:aud", "www.amazon.com:app_id", "<oidc host>:aud".
    static QString audienceConditionKey(const QString& provider);

private:
    TrustPolicyBuilder(EntityType type, QStringList principals, QString audience = {});

    QString action() const;
    QJsonObject principal() const;
    QJsonObject condition() const;
    void checkServices(QList<Problem>& out) const;
    void checkAccount(QList<Problem>& out) const;
    void checkProvider(QList<Problem>& out) const;

    EntityType m_type;
    QStringList m_principals;
    QString m_audience;
    QString m_externalId;
    bool m_mfa = false;
};
