#pragma once

#include "iam/result.h"
#include "interop/organizationaccessrole.h"

#include <QObject>
#include <QPointer>

#include <optional>

class ConsoleSession;
class Directory;
class DirectoryAdmin;
class QMenu;
class QWidget;

// File → Import / Export account authorization details: the files of
// `aws iam get-account-authorization-details`, read into an account of the
// directory or written from one. Both are console actions: authorized as the
// active identity and recorded in the audit trail. An import is an edit of
// DirectoryAdmin: every action it performs is authorized, it is one undo
// step; one that brings a new account is organizations:CreateAccount, and
// the new account gets OrganizationAccountAccessRole with the access chosen
// (see AuthzDetailsImporter). Without an admin (nobody signed in) nothing is
// imported.
class AuthzDetailsActions : public QObject
{
    Q_OBJECT

public:
    AuthzDetailsActions(ConsoleSession* session, const Directory& directory, QMenu* fileMenu,
                        QWidget* dialogParent);

    // The console's editor; imports are refused while there is none.
    void setDirectoryAdmin(DirectoryAdmin* admin);

    // Imports the files (pages of one account). Returns the message shown.
    QString
    importFiles(const QStringList& paths, bool replace = false,
                OrganizationAccessRole::Access accessRole = OrganizationAccessRole::Access::Admin);
    // Writes the active identity's account to path. Returns the message shown.
    QString exportAccount(const QString& accountId, const QString& path);

Q_SIGNALS:
    // After a successful import: the account to show.
    void imported(const QString& accountId);

private:
    // The import as an edit: the message of its success, or its error.
    Result<QString> importAsEdit(const QStringList& paths, bool replace,
                                 OrganizationAccessRole::Access accessRole);
    static QString errorMessage(const IamError& error);
    void chooseImportFiles();
    void chooseExportFile();
    // Asks what OrganizationAccountAccessRole of a new account may do; nullopt: cancelled.
    std::optional<OrganizationAccessRole::Access> chooseAccessRole();

    ConsoleSession* m_session;
    const Directory& m_directory;
    QPointer<DirectoryAdmin> m_admin;
    QWidget* m_dialogParent;
};
