#pragma once

#include <QString>
#include <QStringList>

// A role a principal can become, directly or by chaining.
struct ReachedRole
{
    QString roleArn;
    QStringList path; // the principal, the roles in between, the role
    int hops = 1;
    // Reached through another role: such sessions last at most one hour.
    bool chained = false;
    // Some step holds only under conditions (MFA, an external id...).
    bool conditional = false;
};
