#pragma once

#include "iam/result.h"
#include "saml/samlassertion.h"

#include <QDateTime>

// What AWS checks of a verified assertion before AssumeRoleWithSAML issues
// anything: the issuer is the provider's entity id, the audience (and the
// recipient, when named) is AWS's sign-in endpoint, now is inside every time
// window (with a small clock skew), and the Role attribute holds the
// requested role and provider as one pair. Pure: the caller gives now.
class SamlAssertionRules
{
public:
    static constexpr int ClockSkewSeconds = 60;
    static constexpr int SessionDurationMin = 900;
    static constexpr int SessionDurationMax = 43200;

    static Result<void> check(const SamlAssertion& assertion, const QString& providerEntityId,
                              const QString& principalArn, const QString& roleArn,
                              const QDateTime& now);
    // Whether "a,b" names exactly roleArn and principalArn (either order).
    static bool isRolePair(const QString& value, const QString& principalArn,
                           const QString& roleArn);
    // The pairs of the Role attribute that name principalArn: the role ARNs.
    static QStringList rolesFor(const SamlAssertion& assertion, const QString& principalArn);
};
