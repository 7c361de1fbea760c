#include "secrets/secretfileformat.h"

#include "crypto/aesgcm.h"
#include "crypto/constanttime.h"
#include "crypto/random.h"
#include "crypto/sha256.h"

#include <QtEndian>

namespace {
constexpr char Magic[] = "SBSECRET";
constexpr int MagicSize = 8;
constexpr char Version = 1;
constexpr int SaltSize = 16;
constexpr int HeaderSize = MagicSize + 4 + SaltSize;
constexpr char VerifierText[] = "switchboard secret store";
constexpr int VerifierSize = int(sizeof(VerifierText) - 1) + AesGcm::Overhead;
constexpr int ChecksumSize = Sha256::DigestSize;
constexpr int MinimumFileSize = HeaderSize + VerifierSize + AesGcm::Overhead + ChecksumSize;
constexpr quint64 MaxKdfMemory = quint64(256) << 20;
constexpr int KeySize = AesGcm::KeySize;

QByteArray headerBytes(const SecretFileFormat::Header& header)
{
    QByteArray out(Magic, MagicSize);
    out.append(Version);
    out.append(char(header.kdf.log2N)).append(char(header.kdf.r)).append(char(header.kdf.p));
    out.append(header.salt);
    return out;
}

void appendUint32(SecureBytes& out, quint32 value)
{
    const quint32 bigEndian = qToBigEndian(value);
    out.append(QByteArrayView(reinterpret_cast<const char*>(&bigEndian), sizeof bigEndian));
}

// count, then per entry: key length, UTF-8 key, value length, value.
SecureBytes serialize(const SecretEntries& entries)
{
    SecureBytes out;
    appendUint32(out, quint32(entries.size()));
    for (const auto& [key, value] : entries) {
        const QByteArray keyUtf8 = key.toUtf8();
        appendUint32(out, quint32(keyUtf8.size()));
        out.append(keyUtf8);
        appendUint32(out, quint32(value.size()));
        out.append(value);
    }
    return out;
}

// Reads serialize()'s output, checking every length against what is left.
class EntryReader
{
public:
    explicit EntryReader(const SecureBytes& bytes)
        : m_bytes(bytes.view())
    {}

    bool read(SecretEntries* entries)
    {
        quint32 count = 0;
        if (!readUint32(&count))
            return false;
        for (quint32 i = 0; i < count; ++i) {
            QByteArrayView key;
            QByteArrayView value;
            if (!readBlock(&key) || !readBlock(&value))
                return false;
            entries->insert_or_assign(QString::fromUtf8(key), SecureBytes::fromView(value));
        }
        return m_position == m_bytes.size();
    }

private:
    bool readUint32(quint32* value)
    {
        if (m_bytes.size() - m_position < 4)
            return false;
        *value = qFromBigEndian<quint32>(m_bytes.data() + m_position);
        m_position += 4;
        return true;
    }

    bool readBlock(QByteArrayView* block)
    {
        quint32 length = 0;
        if (!readUint32(&length) || m_bytes.size() - m_position < qsizetype(length))
            return false;
        *block = m_bytes.sliced(m_position, length);
        m_position += length;
        return true;
    }

    QByteArrayView m_bytes;
    qsizetype m_position = 0;
};
} // namespace

SecretFileFormat::Header SecretFileFormat::newHeader(const Scrypt::Parameters& kdf)
{
    return {kdf, Random::bytes(SaltSize)};
}

bool SecretFileFormat::isAcceptable(const Scrypt::Parameters& kdf)
{
    return Scrypt::isValid(kdf) && (quint64(128) << kdf.log2N) * quint64(kdf.r) <= MaxKdfMemory;
}

std::optional<SecretFileFormat::Header> SecretFileFormat::readHeader(const QByteArray& file)
{
    if (file.size() < MinimumFileSize || !file.startsWith(QByteArrayView(Magic, MagicSize)) ||
        file[MagicSize] != Version)
        return std::nullopt;
    const QByteArrayView content = QByteArrayView(file).chopped(ChecksumSize);
    if (!ConstantTime::equals(Sha256::hash(content), QByteArrayView(file).last(ChecksumSize)))
        return std::nullopt;
    Header header;
    header.kdf = {int(quint8(file[MagicSize + 1])), int(quint8(file[MagicSize + 2])),
                  int(quint8(file[MagicSize + 3]))};
    header.salt = file.mid(MagicSize + 4, SaltSize);
    if (!isAcceptable(header.kdf))
        return std::nullopt;
    return header;
}

SecureBytes SecretFileFormat::deriveKey(const SecureBytes& passphrase, const Header& header)
{
    if (!isAcceptable(header.kdf))
        return {};
    return Scrypt::derive(passphrase.view(), header.salt, header.kdf, KeySize);
}

QByteArray SecretFileFormat::encode(const SecretEntries& entries, const SecureBytes& key,
                                    const Header& header)
{
    const QByteArray head = headerBytes(header);
    const QByteArray verifier = AesGcm::seal(key, VerifierText, head);
    const QByteArray body = AesGcm::seal(key, serialize(entries).view(), head);
    if (verifier.isEmpty() || body.isEmpty())
        return {};
    QByteArray file = head + verifier + body;
    file.append(Sha256::hash(file));
    return file;
}

SecretFileFormat::Status SecretFileFormat::decode(const QByteArray& file, const SecureBytes& key,
                                                  SecretEntries* entries)
{
    const auto header = readHeader(file);
    if (!header)
        return Status::Corrupted;
    const QByteArrayView head = QByteArrayView(file).first(HeaderSize);
    const QByteArrayView verifier = QByteArrayView(file).sliced(HeaderSize, VerifierSize);
    const QByteArrayView body = QByteArrayView(file).sliced(
        HeaderSize + VerifierSize, file.size() - HeaderSize - VerifierSize - ChecksumSize);
    const auto opened = AesGcm::open(key, verifier, head);
    if (!opened || !(opened->view() == QByteArrayView(VerifierText)))
        return Status::WrongPassphrase;
    const auto plaintext = AesGcm::open(key, body, head);
    SecretEntries decoded;
    if (!plaintext || !EntryReader(*plaintext).read(&decoded))
        return Status::Corrupted;
    *entries = std::move(decoded);
    return Status::Ok;
}
