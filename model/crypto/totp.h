#pragma once

#include "crypto/hmac.h"
#include "crypto/securebytes.h"

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

// How codes are made: RFC 6238's defaults are SHA-1, 6 digits, 30 s.
// (Outside Totp so it can be a default argument of Totp's own functions.)
struct TotpParameters
{
    Hmac::Algorithm algorithm = Hmac::Algorithm::Sha1;
    int digits = 6;  // 6 or 8
    int period = 30; // seconds per time step
};

// One-time passwords: HOTP (RFC 4226) and TOTP (RFC 6238) with T0 = 0, the
// codes of virtual MFA devices.
class Totp
{
public:
    using Parameters = TotpParameters;

    static constexpr int DefaultSkewSteps = 1;

    // The code for a counter value, zero-padded to digits (6 if digits is
    // neither 6 nor 8).
    static QString hotp(const SecureBytes& seed, quint64 counter,
                        Hmac::Algorithm algorithm = Hmac::Algorithm::Sha1, int digits = 6);

    // floor(seconds since the epoch / period); nullopt before the epoch.
    static std::optional<quint64> timeStep(const QDateTime& time, int period = 30);

    static QString code(const SecureBytes& seed, const QDateTime& time,
                        const Parameters& parameters = {});

    // The time step whose code matches, searching allowedSkewSteps steps on
    // either side of time's own step (the closest step wins). Callers store
    // the returned step and refuse a code whose step is not newer, so one
    // code cannot be used twice. Every candidate is compared in constant time.
    static std::optional<quint64> verify(QStringView code, const SecureBytes& seed,
                                         const QDateTime& time,
                                         int allowedSkewSteps = DefaultSkewSteps,
                                         const Parameters& parameters = {});

    // otpauth://totp/<issuer>:<account>?secret=<base32>&issuer=<issuer>&algorithm=SHA1&digits=6&period=30
    // for QR codes. It holds the seed, so it is a secret too.
    static SecureBytes otpauthUri(const QString& issuer, const QString& account,
                                  const SecureBytes& seed, const Parameters& parameters = {});
};
