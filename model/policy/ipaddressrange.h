#pragma once

#include <QStringView>

#include <array>
#include <optional>

// An IPv4 or IPv6 network in CIDR form; a bare address is a /32 or /128.
// Parsed without allocating, for IpAddress / NotIpAddress conditions.
class IpAddressRange
{
public:
    static std::optional<IpAddressRange> parse(QStringView text);

    bool isIPv6() const { return m_v6; }
    int prefixLength() const { return m_prefix; }
    // Whether every address of other lies in this range; an IPv4 range never
    // contains an IPv6 address and the other way round.
    bool contains(const IpAddressRange& other) const;

private:
    static bool parseV4(QStringView text, quint8* out);
    static bool parseV6(QStringView text, std::array<quint8, 16>& out);
    static std::optional<int> parseNumber(QStringView text, int base, int max);

    std::array<quint8, 16> m_bytes{};
    int m_prefix = 0;
    bool m_v6 = false;
};
