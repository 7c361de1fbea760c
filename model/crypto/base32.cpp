#include "crypto/base32.h"

namespace {
constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr int BitsPerDigit = 5;

int digitValue(QChar ch)
{
    const char16_t c = ch.toUpper().unicode();
    if (c >= u'A' && c <= u'Z')
        return c - u'A';
    if (c >= u'2' && c <= u'7')
        return c - u'2' + 26;
    return -1;
}

// An encoder emits 0, 2, 4, 5 or 7 digits after the last full group of 8;
// 1, 3 and 6 leftover digits cannot come from whole bytes.
bool isPossibleLength(qsizetype digits)
{
    const qsizetype tail = digits % 8;
    return tail != 1 && tail != 3 && tail != 6;
}

// One encoder for both output types; append(char) appends a digit.
template <typename Emit>
void encodeInto(QByteArrayView data, Base32::Padding padding, Emit append)
{
    quint32 buffer = 0;
    int bits = 0;
    qsizetype written = 0;
    for (char byte : data) {
        buffer = (buffer << 8) | static_cast<unsigned char>(byte);
        bits += 8;
        while (bits >= BitsPerDigit) {
            bits -= BitsPerDigit;
            append(Alphabet[(buffer >> bits) & 0x1f]);
            ++written;
        }
    }
    if (bits > 0) {
        append(Alphabet[(buffer << (BitsPerDigit - bits)) & 0x1f]);
        ++written;
    }
    if (padding == Base32::Padding::Include)
        for (; written % 8 != 0; ++written)
            append('=');
}

// One decoder for both output types; append(char) appends a byte.
template <typename Emit>
bool decodeInto(QStringView text, Emit append)
{
    quint32 buffer = 0;
    int bits = 0;
    qsizetype digits = 0;
    bool inPadding = false;
    for (QChar ch : text) {
        if (ch.isSpace())
            continue;
        if (ch == QLatin1Char('=')) {
            inPadding = true;
            continue;
        }
        const int value = digitValue(ch);
        if (value < 0 || inPadding)
            return false;
        buffer = (buffer << BitsPerDigit) | quint32(value);
        bits += BitsPerDigit;
        ++digits;
        if (bits >= 8) {
            bits -= 8;
            append(static_cast<char>((buffer >> bits) & 0xff));
        }
    }
    return isPossibleLength(digits);
}
} // namespace

QString Base32::encode(QByteArrayView data, Padding padding)
{
    QString out;
    out.reserve((data.size() + 4) / 5 * 8);
    encodeInto(data, padding, [&out](char digit) { out.append(QLatin1Char(digit)); });
    return out;
}

SecureBytes Base32::encodeSecret(const SecureBytes& data, Padding padding)
{
    SecureBytes out;
    encodeInto(data.view(), padding, [&out](char digit) { out.append(QByteArrayView(&digit, 1)); });
    return out;
}

std::optional<QByteArray> Base32::decode(QStringView text)
{
    QByteArray out;
    out.reserve(text.size() * BitsPerDigit / 8);
    if (!decodeInto(text, [&out](char byte) { out.append(byte); }))
        return std::nullopt;
    return out;
}

std::optional<SecureBytes> Base32::decodeSecret(QStringView text)
{
    SecureBytes out;
    if (!decodeInto(text, [&out](char byte) { out.append(QByteArrayView(&byte, 1)); }))
        return std::nullopt;
    return out;
}
