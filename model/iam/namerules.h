#pragma once

#include "iam/result.h"

#include <QString>

// The naming rules of IAM and STS (spec §1-§3), each answering with the
// error the service gives for a value that breaks it.
class NameRules
{
public:
    static Result<void> validateUserName(const QString& name);
    static Result<void> validateRoleName(const QString& name);
    static Result<void> validateGroupName(const QString& name);
    static Result<void> validatePolicyName(const QString& name);
    // CreateSAMLProvider's Name: 1-128 of [\w._-].
    static Result<void> validateSamlProviderName(const QString& name);
    static Result<void> validatePath(const QString& path);
    static Result<void> validateAccountId(const QString& accountId);
    static Result<void> validateAccountAlias(const QString& alias);
    static Result<void> validateSerialNumber(const QString& serial);
    // A virtual MFA device's name: 1-226 characters of [\w+=,.@-].
    static Result<void> validateMfaDeviceName(const QString& name);
    static Result<void> validateTagKey(const QString& key);
    static Result<void> validateTagValue(const QString& value);
    static Result<void> validateDescription(const QString& description);
    static Result<void> validateMaxSessionDuration(int seconds);
    // A root user's email address: 6-64 characters, one '@' with text on
    // both sides, a dot in the domain, no spaces (as AWS Organizations takes it).
    static Result<void> validateEmail(const QString& email);

    static bool isAccountId(const QString& text);
    // Characters of user, group, role and policy names: [A-Za-z0-9+=,.@_-].
    static bool isNameCharacter(QChar c);

private:
    static Result<void> validateEntityName(const QString& name, const QString& field,
                                           int maxLength);
};
