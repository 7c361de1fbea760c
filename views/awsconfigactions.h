#pragma once

#include <QObject>
#include <QPointer>

class ConsoleSession;
class Directory;
class DirectoryAdmin;
class QAction;
class QMenu;
class QWidget;

// File → Import AWS config… and Export roles as AWS config…: the role
// profiles of ~/.aws/config become the signed-in user's saved roles (the
// account menu lists them); the roles of the active account are written as
// profiles that get their credentials from switchboard credential-process.
class AwsConfigActions : public QObject
{
    Q_OBJECT

public:
    AwsConfigActions(ConsoleSession* session, const Directory& directory, QMenu* fileMenu,
                     QWidget* dialogParent);
    // Saved roles are imported through the signed-in session's administration;
    // without it (signed out) the import is off.
    void setDirectoryAdmin(DirectoryAdmin* admin);

    // Imports path as the signed-in user's saved roles. Returns the message shown.
    QString importFile(const QString& path);
    // Writes the active account's roles to path. Returns the message shown.
    QString exportRoles(const QString& path);

    QAction* importAction() const { return m_import; }
    QAction* exportAction() const { return m_export; }

private:
    void chooseImportFile();
    void chooseExportFile();
    void updateEnabled();

    ConsoleSession* m_session;
    const Directory& m_directory;
    QPointer<DirectoryAdmin> m_admin;
    QWidget* m_dialogParent;
    QAction* m_import;
    QAction* m_export;
};
