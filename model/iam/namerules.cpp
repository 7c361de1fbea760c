#include "iam/namerules.h"

#include "iam/quotas.h"

#include <QRegularExpression>

namespace {

const QString namePattern = QStringLiteral("[\\w+=,.@-]+");

bool matchesWhole(const QString& text, const QRegularExpression& re)
{
    return re.match(text).hasMatch();
}

Result<void> lengthBetween(const QString& value, const QString& field, qsizetype min, qsizetype max)
{
    if (value.size() < min)
        return IamError::constraintViolation(
            value, field, QStringLiteral("have length greater than or equal to %1").arg(min));
    if (value.size() > max)
        return IamError::constraintViolation(
            value, field, QStringLiteral("have length less than or equal to %1").arg(max));
    return {};
}

bool allOf(const QString& text, bool (*pred)(QChar))
{
    for (QChar c : text)
        if (!pred(c))
            return false;
    return true;
}

// What serial numbers (and external ids) may hold: the name characters, ':' and '/'.
bool isSerialNumberCharacter(QChar c)
{
    return NameRules::isNameCharacter(c) || c == QLatin1Char(':') || c == QLatin1Char('/');
}

} // namespace

bool NameRules::isNameCharacter(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '+' ||
           u == '=' || u == ',' || u == '.' || u == '@' || u == '_' || u == '-';
}

bool NameRules::isAccountId(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{12}$"));
    return matchesWhole(text, re);
}

Result<void> NameRules::validateEntityName(const QString& name, const QString& field, int maxLength)
{
    if (auto r = lengthBetween(name, field, 1, maxLength); !r)
        return r;
    if (!allOf(name, &isNameCharacter))
        return IamError::constraintViolation(
            name, field, QStringLiteral("satisfy regular expression pattern: ") + namePattern);
    return {};
}

Result<void> NameRules::validateUserName(const QString& name)
{
    return validateEntityName(name, QStringLiteral("userName"), Quotas::UserNameMax);
}

Result<void> NameRules::validateRoleName(const QString& name)
{
    return validateEntityName(name, QStringLiteral("roleName"), Quotas::RoleNameMax);
}

Result<void> NameRules::validateGroupName(const QString& name)
{
    return validateEntityName(name, QStringLiteral("groupName"), Quotas::GroupNameMax);
}

Result<void> NameRules::validatePolicyName(const QString& name)
{
    return validateEntityName(name, QStringLiteral("policyName"), Quotas::PolicyNameMax);
}

Result<void> NameRules::validateSamlProviderName(const QString& name)
{
    const QString field = QStringLiteral("name");
    if (auto r = lengthBetween(name, field, 1, Quotas::SamlProviderNameMax); !r)
        return r;
    static const QRegularExpression re(QStringLiteral("^[\\w._-]+$"));
    if (!matchesWhole(name, re))
        return IamError::constraintViolation(
            name, field, QStringLiteral("satisfy regular expression pattern: [\\w._-]+"));
    return {};
}

Result<void> NameRules::validatePath(const QString& path)
{
    if (auto r = lengthBetween(path, QStringLiteral("path"), 1, Quotas::PathMax); !r)
        return r;
    // "/" alone, or "/" + printable ASCII segments + "/".
    static const QRegularExpression re(QStringLiteral("^(/|/[\\x{0021}-\\x{007E}]+/)$"));
    if (!matchesWhole(path, re))
        return IamError::constraintViolation(
            path, QStringLiteral("path"),
            QStringLiteral(
                "satisfy regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007E]+"
                "\\u002F)"));
    return {};
}

Result<void> NameRules::validateAccountId(const QString& accountId)
{
    if (!isAccountId(accountId))
        return IamError::constraintViolation(accountId, QStringLiteral("accountId"),
                                             QStringLiteral("be a 12-digit account ID"));
    return {};
}

Result<void> NameRules::validateAccountAlias(const QString& alias)
{
    if (auto r = lengthBetween(alias, QStringLiteral("accountAlias"), 3, 63); !r)
        return r;
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]([a-z0-9]|-(?!-))*[a-z0-9]$"));
    if (!matchesWhole(alias, re) || isAccountId(alias))
        return IamError::constraintViolation(
            alias, QStringLiteral("accountAlias"),
            QStringLiteral("satisfy regular expression pattern: ^[a-z0-9]([a-z0-9]|-(?!-)){1,61}"
                           "[a-z0-9]$"));
    return {};
}

Result<void> NameRules::validateSerialNumber(const QString& serial)
{
    if (auto r = lengthBetween(serial, QStringLiteral("serialNumber"), 9, 256); !r)
        return r;
    if (!allOf(serial, &isSerialNumberCharacter))
        return IamError::constraintViolation(
            serial, QStringLiteral("serialNumber"),
            QStringLiteral("satisfy regular expression pattern: [\\w+=/:,.@-]*"));
    return {};
}

Result<void> NameRules::validateMfaDeviceName(const QString& name)
{
    const QString field = QStringLiteral("virtualMFADeviceName");
    if (auto r = lengthBetween(name, field, 1, 226); !r)
        return r;
    if (!allOf(name, &isNameCharacter))
        return IamError::constraintViolation(
            name, field, QStringLiteral("satisfy regular expression pattern: [\\w+=,.@-]+"));
    return {};
}

Result<void> NameRules::validateEmail(const QString& email)
{
    const QString field = QStringLiteral("email");
    if (auto r = lengthBetween(email, field, 6, 64); !r)
        return r;
    static const QRegularExpression re(QStringLiteral("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$"));
    if (!re.match(email).hasMatch())
        return IamError::constraintViolation(email, field,
                                             QStringLiteral("be an email address: name@domain"));
    return {};
}

Result<void> NameRules::validateTagKey(const QString& key)
{
    if (auto r = lengthBetween(key, QStringLiteral("tags.member.key"), 1, Quotas::TagKeyMax); !r)
        return r;
    static const QRegularExpression re(QStringLiteral("^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+$"));
    if (!matchesWhole(key, re))
        return IamError::constraintViolation(
            key, QStringLiteral("tags.member.key"),
            QStringLiteral("satisfy regular expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+"));
    return {};
}

Result<void> NameRules::validateTagValue(const QString& value)
{
    if (auto r = lengthBetween(value, QStringLiteral("tags.member.value"), 0, Quotas::TagValueMax);
        !r)
        return r;
    static const QRegularExpression re(QStringLiteral("^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"));
    if (!matchesWhole(value, re))
        return IamError::constraintViolation(
            value, QStringLiteral("tags.member.value"),
            QStringLiteral("satisfy regular expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*"));
    return {};
}

Result<void> NameRules::validateDescription(const QString& description)
{
    return lengthBetween(description, QStringLiteral("description"), 0, Quotas::DescriptionMax);
}

Result<void> NameRules::validateMaxSessionDuration(int seconds)
{
    if (seconds < Quotas::RoleMaxSessionDurationMin)
        return IamError::constraintViolation(
            QString::number(seconds), QStringLiteral("maxSessionDuration"),
            QStringLiteral("have value greater than or equal to %1")
                .arg(Quotas::RoleMaxSessionDurationMin));
    if (seconds > Quotas::RoleMaxSessionDurationMax)
        return IamError::constraintViolation(QString::number(seconds),
                                             QStringLiteral("maxSessionDuration"),
                                             QStringLiteral("have value less than or equal to %1")
                                                 .arg(Quotas::RoleMaxSessionDurationMax));
    return {};
}
