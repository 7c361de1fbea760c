#pragma once

#include <QDialog>
#include <QStringList>

class DirectoryAdmin;
class MessageStrip;
class QLineEdit;
class QListWidget;
class QPushButton;

// The console's "Delete user": lists what goes with the user (access keys,
// MFA devices, group memberships, policies, console password) and deletes
// only once the user's name is typed exactly. Keys and MFA secrets are
// removed from the secret store, so the deletion finishes later; the dialog
// stays open with AWS's code and message when it fails.
class DeleteUserDialog : public QDialog
{
    Q_OBJECT

public:
    DeleteUserDialog(DirectoryAdmin* admin, const QString& accountId, const QString& userName,
                     QWidget* parent = nullptr);

    QLineEdit* confirmEdit() const { return m_confirm; }
    QPushButton* deleteButton() const { return m_delete; }
    MessageStrip* messageStrip() const { return m_strip; }
    QListWidget* dependentsList() const { return m_dependents; }
    // One line per thing removed with the user, as listed.
    QStringList alsoRemoved() const;
    bool isDeleting() const { return m_deleting; }

Q_SIGNALS:
    void userDeleted(const QString& accountId, const QString& userName);

private:
    void listDependents();
    void updateDeleteButton();
    void runDelete();

    DirectoryAdmin* m_admin;
    QString m_accountId;
    QString m_userName;
    MessageStrip* m_strip;
    QListWidget* m_dependents;
    QLineEdit* m_confirm;
    QPushButton* m_delete;
    bool m_deleting = false;
};
