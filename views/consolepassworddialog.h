#pragma once

#include <QDialog>

class DirectoryAdmin;
class MessageStrip;
class PasswordField;
class QLabel;
class QPushButton;

// A user's console access: set or reset the console password (checked live
// against the account's password policy) or remove it. A policy violation
// shows under the password; other errors in the strip at the top.
class ConsolePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ConsolePasswordDialog(DirectoryAdmin* admin, const QString& accountId, const QString& userName,
                          QWidget* parent = nullptr);

    PasswordField* passwordField() const { return m_password; }
    QPushButton* setButton() const { return m_set; }
    QPushButton* removeButton() const { return m_remove; }
    QLabel* statusLabel() const { return m_status; }
    MessageStrip* messageStrip() const { return m_strip; }

Q_SIGNALS:
    void consoleAccessChanged(const QString& accountId, const QString& userName);

private:
    void setPassword();
    void removePassword();

    DirectoryAdmin* m_admin;
    QString m_accountId;
    QString m_userName;
    MessageStrip* m_strip;
    QLabel* m_status;
    PasswordField* m_password;
    QPushButton* m_set;
    QPushButton* m_remove;
};
