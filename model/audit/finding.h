#pragma once

#include <QString>

// Something in an account worth a security review.
struct Finding
{
    enum class Kind
    {
        UserWithoutMfa,
        AccessKeyOld,
        AccessKeyNeverUsed,
        RoleTrustsAnyone,
        RoleTrustsAnyAccount,
        CanEscalateToAdmin,
        EmptyGroup,
        RoleNobodyCanAssume,
        // The principal's identity policies allow an action that a service
        // control policy of its account denies: the permission never works.
        PermissionRemovedByScp
    };

    Kind kind = Kind::UserWithoutMfa;
    QString subjectArn;
    QString title;
    QString detail;
    int severity = 1; // 1 low .. 3 high
};
