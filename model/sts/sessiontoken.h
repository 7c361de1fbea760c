#pragma once

#include "crypto/securebytes.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <optional>

// The session token STS hands out: opaque to clients (base64), it names the
// session's access key id and its issue and expiry times, carries a random
// nonce, and is authenticated with HMAC-SHA256 under the directory's
// token-signing key, so a token cannot be forged or moved to another key.
class SessionToken
{
public:
    static constexpr int KeySize = 32;

    struct Claims
    {
        QString accessKeyId;
        QDateTime issuedAt;  // UTC, whole seconds
        QDateTime expiresAt; // UTC, whole seconds
    };

    static SecureBytes issue(const SecureBytes& signingKey, const Claims& claims);
    // The claims of an authentic token of this format; nullopt for anything else.
    static std::optional<Claims> verify(const SecureBytes& signingKey, QByteArrayView token);

private:
    static constexpr quint8 Version = 1;
    static constexpr int NonceSize = 16;
    static constexpr int MacSize = 32;
};
