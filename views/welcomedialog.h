#pragma once

#include <QDialog>

class QTableWidget;

// Shown once, on the first start with the demo directory: the sign-in
// details of the demo users. Only their hashes are kept, so this is the one
// chance to see the passwords.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    struct Credential
    {
        QString account; // alias or id
        QString userName;
        QString password;
        QString note; // the user's groups: what the user is in the scenario
    };

    explicit WelcomeDialog(const QList<Credential>& credentials, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    // "account<TAB>user<TAB>password" lines, as "Copy" puts them on the clipboard.
    QString credentialsText() const;

private:
    QList<Credential> m_credentials;
    QTableWidget* m_table;
};
