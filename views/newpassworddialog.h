#pragma once

#include <QDialog>

class ConsoleSession;
class Directory;
class PasswordField;
class QPushButton;

// The console's "Change password" step of a sign-in: the user's password must
// be reset (an administrator asked for it, or it is older than the account's
// policy allows). The new one is checked against the account's policy and the
// previous passwords; accepting it finishes the sign-in.
class NewPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    NewPasswordDialog(ConsoleSession* session, const Directory& directory, const QString& accountId,
                      const QString& oldPassword, QWidget* parent = nullptr);

    PasswordField* passwordField() const { return m_field; }
    QPushButton* confirmButton() const { return m_confirm; }

private:
    void submit();

    ConsoleSession* m_session;
    QString m_oldPassword;
    PasswordField* m_field;
    QPushButton* m_confirm;
};
