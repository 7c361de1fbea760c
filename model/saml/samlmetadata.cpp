#include "saml/samlmetadata.h"

#include "saml/samlxmldocument.h"

#include <QRegularExpression>
#include <QXmlStreamWriter>

namespace {

using Xml = SamlXmlDocument;

// IAM's answer to metadata it cannot use.
IamError invalidMetadata()
{
    return IamError::invalidInput(
        QStringLiteral("Could not parse metadata: the document is not a SAML 2.0 identity "
                       "provider's metadata with a signing certificate."));
}

xmlNodePtr entityDescriptor(xmlNodePtr root)
{
    if (Xml::is(root, Xml::MetadataNamespace, "EntityDescriptor"))
        return root;
    if (Xml::is(root, Xml::MetadataNamespace, "EntitiesDescriptor"))
        return Xml::child(root, Xml::MetadataNamespace, "EntityDescriptor");
    return nullptr;
}

QByteArray base64Text(const QString& text)
{
    QString compact = text;
    compact.remove(QRegularExpression(QStringLiteral("\\s")));
    const auto decoded =
        QByteArray::fromBase64Encoding(compact.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

} // namespace

Result<SamlMetadata> SamlMetadata::parse(const QByteArray& document)
{
    if (document.size() < MinSize || document.size() > MaxSize)
        return IamError::constraintViolation(
            QStringLiteral("%1 characters").arg(document.size()),
            QStringLiteral("sAMLMetadataDocument"),
            QStringLiteral("have length between %1 and %2").arg(MinSize).arg(MaxSize));
    auto parsed = Xml::parse(document, invalidMetadata());
    if (!parsed)
        return parsed.error();
    const xmlNodePtr entity = entityDescriptor(parsed->root());
    const xmlNodePtr idp = Xml::child(entity, Xml::MetadataNamespace, "IDPSSODescriptor");
    if (!entity || !idp)
        return invalidMetadata();

    SamlMetadata metadata;
    metadata.m_entityId = Xml::attribute(entity, "entityID").trimmed();
    if (metadata.m_entityId.isEmpty())
        return invalidMetadata();
    if (const QString until = Xml::attribute(entity, "validUntil"); !until.isEmpty())
        metadata.m_validUntil = QDateTime::fromString(until, Qt::ISODateWithMs).toUTC();
    for (xmlNodePtr key : Xml::children(idp, Xml::MetadataNamespace, "KeyDescriptor")) {
        const QString use = Xml::attribute(key, "use");
        if (!use.isEmpty() && use != QLatin1String("signing"))
            continue;
        const xmlNodePtr keyInfo = Xml::child(key, Xml::DsigNamespace, "KeyInfo");
        for (xmlNodePtr data : Xml::children(keyInfo, Xml::DsigNamespace, "X509Data"))
            for (xmlNodePtr cert : Xml::children(data, Xml::DsigNamespace, "X509Certificate")) {
                auto certificate = SamlCertificate::fromDer(base64Text(Xml::text(cert)));
                if (!certificate)
                    return certificate.error();
                metadata.m_certificates.append(std::move(certificate).value());
            }
    }
    if (metadata.m_certificates.isEmpty())
        return invalidMetadata();
    return metadata;
}

QDateTime SamlMetadata::validUntil() const
{
    if (m_validUntil.isValid())
        return m_validUntil;
    QDateTime earliest;
    for (const SamlCertificate& certificate : m_certificates)
        if (!earliest.isValid() || certificate.notAfter() < earliest)
            earliest = certificate.notAfter();
    return earliest;
}

QList<QByteArray> SamlMetadata::certificateDers() const
{
    QList<QByteArray> ders;
    for (const SamlCertificate& certificate : m_certificates)
        ders.append(certificate.der());
    return ders;
}

QByteArray SamlMetadata::build(const QString& entityId, const QByteArray& certificateDer,
                               const QString& singleSignOnUrl)
{
    const QString md = QString::fromLatin1(Xml::MetadataNamespace);
    const QString ds = QString::fromLatin1(Xml::DsigNamespace);
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeNamespace(md, QStringLiteral("md"));
    w.writeNamespace(ds, QStringLiteral("ds"));
    w.writeStartElement(md, QStringLiteral("EntityDescriptor"));
    w.writeAttribute(QStringLiteral("entityID"), entityId);
    w.writeStartElement(md, QStringLiteral("IDPSSODescriptor"));
    w.writeAttribute(QStringLiteral("WantAuthnRequestsSigned"), QStringLiteral("false"));
    w.writeAttribute(QStringLiteral("protocolSupportEnumeration"),
                     QString::fromLatin1(Xml::SamlpNamespace));
    w.writeStartElement(md, QStringLiteral("KeyDescriptor"));
    w.writeAttribute(QStringLiteral("use"), QStringLiteral("signing"));
    w.writeStartElement(ds, QStringLiteral("KeyInfo"));
    w.writeStartElement(ds, QStringLiteral("X509Data"));
    w.writeTextElement(ds, QStringLiteral("X509Certificate"),
                       QString::fromLatin1(certificateDer.toBase64()));
    w.writeEndElement(); // X509Data
    w.writeEndElement(); // KeyInfo
    w.writeEndElement(); // KeyDescriptor
    w.writeTextElement(md, QStringLiteral("NameIDFormat"),
                       QStringLiteral("urn:oasis:names:tc:SAML:2.0:nameid-format:persistent"));
    w.writeEmptyElement(md, QStringLiteral("SingleSignOnService"));
    w.writeAttribute(QStringLiteral("Binding"),
                     QStringLiteral("urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"));
    w.writeAttribute(QStringLiteral("Location"), singleSignOnUrl);
    w.writeEndElement(); // IDPSSODescriptor
    w.writeEndElement(); // EntityDescriptor
    w.writeEndDocument();
    return out;
}
