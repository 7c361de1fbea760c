#pragma once

#include <QDialog>

class ConsoleSession;
class QLabel;
class QLineEdit;
class QPushButton;

// "Sign in as IAM user": account id or alias, user name, password. Accepted
// once the session has signed the user in.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(ConsoleSession* session, QWidget* parent = nullptr);

    void setAccount(const QString& account);
    void setUserName(const QString& userName);
    QLineEdit* accountEdit() const { return m_account; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QPushButton* signInButton() const { return m_signIn; }
    QString errorText() const;

    // Clears the password and any error, for the next sign-in.
    void reset();

private:
    void submit();
    void updateButton();

    ConsoleSession* m_session;
    QLineEdit* m_account;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLabel* m_error;
    QPushButton* m_signIn;
};
