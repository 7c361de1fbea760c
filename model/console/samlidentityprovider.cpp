#include "console/samlidentityprovider.h"

#include "console/auditrecorder.h"
#include "console/authenticator.h"
#include "console/authorizer.h"
#include "directory/directory.h"
#include "saml/samlmetadata.h"
#include "saml/samlresponsesigner.h"
#include "saml/samlsigningkey.h"
#include "secrets/secretjob.h"
#include "secrets/secretkey.h"
#include "secrets/secretstore.h"
#include "sts/stsservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <memory>

namespace {

// How long an issued assertion may be redeemed, as IdPs commonly allow.
constexpr int assertionLifetimeSeconds = 300;

template <typename T>
void finishLater(QObject* context, std::function<void(Result<T>)> done, Result<T> result)
{
    auto shared = std::make_shared<Result<T>>(std::move(result));
    QTimer::singleShot(0, context, [done = std::move(done), shared] { done(std::move(*shared)); });
}

IamError notBuiltIn(const QString& providerArn)
{
    return IamError::invalidInput(
        SamlIdentityProvider::tr("The identity provider %1 is not Switchboard's own: this "
                                 "directory holds no signing key for it.")
            .arg(providerArn));
}

bool namesProvider(const QJsonValue& federated, const QString& providerArn)
{
    if (federated.isString())
        return federated.toString() == providerArn;
    const QJsonArray list = federated.toArray();
    return std::any_of(list.begin(), list.end(),
                       [&](const QJsonValue& v) { return v.toString() == providerArn; });
}

} // namespace

SamlIdentityProvider::SamlIdentityProvider(StsService* sts, QObject* parent)
    : QObject(parent)
    , m_sts(sts)
    , m_directory(sts->directory())
    , m_authorizer(new Authorizer(sts->directory(), sts->clock(), this))
    , m_audit(std::make_unique<AuditRecorder>(sts->directory()))
    , m_authenticator(
          new Authenticator(sts->directory(), sts->clock(), m_authorizer, m_audit.get(), sts, this))
{}

SamlIdentityProvider::~SamlIdentityProvider() = default;

QString SamlIdentityProvider::entityIdFor(const QString& accountId, const QString& name)
{
    return QStringLiteral("urn:switchboard:saml:%1:%2").arg(accountId, name);
}

QString SamlIdentityProvider::secretKey(const QString& providerArn) const
{
    return SecretKey(QUuid::fromString(m_directory->directoryId()), SecretKey::Kind::SamlSigningKey,
                     providerArn)
        .toString();
}

void SamlIdentityProvider::createSigningKey(const QString& accountId, const QString& name,
                                            std::function<void(Result<QByteArray>)> done)
{
    const QString arn = SamlProvider::arnFor(accountId, name).toString();
    auto key = SamlSigningKey::generate(name, QDateTime::currentDateTimeUtc());
    if (!key)
        return finishLater<QByteArray>(this, std::move(done), key.error());
    const QByteArray metadata = SamlMetadata::build(
        entityIdFor(accountId, name), key->certificateDer(),
        QStringLiteral("https://signin.switchboard.invalid/saml/%1/%2").arg(accountId, name));
    SecretJob* put = m_sts->secrets()->put(secretKey(arn), key->pack());
    connect(put, &SecretJob::finished, this, [metadata, done = std::move(done)](SecretJob* job) {
        if (job->error() != SecretStore::NoError)
            return done(IamError::serviceFailure(job->errorString()));
        done(metadata);
    });
}

void SamlIdentityProvider::createDemoProvider(std::function<void(Result<void>)> done)
{
    const QString name = demoProviderName();
    QString accountId;
    if (!allProviders(*m_directory).isEmpty())
        return finishLater<void>(this, std::move(done), Result<void>());
    for (const Account& account : m_directory->accounts()) {
        const QString arn = SamlProvider::arnFor(account.id, name).toString();
        if (!m_directory->samlProvider(arn) &&
            !rolesTrusting(*m_directory, account.id, arn).isEmpty()) {
            accountId = account.id;
            break;
        }
    }
    if (accountId.isEmpty())
        return finishLater<void>(this, std::move(done), Result<void>());
    createSigningKey(accountId, name,
                     [this, accountId, name, done = std::move(done)](Result<QByteArray> metadata) {
                         if (!metadata)
                             return done(metadata.error());
                         const auto parsed = SamlMetadata::parse(*metadata);
                         if (!parsed)
                             return done(parsed.error());
                         const auto created = m_directory->createSamlProvider(
                             accountId, name, QString::fromUtf8(*metadata), parsed->validUntil());
                         if (!created)
                             return done(created.error());
                         done({});
                     });
}

void SamlIdentityProvider::issueAssertion(const AssertionRequest& request,
                                          std::function<void(Result<QByteArray>)> done)
{
    if (!m_directory->samlProvider(request.providerArn))
        return finishLater<QByteArray>(
            this, std::move(done),
            IamError::noSuchEntity(
                QStringLiteral("Manifest not found for arn %1").arg(request.providerArn)));
    m_authenticator->authenticatePerson(
        request.account, request.userName, request.password, request.mfaCode,
        QStringLiteral("SAML identity provider"),
        [this, request, done = std::move(done)](Result<Identity> person) {
            if (!person)
                return done(person.error());
            signFor(request.providerArn, request.roleArn, person->user.name,
                    request.sessionDuration, done);
        });
}

void SamlIdentityProvider::signFor(const QString& providerArn, const QString& roleArn,
                                   const QString& userName, std::optional<int> sessionDuration,
                                   std::function<void(Result<QByteArray>)> done)
{
    SecretJob* get = m_sts->secrets()->get(secretKey(providerArn));
    connect(get, &SecretJob::finished, this,
            [this, providerArn, roleArn, userName, sessionDuration,
             done = std::move(done)](SecretJob* job) {
                if (job->error() == SecretStore::EntryNotFound)
                    return done(notBuiltIn(providerArn));
                if (job->error() != SecretStore::NoError)
                    return done(IamError::serviceFailure(job->errorString()));
                const auto key = SamlSigningKey::unpack(job->value());
                const auto provider = m_directory->samlProvider(providerArn);
                if (!key || !provider)
                    return done(key ? notBuiltIn(providerArn) : key.error());
                // The metadata may name another key by now: then this one no longer speaks for it.
                const auto metadata = SamlMetadata::parse(provider->metadataDocument.toUtf8());
                if (!metadata || !metadata->certificateDers().contains(key->certificateDer()))
                    return done(notBuiltIn(providerArn));
                const QDateTime now = QDateTime::currentDateTimeUtc();
                SamlAssertion a;
                a.issuer = metadata->entityId();
                a.subject = userName;
                a.issueInstant = now;
                a.audiences = {SamlAssertion::AwsSignInUrl};
                a.recipient = SamlAssertion::AwsSignInUrl;
                a.notBefore = now;
                a.notOnOrAfter = now.addSecs(assertionLifetimeSeconds);
                a.subjectNotOnOrAfter = a.notOnOrAfter;
                a.roles = {roleArn + QLatin1Char(',') + providerArn};
                a.roleSessionName = userName;
                a.sessionDuration = sessionDuration.value_or(3600);
                const auto response = SamlResponseSigner::sign(a, *key);
                if (!response)
                    return done(response.error());
                done(response->toBase64());
            });
}

QStringList SamlIdentityProvider::rolesTrusting(const Directory& directory,
                                                const QString& providerArn)
{
    const auto provider = directory.samlProvider(providerArn);
    return provider ? rolesTrusting(directory, provider->accountId, providerArn) : QStringList();
}

QStringList SamlIdentityProvider::rolesTrusting(const Directory& directory,
                                                const QString& accountId,
                                                const QString& providerArn)
{
    QStringList arns;
    for (const Role& role : directory.roles(accountId)) {
        const QJsonArray statements = QJsonDocument::fromJson(role.trustPolicy.toUtf8())
                                          .object()
                                          .value(QStringLiteral("Statement"))
                                          .toArray();
        for (const QJsonValue& statement : statements) {
            const QJsonValue federated = statement.toObject()
                                             .value(QStringLiteral("Principal"))
                                             .toObject()
                                             .value(QStringLiteral("Federated"));
            if (namesProvider(federated, providerArn)) {
                arns.append(role.arn().toString());
                break;
            }
        }
    }
    return arns;
}

QList<SamlProvider> SamlIdentityProvider::allProviders(const Directory& directory)
{
    QList<SamlProvider> providers;
    for (const Account& account : directory.accounts())
        providers += directory.samlProviders(account.id);
    return providers;
}
