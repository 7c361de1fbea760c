#include "crypto/random.h"

#include <openssl/rand.h>

#include <cstdlib>

QByteArray Random::bytes(int count)
{
    if (count <= 0)
        return {};
    QByteArray out(count, Qt::Uninitialized);
    // RAND_bytes fails only when the system has no entropy source: nothing sensible remains.
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), count) != 1)
        std::abort();
    return out;
}

namespace {
// Uniform choice from an alphabet, rejecting bytes that would bias it.
QString pick(const char* alphabet, int alphabetSize, int count)
{
    QString out;
    out.reserve(count);
    const int limit = 256 - (256 % alphabetSize);
    while (out.size() < count) {
        const QByteArray raw = Random::bytes(count * 2);
        for (char ch : raw) {
            const int v = static_cast<unsigned char>(ch);
            if (v >= limit)
                continue;
            out.append(QLatin1Char(alphabet[v % alphabetSize]));
            if (out.size() == count)
                break;
        }
    }
    return out;
}
} // namespace

QString Random::base32(int count)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    return pick(alphabet, 32, count);
}

QString Random::uniqueId(QStringView prefix)
{
    return prefix.toString() + base32(17);
}

QString Random::accessKeyId(bool temporary)
{
    return (temporary ? QStringLiteral("ASIA") : QStringLiteral("AKIA")) + base32(16);
}

QString Random::secretAccessKey()
{
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    return pick(alphabet, 64, 40);
}

QString Random::password(int length)
{
    // No look-alikes (0/O, 1/l/I) so a password read off the screen types right.
    static const char alphabet[] =
        "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%+=?";
    return pick(alphabet, static_cast<int>(sizeof(alphabet) - 1), length);
}
