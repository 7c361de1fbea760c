#pragma once

#include "crypto/securebytes.h"

#include <QDateTime>
#include <QString>

// What STS hands out: the access key id is public, the rest is secret.
struct TemporaryCredentials
{
    QString accessKeyId;         // ASIA + 16 characters
    SecureBytes secretAccessKey; // 40 characters of the base64 alphabet
    SecureBytes sessionToken;    // opaque, authenticated, names its session
    QDateTime expiration;        // UTC
};
