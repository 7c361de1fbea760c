#include "saml/samlxmlsecurity.h"

#include <libxml/parser.h>
#include <xmlsec/crypto.h>
#include <xmlsec/xmlsec.h>

namespace {

bool setUp()
{
    xmlInitParser();
    if (xmlSecInit() < 0)
        return false;
    if (xmlSecCheckVersion() != 1)
        return false;
    if (xmlSecCryptoAppInit(nullptr) < 0)
        return false;
    return xmlSecCryptoInit() >= 0;
}

} // namespace

bool SamlXmlSecurity::initialize()
{
    static const bool ready = setUp();
    return ready;
}
