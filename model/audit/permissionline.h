#pragma once

#include <QString>

// One statement's grant or denial, flattened for the effective-permissions table.
struct PermissionLine
{
    QString effect;   // "Allow" or "Deny"
    QString action;   // one action pattern ("s3:Get*"), or "NotAction: ..."
    QString resource; // one resource pattern, or "NotResource: ..."
    // "inline policy X", "attached policy Y", "group Admins: attached policy Z"
    QString source;
    bool limitedByBoundary = false;
    // An Allow that a service control policy of the principal's account cuts
    // down: its levels do not let the pattern through, or one denies part of it.
    bool limitedByScp = false;
    // Limited because at some level no SCP allows the pattern at all (an
    // allow-list), rather than by a deny of part of it.
    bool noScpAllows = false;
    bool conditional = false;
};
