#pragma once

#include "namepathdialog.h"

class DirectoryAdmin;

// The console's "Create user group": a name and a path, created in one edit.
class CreateGroupDialog : public NamePathDialog
{
    Q_OBJECT

public:
    CreateGroupDialog(DirectoryAdmin* admin, const QString& accountId, QWidget* parent = nullptr);
};
