#include "crypto/securebytes.h"

#include "crypto/constanttime.h"

#include <QDebug>

#include <openssl/crypto.h>

#include <algorithm>
#include <cstring>
#include <utility>

SecureBytes::SecureBytes(qsizetype size)
{
    resize(size);
}

SecureBytes::~SecureBytes()
{
    release();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
    , m_capacity(std::exchange(other.m_capacity, 0))
{}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
}

SecureBytes SecureBytes::fromView(QByteArrayView bytes)
{
    SecureBytes out;
    out.append(bytes);
    return out;
}

SecureBytes SecureBytes::fromUtf8(QStringView text)
{
    QByteArray utf8 = text.toUtf8();
    return takeFrom(utf8);
}

SecureBytes SecureBytes::takeFrom(QByteArray& source)
{
    SecureBytes out = fromView(source);
    if (!source.isEmpty())
        OPENSSL_cleanse(source.data(), size_t(source.size()));
    source.clear();
    return out;
}

SecureBytes SecureBytes::clone() const
{
    return fromView(view());
}

void SecureBytes::append(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    const qsizetype needed = m_size + bytes.size();
    if (needed > m_capacity)
        return grow(std::max(needed, m_capacity * 2), bytes);
    std::memcpy(m_data + m_size, bytes.data(), size_t(bytes.size()));
    m_size = needed;
}

void SecureBytes::resize(qsizetype size)
{
    size = std::max<qsizetype>(size, 0);
    if (size > m_capacity)
        grow(size, {});
    if (size > m_size)
        std::memset(m_data + m_size, 0, size_t(size - m_size));
    else if (size < m_size)
        OPENSSL_cleanse(m_data + size, size_t(m_size - size));
    m_size = size;
}

void SecureBytes::clear()
{
    release();
}

SecureBytes SecureBytes::toHex() const
{
    static const char digits[] = "0123456789abcdef";
    SecureBytes out(m_size * 2);
    for (qsizetype i = 0; i < m_size; ++i) {
        const auto byte = static_cast<unsigned char>(m_data[i]);
        out.m_data[2 * i] = digits[byte >> 4];
        out.m_data[2 * i + 1] = digits[byte & 0x0f];
    }
    return out;
}

QByteArray SecureBytes::insecureCopy() const
{
    return QByteArray(m_data, m_size);
}

QString SecureBytes::insecureUtf8String() const
{
    return QString::fromUtf8(m_data, m_size);
}

bool SecureBytes::operator==(const SecureBytes& other) const
{
    return ConstantTime::equals(view(), other.view());
}

void SecureBytes::grow(qsizetype capacity, QByteArrayView tail)
{
    // Grow into a fresh buffer and wipe the old one, so no stale copy of the
    // secret is left behind in freed memory. tail is copied before the old
    // buffer goes, as it may point into it (x.append(x)).
    char* grown = new char[size_t(capacity)];
    if (m_size > 0)
        std::memcpy(grown, m_data, size_t(m_size));
    if (!tail.isEmpty())
        std::memcpy(grown + m_size, tail.data(), size_t(tail.size()));
    const qsizetype size = m_size + tail.size();
    release();
    m_data = grown;
    m_size = size;
    m_capacity = capacity;
}

void SecureBytes::release() noexcept
{
    if (m_data) {
        OPENSSL_cleanse(m_data, size_t(m_capacity));
        delete[] m_data;
    }
    m_data = nullptr;
    m_size = 0;
    m_capacity = 0;
}

QDebug operator<<(QDebug debug, const SecureBytes& bytes)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "SecureBytes(" << bytes.size() << " bytes)";
    return debug;
}
