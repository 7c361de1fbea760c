#include "items/trustpolicybuilder.h"

#include "directory/policydocumentformatter.h"
#include "iam/arn.h"
#include "iam/namerules.h"
#include "policy/policydocument.h"
#include "sts/stsservice.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {

const QString oidcProviderType = QStringLiteral("oidc-provider/");
const QString samlProviderType = QStringLiteral("saml-provider/");

// One value as a string, several as a list, as the console writes principals.
QJsonValue oneOrMany(const QStringList& values)
{
    if (values.size() == 1)
        return values.first();
    return QJsonArray::fromStringList(values);
}

bool isServicePrincipal(const QString& text)
{
    static const QRegularExpression re(QStringLiteral(
        "^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9-]+)*\\.amazonaws\\.com(\\.cn)?$"));
    return re.match(text).hasMatch();
}

// The IAM provider ARN of the given type, or nullopt.
std::optional<Arn> providerArn(const QString& text, const QString& type)
{
    const auto arn = Arn::parse(text);
    if (!arn || arn->service() != QLatin1String("iam") || !NameRules::isAccountId(arn->account()) ||
        !arn->resource().startsWith(type) || arn->resource().size() == type.size())
        return std::nullopt;
    return arn;
}

IamError invalidPrincipal(const QString& type, const QString& value)
{
    return IamError::malformedPolicyDocument(
        QStringLiteral("Invalid principal in policy: \"%1\":\"%2\"").arg(type, value));
}

} // namespace

TrustPolicyBuilder::TrustPolicyBuilder(EntityType type, QStringList principals, QString audience)
    : m_type(type)
    , m_principals(std::move(principals))
    , m_audience(std::move(audience))
{}

TrustPolicyBuilder TrustPolicyBuilder::forServices(const QStringList& servicePrincipals)
{
    QStringList services;
    for (const QString& service : servicePrincipals)
        if (!service.trimmed().isEmpty() && !services.contains(service.trimmed()))
            services << service.trimmed();
    return TrustPolicyBuilder(EntityType::AwsService, services);
}

TrustPolicyBuilder TrustPolicyBuilder::forAccount(const QString& accountId)
{
    return TrustPolicyBuilder(EntityType::AwsAccount, {accountId.trimmed()});
}

TrustPolicyBuilder TrustPolicyBuilder::forWebIdentity(const QString& provider,
                                                      const QString& audience)
{
    return TrustPolicyBuilder(EntityType::WebIdentity, {provider.trimmed()}, audience.trimmed());
}

TrustPolicyBuilder TrustPolicyBuilder::forSaml(const QString& providerArn, const QString& audience)
{
    return TrustPolicyBuilder(EntityType::Saml, {providerArn.trimmed()}, audience.trimmed());
}

TrustPolicyBuilder& TrustPolicyBuilder::requireExternalId(const QString& externalId)
{
    m_externalId = externalId;
    return *this;
}

TrustPolicyBuilder& TrustPolicyBuilder::requireMfa(bool required)
{
    m_mfa = required;
    return *this;
}

QStringList TrustPolicyBuilder::commonServicePrincipals()
{
    return {QStringLiteral("ec2.amazonaws.com"),
            QStringLiteral("lambda.amazonaws.com"),
            QStringLiteral("ecs-tasks.amazonaws.com"),
            QStringLiteral("eks.amazonaws.com"),
            QStringLiteral("apigateway.amazonaws.com"),
            QStringLiteral("states.amazonaws.com"),
            QStringLiteral("events.amazonaws.com"),
            QStringLiteral("codebuild.amazonaws.com"),
            QStringLiteral("codepipeline.amazonaws.com"),
            QStringLiteral("cloudformation.amazonaws.com"),
            QStringLiteral("glue.amazonaws.com"),
            QStringLiteral("sagemaker.amazonaws.com"),
            QStringLiteral("firehose.amazonaws.com"),
            QStringLiteral("s3.amazonaws.com"),
            QStringLiteral("sns.amazonaws.com"),
            QStringLiteral("elasticmapreduce.amazonaws.com")};
}

QStringList TrustPolicyBuilder::webIdentityProviders()
{
    return {QStringLiteral("cognito-identity.amazonaws.com"), QStringLiteral("accounts.google.com"),
            QStringLiteral("www.amazon.com"), QStringLiteral("graph.facebook.com")};
}

QString TrustPolicyBuilder::audienceConditionKey(const QString& provider)
{
    QString host = provider;
    if (const auto arn = providerArn(provider, oidcProviderType))
        host = arn->resource().mid(oidcProviderType.size());
    // Login with Amazon and Facebook name the application, not an audience.
    const bool appId =
        host == QLatin1String("www.amazon.com") || host == QLatin1String("graph.facebook.com");
    return host + (appId ? QStringLiteral(":app_id") : QStringLiteral(":aud"));
}

QString TrustPolicyBuilder::action() const
{
    switch (m_type) {
    case EntityType::AwsService:
    case EntityType::AwsAccount:
        return QStringLiteral("sts:AssumeRole");
    case EntityType::WebIdentity:
        return QStringLiteral("sts:AssumeRoleWithWebIdentity");
    case EntityType::Saml:
        return QStringLiteral("sts:AssumeRoleWithSAML");
    }
    return {};
}

QJsonObject TrustPolicyBuilder::principal() const
{
    switch (m_type) {
    case EntityType::AwsService:
        return {{QStringLiteral("Service"), oneOrMany(m_principals)}};
    case EntityType::AwsAccount:
        return {{QStringLiteral("AWS"), Arn::root(m_principals.value(0)).toString()}};
    case EntityType::WebIdentity:
    case EntityType::Saml:
        return {{QStringLiteral("Federated"), m_principals.value(0)}};
    }
    return {};
}

QJsonObject TrustPolicyBuilder::condition() const
{
    QJsonObject condition;
    QJsonObject stringEquals;
    if (m_type == EntityType::AwsAccount && !m_externalId.isEmpty())
        stringEquals.insert(QStringLiteral("sts:ExternalId"), m_externalId);
    if (m_type == EntityType::WebIdentity && !m_audience.isEmpty())
        stringEquals.insert(audienceConditionKey(m_principals.value(0)), m_audience);
    if (m_type == EntityType::Saml && !m_audience.isEmpty())
        stringEquals.insert(QStringLiteral("SAML:aud"), m_audience);
    if (!stringEquals.isEmpty())
        condition.insert(QStringLiteral("StringEquals"), stringEquals);
    if (m_type == EntityType::AwsAccount && m_mfa)
        condition.insert(
            QStringLiteral("Bool"),
            QJsonObject{{QStringLiteral("aws:MultiFactorAuthPresent"), QStringLiteral("true")}});
    return condition;
}

QJsonObject TrustPolicyBuilder::toJson() const
{
    QJsonObject statement{{QStringLiteral("Effect"), QStringLiteral("Allow")},
                          {QStringLiteral("Principal"), principal()},
                          {QStringLiteral("Action"), action()}};
    if (const QJsonObject c = condition(); !c.isEmpty())
        statement.insert(QStringLiteral("Condition"), c);
    return {{QStringLiteral("Version"), PolicyDocument::Version2012},
            {QStringLiteral("Statement"), QJsonArray{statement}}};
}

QString TrustPolicyBuilder::toText() const
{
    return PolicyDocumentFormatter::format(toJson());
}

QList<TrustPolicyBuilder::Problem> TrustPolicyBuilder::problems() const
{
    QList<Problem> out;
    switch (m_type) {
    case EntityType::AwsService:
        checkServices(out);
        break;
    case EntityType::AwsAccount:
        checkAccount(out);
        break;
    case EntityType::WebIdentity:
    case EntityType::Saml:
        checkProvider(out);
        break;
    }
    return out;
}

void TrustPolicyBuilder::checkServices(QList<Problem>& out) const
{
    if (m_principals.isEmpty())
        out.append({Field::Services, IamError::constraintViolation(
                                         {}, QStringLiteral("service"),
                                         QStringLiteral("name at least one service principal"))});
    for (const QString& service : m_principals)
        if (!isServicePrincipal(service))
            out.append({Field::Services, invalidPrincipal(QStringLiteral("SERVICE"), service)});
}

void TrustPolicyBuilder::checkAccount(QList<Problem>& out) const
{
    if (auto r = NameRules::validateAccountId(m_principals.value(0)); !r)
        out.append({Field::Account, r.error()});
    if (!m_externalId.isEmpty())
        if (auto r = StsService::checkExternalId(m_externalId); !r)
            out.append({Field::ExternalId, r.error()});
}

void TrustPolicyBuilder::checkProvider(QList<Problem>& out) const
{
    const QString provider = m_principals.value(0);
    const bool saml = m_type == EntityType::Saml;
    const bool known = saml ? providerArn(provider, samlProviderType).has_value()
                            : providerArn(provider, oidcProviderType).has_value() ||
                                  webIdentityProviders().contains(provider);
    if (!known)
        out.append({Field::Provider,
                    saml ? IamError::constraintViolation(
                               provider, QStringLiteral("samlProvider"),
                               QStringLiteral("be the ARN of a SAML provider "
                                              "(arn:aws:iam::<account>:saml-provider/<name>)"))
                         : IamError::constraintViolation(
                               provider, QStringLiteral("identityProvider"),
                               QStringLiteral("be a known identity provider or the ARN of an "
                                              "OIDC provider "
                                              "(arn:aws:iam::<account>:oidc-provider/<host>)"))});
    if (m_audience.isEmpty())
        out.append(
            {Field::Audience, IamError::constraintViolation({}, QStringLiteral("audience"),
                                                            QStringLiteral("not be empty"))});
}
