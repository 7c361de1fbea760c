#include "crypto/totp.h"

#include "crypto/base32.h"
#include "crypto/constanttime.h"

#include <QUrl>

#include <array>

namespace {
constexpr int CounterBytes = 8;

int normalizedDigits(int digits)
{
    return digits == 8 ? 8 : 6;
}

quint32 powerOfTen(int digits)
{
    return digits == 8 ? 100000000u : 1000000u;
}

// RFC 4226 §5.3: 31 bits taken at the offset named by the MAC's last nibble.
quint32 dynamicTruncation(const SecureBytes& mac)
{
    const unsigned char* bytes = mac.bytes();
    const int offset = bytes[mac.size() - 1] & 0x0f;
    return (quint32(bytes[offset] & 0x7f) << 24) | (quint32(bytes[offset + 1]) << 16) |
           (quint32(bytes[offset + 2]) << 8) | quint32(bytes[offset + 3]);
}

std::array<char, CounterBytes> bigEndian(quint64 counter)
{
    std::array<char, CounterBytes> out{};
    for (int i = CounterBytes - 1; i >= 0; --i) {
        out[size_t(i)] = static_cast<char>(counter & 0xff);
        counter >>= 8;
    }
    return out;
}

QByteArray percentEncoded(const QString& text)
{
    return QUrl::toPercentEncoding(text);
}
} // namespace

QString Totp::hotp(const SecureBytes& seed, quint64 counter, Hmac::Algorithm algorithm, int digits)
{
    digits = normalizedDigits(digits);
    const auto message = bigEndian(counter);
    const SecureBytes mac =
        Hmac::mac(algorithm, seed.view(), QByteArrayView(message.data(), CounterBytes));
    const quint32 value = dynamicTruncation(mac) % powerOfTen(digits);
    return QStringLiteral("%1").arg(value, digits, 10, QLatin1Char('0'));
}

std::optional<quint64> Totp::timeStep(const QDateTime& time, int period)
{
    const qint64 seconds = time.toSecsSinceEpoch();
    if (!time.isValid() || seconds < 0 || period <= 0)
        return std::nullopt;
    return quint64(seconds / period);
}

QString Totp::code(const SecureBytes& seed, const QDateTime& time, const Parameters& parameters)
{
    const auto step = timeStep(time, parameters.period);
    if (!step)
        return {};
    return hotp(seed, *step, parameters.algorithm, parameters.digits);
}

std::optional<quint64> Totp::verify(QStringView code, const SecureBytes& seed,
                                    const QDateTime& time, int allowedSkewSteps,
                                    const Parameters& parameters)
{
    const auto current = timeStep(time, parameters.period);
    if (!current || code.size() != normalizedDigits(parameters.digits) || allowedSkewSteps < 0)
        return std::nullopt;
    const QByteArray given = code.toLatin1();
    std::optional<quint64> match;
    // Nearest steps first, and no early exit: the time taken does not tell
    // which step matched.
    for (int distance = 0; distance <= allowedSkewSteps; ++distance) {
        for (int sign : {-1, 1}) {
            if (distance == 0 && sign > 0)
                continue;
            const qint64 offset = qint64(sign) * distance;
            if (offset < 0 && *current < quint64(-offset))
                continue;
            const quint64 step = quint64(qint64(*current) + offset);
            const QString expected = hotp(seed, step, parameters.algorithm, parameters.digits);
            if (ConstantTime::equals(given, expected.toLatin1()) && !match)
                match = step;
        }
    }
    return match;
}

SecureBytes Totp::otpauthUri(const QString& issuer, const QString& account, const SecureBytes& seed,
                             const Parameters& parameters)
{
    const QByteArray issuerEncoded = percentEncoded(issuer);
    SecureBytes uri = SecureBytes::fromView("otpauth://totp/");
    uri.append(issuerEncoded);
    uri.append(":");
    uri.append(percentEncoded(account));
    uri.append("?secret=");
    uri.append(Base32::encodeSecret(seed, Base32::Padding::Omit));
    uri.append("&issuer=");
    uri.append(issuerEncoded);
    uri.append("&algorithm=");
    uri.append(Hmac::algorithmName(parameters.algorithm).toLatin1());
    uri.append("&digits=");
    uri.append(QByteArray::number(normalizedDigits(parameters.digits)));
    uri.append("&period=");
    uri.append(QByteArray::number(parameters.period));
    return uri;
}
