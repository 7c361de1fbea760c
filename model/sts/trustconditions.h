#pragma once

#include <QString>

// What a role's trust policy asks of a caller beyond being trusted, read from
// the conditions of its Allow statements for sts:AssumeRole; the console's
// pre-flight check uses it to say why a switch would fail before trying.
struct TrustConditions
{
    bool requiresMfa = false;        // aws:MultiFactorAuthPresent / aws:MultiFactorAuthAge
    bool requiresExternalId = false; // sts:ExternalId

    static TrustConditions of(const QString& trustPolicyDocument);
};
