#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

// Identifiers and key material from OpenSSL's CSPRNG.
class Random
{
public:
    static QByteArray bytes(int count);
    // count characters of the RFC 4648 base32 alphabet [A-Z2-7].
    static QString base32(int count);
    // An IAM unique id: prefix ("AIDA", "AGPA", "AROA", "ANPA", "AIPA") + 17 characters.
    static QString uniqueId(QStringView prefix);
    // "AKIA" (long-term) or "ASIA" (temporary) + 16 characters.
    static QString accessKeyId(bool temporary);
    // 40 characters of the base64 alphabet.
    static QString secretAccessKey();
    // A readable one-time password: 16 characters from letters, digits and symbols.
    static QString password(int length = 16);
};
