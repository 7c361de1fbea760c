#pragma once

#include "iam/result.h"
#include "iam/role.h"

#include <QDialog>

class BoundaryComboBox;
class DirectoryAdmin;
class FieldError;
class MessageStrip;
class QLineEdit;
class QPushButton;
class SessionDurationEdit;

// A role's settings as the console's Summary page edits them: description,
// maximum session duration (1 to 12 hours) and permissions boundary.
class RoleSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    RoleSettingsDialog(DirectoryAdmin* admin, const QString& accountId, const QString& roleName,
                       QWidget* parent = nullptr);

    QLineEdit* descriptionEdit() const { return m_description; }
    SessionDurationEdit* durationEdit() const { return m_duration; }
    BoundaryComboBox* boundaryBox() const { return m_boundary; }
    QPushButton* saveButton() const { return m_save; }
    MessageStrip* messageStrip() const { return m_strip; }
    QString descriptionError() const;
    QString durationError() const;
    QString boundaryError() const;

private:
    void save();

    DirectoryAdmin* m_admin;
    Role m_role;
    MessageStrip* m_strip;
    QLineEdit* m_description;
    FieldError* m_descriptionError;
    SessionDurationEdit* m_duration;
    FieldError* m_durationError;
    BoundaryComboBox* m_boundary;
    FieldError* m_boundaryError;
    QPushButton* m_save;
};
