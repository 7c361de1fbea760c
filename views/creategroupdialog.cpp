#include "creategroupdialog.h"

#include "admin/directoryadmin.h"
#include "iam/namerules.h"

CreateGroupDialog::CreateGroupDialog(DirectoryAdmin* admin, const QString& accountId,
                                     QWidget* parent)
    : NamePathDialog(tr("Create user group"), tr("Create group"), tr("User group name"),
                     QStringLiteral("groupName"), &NameRules::validateGroupName, parent)
{
    setAction([admin, accountId](const QString& name, const QString& path) -> Result<void> {
        if (auto created = admin->createGroup(accountId, name, path); !created)
            return created.error();
        return {};
    });
}
