#pragma once

#include "iam/entitykind.h"

#include <QString>

// A user or role that can assume a role directly.
struct AssumeEdge
{
    QString principalArn;
    EntityKind kind = EntityKind::User;
    QString roleArn;
    bool conditional = false;
};
