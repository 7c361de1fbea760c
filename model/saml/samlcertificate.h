#pragma once

#include "iam/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

// An X.509 certificate from SAML metadata (DER), with what the console shows of it.
class SamlCertificate
{
public:
    // DER bytes; InvalidInput when they are not one certificate.
    static Result<SamlCertificate> fromDer(const QByteArray& der);

    const QByteArray& der() const { return m_der; }
    QString subject() const { return m_subject; } // RFC 2253, "CN=CatPhotoIdP"
    QDateTime notBefore() const { return m_notBefore; }
    QDateTime notAfter() const { return m_notAfter; }
    // The base64 text metadata and KeyInfo carry.
    QString base64() const { return QString::fromLatin1(m_der.toBase64()); }

private:
    QByteArray m_der;
    QString m_subject;
    QDateTime m_notBefore;
    QDateTime m_notAfter;
};
