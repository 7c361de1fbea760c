#include "saml/samlcertificate.h"

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/x509.h>

#include <memory>

namespace {

QDateTime fromAsn1Time(const ASN1_TIME* time)
{
    struct tm parts = {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

QString subjectText(X509* cert)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!bio || X509_NAME_print_ex(bio.get(), X509_get_subject_name(cert), 0, XN_FLAG_RFC2253) < 0)
        return {};
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, size);
}

} // namespace

Result<SamlCertificate> SamlCertificate::fromDer(const QByteArray& der)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(der.constData());
    std::unique_ptr<X509, decltype(&X509_free)> cert(d2i_X509(nullptr, &bytes, der.size()),
                                                     &X509_free);
    // Trailing bytes would be a second object hidden behind the first.
    if (!cert || bytes != reinterpret_cast<const unsigned char*>(der.constData()) + der.size())
        return IamError::invalidInput(
            QStringLiteral("The metadata holds a signing certificate that is not a valid X.509 "
                           "certificate."));
    SamlCertificate result;
    result.m_der = der;
    result.m_subject = subjectText(cert.get());
    result.m_notBefore = fromAsn1Time(X509_get0_notBefore(cert.get()));
    result.m_notAfter = fromAsn1Time(X509_get0_notAfter(cert.get()));
    return result;
}
