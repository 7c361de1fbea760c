#include "navigatoritemdelegate.h"

#include "items/navigatormodel.h"

#include <QIcon>

namespace {
QIcon iconFor(const QModelIndex& index)
{
    static const QIcon account(QStringLiteral(":/switchboard/icons/account.svg"));
    static const QIcon folder(QStringLiteral(":/switchboard/icons/folder.svg"));
    static const QIcon user(QStringLiteral(":/switchboard/icons/user.svg"));
    static const QIcon group(QStringLiteral(":/switchboard/icons/group.svg"));
    static const QIcon role(QStringLiteral(":/switchboard/icons/role.svg"));
    static const QIcon policy(QStringLiteral(":/switchboard/icons/policy.svg"));
    static const QIcon awsPolicy(QStringLiteral(":/switchboard/icons/policy-aws.svg"));
    static const QIcon principal(QStringLiteral(":/switchboard/icons/principal.svg"));
    static const QIcon denied(QStringLiteral(":/switchboard/icons/denied.svg"));

    using Type = NavigatorModel::NodeType;
    const auto type = Type(index.data(NavigatorModel::NodeTypeRole).toInt());
    if (!index.data(NavigatorModel::AccessDeniedRole).toString().isEmpty())
        return denied;
    if (type == Type::Account)
        return account;
    if (type == Type::Category || type == Type::Organization || type == Type::ProviderCategory ||
        type == Type::OrganizationalUnit || type == Type::OrganizationPolicies ||
        type == Type::OrganizationPolicyType)
        return folder;
    if (type == Type::OrganizationPolicy)
        return index.data(NavigatorModel::IsAwsManagedRole).toBool() ? awsPolicy : policy;
    if (type == Type::Provider)
        return principal;
    if (type == Type::Principal)
        return principal;
    if (type == Type::Denied)
        return denied;
    switch (EntityKind(index.data(NavigatorModel::EntityKindRole).toInt())) {
    case EntityKind::User:
        return user;
    case EntityKind::Group:
        return group;
    case EntityKind::Role:
        return role;
    case EntityKind::Policy:
        return index.data(NavigatorModel::IsAwsManagedRole).toBool() ? awsPolicy : policy;
    }
    return {};
}
} // namespace

void NavigatorItemDelegate::initStyleOption(QStyleOptionViewItem* option,
                                            const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->icon = iconFor(index);
    option->features |= QStyleOptionViewItem::HasDecoration;
}
