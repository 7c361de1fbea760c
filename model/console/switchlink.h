#pragma once

#include "console/switchrolerequest.h"

#include <QString>
#include <QUrl>

#include <optional>

// The console's shareable Switch Role link:
// https://signin.aws.amazon.com/switchrole?account=..&roleName=..&displayName=..&color=..
class SwitchLink
{
public:
    static QUrl toUrl(const SwitchRoleRequest& request);
    // Account, role, display name and color from a link (color by name or
    // hex); nullopt when text is not a switch link or lacks account or role.
    static std::optional<SwitchRoleRequest> parse(const QString& text);
};
