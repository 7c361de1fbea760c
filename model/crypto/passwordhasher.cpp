#include "crypto/passwordhasher.h"

#include "crypto/constanttime.h"
#include "crypto/random.h"
#include "crypto/scrypt.h"
#include "crypto/securebytes.h"

#include <QStringList>

#include <algorithm>
#include <atomic>

namespace {
constexpr int SaltBytes = 16;
constexpr int KeyBytes = 32;
constexpr int BlockSize = 8;
constexpr int Parallelism = 1;
std::atomic<int> g_costLog2{15};

SecureBytes derive(const QString& password, const QByteArray& salt,
                   const Scrypt::Parameters& parameters)
{
    const SecureBytes utf8 = SecureBytes::fromUtf8(password);
    return Scrypt::derive(utf8.view(), salt, parameters, KeyBytes);
}
} // namespace

int PasswordHasher::costLog2()
{
    return g_costLog2.load();
}

void PasswordHasher::setCostLog2(int log2N)
{
    // Out-of-range costs would make every hash unverifiable.
    g_costLog2.store(std::clamp(log2N, Scrypt::MinLog2N, Scrypt::MaxLog2N));
}

QString PasswordHasher::hash(const QString& password)
{
    const int log2N = costLog2();
    const QByteArray salt = Random::bytes(SaltBytes);
    const SecureBytes key = derive(password, salt, {log2N, BlockSize, Parallelism});
    return QStringLiteral("$scrypt$ln=%1,r=%2,p=%3$%4$%5")
        .arg(log2N)
        .arg(BlockSize)
        .arg(Parallelism)
        .arg(QString::fromLatin1(salt.toBase64()),
             // The hash is meant to be stored: it leaves SecureBytes here.
             QString::fromLatin1(key.insecureCopy().toBase64()));
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
    const SecureBytes key = derive(password, salt, {log2N, r, p});
    return !key.isEmpty() && ConstantTime::equals(key.view(), expected);
}
