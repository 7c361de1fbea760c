#pragma once

#include "crypto/securebytes.h"

#include <QByteArrayView>

// scrypt (RFC 7914), the memory-hard key derivation behind console password
// hashes and the encrypted secret file.
class Scrypt
{
public:
    struct Parameters
    {
        int log2N = 15; // N = 2^log2N; 15 costs 32 MiB with r = 8
        int r = 8;
        int p = 1;
        bool operator==(const Parameters&) const = default;
    };

    static constexpr int MinLog2N = 1;
    static constexpr int MaxLog2N = 22;

    // Bounds that keep a hostile stored parameter set from exhausting memory.
    static bool isValid(const Parameters& parameters);

    // keyLength bytes; empty for invalid parameters or a failed derivation.
    static SecureBytes derive(QByteArrayView passphrase, QByteArrayView salt,
                              const Parameters& parameters, int keyLength);
};
