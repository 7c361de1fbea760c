#pragma once

#include "crypto/securebytes.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

// AES-256-GCM authenticated encryption. A sealed message is
// nonce (12 random bytes) || ciphertext || tag (16 bytes); the associated data
// is authenticated but not stored. Opening with the wrong key, the wrong
// associated data or any altered byte fails as a value.
class AesGcm
{
public:
    static constexpr int KeySize = 32;
    static constexpr int NonceSize = 12;
    static constexpr int TagSize = 16;
    static constexpr int Overhead = NonceSize + TagSize;

    // A fresh random 256-bit key.
    static SecureBytes generateKey();

    // Empty only if key is not KeySize bytes (a sealed message never is).
    static QByteArray seal(const SecureBytes& key, QByteArrayView plaintext,
                           QByteArrayView associatedData = {});
    static std::optional<SecureBytes> open(const SecureBytes& key, QByteArrayView sealed,
                                           QByteArrayView associatedData = {});
};
