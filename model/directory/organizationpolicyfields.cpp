#include "directory/organizationpolicyfields.h"

#include "policy/organizationpolicyrules.h"
#include "policy/policydocument.h"

#include <QCryptographicHash>

namespace {
IamError organizationsError(const char* code, const QString& message)
{
    return IamError(QLatin1String(code), message, 400);
}
} // namespace

PolicyKind OrganizationPolicyFields::grammarOf(OrganizationPolicy::Type type)
{
    return type == OrganizationPolicy::Type::ServiceControl ? PolicyKind::ServiceControl
                                                            : PolicyKind::ResourceControl;
}

Result<void> OrganizationPolicyFields::validateName(const QString& name)
{
    if (name.isEmpty() || name.size() > 128)
        return organizationsError(
                   "InvalidInputException",
                   QStringLiteral("The policy name must be 1 to 128 characters long."))
            .withParameter(QStringLiteral("Name"));
    return {};
}

Result<void> OrganizationPolicyFields::validateDescription(const QString& description)
{
    if (description.size() > 512)
        return organizationsError(
                   "InvalidInputException",
                   QStringLiteral("The policy description must be at most 512 characters long."))
            .withParameter(QStringLiteral("Description"));
    return {};
}

Result<void> OrganizationPolicyFields::validateContent(OrganizationPolicy::Type type,
                                                       const QString& content)
{
    if (auto checked = OrganizationPolicyRules::validate(content, grammarOf(type)); !checked)
        return checked.error();
    return {};
}

QString OrganizationPolicyFields::cacheKey(const OrganizationPolicy& policy)
{
    return QStringLiteral("organization-policy:") + policy.id + QLatin1Char('#') +
           QString::fromLatin1(
               QCryptographicHash::hash(policy.content.toUtf8(), QCryptographicHash::Sha256)
                   .toHex()
                   .left(16));
}
