#pragma once

#include <QCoreApplication>
#include <QString>

struct Identity;

// How the console names who it acts as, the same in the account menu's
// button, the session tabs, the account menu's sessions and the title: a
// role's display name, "Root user @ account", or "user @ account".
class IdentityText
{
    Q_DECLARE_TR_FUNCTIONS(IdentityText)

public:
    static QString who(const Identity& identity);
};
