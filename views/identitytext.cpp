#include "identitytext.h"

#include "console/identity.h"

QString IdentityText::who(const Identity& identity)
{
    if (identity.isRoleSession())
        return identity.displayName;
    if (identity.isRoot())
        return tr("Root user @ %1").arg(identity.account.displayName());
    return tr("%1 @ %2").arg(identity.user.name, identity.account.displayName());
}
