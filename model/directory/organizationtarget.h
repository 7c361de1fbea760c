#pragma once

#include <QString>

// What an organization policy attaches to (ListTargetsForPolicy's
// PolicyTargetSummary): the root, an organizational unit or an account.
struct OrganizationTarget
{
    enum class Type
    {
        Root,
        OrganizationalUnit,
        Account
    };

    QString id; // "r-...", "ou-...", or a 12-digit account id
    QString arn;
    QString name;
    Type type = Type::Root;

    bool operator==(const OrganizationTarget&) const = default;

    // "ROOT", "ORGANIZATIONAL_UNIT", "ACCOUNT": the API's TargetType.
    static QString typeName(Type type)
    {
        switch (type) {
        case Type::Root:
            return QStringLiteral("ROOT");
        case Type::OrganizationalUnit:
            return QStringLiteral("ORGANIZATIONAL_UNIT");
        case Type::Account:
            break;
        }
        return QStringLiteral("ACCOUNT");
    }
};
