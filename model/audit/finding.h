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
        RoleNobodyCanAssume
    };

    Kind kind = Kind::UserWithoutMfa;
    QString subjectArn;
    QString title;
    QString detail;
    int severity = 1; // 1 low .. 3 high
};
