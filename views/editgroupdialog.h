#pragma once

#include "namepathdialog.h"

class DirectoryAdmin;

// Renames a group or moves it to another path (UpdateGroup), in one edit.
class EditGroupDialog : public NamePathDialog
{
    Q_OBJECT

public:
    EditGroupDialog(DirectoryAdmin* admin, const QString& accountId, const QString& groupName,
                    QWidget* parent = nullptr);
};
