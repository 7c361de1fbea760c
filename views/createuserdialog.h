#pragma once

#include <QDialog>

class DirectoryAdmin;
class FieldError;
class MessageStrip;
class PasswordField;
class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;

// The console's "Create user": name, path, optional console password (checked
// live against the account's password policy) and groups. The user is created
// in one edit; an error shows next to the field it concerns and the dialog
// stays open with nothing written.
class CreateUserDialog : public QDialog
{
    Q_OBJECT

public:
    CreateUserDialog(DirectoryAdmin* admin, const QString& accountId, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* pathEdit() const { return m_path; }
    QCheckBox* consoleAccessBox() const { return m_consoleAccess; }
    PasswordField* passwordField() const { return m_password; }
    QListWidget* groupList() const { return m_groups; }
    FieldError* nameError() const { return m_nameError; }
    FieldError* pathError() const { return m_pathError; }
    FieldError* groupsError() const { return m_groupsError; }
    MessageStrip* messageStrip() const { return m_strip; }
    QDialogButtonBox* buttons() const { return m_buttons; }

    // Checks the groups with these names.
    void setSelectedGroups(const QStringList& names);
    QStringList selectedGroups() const;

Q_SIGNALS:
    void userCreated(const QString& accountId, const QString& name);

private:
    void validate();
    void create();

    DirectoryAdmin* m_admin;
    QString m_accountId;
    MessageStrip* m_strip;
    QLineEdit* m_name;
    FieldError* m_nameError;
    QLineEdit* m_path;
    FieldError* m_pathError;
    QCheckBox* m_consoleAccess;
    PasswordField* m_password;
    QListWidget* m_groups;
    FieldError* m_groupsError;
    QDialogButtonBox* m_buttons;
};
