#pragma once

// libxml2 and xmlsec (with its OpenSSL engine) set up once per process,
// before any SAML document is parsed, signed or verified.
class SamlXmlSecurity
{
public:
    // True when both libraries are ready (idempotent, thread-safe).
    static bool initialize();
};
