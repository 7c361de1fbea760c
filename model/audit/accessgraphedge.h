#pragma once

#include <QString>

struct AccessGraphEdge
{
    enum class Kind
    {
        MemberOf,
        CanAssume
    };

    QString from; // ARN
    QString to;   // ARN
    Kind kind = Kind::MemberOf;
};
