#include "saml/samlresponseverifier.h"

#include "saml/samlxmldocument.h"

#include <QRegularExpression>

#include <xmlsec/crypto.h>
#include <xmlsec/list.h>
#include <xmlsec/xmldsig.h>

#include <memory>

namespace {

using Xml = SamlXmlDocument;

IamError invalidToken(const QString& message)
{
    return IamError(QStringLiteral("InvalidIdentityToken"), message, 400);
}

IamError invalidResponse()
{
    return invalidToken(QStringLiteral("Invalid SAML response"));
}

IamError invalidSignature()
{
    return invalidToken(QStringLiteral("Response signature invalid"));
}

const xmlChar* xml(const char* text)
{
    return reinterpret_cast<const xmlChar*>(text);
}

struct DSigContextDeleter
{
    void operator()(xmlSecDSigCtx* ctx) const { xmlSecDSigCtxDestroy(ctx); }
};

QDateTime samlTime(const xmlNode* node, const char* name)
{
    const QString text = Xml::attribute(node, name);
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QByteArray compactBase64(const QString& text)
{
    QString compact = text;
    compact.remove(QRegularExpression(QStringLiteral("\\s")));
    return compact.toLatin1();
}

// Registers the element's ID attribute as an XML ID; refused when it has
// none or another element holds the same ID (a wrapping attempt).
bool registerId(xmlDocPtr doc, xmlNodePtr element)
{
    xmlAttrPtr attribute = xmlHasNsProp(element, xml("ID"), nullptr);
    const QByteArray id = Xml::attribute(element, "ID").toUtf8();
    if (!attribute || id.isEmpty())
        return false;
    if (xmlAttrPtr existing = xmlGetID(doc, xml(id.constData())))
        return existing == attribute;
    return xmlAddID(nullptr, doc, xml(id.constData()), attribute) != nullptr;
}

// The certificate a signature's KeyInfo names, if any (empty when none).
Result<QByteArray> keyInfoCertificate(xmlNodePtr signature)
{
    const xmlNodePtr keyInfo = Xml::child(signature, Xml::DsigNamespace, "KeyInfo");
    QList<xmlNodePtr> certificates;
    for (xmlNodePtr data : Xml::children(keyInfo, Xml::DsigNamespace, "X509Data"))
        certificates += Xml::children(data, Xml::DsigNamespace, "X509Certificate");
    if (certificates.isEmpty())
        return QByteArray();
    if (certificates.size() > 1)
        return invalidSignature();
    const auto der = QByteArray::fromBase64Encoding(compactBase64(Xml::text(certificates.first())),
                                                    QByteArray::AbortOnBase64DecodingErrors);
    if (!der || (*der).isEmpty())
        return invalidSignature();
    return *der;
}

// The one Reference of the signature must point at the element it sits in.
bool referencesParent(xmlDocPtr doc, xmlNodePtr signature)
{
    const xmlNodePtr signedInfo = Xml::child(signature, Xml::DsigNamespace, "SignedInfo");
    const QList<xmlNodePtr> references = Xml::children(signedInfo, Xml::DsigNamespace, "Reference");
    if (references.size() != 1)
        return false;
    const QString id = Xml::attribute(signature->parent, "ID");
    if (Xml::attribute(references.first(), "URI") != QLatin1Char('#') + id)
        return false;
    const QByteArray idBytes = id.toUtf8();
    const xmlAttrPtr target = xmlGetID(doc, xml(idBytes.constData()));
    return target && target->parent == signature->parent;
}

// One try of the signature with one certificate's key and only the
// algorithms AWS's SAML federation expects.
bool verifiesWith(xmlNodePtr signature, const QByteArray& certificateDer)
{
    std::unique_ptr<xmlSecDSigCtx, DSigContextDeleter> ctx(xmlSecDSigCtxCreate(nullptr));
    if (!ctx)
        return false;
    ctx->flags |= XMLSEC_DSIG_FLAGS_STORE_SIGNEDINFO_REFERENCES;
    ctx->enabledReferenceUris = xmlSecTransformUriTypeSameDocument;
    const bool configured =
        xmlSecDSigCtxEnableReferenceTransform(ctx.get(), xmlSecTransformEnvelopedId) >= 0 &&
        xmlSecDSigCtxEnableReferenceTransform(ctx.get(), xmlSecTransformExclC14NId) >= 0 &&
        xmlSecDSigCtxEnableReferenceTransform(ctx.get(), xmlSecTransformSha256Id) >= 0 &&
        xmlSecDSigCtxEnableSignatureTransform(ctx.get(), xmlSecTransformExclC14NId) >= 0 &&
        xmlSecDSigCtxEnableSignatureTransform(ctx.get(), xmlSecTransformRsaSha256Id) >= 0;
    if (!configured)
        return false;
    // With signKey set, xmlsec takes no key from the message's KeyInfo.
    ctx->signKey = xmlSecCryptoAppKeyLoadMemory(
        reinterpret_cast<const xmlSecByte*>(certificateDer.constData()),
        static_cast<xmlSecSize>(certificateDer.size()), xmlSecKeyDataFormatCertDer, nullptr,
        nullptr, nullptr);
    if (!ctx->signKey || xmlSecDSigCtxVerify(ctx.get(), signature) < 0 ||
        ctx->status != xmlSecDSigStatusSucceeded)
        return false;
    if (xmlSecPtrListGetSize(&ctx->signedInfoReferences) != 1)
        return false;
    const auto* reference =
        static_cast<xmlSecDSigReferenceCtxPtr>(xmlSecPtrListGetItem(&ctx->signedInfoReferences, 0));
    return reference && reference->status == xmlSecDSigStatusSucceeded;
}

Result<void> verifySignature(xmlDocPtr doc, xmlNodePtr signature,
                             const QList<QByteArray>& certificatesDer)
{
    if (!referencesParent(doc, signature))
        return invalidSignature();
    const auto named = keyInfoCertificate(signature);
    if (!named)
        return named.error();
    if (!named->isEmpty() && !certificatesDer.contains(*named))
        return invalidSignature(); // a key the provider's metadata does not hold
    for (const QByteArray& der : certificatesDer)
        if ((named->isEmpty() || der == *named) && verifiesWith(signature, der))
            return {};
    return invalidSignature();
}

QStringList attributeValues(xmlNodePtr assertion, const QString& name)
{
    QStringList values;
    const QByteArray wanted = name.toUtf8();
    for (xmlNodePtr statement : Xml::children(assertion, Xml::SamlNamespace, "AttributeStatement"))
        for (xmlNodePtr attribute : Xml::children(statement, Xml::SamlNamespace, "Attribute")) {
            if (Xml::attribute(attribute, "Name") != name)
                continue;
            for (xmlNodePtr value : Xml::children(attribute, Xml::SamlNamespace, "AttributeValue"))
                values.append(Xml::text(value).trimmed());
        }
    return values;
}

// The PrincipalTag:<key> attributes, in document order, each with its first value.
TagList principalTags(xmlNodePtr assertion)
{
    TagList tags;
    const QString& prefix = SamlAssertion::PrincipalTagAttributePrefix;
    for (xmlNodePtr statement : Xml::children(assertion, Xml::SamlNamespace, "AttributeStatement"))
        for (xmlNodePtr attribute : Xml::children(statement, Xml::SamlNamespace, "Attribute")) {
            const QString name = Xml::attribute(attribute, "Name");
            if (!name.startsWith(prefix))
                continue;
            const xmlNodePtr value = Xml::child(attribute, Xml::SamlNamespace, "AttributeValue");
            tags.append({name.mid(prefix.size()), value ? Xml::text(value).trimmed() : QString()});
        }
    return tags;
}

Result<SamlAssertion> readAssertion(xmlNodePtr response, xmlNodePtr assertion)
{
    SamlAssertion a;
    a.responseId = Xml::attribute(response, "ID");
    a.assertionId = Xml::attribute(assertion, "ID");
    a.issueInstant = samlTime(assertion, "IssueInstant");
    a.issuer = Xml::text(Xml::child(assertion, Xml::SamlNamespace, "Issuer")).trimmed();
    const xmlNodePtr subject = Xml::child(assertion, Xml::SamlNamespace, "Subject");
    const xmlNodePtr nameId = Xml::child(subject, Xml::SamlNamespace, "NameID");
    a.subject = Xml::text(nameId).trimmed();
    a.subjectFormat = Xml::attribute(nameId, "Format");
    for (xmlNodePtr confirmation :
         Xml::children(subject, Xml::SamlNamespace, "SubjectConfirmation")) {
        if (Xml::attribute(confirmation, "Method") !=
            QLatin1String("urn:oasis:names:tc:SAML:2.0:cm:bearer"))
            continue;
        const xmlNodePtr data =
            Xml::child(confirmation, Xml::SamlNamespace, "SubjectConfirmationData");
        a.recipient = Xml::attribute(data, "Recipient");
        a.subjectNotOnOrAfter = samlTime(data, "NotOnOrAfter");
        break;
    }
    const xmlNodePtr conditions = Xml::child(assertion, Xml::SamlNamespace, "Conditions");
    a.notBefore = samlTime(conditions, "NotBefore");
    a.notOnOrAfter = samlTime(conditions, "NotOnOrAfter");
    for (xmlNodePtr restriction :
         Xml::children(conditions, Xml::SamlNamespace, "AudienceRestriction"))
        for (xmlNodePtr audience : Xml::children(restriction, Xml::SamlNamespace, "Audience"))
            a.audiences.append(Xml::text(audience).trimmed());
    const xmlNodePtr authn = Xml::child(assertion, Xml::SamlNamespace, "AuthnStatement");
    a.sessionNotOnOrAfter = samlTime(authn, "SessionNotOnOrAfter");
    a.roles = attributeValues(assertion, SamlAssertion::RoleAttribute);
    a.roleSessionName =
        attributeValues(assertion, SamlAssertion::RoleSessionNameAttribute).value(0);
    a.principalTags = principalTags(assertion);
    a.transitiveTagKeys = attributeValues(assertion, SamlAssertion::TransitiveTagKeysAttribute);
    const QStringList durations =
        attributeValues(assertion, SamlAssertion::SessionDurationAttribute);
    if (!durations.isEmpty()) {
        bool ok = false;
        const int seconds = durations.first().toInt(&ok);
        if (!ok)
            return invalidToken(QStringLiteral("SessionDuration is not a number of seconds"));
        a.sessionDuration = seconds;
    }
    if (a.issuer.isEmpty() || a.assertionId.isEmpty())
        return invalidResponse();
    return a;
}

bool succeeded(xmlNodePtr response)
{
    const xmlNodePtr status = Xml::child(response, Xml::SamlpNamespace, "Status");
    const xmlNodePtr code = Xml::child(status, Xml::SamlpNamespace, "StatusCode");
    return Xml::attribute(code, "Value") ==
           QLatin1String("urn:oasis:names:tc:SAML:2.0:status:Success");
}

} // namespace

Result<QByteArray> SamlResponseVerifier::decodeBase64(QByteArrayView encoded)
{
    const auto decoded = QByteArray::fromBase64Encoding(compactBase64(QString::fromLatin1(encoded)),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || (*decoded).isEmpty())
        return invalidToken(QStringLiteral("Invalid base64 SAMLResponse"));
    return *decoded;
}

Result<SamlAssertion> SamlResponseVerifier::verify(QByteArrayView responseXml,
                                                   const QList<QByteArray>& certificatesDer)
{
    auto parsed = Xml::parse(responseXml, invalidResponse());
    if (!parsed)
        return parsed.error();
    xmlDocPtr doc = parsed->get();
    const xmlNodePtr response = parsed->root();
    if (!Xml::is(response, Xml::SamlpNamespace, "Response") || !succeeded(response))
        return invalidResponse();
    // Exactly one assertion, in the clear, a child of the Response: a second
    // one anywhere (an Extensions block, an Object, a wrapper) is refused.
    const QList<xmlNodePtr> assertions =
        Xml::descendants(response, Xml::SamlNamespace, "Assertion");
    if (assertions.size() != 1 || assertions.first()->parent != response ||
        !Xml::descendants(response, Xml::SamlNamespace, "EncryptedAssertion").isEmpty())
        return invalidResponse();
    const xmlNodePtr assertion = assertions.first();
    if (!registerId(doc, response) || !registerId(doc, assertion))
        return invalidResponse();

    // Signatures may sit in the Response or in the Assertion, nowhere else;
    // every one present must verify, and at least one must be there.
    const QList<xmlNodePtr> signatures =
        Xml::descendants(response, Xml::DsigNamespace, "Signature");
    if (signatures.isEmpty())
        return invalidSignature();
    for (xmlNodePtr signature : signatures) {
        if (signature->parent != response && signature->parent != assertion)
            return invalidSignature();
        if (auto verified = verifySignature(doc, signature, certificatesDer); !verified)
            return verified.error();
    }
    // The Response's own issuer, when it names one, must be the assertion's.
    auto read = readAssertion(response, assertion);
    if (!read)
        return read.error();
    const QString responseIssuer =
        Xml::text(Xml::child(response, Xml::SamlNamespace, "Issuer")).trimmed();
    if (!responseIssuer.isEmpty() && responseIssuer != read->issuer)
        return invalidResponse();
    return read;
}
