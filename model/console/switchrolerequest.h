#pragma once

#include <QString>

#include <optional>

// What the console's Switch Role form collects.
struct SwitchRoleRequest
{
    QString account;                        // 12-digit id or alias, as typed
    QString roleName;                       // path + name without the leading slash: "audit/Reader"
    QString displayName;                    // empty: "<role name> @ <account as typed>"
    QString color = QStringLiteral("blue"); // DisplayColor::id()
    std::optional<int> durationSeconds;     // default one hour
    QString tokenCode;                      // the user's MFA code when the role asks for MFA
    QString sessionName;                    // empty: the user's name

    // "<role name> @ <account>", the display name the console proposes; the
    // role name without its path.
    static QString defaultDisplayName(const QString& roleName, const QString& account);
    QString effectiveDisplayName() const
    {
        return displayName.trimmed().isEmpty() ? defaultDisplayName(roleName, account)
                                               : displayName.trimmed();
    }
};
