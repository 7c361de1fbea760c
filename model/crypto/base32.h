#pragma once

#include "crypto/securebytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

// RFC 4648 base32 (alphabet A-Z2-7), the encoding of TOTP seeds.
class Base32
{
public:
    enum class Padding
    {
        Include,
        Omit
    };

    // otpauth URIs and authenticator apps use the unpadded form.
    static QString encode(QByteArrayView data, Padding padding = Padding::Include);
    // The same text for a secret (a seed's base32 form is as secret as the seed).
    static SecureBytes encodeSecret(const SecureBytes& data, Padding padding = Padding::Include);

    // Accepts upper or lower case, ignores spaces (apps show seeds in groups
    // of four) and trailing '=' padding. nullopt for any other character, a
    // misplaced '=', or a length no encoder produces.
    static std::optional<QByteArray> decode(QStringView text);
    static std::optional<SecureBytes> decodeSecret(QStringView text);
};
