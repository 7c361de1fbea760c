#include "editgroupdialog.h"

#include "admin/directoryadmin.h"
#include "console/consolesession.h"
#include "directory/directory.h"
#include "iam/namerules.h"

EditGroupDialog::EditGroupDialog(DirectoryAdmin* admin, const QString& accountId,
                                 const QString& groupName, QWidget* parent)
    : NamePathDialog(tr("Edit user group %1").arg(groupName), tr("Save changes"),
                     tr("User group name"), QStringLiteral("groupName"),
                     &NameRules::validateGroupName, parent)
{
    const auto group = admin->directory().group(accountId, groupName);
    setValues(groupName, group ? group->path : QStringLiteral("/"));
    setAction(
        [admin, accountId, groupName](const QString& name, const QString& path) -> Result<void> {
            if (auto updated = admin->updateGroup(accountId, groupName, name, path); !updated)
                return updated.error();
            return {};
        });
}
