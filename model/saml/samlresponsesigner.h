#pragma once

#include "iam/result.h"
#include "saml/samlassertion.h"

#include <QByteArray>

class SamlSigningKey;

// Writes a SAML 2.0 Response holding one Assertion and signs the assertion
// as identity providers do for AWS: an enveloped XML-DSig signature after
// its Issuer, exclusive canonicalization, RSA-SHA256 over a SHA-256 digest,
// the certificate in KeyInfo. Empty ids are made up.
class SamlResponseSigner
{
public:
    static Result<QByteArray> sign(const SamlAssertion& assertion, const SamlSigningKey& key);
    // The XML before signing (what sign() signs), for tests that build odd messages.
    static QByteArray unsignedResponse(const SamlAssertion& assertion);
};
