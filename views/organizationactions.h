#pragma once

#include "admin/directoryadmin.h"

#include <QObject>
#include <QPointer>

class ConsoleSession;
class QAction;
class QMenu;
class QWidget;

// The Organization menu: Add account (organizations:CreateAccount, asked of
// the active identity in the management account through DirectoryAdmin): a
// member account with a name, the root user's email and
// OrganizationAccountAccessRole with the access chosen, which the management
// account switches into. Disabled while nobody is signed in.
class OrganizationActions : public QObject
{
    Q_OBJECT

public:
    OrganizationActions(ConsoleSession* session, QMenu* menu, QWidget* dialogParent);

    void setDirectoryAdmin(DirectoryAdmin* admin);
    QAction* addAccountAction() const { return m_addAccount; }

    // Adds the account; the message shown (what was added, or AWS's error).
    QString addAccount(const NewAccountRequest& request);

Q_SIGNALS:
    // After an account was added: the account to show.
    void accountAdded(const QString& accountId);

private:
    void chooseNewAccount();

    ConsoleSession* m_session;
    QWidget* m_dialogParent;
    QPointer<DirectoryAdmin> m_admin;
    QAction* m_addAccount;
};
