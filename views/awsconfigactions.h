#pragma once

#include <QObject>

class ConsoleSession;
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
    AwsConfigActions(ConsoleSession* session, QMenu* fileMenu, QWidget* dialogParent);

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
    QWidget* m_dialogParent;
    QAction* m_import;
    QAction* m_export;
};
