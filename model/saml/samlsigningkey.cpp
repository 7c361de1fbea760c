#include "saml/samlsigningkey.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

#include <memory>

namespace {

using BioPtr = std::unique_ptr<BIO, decltype(&BIO_free)>;
using KeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using CertPtr = std::unique_ptr<X509, decltype(&X509_free)>;

IamError keyFailure(const QString& what)
{
    return IamError::serviceFailure(QStringLiteral("The SAML signing key %1.").arg(what));
}

// Wipes the memory BIO's buffer as it is read, so the PEM leaves no copy.
SecureBytes takePem(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    SecureBytes pem = SecureBytes::fromView(QByteArrayView(data, size));
    OPENSSL_cleanse(data, size_t(size));
    return pem;
}

Result<CertPtr> selfSignedCertificate(EVP_PKEY* key, const QString& commonName,
                                      const QDateTime& notBefore, int validDays)
{
    CertPtr cert(X509_new(), &X509_free);
    if (!cert || X509_set_version(cert.get(), 2) != 1)
        return keyFailure(QStringLiteral("certificate cannot be created"));
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return keyFailure(QStringLiteral("certificate has no serial number"));
    serial[0] &= 0x7f; // a positive INTEGER
    std::unique_ptr<BIGNUM, decltype(&BN_free)> number(BN_bin2bn(serial, sizeof serial, nullptr),
                                                       &BN_free);
    const QByteArray cn = commonName.toUtf8();
    X509_NAME* name = X509_get_subject_name(cert.get());
    const time_t start = time_t(notBefore.toSecsSinceEpoch());
    const bool ok =
        number && BN_to_ASN1_INTEGER(number.get(), X509_get_serialNumber(cert.get())) &&
        X509_time_adj_ex(X509_getm_notBefore(cert.get()), 0, 0, const_cast<time_t*>(&start)) &&
        X509_time_adj_ex(X509_getm_notAfter(cert.get()), validDays, 0,
                         const_cast<time_t*>(&start)) &&
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char*>(cn.constData()),
                                   int(cn.size()), -1, 0) == 1 &&
        X509_set_issuer_name(cert.get(), name) == 1 && X509_set_pubkey(cert.get(), key) == 1 &&
        X509_sign(cert.get(), key, EVP_sha256()) > 0;
    if (!ok)
        return keyFailure(QStringLiteral("certificate cannot be signed"));
    return cert;
}

} // namespace

Result<SamlSigningKey> SamlSigningKey::generate(const QString& commonName,
                                                const QDateTime& notBefore, int validDays)
{
    KeyPtr key(EVP_RSA_gen(2048), &EVP_PKEY_free);
    if (!key)
        return keyFailure(QStringLiteral("cannot be generated"));
    auto cert = selfSignedCertificate(key.get(), commonName, notBefore, validDays);
    if (!cert)
        return cert.error();
    BioPtr pem(BIO_new(BIO_s_secmem()), &BIO_free);
    if (!pem ||
        PEM_write_bio_PrivateKey(pem.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return keyFailure(QStringLiteral("cannot be written"));
    unsigned char* der = nullptr;
    const int derSize = i2d_X509(cert->get(), &der);
    if (derSize <= 0)
        return keyFailure(QStringLiteral("certificate cannot be written"));
    SamlSigningKey result;
    result.m_certificateDer = QByteArray(reinterpret_cast<const char*>(der), derSize);
    OPENSSL_free(der);
    result.m_privateKeyPem = takePem(pem.get());
    return result;
}

SecureBytes SamlSigningKey::pack() const
{
    SecureBytes packed = m_privateKeyPem.clone();
    const QByteArray body = m_certificateDer.toBase64();
    packed.append("-----BEGIN CERTIFICATE-----\n");
    for (qsizetype at = 0; at < body.size(); at += 64) {
        packed.append(QByteArrayView(body).sliced(at, qMin<qsizetype>(64, body.size() - at)));
        packed.append("\n");
    }
    packed.append("-----END CERTIFICATE-----\n");
    return packed;
}

Result<SamlSigningKey> SamlSigningKey::unpack(const SecureBytes& packed)
{
    const QByteArrayView view = packed.view();
    const QByteArrayView marker("-----BEGIN CERTIFICATE-----");
    const qsizetype split = view.indexOf(marker);
    if (split <= 0)
        return keyFailure(QStringLiteral("in the secret store is damaged"));
    BioPtr certPem(BIO_new_mem_buf(view.constData() + split, int(view.size() - split)), &BIO_free);
    CertPtr cert(certPem ? PEM_read_bio_X509(certPem.get(), nullptr, nullptr, nullptr) : nullptr,
                 &X509_free);
    BioPtr keyPem(BIO_new_mem_buf(view.constData(), int(split)), &BIO_free);
    KeyPtr key(keyPem ? PEM_read_bio_PrivateKey(keyPem.get(), nullptr, nullptr, nullptr) : nullptr,
               &EVP_PKEY_free);
    // The key must be the certificate's, or the metadata would not verify what it signs.
    if (!cert || !key || X509_check_private_key(cert.get(), key.get()) != 1)
        return keyFailure(QStringLiteral("in the secret store is damaged"));
    unsigned char* der = nullptr;
    const int derSize = i2d_X509(cert.get(), &der);
    if (derSize <= 0)
        return keyFailure(QStringLiteral("certificate cannot be written"));
    SamlSigningKey result;
    result.m_certificateDer = QByteArray(reinterpret_cast<const char*>(der), derSize);
    OPENSSL_free(der);
    result.m_privateKeyPem = SecureBytes::fromView(view.first(split));
    return result;
}
