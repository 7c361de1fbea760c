#include "console/switchrolerequest.h"

QString SwitchRoleRequest::defaultDisplayName(const QString& roleName, const QString& account)
{
    // The role's path says where it lives, not what it is: the console leaves it out.
    const QString name = roleName.trimmed().section(QLatin1Char('/'), -1);
    if (name.isEmpty())
        return {};
    return QStringLiteral("%1 @ %2").arg(name, account.trimmed());
}
