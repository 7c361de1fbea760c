#include "crypto/aesgcm.h"

#include "crypto/random.h"

#include <openssl/evp.h>

#include <climits>
#include <memory>

namespace {
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

CipherContext newContext()
{
    return CipherContext(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
}

const unsigned char* bytesOf(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char*>(view.data());
}

// GCM takes the associated data as an update with no output buffer.
bool addAssociatedData(EVP_CIPHER_CTX* context, QByteArrayView associatedData)
{
    if (associatedData.isEmpty())
        return true;
    int length = 0;
    return EVP_CipherUpdate(context, nullptr, &length, bytesOf(associatedData),
                            int(associatedData.size())) == 1;
}

// GCM's final step writes nothing, but OpenSSL wants a valid pointer.
unsigned char* tailBuffer(SecureBytes& buffer, int offset)
{
    static unsigned char none[1];
    return buffer.isEmpty() ? none : buffer.bytes() + offset;
}

bool fitsInInt(QByteArrayView view)
{
    return view.size() < INT_MAX - AesGcm::Overhead;
}
} // namespace

SecureBytes AesGcm::generateKey()
{
    QByteArray random = Random::bytes(KeySize);
    return SecureBytes::takeFrom(random);
}

QByteArray AesGcm::seal(const SecureBytes& key, QByteArrayView plaintext,
                        QByteArrayView associatedData)
{
    if (key.size() != KeySize || !fitsInInt(plaintext) || !fitsInInt(associatedData))
        return {};
    const QByteArray nonce = Random::bytes(NonceSize);
    QByteArray sealed(NonceSize + plaintext.size() + TagSize, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(sealed.data());
    std::copy(nonce.cbegin(), nonce.cend(), sealed.begin());

    CipherContext context = newContext();
    int length = 0;
    const bool ok = context &&
                    EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, key.bytes(),
                                       bytesOf(nonce)) == 1 &&
                    addAssociatedData(context.get(), associatedData) &&
                    EVP_EncryptUpdate(context.get(), out + NonceSize, &length, bytesOf(plaintext),
                                      int(plaintext.size())) == 1 &&
                    EVP_EncryptFinal_ex(context.get(), out + NonceSize + length, &length) == 1 &&
                    EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, TagSize,
                                        out + NonceSize + plaintext.size()) == 1;
    return ok ? sealed : QByteArray();
}

std::optional<SecureBytes> AesGcm::open(const SecureBytes& key, QByteArrayView sealed,
                                        QByteArrayView associatedData)
{
    if (key.size() != KeySize || sealed.size() < Overhead || !fitsInInt(sealed) ||
        !fitsInInt(associatedData))
        return std::nullopt;
    const QByteArrayView nonce = sealed.first(NonceSize);
    const QByteArrayView ciphertext = sealed.sliced(NonceSize, sealed.size() - Overhead);
    // EVP_CTRL_GCM_SET_TAG takes a non-const pointer but only reads it.
    QByteArray tag = sealed.last(TagSize).toByteArray();

    SecureBytes plaintext(ciphertext.size());
    CipherContext context = newContext();
    int length = 0;
    int finalLength = 0;
    const bool ok =
        context &&
        EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, key.bytes(),
                           bytesOf(nonce)) == 1 &&
        addAssociatedData(context.get(), associatedData)
        // A null output would make OpenSSL take the ciphertext as associated data.
        && (ciphertext.isEmpty() ||
            EVP_DecryptUpdate(context.get(), plaintext.bytes(), &length, bytesOf(ciphertext),
                              int(ciphertext.size())) == 1) &&
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, TagSize, tag.data()) == 1
        // Final verifies the tag: a wrong key or an altered byte fails here.
        && EVP_DecryptFinal_ex(context.get(), tailBuffer(plaintext, length), &finalLength) == 1;
    if (!ok)
        return std::nullopt;
    return plaintext;
}
