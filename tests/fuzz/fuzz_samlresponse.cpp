// A fuzz target for the SAML Response verifier. An input that starts with
// '<' is a whole document, as anybody may post one: it never verifies (it
// cannot carry a signature by this process's fresh key). Any other input is a
// list of edits (two bytes of position, one byte of value) to a Response the
// key really signed: an edited Response that still verifies must say exactly
// what the signed one said, so no edit changes what is asserted unnoticed.
#include "saml/samlassertion.h"
#include "saml/samlresponsesigner.h"
#include "saml/samlresponseverifier.h"
#include "saml/samlsigningkey.h"

#include <cstdint>
#include <cstdlib>

namespace {
struct SignedResponse
{
    QByteArray xml;
    QList<QByteArray> certificates;
    SamlAssertion assertion; // as the verifier reads the unedited Response
};

SamlAssertion sampleAssertion(const QDateTime& now)
{
    SamlAssertion assertion;
    assertion.issuer = QStringLiteral("urn:switchboard:saml:111122223333:FuzzIdP");
    assertion.subject = QStringLiteral("maria");
    assertion.issueInstant = now;
    assertion.audiences = {SamlAssertion::AwsSignInUrl};
    assertion.recipient = SamlAssertion::AwsSignInUrl;
    assertion.subjectNotOnOrAfter = now.addSecs(300);
    assertion.notBefore = now.addSecs(-60);
    assertion.notOnOrAfter = now.addSecs(300);
    assertion.roles = {QStringLiteral("arn:aws:iam::111122223333:role/FederatedReadOnly,"
                                      "arn:aws:iam::111122223333:saml-provider/FuzzIdP")};
    assertion.roleSessionName = QStringLiteral("maria");
    assertion.sessionDuration = 3600;
    return assertion;
}

const SignedResponse& signedResponse()
{
    static const SignedResponse response = [] {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto key = SamlSigningKey::generate(QStringLiteral("FuzzIdP"), now.addDays(-1));
        if (!key)
            std::abort();
        const auto xml = SamlResponseSigner::sign(sampleAssertion(now), key.value());
        if (!xml)
            std::abort();
        const QList<QByteArray> certificates{key->certificateDer()};
        const auto read = SamlResponseVerifier::verify(xml.value(), certificates);
        if (!read)
            std::abort(); // the verifier must accept what the signer made
        return SignedResponse{xml.value(), certificates, read.value()};
    }();
    return response;
}

// What the signature covers (the Response around the Assertion, its ID
// included, is not signed).
bool sameClaims(const SamlAssertion& a, const SamlAssertion& b)
{
    return a.assertionId == b.assertionId && a.issuer == b.issuer && a.subject == b.subject &&
           a.subjectFormat == b.subjectFormat && a.issueInstant == b.issueInstant &&
           a.audiences == b.audiences && a.recipient == b.recipient &&
           a.subjectNotOnOrAfter == b.subjectNotOnOrAfter && a.notBefore == b.notBefore &&
           a.notOnOrAfter == b.notOnOrAfter && a.roles == b.roles &&
           a.roleSessionName == b.roleSessionName && a.sessionDuration == b.sessionDuration;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const SignedResponse& original = signedResponse();
    if (size > 0 && data[0] == '<') {
        const QByteArrayView document(reinterpret_cast<const char*>(data), qsizetype(size));
        if (SamlResponseVerifier::verify(document, original.certificates).ok())
            std::abort();
        return 0;
    }
    QByteArray edited = original.xml;
    for (size_t i = 0; i + 2 < size; i += 3) {
        const qsizetype position = ((qsizetype(data[i]) << 8) | data[i + 1]) % edited.size();
        edited[position] = char(data[i + 2]);
    }
    const auto verified = SamlResponseVerifier::verify(edited, original.certificates);
    if (verified && !sameClaims(verified.value(), original.assertion))
        std::abort();
    if (!verified && verified.error().code().isEmpty())
        std::abort();
    return 0;
}
