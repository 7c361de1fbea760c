#include "awsconfigactions.h"

#include "admin/directoryadmin.h"
#include "console/consolesession.h"
#include "directory/directory.h"
#include "interop/awsconfigexporter.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>

namespace {
// Exporting the roles lists them, as the console's Roles page does.
const QString exportActionName = QStringLiteral("iam:ListRoles");
} // namespace

AwsConfigActions::AwsConfigActions(ConsoleSession* session, const Directory& directory,
                                   QMenu* fileMenu, QWidget* dialogParent)
    : QObject(fileMenu)
    , m_session(session)
    , m_directory(directory)
    , m_dialogParent(dialogParent)
    , m_import(fileMenu->addAction(tr("Import AWS &config…")))
    , m_export(fileMenu->addAction(tr("Export roles as AWS con&fig…")))
{
    m_import->setObjectName(QStringLiteral("ImportAwsConfigAction"));
    m_import->setToolTip(tr("Save the roles of an AWS config file (~/.aws/config) as your saved "
                            "roles for Switch Role"));
    m_export->setObjectName(QStringLiteral("ExportAwsConfigAction"));
    connect(m_import, &QAction::triggered, this, &AwsConfigActions::chooseImportFile);
    connect(m_export, &QAction::triggered, this, &AwsConfigActions::chooseExportFile);
    connect(session, &ConsoleSession::activeIdentityChanged, this,
            &AwsConfigActions::updateEnabled);
    updateEnabled();
}

void AwsConfigActions::setDirectoryAdmin(DirectoryAdmin* admin)
{
    if (m_admin)
        disconnect(m_admin, nullptr, this, nullptr);
    m_admin = admin;
    if (admin)
        connect(admin, &QObject::destroyed, this, &AwsConfigActions::updateEnabled);
    updateEnabled();
}

void AwsConfigActions::updateEnabled()
{
    // Saved roles are an IAM user's own: a federated session or root has none.
    m_import->setEnabled(
        m_admin && m_session->isSignedIn() && !m_session->userIdentity().isNull() &&
        !m_session->identity().isFederated() && !m_session->userIdentity().isRoot());
    m_export->setEnabled(m_session->isSignedIn());
}

QString AwsConfigActions::importFile(const QString& path)
{
    if (!m_import->isEnabled())
        return tr("Sign in as an IAM user to save roles.");
    const auto [summary, recorded] = m_admin->importSavedRoles(path);
    // Without its record the import was rolled back.
    if (!recorded)
        return tr("Nothing was imported. %1")
            .arg(tr("The import could not be recorded in the audit trail: %1")
                     .arg(recorded.error().message()));
    if (!summary)
        return tr("Nothing was imported. %1").arg(summary.error().message());
    QString message = tr("Saved roles imported: %1.").arg(summary->bookmarks.size());
    if (!summary->warnings.isEmpty())
        message += QLatin1Char('\n') + summary->warnings.join(QLatin1Char('\n'));
    return message;
}

QString AwsConfigActions::exportRoles(const QString& path)
{
    const Authorization decision = m_session->authorize(exportActionName, QStringLiteral("*"));
    if (!decision.allowed())
        return decision.message;
    AwsConfigExporter::Options options;
    options.accountId = m_session->identity().account.id;
    if (!m_session->userIdentity().isNull()) {
        options.userName = m_session->userIdentity().user.name;
        options.userAccountId = m_session->userIdentity().account.id;
    }
    const auto text = AwsConfigExporter(m_directory).exportText(options);
    if (!text)
        return text.error().message();
    QSaveFile file(path);
    const QByteArray bytes = text->toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return tr("Could not write %1: %2").arg(path, file.errorString());
    // No export without its record: the file appears only once the export is recorded.
    if (auto recorded = m_session->recordEvent(QStringLiteral("ExportAwsConfig"), options.accountId,
                                               true, path);
        !recorded) {
        file.cancelWriting();
        return recorded.error().message();
    }
    if (!file.commit())
        return tr("Could not write %1: %2").arg(path, file.errorString());
    return tr("Exported the roles of account %1 to %2.")
        .arg(options.accountId, QFileInfo(path).fileName());
}

void AwsConfigActions::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(
        m_dialogParent, tr("Import AWS config"), QDir::home().filePath(QStringLiteral(".aws")),
        tr("AWS config (config *.ini *.cfg);;All files (*)"));
    if (path.isEmpty())
        return;
    QMessageBox::information(m_dialogParent, tr("Import AWS config"), importFile(path));
}

void AwsConfigActions::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(
        m_dialogParent, tr("Export roles as AWS config"),
        QStringLiteral("%1-roles.config").arg(m_session->identity().account.id),
        tr("AWS config (*.config *.ini);;All files (*)"));
    if (path.isEmpty())
        return;
    QMessageBox::information(m_dialogParent, tr("Export roles as AWS config"), exportRoles(path));
}
