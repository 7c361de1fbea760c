#include "directory/organizationpolicyrules.h"

#include "policy/policydocument.h"

#include <QCryptographicHash>

namespace {
IamError organizationsError(const char* code, const QString& message)
{
    return IamError(QLatin1String(code), message, 400);
}
} // namespace

PolicyKind OrganizationPolicyRules::grammarOf(OrganizationPolicy::Type type)
{
    // Until the engine has kinds of their own: SCPs read as identity
    // policies, RCPs as resource policies (Principal required).
    return type == OrganizationPolicy::Type::ServiceControl ? PolicyKind::Identity
                                                            : PolicyKind::Resource;
}

Result<void> OrganizationPolicyRules::validateName(const QString& name)
{
    if (name.isEmpty() || name.size() > 128)
        return organizationsError(
            "InvalidInputException",
            QStringLiteral("The policy name must be 1 to 128 characters long."));
    return {};
}

Result<void> OrganizationPolicyRules::validateDescription(const QString& description)
{
    if (description.size() > 512)
        return organizationsError(
            "InvalidInputException",
            QStringLiteral("The policy description must be at most 512 characters long."));
    return {};
}

Result<void> OrganizationPolicyRules::validateContent(OrganizationPolicy::Type type,
                                                      const QString& content)
{
    if (content.size() > OrganizationPolicy::maxContentSize)
        return organizationsError(
            "ConstraintViolationException",
            QStringLiteral("The policy content is %1 characters long; a %2 may have at most %3 "
                           "(POLICY_CONTENT_LIMIT_EXCEEDED).")
                .arg(content.size())
                .arg(OrganizationPolicy::typeName(type))
                .arg(OrganizationPolicy::maxContentSize));
    if (auto parsed = PolicyDocument::parseIgnoringSize(content, grammarOf(type)); !parsed)
        return organizationsError("MalformedPolicyDocumentException", parsed.error().message());
    return {};
}

QString OrganizationPolicyRules::cacheKey(const OrganizationPolicy& policy)
{
    return QStringLiteral("organization-policy:") + policy.id + QLatin1Char('#') +
           QString::fromLatin1(
               QCryptographicHash::hash(policy.content.toUtf8(), QCryptographicHash::Sha256)
                   .toHex()
                   .left(16));
}
