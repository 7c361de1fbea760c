#pragma once

#include <QString>

// An organizational unit of the organization (AWS Organizations): a named
// container under the root or another OU, holding accounts and OUs. Its id is
// "ou-" + the root id's suffix + "-" + 8 characters, as AWS forms them.
struct OrganizationalUnit
{
    QString id;
    QString name;     // 1-128 characters
    QString parentId; // the root's id ("r-...") or an OU's
    QString arn;      // arn:aws:organizations::<management>:ou/o-.../ou-...
    bool operator==(const OrganizationalUnit&) const = default;
};
