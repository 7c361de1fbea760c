#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

struct evp_md_ctx_st;

// SHA-256 (FIPS 180-4), one-shot or fed piece by piece.
class Sha256
{
public:
    static constexpr int DigestSize = 32;

    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void addData(QByteArrayView data);
    // The digest of everything added since construction or the last result();
    // the object is then ready for a new message.
    QByteArray result();

    static QByteArray hash(QByteArrayView data);
    // Lower-case hexadecimal, as SigV4 and most protocols print it.
    static QByteArray hashHex(QByteArrayView data);

private:
    struct ContextDeleter
    {
        void operator()(evp_md_ctx_st* context) const;
    };
    std::unique_ptr<evp_md_ctx_st, ContextDeleter> m_context;
};
