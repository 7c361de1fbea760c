#pragma once

#include "iam/result.h"
#include "saml/samlassertion.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// Reads a SAML 2.0 Response and verifies its XML signature against an
// identity provider's certificates, and nothing else: no other key (a
// certificate in KeyInfo must be one of them), no signature wrapping (the
// signed element is the Response or its one Assertion, found by its unique
// ID, and the only reference points at it), no DTD or entities. The
// content comes only from what the signature covers.
//
// Stateless: verify() needs nothing but its arguments (a fuzz target calls
// it as it is). Time, audience and role are SamlAssertionRules' part.
class SamlResponseVerifier
{
public:
    // responseXml: the decoded Response. certificatesDer: the provider's
    // signing certificates. InvalidIdentityToken on any failure.
    static Result<SamlAssertion> verify(QByteArrayView responseXml,
                                        const QList<QByteArray>& certificatesDer);
    // The base64 SAMLAssertion parameter decoded (whitespace allowed);
    // InvalidIdentityToken when it is not base64.
    static Result<QByteArray> decodeBase64(QByteArrayView encoded);
};
