#pragma once

#include "crypto/securebytes.h"
#include "iam/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

// An identity provider's signing key: an RSA private key (PEM, a secret) and
// its self-signed certificate (DER, public: it goes into the metadata).
class SamlSigningKey
{
public:
    // A fresh RSA-2048 key and a certificate for subject CN=commonName,
    // valid from notBefore for validDays.
    static Result<SamlSigningKey> generate(const QString& commonName, const QDateTime& notBefore,
                                           int validDays = 3650);
    // A key kept in the secret store: the private key PEM, then the
    // certificate PEM (as pack() writes them).
    static Result<SamlSigningKey> unpack(const SecureBytes& packed);
    SecureBytes pack() const;

    const SecureBytes& privateKeyPem() const { return m_privateKeyPem; }
    const QByteArray& certificateDer() const { return m_certificateDer; }

private:
    SecureBytes m_privateKeyPem;
    QByteArray m_certificateDer;
};
