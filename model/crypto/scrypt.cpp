#include "crypto/scrypt.h"

#include <openssl/evp.h>

namespace {
constexpr int MaxR = 32;
constexpr int MaxP = 16;
constexpr int MaxKeyLength = 1024;
} // namespace

bool Scrypt::isValid(const Parameters& parameters)
{
    return parameters.log2N >= MinLog2N && parameters.log2N <= MaxLog2N && parameters.r >= 1 &&
           parameters.r <= MaxR && parameters.p >= 1 && parameters.p <= MaxP;
}

SecureBytes Scrypt::derive(QByteArrayView passphrase, QByteArrayView salt,
                           const Parameters& parameters, int keyLength)
{
    if (!isValid(parameters) || keyLength < 1 || keyLength > MaxKeyLength)
        return {};
    const uint64_t n = uint64_t(1) << parameters.log2N;
    const uint64_t r = uint64_t(parameters.r);
    const uint64_t p = uint64_t(parameters.p);
    // scrypt needs 128 * N * r bytes for V plus 128 * r * p for B; leave room for both.
    const uint64_t maxMemory = 128 * n * r + 128 * r * p + (uint64_t(1) << 20);
    SecureBytes key(keyLength);
    if (EVP_PBE_scrypt(passphrase.data(), size_t(passphrase.size()),
                       reinterpret_cast<const unsigned char*>(salt.data()), size_t(salt.size()), n,
                       r, p, maxMemory, key.bytes(), size_t(key.size())) != 1)
        return {};
    return key;
}
