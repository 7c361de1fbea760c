#pragma once

#include "iam/result.h"
#include "iam/samlprovider.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class Authenticator;
class Authorizer;
class AuditRecorder;
class Directory;
class StsService;

// Switchboard's own SAML identity provider: it authenticates a person with
// the console sign-in's checks (a directory user's password, the MFA code
// when they have a device, lockout, audit) and issues a signed SAML Response
// that AssumeRoleWithSAML accepts, as a company's IdP does for AWS.
//
// Its providers' signing keys live in the secret store (by provider ARN),
// never in the directory; the provider's metadata carries the certificate.
// Every call finishes later, exactly once.
class SamlIdentityProvider : public QObject
{
    Q_OBJECT

public:
    explicit SamlIdentityProvider(StsService* sts, QObject* parent = nullptr);
    ~SamlIdentityProvider() override;

    // The name the demo directory's federated role trusts.
    static QString demoProviderName() { return QStringLiteral("CatPhotoIdP"); }
    // The entity id (Issuer) of a built-in provider.
    static QString entityIdFor(const QString& accountId, const QString& name);

    // A fresh signing key for the provider accountId/name, kept in the
    // secret store; done gets the metadata document to register.
    void createSigningKey(const QString& accountId, const QString& name,
                          std::function<void(Result<QByteArray>)> done);
    // Creates the demo's CatPhotoIdP (key and provider) in the first account
    // whose roles trust it, when the directory has no SAML provider at all;
    // done({}) when there is none to create.
    void createDemoProvider(std::function<void(Result<void>)> done);

    struct AssertionRequest
    {
        QString account; // id or alias, as at the sign-in page
        QString userName;
        QString password;
        QString mfaCode;
        QString providerArn;
        QString roleArn;
        std::optional<int> sessionDuration; // the SessionDuration attribute; one hour when absent
    };
    // Authenticates the person, then signs a Response for the role and
    // provider: done gets it base64-encoded, as a browser would post it.
    void issueAssertion(const AssertionRequest& request,
                        std::function<void(Result<QByteArray>)> done);
    // The roles whose trust policy names the provider, for the sign-in page's choice.
    static QStringList rolesTrusting(const Directory& directory, const QString& providerArn);
    // Every provider of the directory, of every account.
    static QList<SamlProvider> allProviders(const Directory& directory);

private:
    static QStringList rolesTrusting(const Directory& directory, const QString& accountId,
                                     const QString& providerArn);
    void signFor(const QString& providerArn, const QString& roleArn, const QString& userName,
                 std::optional<int> sessionDuration, std::function<void(Result<QByteArray>)> done);
    QString secretKey(const QString& providerArn) const;

    StsService* m_sts;
    Directory* m_directory;
    Authorizer* m_authorizer;
    std::unique_ptr<AuditRecorder> m_audit;
    Authenticator* m_authenticator; // the console's checks of a person; it signs nobody in
};
