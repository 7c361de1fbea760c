#pragma once

#include <QString>

#include <optional>

// A role a user saved for Switch Role (a profile of ~/.aws/config, or of the
// aws-extend-switch-roles browser extension): the user's own, like the role
// history, listed under "Saved roles" in the account menu.
struct RoleBookmark
{
    QString userArn;
    QString profileName;  // unique per user, case as written
    QString accountId;    // 12-digit id; empty for an alias this directory does not know
    QString accountInput; // as written: id or alias
    QString roleName;     // path (without leading slash) + name
    QString displayName;
    QString color = QStringLiteral("blue"); // DisplayColor::id()
    std::optional<int> durationSeconds;
    QString sessionName;
    QString mfaSerial;
    QString externalId;
    QString region;
    QString sourceProfile;

    bool operator==(const RoleBookmark&) const = default;
};
