#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

class QDebug;

// A byte buffer for secrets (keys, passphrases, seeds). It wipes its memory on
// destruction, on move and whenever it grows, never converts implicitly to a
// QByteArray or QString, prints only its length, and compares in constant
// time. Copies are explicit (clone()), so every duplicate of a secret is
// visible in the code.
class SecureBytes
{
public:
    SecureBytes() noexcept = default;
    // size zero bytes.
    explicit SecureBytes(qsizetype size);
    ~SecureBytes();

    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    static SecureBytes fromView(QByteArrayView bytes);
    // The UTF-8 encoding of text; the intermediate conversion buffer is wiped.
    static SecureBytes fromUtf8(QStringView text);
    // Copies source, then wipes source (a QByteArray that shared its buffer
    // detaches first, so other owners keep their copy: drop them too).
    static SecureBytes takeFrom(QByteArray& source);

    SecureBytes clone() const;

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    const char* constData() const { return m_data; }
    char* data() { return m_data; }
    QByteArrayView view() const { return QByteArrayView(m_data, m_size); }
    const unsigned char* bytes() const { return reinterpret_cast<const unsigned char*>(m_data); }
    unsigned char* bytes() { return reinterpret_cast<unsigned char*>(m_data); }

    void append(QByteArrayView bytes);
    void append(const SecureBytes& other) { append(other.view()); }
    // Shrinks (wiping the dropped tail) or grows with zero bytes.
    void resize(qsizetype size);
    void clear();

    // Lower-case hexadecimal digits of the bytes, still a secret.
    SecureBytes toHex() const;

    // Copies that leave this type's protection, for APIs that only take Qt
    // types (QtKeychain, a display field). The names make every such call
    // site easy to find and review.
    QByteArray insecureCopy() const;
    QString insecureUtf8String() const;

    // Constant time for equal lengths; the length itself is not secret.
    bool operator==(const SecureBytes& other) const;

private:
    // A buffer of capacity bytes holding the current bytes followed by tail.
    void grow(qsizetype capacity, QByteArrayView tail);
    void release() noexcept;

    char* m_data = nullptr;
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
};

// Prints "SecureBytes(<n> bytes)", never the content.
QDebug operator<<(QDebug debug, const SecureBytes& bytes);
