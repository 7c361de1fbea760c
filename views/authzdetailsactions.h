#pragma once

#include <QObject>

class ConsoleSession;
class QMenu;
class QWidget;

// File → Import / Export account authorization details: the files of
// `aws iam get-account-authorization-details`, read into an account of the
// directory or written from one. Both are console actions: authorized as the
// active identity and recorded in the audit trail. An import that brings a
// new account is also organizations:CreateAccount; the new account gets
// OrganizationAccountAccessRole (see AuthzDetailsImporter).
class AuthzDetailsActions : public QObject
{
    Q_OBJECT

public:
    AuthzDetailsActions(ConsoleSession* session, QMenu* fileMenu, QWidget* dialogParent);

    // Imports the files (pages of one account); asks before replacing an
    // account that already has entities. Returns the message shown.
    QString importFiles(const QStringList& paths, bool replace = false);
    // Writes the active identity's account to path. Returns the message shown.
    QString exportAccount(const QString& accountId, const QString& path);

Q_SIGNALS:
    // After a successful import: the account to show.
    void imported(const QString& accountId);

private:
    void chooseImportFiles();
    void chooseExportFile();
    bool authorizeImport(QString* message) const;

    ConsoleSession* m_session;
    QWidget* m_dialogParent;
};
