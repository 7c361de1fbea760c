#pragma once

#include "namepathdialog.h"

class DirectoryAdmin;

// Renames a user or moves it to another path (UpdateUser), in one edit.
class EditUserDialog : public NamePathDialog
{
    Q_OBJECT

public:
    EditUserDialog(DirectoryAdmin* admin, const QString& accountId, const QString& userName,
                   QWidget* parent = nullptr);
};
