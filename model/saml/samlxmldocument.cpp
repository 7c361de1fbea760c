#include "saml/samlxmldocument.h"

#include "saml/samlxmlsecurity.h"

#include <libxml/parser.h>
#include <libxml/xmlsave.h>

#include <utility>

namespace {

const xmlChar* xml(const char* text)
{
    return reinterpret_cast<const xmlChar*>(text);
}

QString fromXml(const xmlChar* text)
{
    return text ? QString::fromUtf8(reinterpret_cast<const char*>(text)) : QString();
}

} // namespace

SamlXmlDocument::~SamlXmlDocument()
{
    if (m_doc)
        xmlFreeDoc(m_doc);
}

SamlXmlDocument::SamlXmlDocument(SamlXmlDocument&& other) noexcept
    : m_doc(std::exchange(other.m_doc, nullptr))
{}

SamlXmlDocument& SamlXmlDocument::operator=(SamlXmlDocument&& other) noexcept
{
    if (this != &other) {
        if (m_doc)
            xmlFreeDoc(m_doc);
        m_doc = std::exchange(other.m_doc, nullptr);
    }
    return *this;
}

Result<SamlXmlDocument> SamlXmlDocument::parse(QByteArrayView bytes, const IamError& invalid)
{
    if (bytes.isEmpty() || bytes.size() > MaxSize || !SamlXmlSecurity::initialize())
        return invalid;
    // No entity substitution, DTD loading or network: a SAML message has no DTD.
    const int options =
        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
    xmlDocPtr doc = xmlReadMemory(bytes.constData(), int(bytes.size()), nullptr, nullptr, options);
    SamlXmlDocument document(doc);
    if (!doc || doc->intSubset || doc->extSubset || !xmlDocGetRootElement(doc))
        return invalid;
    return document;
}

xmlNodePtr SamlXmlDocument::root() const
{
    return m_doc ? xmlDocGetRootElement(m_doc) : nullptr;
}

QByteArray SamlXmlDocument::toByteArray() const
{
    xmlChar* out = nullptr;
    int size = 0;
    xmlDocDumpMemoryEnc(m_doc, &out, &size, "UTF-8");
    QByteArray result(reinterpret_cast<const char*>(out), size);
    xmlFree(out);
    return result;
}

bool SamlXmlDocument::is(const xmlNode* node, const char* ns, const char* name)
{
    return node && node->type == XML_ELEMENT_NODE && xmlStrEqual(node->name, xml(name)) &&
           node->ns && xmlStrEqual(node->ns->href, xml(ns));
}

QList<xmlNodePtr> SamlXmlDocument::children(const xmlNode* node, const char* ns, const char* name)
{
    QList<xmlNodePtr> found;
    for (xmlNodePtr c = node ? node->children : nullptr; c; c = c->next)
        if (is(c, ns, name))
            found.append(c);
    return found;
}

xmlNodePtr SamlXmlDocument::child(const xmlNode* node, const char* ns, const char* name)
{
    const QList<xmlNodePtr> found = children(node, ns, name);
    return found.isEmpty() ? nullptr : found.first();
}

QList<xmlNodePtr> SamlXmlDocument::descendants(xmlNodePtr node, const char* ns, const char* name)
{
    QList<xmlNodePtr> found;
    // Iterative walk: a hostile document's depth must not exhaust the stack.
    xmlNodePtr at = node;
    while (at) {
        if (is(at, ns, name))
            found.append(at);
        if (at->children && at->type == XML_ELEMENT_NODE) {
            at = at->children;
            continue;
        }
        while (at && at != node && !at->next)
            at = at->parent;
        if (!at || at == node)
            break;
        at = at->next;
    }
    return found;
}

QString SamlXmlDocument::attribute(const xmlNode* node, const char* name)
{
    xmlChar* value = xmlGetNoNsProp(node, xml(name));
    const QString result = fromXml(value);
    xmlFree(value);
    return result;
}

bool SamlXmlDocument::hasAttribute(const xmlNode* node, const char* name)
{
    return xmlHasNsProp(node, xml(name), nullptr) != nullptr;
}

QString SamlXmlDocument::text(const xmlNode* node)
{
    xmlChar* value = xmlNodeGetContent(node);
    const QString result = fromXml(value);
    xmlFree(value);
    return result;
}
