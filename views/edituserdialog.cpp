#include "edituserdialog.h"

#include "admin/directoryadmin.h"
#include "console/consolesession.h"
#include "directory/directory.h"
#include "iam/namerules.h"

EditUserDialog::EditUserDialog(DirectoryAdmin* admin, const QString& accountId,
                               const QString& userName, QWidget* parent)
    : NamePathDialog(tr("Edit user %1").arg(userName), tr("Save changes"), tr("User name"),
                     QStringLiteral("userName"), &NameRules::validateUserName, parent)
{
    const auto user = admin->directory().user(accountId, userName);
    setValues(userName, user ? user->path : QStringLiteral("/"));
    setAction(
        [admin, accountId, userName](const QString& name, const QString& path) -> Result<void> {
            if (auto updated = admin->updateUser(accountId, userName, name, path); !updated)
                return updated.error();
            return {};
        });
}
