#pragma once

#include <QList>
#include <QString>

struct TrustedPrincipal
{
    QString type;  // "AWS", "Service", "Federated", "CanonicalUser" or "*"
    QString value; // an ARN, account id, service or provider; "*" for everyone
    bool operator==(const TrustedPrincipal&) const = default;
};

// Who a role's trust policy lets assume it, as the console's "Trust
// relationships" tab lists them: the Principal elements of its Allow
// statements, as the policy engine parses them. (The engine decides; this
// only lists.)
class TrustedPrincipals
{
public:
    static QList<TrustedPrincipal> fromTrustPolicy(const QString& trustPolicyJson);
};
