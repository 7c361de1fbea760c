#pragma once

#include "iam/result.h"

#include <QString>
#include <QStringList>

// An account's password policy, as UpdateAccountPasswordPolicy sets it.
struct PasswordPolicy
{
    static constexpr int MinimumLengthMin = 6;
    static constexpr int MinimumLengthMax = 128;
    static constexpr int MaxPasswordAgeMax = 1095;
    static constexpr int PasswordReusePreventionMax = 24;

    int minimumLength = 8; // 6..128
    bool requireUppercase = false, requireLowercase = false, requireNumbers = false,
         requireSymbols = false;
    bool allowUsersToChangePassword = true;
    int maxPasswordAgeDays = 0;      // 0: passwords never expire; else 1..1095
    int passwordReusePrevention = 0; // 0: off; else 1..24 previous passwords
    bool hardExpiry = false;
    bool threeOfFourClasses = false; // only AWS's default policy (used when the account sets none)

    bool operator==(const PasswordPolicy&) const = default;

    // AWS's default: at least 8 characters, 3 of upper case, lower case, digits, symbols.
    static PasswordPolicy awsDefault();
    // The characters AWS counts as symbols.
    static QString symbols();

    // ValidationError naming each parameter out of UpdateAccountPasswordPolicy's ranges.
    Result<void> validateSettings() const;
    // One readable sentence per unmet rule; empty when the password complies.
    QStringList violations(const QString& password) const;
    // PasswordPolicyViolation (400); the message lists the violations.
    Result<void> check(const QString& password) const;
};
