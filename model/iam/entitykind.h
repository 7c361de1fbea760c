#pragma once

#include <QString>

enum class EntityKind
{
    User,
    Group,
    Role,
    Policy
};

inline QString entityKindName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::User:
        return QStringLiteral("user");
    case EntityKind::Group:
        return QStringLiteral("group");
    case EntityKind::Role:
        return QStringLiteral("role");
    case EntityKind::Policy:
        return QStringLiteral("policy");
    }
    return {};
}
