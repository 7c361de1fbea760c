#include "saml/samlassertionrules.h"

#include <algorithm>
#include <optional>
#include <utility>

namespace {

IamError invalidToken(const QString& message)
{
    return IamError(QStringLiteral("InvalidIdentityToken"), message, 400);
}

IamError expired()
{
    return IamError(QStringLiteral("ExpiredTokenException"), QStringLiteral("Response is expired"),
                    400);
}

bool isAwsAudience(const QString& audience)
{
    return audience == SamlAssertion::AwsSignInUrl ||
           audience == QLatin1String("urn:amazon:webservices");
}

std::optional<std::pair<QString, QString>> splitPair(const QString& value)
{
    const QStringList parts = value.split(QLatin1Char(','));
    if (parts.size() != 2)
        return std::nullopt;
    return std::make_pair(parts.at(0).trimmed(), parts.at(1).trimmed());
}

bool isProviderArn(const QString& arn)
{
    return arn.contains(QLatin1String(":saml-provider/"));
}

Result<void> checkTimes(const SamlAssertion& a, const QDateTime& now)
{
    const QDateTime early = now.addSecs(SamlAssertionRules::ClockSkewSeconds);
    const QDateTime late = now.addSecs(-SamlAssertionRules::ClockSkewSeconds);
    // A bearer assertion without an end is refused: it could be replayed forever.
    if (!a.notOnOrAfter.isValid() && !a.subjectNotOnOrAfter.isValid())
        return invalidToken(QStringLiteral("Invalid SAML response: NotOnOrAfter is missing"));
    if (a.notBefore.isValid() && early < a.notBefore)
        return invalidToken(QStringLiteral("Response is not yet valid"));
    if (a.issueInstant.isValid() && early < a.issueInstant)
        return invalidToken(QStringLiteral("Response is not yet valid"));
    if (a.notOnOrAfter.isValid() && late >= a.notOnOrAfter)
        return expired();
    if (a.subjectNotOnOrAfter.isValid() && late >= a.subjectNotOnOrAfter)
        return expired();
    return {};
}

} // namespace

bool SamlAssertionRules::isRolePair(const QString& value, const QString& principalArn,
                                    const QString& roleArn)
{
    const auto pair = splitPair(value);
    return pair && ((pair->first == roleArn && pair->second == principalArn) ||
                    (pair->first == principalArn && pair->second == roleArn));
}

QStringList SamlAssertionRules::rolesFor(const SamlAssertion& assertion,
                                         const QString& principalArn)
{
    QStringList roles;
    for (const QString& value : assertion.roles) {
        const auto pair = splitPair(value);
        if (!pair)
            continue;
        if (pair->second == principalArn && !isProviderArn(pair->first))
            roles.append(pair->first);
        else if (pair->first == principalArn && !isProviderArn(pair->second))
            roles.append(pair->second);
    }
    return roles;
}

Result<void> SamlAssertionRules::check(const SamlAssertion& a, const QString& providerEntityId,
                                       const QString& principalArn, const QString& roleArn,
                                       const QDateTime& now)
{
    if (a.issuer != providerEntityId)
        return invalidToken(
            QStringLiteral("Issuer of the SAML response does not match the provider's metadata"));
    if (a.audiences.isEmpty() ||
        !std::any_of(a.audiences.cbegin(), a.audiences.cend(), isAwsAudience))
        return invalidToken(QStringLiteral("Audience restriction condition not satisfied"));
    if (!a.recipient.isEmpty() && a.recipient != SamlAssertion::AwsSignInUrl)
        return invalidToken(QStringLiteral("Invalid SAML response: wrong Recipient"));
    if (auto times = checkTimes(a, now); !times)
        return times;
    if (!std::any_of(a.roles.cbegin(), a.roles.cend(), [&](const QString& value) {
            return isRolePair(value, principalArn, roleArn);
        }))
        return IamError::accessDenied(
            QStringLiteral("Not authorized to perform sts:AssumeRoleWithSAML"));
    if (a.roleSessionName.isEmpty())
        return invalidToken(QStringLiteral("RoleSessionName is required in AuthnResponse"));
    if (a.sessionDuration &&
        (*a.sessionDuration < SessionDurationMin || *a.sessionDuration > SessionDurationMax))
        return invalidToken(QStringLiteral("SessionDuration in AuthnResponse must be between "
                                           "%1 and %2 seconds")
                                .arg(SessionDurationMin)
                                .arg(SessionDurationMax));
    return {};
}
