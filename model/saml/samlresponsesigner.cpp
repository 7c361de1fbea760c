#include "saml/samlresponsesigner.h"

#include "crypto/random.h"
#include "saml/samlsigningkey.h"
#include "saml/samlxmldocument.h"

#include <QXmlStreamWriter>

#include <xmlsec/crypto.h>
#include <xmlsec/templates.h>
#include <xmlsec/xmldsig.h>
#include <xmlsec/xmltree.h>

#include <memory>

namespace {

using Xml = SamlXmlDocument;

IamError signFailure(const QString& what)
{
    return IamError::serviceFailure(
        QStringLiteral("The SAML response cannot be signed: %1.").arg(what));
}

QString samlTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString newId()
{
    // An NCName: a letter first, then hex.
    return QStringLiteral("_") + QString::fromLatin1(Random::bytes(20).toHex());
}

void writeAttribute(QXmlStreamWriter& w, const QString& ns, const QString& name,
                    const QStringList& values)
{
    w.writeStartElement(ns, QStringLiteral("Attribute"));
    w.writeAttribute(QStringLiteral("Name"), name);
    w.writeAttribute(QStringLiteral("NameFormat"),
                     QStringLiteral("urn:oasis:names:tc:SAML:2.0:attrname-format:uri"));
    for (const QString& value : values)
        w.writeTextElement(ns, QStringLiteral("AttributeValue"), value);
    w.writeEndElement();
}

void writeAssertion(QXmlStreamWriter& w, const SamlAssertion& a, const QString& assertionId)
{
    const QString saml = QString::fromLatin1(Xml::SamlNamespace);
    w.writeStartElement(saml, QStringLiteral("Assertion"));
    w.writeAttribute(QStringLiteral("ID"), assertionId);
    w.writeAttribute(QStringLiteral("Version"), QStringLiteral("2.0"));
    w.writeAttribute(QStringLiteral("IssueInstant"), samlTime(a.issueInstant));
    w.writeTextElement(saml, QStringLiteral("Issuer"), a.issuer);

    w.writeStartElement(saml, QStringLiteral("Subject"));
    w.writeStartElement(saml, QStringLiteral("NameID"));
    w.writeAttribute(QStringLiteral("Format"),
                     a.subjectFormat.isEmpty()
                         ? QStringLiteral("urn:oasis:names:tc:SAML:2.0:nameid-format:persistent")
                         : a.subjectFormat);
    w.writeCharacters(a.subject);
    w.writeEndElement();
    w.writeStartElement(saml, QStringLiteral("SubjectConfirmation"));
    w.writeAttribute(QStringLiteral("Method"),
                     QStringLiteral("urn:oasis:names:tc:SAML:2.0:cm:bearer"));
    w.writeEmptyElement(saml, QStringLiteral("SubjectConfirmationData"));
    w.writeAttribute(QStringLiteral("NotOnOrAfter"), samlTime(a.subjectNotOnOrAfter));
    w.writeAttribute(QStringLiteral("Recipient"), a.recipient);
    w.writeEndElement(); // SubjectConfirmation
    w.writeEndElement(); // Subject

    w.writeStartElement(saml, QStringLiteral("Conditions"));
    w.writeAttribute(QStringLiteral("NotBefore"), samlTime(a.notBefore));
    w.writeAttribute(QStringLiteral("NotOnOrAfter"), samlTime(a.notOnOrAfter));
    w.writeStartElement(saml, QStringLiteral("AudienceRestriction"));
    for (const QString& audience : a.audiences)
        w.writeTextElement(saml, QStringLiteral("Audience"), audience);
    w.writeEndElement(); // AudienceRestriction
    w.writeEndElement(); // Conditions

    w.writeStartElement(saml, QStringLiteral("AuthnStatement"));
    w.writeAttribute(QStringLiteral("AuthnInstant"), samlTime(a.issueInstant));
    w.writeAttribute(QStringLiteral("SessionIndex"), assertionId);
    if (a.sessionNotOnOrAfter.isValid())
        w.writeAttribute(QStringLiteral("SessionNotOnOrAfter"), samlTime(a.sessionNotOnOrAfter));
    w.writeStartElement(saml, QStringLiteral("AuthnContext"));
    w.writeTextElement(saml, QStringLiteral("AuthnContextClassRef"),
                       QStringLiteral("urn:oasis:names:tc:SAML:2.0:ac:classes:"
                                      "PasswordProtectedTransport"));
    w.writeEndElement(); // AuthnContext
    w.writeEndElement(); // AuthnStatement

    w.writeStartElement(saml, QStringLiteral("AttributeStatement"));
    writeAttribute(w, saml, SamlAssertion::RoleAttribute, a.roles);
    if (!a.roleSessionName.isEmpty())
        writeAttribute(w, saml, SamlAssertion::RoleSessionNameAttribute, {a.roleSessionName});
    if (a.sessionDuration)
        writeAttribute(w, saml, SamlAssertion::SessionDurationAttribute,
                       {QString::number(*a.sessionDuration)});
    for (const Tag& tag : a.principalTags)
        writeAttribute(w, saml, SamlAssertion::PrincipalTagAttributePrefix + tag.key, {tag.value});
    if (!a.transitiveTagKeys.isEmpty())
        writeAttribute(w, saml, SamlAssertion::TransitiveTagKeysAttribute, a.transitiveTagKeys);
    w.writeEndElement(); // AttributeStatement
    w.writeEndElement(); // Assertion
}

struct DSigContextDeleter
{
    void operator()(xmlSecDSigCtx* ctx) const { xmlSecDSigCtxDestroy(ctx); }
};

// The signature template, after the assertion's Issuer as SAML's schema wants it.
xmlNodePtr addSignatureTemplate(xmlDocPtr doc, xmlNodePtr assertion, const QString& assertionId)
{
    xmlNodePtr signature =
        xmlSecTmplSignatureCreateNsPref(doc, xmlSecTransformExclC14NId, xmlSecTransformRsaSha256Id,
                                        nullptr, reinterpret_cast<const xmlChar*>("ds"));
    if (!signature)
        return nullptr;
    const QByteArray uri = QByteArrayLiteral("#") + assertionId.toUtf8();
    xmlNodePtr reference =
        xmlSecTmplSignatureAddReference(signature, xmlSecTransformSha256Id, nullptr,
                                        reinterpret_cast<const xmlChar*>(uri.constData()), nullptr);
    xmlNodePtr keyInfo = xmlSecTmplSignatureEnsureKeyInfo(signature, nullptr);
    xmlNodePtr x509 = keyInfo ? xmlSecTmplKeyInfoAddX509Data(keyInfo) : nullptr;
    if (!reference || !x509 ||
        !xmlSecTmplReferenceAddTransform(reference, xmlSecTransformEnvelopedId) ||
        !xmlSecTmplReferenceAddTransform(reference, xmlSecTransformExclC14NId) ||
        !xmlSecTmplX509DataAddCertificate(x509)) {
        xmlFreeNode(signature);
        return nullptr;
    }
    xmlNodePtr issuer = Xml::child(assertion, Xml::SamlNamespace, "Issuer");
    if (!issuer || !xmlAddNextSibling(issuer, signature)) {
        xmlFreeNode(signature);
        return nullptr;
    }
    return signature;
}

} // namespace

QByteArray SamlResponseSigner::unsignedResponse(const SamlAssertion& a)
{
    const QString samlp = QString::fromLatin1(Xml::SamlpNamespace);
    const QString saml = QString::fromLatin1(Xml::SamlNamespace);
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeNamespace(samlp, QStringLiteral("samlp"));
    w.writeNamespace(saml, QStringLiteral("saml"));
    w.writeStartElement(samlp, QStringLiteral("Response"));
    w.writeAttribute(QStringLiteral("ID"), a.responseId.isEmpty() ? newId() : a.responseId);
    w.writeAttribute(QStringLiteral("Version"), QStringLiteral("2.0"));
    w.writeAttribute(QStringLiteral("IssueInstant"), samlTime(a.issueInstant));
    w.writeAttribute(QStringLiteral("Destination"), a.recipient);
    w.writeTextElement(saml, QStringLiteral("Issuer"), a.issuer);
    w.writeStartElement(samlp, QStringLiteral("Status"));
    w.writeEmptyElement(samlp, QStringLiteral("StatusCode"));
    w.writeAttribute(QStringLiteral("Value"),
                     QStringLiteral("urn:oasis:names:tc:SAML:2.0:status:Success"));
    w.writeEndElement(); // Status
    writeAssertion(w, a, a.assertionId.isEmpty() ? newId() : a.assertionId);
    w.writeEndElement(); // Response
    w.writeEndDocument();
    return out;
}

Result<QByteArray> SamlResponseSigner::sign(const SamlAssertion& a, const SamlSigningKey& key)
{
    auto parsed = Xml::parse(unsignedResponse(a), signFailure(QStringLiteral("invalid XML")));
    if (!parsed)
        return parsed.error();
    xmlDocPtr doc = parsed->get();
    xmlNodePtr assertion = Xml::child(parsed->root(), Xml::SamlNamespace, "Assertion");
    xmlAttrPtr idAttribute = xmlHasProp(assertion, reinterpret_cast<const xmlChar*>("ID"));
    const QString assertionId = Xml::attribute(assertion, "ID");
    const QByteArray idValue = assertionId.toUtf8();
    if (!idAttribute ||
        !xmlAddID(nullptr, doc, reinterpret_cast<const xmlChar*>(idValue.constData()), idAttribute))
        return signFailure(QStringLiteral("the assertion has no usable ID"));
    xmlNodePtr signature = addSignatureTemplate(doc, assertion, assertionId);
    if (!signature)
        return signFailure(QStringLiteral("no signature template"));

    std::unique_ptr<xmlSecDSigCtx, DSigContextDeleter> ctx(xmlSecDSigCtxCreate(nullptr));
    if (!ctx)
        return signFailure(QStringLiteral("no signature context"));
    const SecureBytes& pem = key.privateKeyPem();
    ctx->signKey = xmlSecCryptoAppKeyLoadMemory(pem.bytes(), static_cast<xmlSecSize>(pem.size()),
                                                xmlSecKeyDataFormatPem, nullptr, nullptr, nullptr);
    if (!ctx->signKey ||
        xmlSecCryptoAppKeyCertLoadMemory(
            ctx->signKey, reinterpret_cast<const xmlSecByte*>(key.certificateDer().constData()),
            static_cast<xmlSecSize>(key.certificateDer().size()), xmlSecKeyDataFormatDer) < 0)
        return signFailure(QStringLiteral("the key cannot be loaded"));
    if (xmlSecDSigCtxSign(ctx.get(), signature) < 0)
        return signFailure(QStringLiteral("signing failed"));
    return parsed->toByteArray();
}
