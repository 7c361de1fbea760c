#pragma once

#include "iam/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <libxml/tree.h>

// A libxml2 document parsed for security work (SAML only, inside model/saml):
// no DTD, no entities, no network, no XInclude, size-limited; plus the few
// lookups the SAML code needs, all namespace-aware. Owns the document.
class SamlXmlDocument
{
public:
    static inline const char* const SamlpNamespace = "urn:oasis:names:tc:SAML:2.0:protocol";
    static inline const char* const SamlNamespace = "urn:oasis:names:tc:SAML:2.0:assertion";
    static inline const char* const MetadataNamespace = "urn:oasis:names:tc:SAML:2.0:metadata";
    static inline const char* const DsigNamespace = "http://www.w3.org/2000/09/xmldsig#";
    static constexpr qsizetype MaxSize = 10'000'000;

    SamlXmlDocument() = default;
    ~SamlXmlDocument();
    SamlXmlDocument(SamlXmlDocument&& other) noexcept;
    SamlXmlDocument& operator=(SamlXmlDocument&& other) noexcept;
    SamlXmlDocument(const SamlXmlDocument&) = delete;
    SamlXmlDocument& operator=(const SamlXmlDocument&) = delete;

    // invalid: the error to give when the bytes are not such a document.
    static Result<SamlXmlDocument> parse(QByteArrayView xml, const IamError& invalid);

    xmlDocPtr get() const { return m_doc; }
    xmlNodePtr root() const;
    // The serialized document (UTF-8, no reformatting: signatures stay valid).
    QByteArray toByteArray() const;

    static bool is(const xmlNode* node, const char* ns, const char* name);
    static QList<xmlNodePtr> children(const xmlNode* node, const char* ns, const char* name);
    static xmlNodePtr child(const xmlNode* node, const char* ns, const char* name);
    // Every element of that name below node (node included).
    static QList<xmlNodePtr> descendants(xmlNodePtr node, const char* ns, const char* name);
    static QString attribute(const xmlNode* node, const char* name);
    static bool hasAttribute(const xmlNode* node, const char* name);
    static QString text(const xmlNode* node);

private:
    explicit SamlXmlDocument(xmlDocPtr doc)
        : m_doc(doc)
    {}
    xmlDocPtr m_doc = nullptr;
};
