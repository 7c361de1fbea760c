#include "crypto/passwordhasher.h"

#include "crypto/random.h"

#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <atomic>

namespace {
constexpr int SaltBytes = 16;
constexpr int KeyBytes = 32;
constexpr int BlockSize = 8;
constexpr int Parallelism = 1;
std::atomic<int> g_costLog2{15};

QByteArray derive(const QByteArray& password, const QByteArray& salt, int log2N, int r, int p)
{
    if (log2N < 1 || log2N > 22 || r < 1 || r > 32 || p < 1 || p > 16)
        return {};
    QByteArray key(KeyBytes, Qt::Uninitialized);
    const uint64_t n = uint64_t(1) << log2N;
    const uint64_t maxMem = 128 * n * uint64_t(r) * uint64_t(p) + (1u << 20);
    if (EVP_PBE_scrypt(password.constData(), size_t(password.size()),
                       reinterpret_cast<const unsigned char*>(salt.constData()), size_t(salt.size()),
                       n, uint64_t(r), uint64_t(p), maxMem,
                       reinterpret_cast<unsigned char*>(key.data()), size_t(key.size()))
        != 1)
        return {};
    return key;
}
} // namespace

int PasswordHasher::costLog2()
{
    return g_costLog2.load();
}

void PasswordHasher::setCostLog2(int log2N)
{
    g_costLog2.store(log2N);
}

QString PasswordHasher::hash(const QString& password)
{
    const int log2N = costLog2();
    const QByteArray salt = Random::bytes(SaltBytes);
    QByteArray utf8 = password.toUtf8();
    const QByteArray key = derive(utf8, salt, log2N, BlockSize, Parallelism);
    OPENSSL_cleanse(utf8.data(), size_t(utf8.size()));
    return QStringLiteral("$scrypt$ln=%1,r=%2,p=%3$%4$%5")
        .arg(log2N)
        .arg(BlockSize)
        .arg(Parallelism)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
}

bool PasswordHasher::verify(const QString& password, const QString& encoded)
{
    // "", "scrypt", "ln=..,r=..,p=..", salt, hash
    const QStringList parts = encoded.split(QLatin1Char('$'));
    if (parts.size() != 5 || parts[1] != QLatin1String("scrypt"))
        return false;
    int log2N = 0, r = 0, p = 0;
    for (const QString& param : parts[2].split(QLatin1Char(','))) {
        const QString name = param.section(QLatin1Char('='), 0, 0);
        const int value = param.section(QLatin1Char('='), 1).toInt();
        if (name == QLatin1String("ln"))
            log2N = value;
        else if (name == QLatin1String("r"))
            r = value;
        else if (name == QLatin1String("p"))
            p = value;
    }
    const QByteArray salt = QByteArray::fromBase64(parts[3].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[4].toLatin1());
    if (salt.isEmpty() || expected.size() != KeyBytes)
        return false;
    QByteArray utf8 = password.toUtf8();
    const QByteArray key = derive(utf8, salt, log2N, r, p);
    OPENSSL_cleanse(utf8.data(), size_t(utf8.size()));
    return key.size() == expected.size()
           && CRYPTO_memcmp(key.constData(), expected.constData(), size_t(key.size())) == 0;
}
