#pragma once

#include "iam/entitykind.h"

#include <QString>

struct AccessGraphNode
{
    QString arn;
    EntityKind kind = EntityKind::User;
    QString label;
    bool adminEquivalent = false; // allowed "*" on "*"
};
