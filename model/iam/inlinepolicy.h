#pragma once

#include <QString>

// A policy embedded in one user, group or role.
struct InlinePolicy
{
    QString name;
    QString document;
};
