#pragma once

#include "crypto/scrypt.h"
#include "crypto/securebytes.h"

#include <QByteArray>
#include <QString>

#include <map>
#include <optional>

using SecretEntries = std::map<QString, SecureBytes>;

// The bytes of an EncryptedFileSecretStore file:
//
//   header    "SBSECRET" | version 1 | log2 N | r | p | salt (16)         28 bytes
//   verifier  AES-256-GCM(key, "switchboard secret store", ad = header)   52 bytes
//   entries   AES-256-GCM(key, entry list, ad = header)                   >= 28 bytes
//   checksum  SHA-256 of everything above                                 32 bytes
//
// key = scrypt(passphrase, salt, N, r, p). The unkeyed checksum tells damage
// (truncation, a flipped byte: Corrupted) from a wrong passphrase (the
// verifier does not open: WrongPassphrase). Key names and values are both
// inside the encrypted entry list: nothing is readable without the passphrase.
class SecretFileFormat
{
public:
    enum class Status
    {
        Ok,
        WrongPassphrase,
        Corrupted
    };

    struct Header
    {
        Scrypt::Parameters kdf;
        QByteArray salt;
        bool operator==(const Header&) const = default;
    };

    // A fresh random salt.
    static Header newHeader(const Scrypt::Parameters& kdf);
    // The header of an intact file; nullopt if the file is damaged or not one of ours.
    static std::optional<Header> readHeader(const QByteArray& file);
    // Empty if the passphrase or the header's parameters are unusable.
    static SecureBytes deriveKey(const SecureBytes& passphrase, const Header& header);

    static QByteArray encode(const SecretEntries& entries, const SecureBytes& key,
                             const Header& header);
    static Status decode(const QByteArray& file, const SecureBytes& key, SecretEntries* entries);

    // Parameters whose memory need (128 * N * r bytes) a file may ask for.
    static bool isAcceptable(const Scrypt::Parameters& kdf);
};
