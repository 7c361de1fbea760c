#include "iam/passwordpolicy.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

QString trPolicy(const char* text)
{
    return QCoreApplication::translate("PasswordPolicy", text);
}

bool isUpper(QChar c)
{
    return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
}

bool isLower(QChar c)
{
    return c >= QLatin1Char('a') && c <= QLatin1Char('z');
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isSymbol(QChar c)
{
    return PasswordPolicy::symbols().contains(c);
}

bool containsAny(const QString& password, bool (*test)(QChar))
{
    return std::any_of(password.cbegin(), password.cend(), test);
}

// "Value 'x' at 'field' failed to satisfy constraint: Member must ..." for one parameter.
QString outOfRange(int value, const char* field, const QString& constraint)
{
    return QStringLiteral("Value '%1' at '%2' failed to satisfy constraint: Member must %3")
        .arg(value)
        .arg(QLatin1String(field), constraint);
}

QString atLeast(int minimum)
{
    return QStringLiteral("have value greater than or equal to %1").arg(minimum);
}

QString atMost(int maximum)
{
    return QStringLiteral("have value less than or equal to %1").arg(maximum);
}

} // namespace

PasswordPolicy PasswordPolicy::awsDefault()
{
    PasswordPolicy policy;
    policy.minimumLength = 8;
    policy.threeOfFourClasses = true;
    return policy;
}

QString PasswordPolicy::symbols()
{
    return QStringLiteral("!@#$%^&*()_+-=[]{}|'");
}

Result<void> PasswordPolicy::validateSettings() const
{
    QStringList errors;
    QString firstField; // what the error is about: the first setting out of range
    const auto outOf = [&](int value, const char* field, const QString& constraint) {
        if (errors.isEmpty())
            firstField = QLatin1String(field);
        errors << outOfRange(value, field, constraint);
    };
    if (minimumLength < MinimumLengthMin)
        outOf(minimumLength, "minimumPasswordLength", atLeast(MinimumLengthMin));
    if (minimumLength > MinimumLengthMax)
        outOf(minimumLength, "minimumPasswordLength", atMost(MinimumLengthMax));
    // 0 is how this value type says "not set"; the API's range starts at 1.
    if (maxPasswordAgeDays < 0)
        outOf(maxPasswordAgeDays, "maxPasswordAge", atLeast(1));
    if (maxPasswordAgeDays > MaxPasswordAgeMax)
        outOf(maxPasswordAgeDays, "maxPasswordAge", atMost(MaxPasswordAgeMax));
    if (passwordReusePrevention < 0)
        outOf(passwordReusePrevention, "passwordReusePrevention", atLeast(1));
    if (passwordReusePrevention > PasswordReusePreventionMax)
        outOf(passwordReusePrevention, "passwordReusePrevention",
              atMost(PasswordReusePreventionMax));
    if (errors.isEmpty())
        return {};
    const QString head = errors.size() == 1
                             ? QStringLiteral("1 validation error detected: ")
                             : QStringLiteral("%1 validation errors detected: ").arg(errors.size());
    return IamError::validation(head + errors.join(QStringLiteral("; "))).withParameter(firstField);
}

QStringList PasswordPolicy::violations(const QString& password) const
{
    QStringList unmet;
    if (password.size() < minimumLength)
        unmet << trPolicy("Password must be at least %1 characters long.").arg(minimumLength);
    if (requireUppercase && !containsAny(password, isUpper))
        unmet << trPolicy("Password must contain at least one uppercase letter from the Latin "
                          "alphabet (A-Z).");
    if (requireLowercase && !containsAny(password, isLower))
        unmet << trPolicy("Password must contain at least one lowercase letter from the Latin "
                          "alphabet (a-z).");
    if (requireNumbers && !containsAny(password, isDigit))
        unmet << trPolicy("Password must contain at least one number.");
    if (requireSymbols && !containsAny(password, isSymbol))
        unmet << trPolicy("Password must contain at least one non-alphanumeric character "
                          "(! @ # $ % ^ & * ( ) _ + - = [ ] { } | ').");
    if (threeOfFourClasses) {
        const int classes =
            int(containsAny(password, isUpper)) + int(containsAny(password, isLower)) +
            int(containsAny(password, isDigit)) + int(containsAny(password, isSymbol));
        if (classes < 3)
            unmet << trPolicy("Password must contain at least three of these character types: "
                              "uppercase letters, lowercase letters, numbers and "
                              "non-alphanumeric characters.");
    }
    return unmet;
}

Result<void> PasswordPolicy::check(const QString& password) const
{
    const QStringList unmet = violations(password);
    if (unmet.isEmpty())
        return {};
    // AWS's message, in English; violations() gives the unmet rules to show beside it.
    return IamError::passwordPolicyViolation(
        QStringLiteral("Password does not conform to the account password policy."));
}
