#include "crypto/sha256.h"

#include <openssl/evp.h>

#include <cstdlib>

namespace {
// Fails only when OpenSSL cannot allocate or lacks SHA-256: nothing sensible remains.
void require(int ok)
{
    if (ok != 1)
        std::abort();
}
} // namespace

void Sha256::ContextDeleter::operator()(evp_md_ctx_st* context) const
{
    EVP_MD_CTX_free(context);
}

Sha256::Sha256()
    : m_context(EVP_MD_CTX_new())
{
    if (!m_context)
        std::abort();
    require(EVP_DigestInit_ex(m_context.get(), EVP_sha256(), nullptr));
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView data)
{
    if (!data.isEmpty())
        require(EVP_DigestUpdate(m_context.get(), data.data(), size_t(data.size())));
}

QByteArray Sha256::result()
{
    QByteArray digest(DigestSize, Qt::Uninitialized);
    unsigned int length = 0;
    require(EVP_DigestFinal_ex(m_context.get(), reinterpret_cast<unsigned char*>(digest.data()),
                               &length));
    require(EVP_DigestInit_ex(m_context.get(), EVP_sha256(), nullptr));
    return digest;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 sha;
    sha.addData(data);
    return sha.result();
}

QByteArray Sha256::hashHex(QByteArrayView data)
{
    return hash(data).toHex();
}
