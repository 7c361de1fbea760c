#include "sts/sessiontoken.h"

#include "crypto/constanttime.h"
#include "crypto/hmac.h"
#include "crypto/random.h"

#include <QtEndian>

namespace {

void appendInt64(QByteArray& out, qint64 value)
{
    char bytes[8];
    qToBigEndian(value, bytes);
    out.append(bytes, sizeof bytes);
}

qint64 readInt64(QByteArrayView in, qsizetype at)
{
    return qFromBigEndian<qint64>(in.data() + at);
}

} // namespace

// Layout: version (1) | key id length (1) | key id | issued (8) | expires (8)
// | nonce (16) | HMAC-SHA256 of everything before it (32), all base64.
SecureBytes SessionToken::issue(const SecureBytes& signingKey, const Claims& claims)
{
    QByteArray body;
    const QByteArray keyId = claims.accessKeyId.toLatin1();
    body.append(char(Version));
    body.append(char(keyId.size()));
    body.append(keyId);
    appendInt64(body, claims.issuedAt.toSecsSinceEpoch());
    appendInt64(body, claims.expiresAt.toSecsSinceEpoch());
    body.append(Random::bytes(NonceSize));
    const SecureBytes mac = Hmac::mac(Hmac::Algorithm::Sha256, signingKey.view(), body);
    body.append(mac.view());
    QByteArray encoded = body.toBase64();
    return SecureBytes::takeFrom(encoded);
}

std::optional<SessionToken::Claims> SessionToken::verify(const SecureBytes& signingKey,
                                                         QByteArrayView token)
{
    const auto decoded = QByteArray::fromBase64Encoding(token.toByteArray(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QByteArray& raw = *decoded;
    if (raw.size() < 2 || quint8(raw.at(0)) != Version)
        return std::nullopt;
    const int keyIdSize = quint8(raw.at(1));
    const qsizetype bodySize = 2 + keyIdSize + 8 + 8 + NonceSize;
    if (raw.size() != bodySize + MacSize)
        return std::nullopt;
    const QByteArrayView body(raw.constData(), bodySize);
    const SecureBytes mac = Hmac::mac(Hmac::Algorithm::Sha256, signingKey.view(), body);
    if (!ConstantTime::equals(mac.view(), QByteArrayView(raw).sliced(bodySize)))
        return std::nullopt;
    Claims claims;
    claims.accessKeyId = QString::fromLatin1(raw.mid(2, keyIdSize));
    claims.issuedAt = QDateTime::fromSecsSinceEpoch(readInt64(raw, 2 + keyIdSize), Qt::UTC);
    claims.expiresAt = QDateTime::fromSecsSinceEpoch(readInt64(raw, 2 + keyIdSize + 8), Qt::UTC);
    return claims;
}
