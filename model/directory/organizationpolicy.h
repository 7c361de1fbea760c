#pragma once

#include "policy/organizationpolicyrules.h"

#include <QString>

#include <optional>

// A policy of the organization (AWS Organizations): a service control policy
// (limits the principals of member accounts) or a resource control policy
// (limits their resources). Attached to the root, OUs and accounts.
struct OrganizationPolicy
{
    enum class Type
    {
        ServiceControl,
        ResourceControl
    };

    QString id; // "p-" + 8 characters; AWS's own: p-FullAWSAccess, p-RCPFullAWSAccess
    QString arn;
    QString name; // 1-128 characters, unique per type
    QString description;
    Type type = Type::ServiceControl;
    QString content;
    bool awsManaged = false;

    bool operator==(const OrganizationPolicy&) const = default;

    // AWS's quota on the content of an SCP or an RCP, in characters.
    static constexpr int maxContentSize = OrganizationPolicyRules::MaxSize;
    static QString fullAwsAccessId() { return QStringLiteral("p-FullAWSAccess"); }
    static QString rcpFullAwsAccessId() { return QStringLiteral("p-RCPFullAWSAccess"); }

    // "SERVICE_CONTROL_POLICY", "RESOURCE_CONTROL_POLICY": the API's PolicyType.
    static QString typeName(Type type)
    {
        return type == Type::ServiceControl ? QStringLiteral("SERVICE_CONTROL_POLICY")
                                            : QStringLiteral("RESOURCE_CONTROL_POLICY");
    }
    static std::optional<Type> typeFromName(const QString& name)
    {
        if (name == QLatin1String("SERVICE_CONTROL_POLICY"))
            return Type::ServiceControl;
        if (name == QLatin1String("RESOURCE_CONTROL_POLICY"))
            return Type::ResourceControl;
        return std::nullopt;
    }
};
