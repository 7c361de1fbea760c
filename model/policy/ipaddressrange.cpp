#include "policy/ipaddressrange.h"

#include <QString>

std::optional<IpAddressRange> IpAddressRange::parse(QStringView text)
{
    IpAddressRange range;
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    const QStringView address = slash < 0 ? text : text.left(slash);
    range.m_v6 = address.contains(QLatin1Char(':'));
    const int bits = range.m_v6 ? 128 : 32;
    if (range.m_v6 ? !parseV6(address, range.m_bytes) : !parseV4(address, range.m_bytes.data()))
        return std::nullopt;
    range.m_prefix = bits;
    if (slash >= 0) {
        const auto prefix = parseNumber(text.mid(slash + 1), 10, bits);
        if (!prefix)
            return std::nullopt;
        range.m_prefix = *prefix;
    }
    return range;
}

bool IpAddressRange::contains(const IpAddressRange& other) const
{
    if (m_v6 != other.m_v6 || other.m_prefix < m_prefix)
        return false;
    // Host bits set in the policy value ("192.168.0.0/8") are ignored, as AWS does.
    const int whole = m_prefix / 8;
    for (int i = 0; i < whole; ++i) {
        if (m_bytes[i] != other.m_bytes[i])
            return false;
    }
    const int rest = m_prefix % 8;
    if (rest == 0)
        return true;
    const auto mask = quint8(0xFF << (8 - rest));
    return (m_bytes[whole] & mask) == (other.m_bytes[whole] & mask);
}

std::optional<int> IpAddressRange::parseNumber(QStringView text, int base, int max)
{
    if (text.isEmpty() || text.size() > (base == 16 ? 4 : 3))
        return std::nullopt;
    int value = 0;
    for (const QChar c : text) {
        const int digit =
            c.isDigit() ? c.digitValue()
            : base == 16 && c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')
                ? c.toLower().unicode() - 'a' + 10
                : -1;
        if (digit < 0)
            return std::nullopt;
        value = value * base + digit;
    }
    if (value > max)
        return std::nullopt;
    return value;
}

bool IpAddressRange::parseV4(QStringView text, quint8* out)
{
    int part = 0;
    for (qsizetype start = 0; part < 4; ++part) {
        qsizetype end = text.indexOf(QLatin1Char('.'), start);
        if (end < 0)
            end = text.size();
        const auto value = parseNumber(text.mid(start, end - start), 10, 255);
        if (!value)
            return false;
        out[part] = quint8(*value);
        if (end == text.size())
            return part == 3;
        start = end + 1;
    }
    return false;
}

bool IpAddressRange::parseV6(QStringView text, std::array<quint8, 16>& out)
{
    // Up to 8 groups on each side of an optional "::"; the last 32 bits may
    // be written as a dotted IPv4 address.
    std::array<quint16, 8> head{};
    std::array<quint16, 8> tail{};
    int headCount = 0;
    int tailCount = 0;
    bool compressed = false;
    qsizetype i = 0;
    if (text.startsWith(QLatin1String("::"))) {
        compressed = true;
        i = 2;
    }
    while (i < text.size()) {
        qsizetype end = text.indexOf(QLatin1Char(':'), i);
        if (end < 0)
            end = text.size();
        const QStringView group = text.mid(i, end - i);
        auto& groups = compressed ? tail : head;
        int& count = compressed ? tailCount : headCount;
        if (end == text.size() && group.contains(QLatin1Char('.'))) {
            quint8 v4[4];
            if (count > 6 || !parseV4(group, v4))
                return false;
            groups[count++] = quint16(v4[0] << 8 | v4[1]);
            groups[count++] = quint16(v4[2] << 8 | v4[3]);
            break;
        }
        const auto value = parseNumber(group, 16, 0xFFFF);
        if (!value || count >= 8)
            return false;
        groups[count++] = quint16(*value);
        if (end == text.size())
            break;
        i = end + 1;
        if (i < text.size() && text.at(i) == QLatin1Char(':')) {
            if (compressed)
                return false;
            compressed = true;
            ++i;
        } else if (i == text.size()) {
            return false; // a trailing single ':'
        }
    }
    const int total = headCount + tailCount;
    if (compressed ? total > 7 : total != 8)
        return false;
    std::array<quint16, 8> groups{};
    for (int g = 0; g < headCount; ++g)
        groups[g] = head[g];
    for (int g = 0; g < tailCount; ++g)
        groups[8 - tailCount + g] = tail[g];
    for (int g = 0; g < 8; ++g) {
        out[2 * g] = quint8(groups[g] >> 8);
        out[2 * g + 1] = quint8(groups[g] & 0xFF);
    }
    return true;
}
