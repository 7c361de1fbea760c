#include "crypto/hmac.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <cstdlib>

namespace {
// Fails only when OpenSSL cannot allocate or lacks the digest: nothing sensible remains.
void require(int ok)
{
    if (ok != 1)
        std::abort();
}

// Fetched once: fetching is the expensive part of EVP_MAC.
EVP_MAC* hmacMethod()
{
    static const std::unique_ptr<EVP_MAC, decltype(&EVP_MAC_free)> method(
        EVP_MAC_fetch(nullptr, "HMAC", nullptr), &EVP_MAC_free);
    if (!method)
        std::abort();
    return method.get();
}

const char* digestName(Hmac::Algorithm algorithm)
{
    switch (algorithm) {
    case Hmac::Algorithm::Sha1:
        return "SHA1";
    case Hmac::Algorithm::Sha256:
        return "SHA256";
    case Hmac::Algorithm::Sha512:
        return "SHA512";
    }
    return "SHA256";
}
} // namespace

void Hmac::ContextDeleter::operator()(evp_mac_ctx_st* context) const
{
    EVP_MAC_CTX_free(context);
}

Hmac::Hmac(Algorithm algorithm, QByteArrayView key)
    : m_algorithm(algorithm)
    , m_context(EVP_MAC_CTX_new(hmacMethod()))
{
    if (!m_context)
        std::abort();
    init(key);
}

Hmac::~Hmac() = default;

void Hmac::init(QByteArrayView key)
{
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST,
                                         const_cast<char*>(digestName(m_algorithm)), 0),
        OSSL_PARAM_construct_end(),
    };
    // An empty key is legal HMAC; OpenSSL wants a non-null pointer to tell
    // "empty key" from "keep the previous key".
    static const unsigned char emptyKey[1] = {0};
    const auto* keyBytes =
        key.isEmpty() ? emptyKey : reinterpret_cast<const unsigned char*>(key.data());
    require(EVP_MAC_init(m_context.get(), keyBytes, size_t(key.size()), params));
}

void Hmac::addData(QByteArrayView data)
{
    if (!data.isEmpty())
        require(EVP_MAC_update(m_context.get(), reinterpret_cast<const unsigned char*>(data.data()),
                               size_t(data.size())));
}

SecureBytes Hmac::result()
{
    SecureBytes out(digestSize(m_algorithm));
    size_t length = 0;
    require(EVP_MAC_final(m_context.get(), out.bytes(), &length, size_t(out.size())));
    out.resize(qsizetype(length));
    // Re-initialising without a key keeps the current one.
    require(EVP_MAC_init(m_context.get(), nullptr, 0, nullptr));
    return out;
}

SecureBytes Hmac::mac(Algorithm algorithm, QByteArrayView key, QByteArrayView data)
{
    Hmac hmac(algorithm, key);
    hmac.addData(data);
    return hmac.result();
}

int Hmac::digestSize(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Sha1:
        return 20;
    case Algorithm::Sha256:
        return 32;
    case Algorithm::Sha512:
        return 64;
    }
    return 32;
}

QString Hmac::algorithmName(Algorithm algorithm)
{
    return QString::fromLatin1(digestName(algorithm));
}
