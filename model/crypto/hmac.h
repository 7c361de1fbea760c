#pragma once

#include "crypto/securebytes.h"

#include <QByteArrayView>
#include <QString>

#include <memory>

struct evp_mac_ctx_st;

// HMAC (RFC 2104) over SHA-1, SHA-256 or SHA-512, through OpenSSL's EVP_MAC.
// The result is a SecureBytes because a MAC is often key material itself
// (SigV4's signing key chain, a derived key).
class Hmac
{
public:
    enum class Algorithm
    {
        Sha1,
        Sha256,
        Sha512
    };

    Hmac(Algorithm algorithm, QByteArrayView key);
    ~Hmac();
    Hmac(const Hmac&) = delete;
    Hmac& operator=(const Hmac&) = delete;

    void addData(QByteArrayView data);
    // The MAC of everything added; the object is then ready for a new
    // message under the same key.
    SecureBytes result();

    static SecureBytes mac(Algorithm algorithm, QByteArrayView key, QByteArrayView data);
    static int digestSize(Algorithm algorithm);
    // "SHA1", "SHA256", "SHA512": the spelling of otpauth URIs and OpenSSL.
    static QString algorithmName(Algorithm algorithm);

private:
    void init(QByteArrayView key);

    struct ContextDeleter
    {
        void operator()(evp_mac_ctx_st* context) const;
    };
    Algorithm m_algorithm;
    std::unique_ptr<evp_mac_ctx_st, ContextDeleter> m_context;
};
