#include "authzdetailsactions.h"

#include "admin/directoryadmin.h"
#include "console/consolesession.h"
#include "directory/directory.h"
#include "interop/authzdetailsexporter.h"
#include "interop/authzdetailsimporter.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>

namespace {
const QString exportAction = QStringLiteral("iam:GetAccountAuthorizationDetails");
} // namespace

AuthzDetailsActions::AuthzDetailsActions(ConsoleSession* session, const Directory& directory,
                                         QMenu* fileMenu, QWidget* dialogParent)
    : QObject(fileMenu)
    , m_session(session)
    , m_directory(directory)
    , m_dialogParent(dialogParent)
{
    QAction* importAction = fileMenu->addAction(tr("&Import authorization details…"));
    importAction->setObjectName(QStringLiteral("ImportAuthzDetailsAction"));
    connect(importAction, &QAction::triggered, this, &AuthzDetailsActions::chooseImportFiles);
    QAction* exportFile = fileMenu->addAction(tr("&Export authorization details…"));
    exportFile->setObjectName(QStringLiteral("ExportAuthzDetailsAction"));
    connect(exportFile, &QAction::triggered, this, &AuthzDetailsActions::chooseExportFile);
}

void AuthzDetailsActions::setDirectoryAdmin(DirectoryAdmin* admin)
{
    m_admin = admin;
}

QString AuthzDetailsActions::importFiles(const QStringList& paths, bool replace,
                                         OrganizationAccessRole::Access accessRole)
{
    const Result<QString> result = importAsEdit(paths, replace, accessRole);
    return result ? result.value() : errorMessage(result.error());
}

QString AuthzDetailsActions::errorMessage(const IamError& error)
{
    // A full account is named with its code: the user is asked whether to replace it.
    return error.code() == AuthzDetailsImporter::accountNotEmptyCode() ? error.toString()
                                                                       : error.message();
}

Result<QString> AuthzDetailsActions::importAsEdit(const QStringList& paths, bool replace,
                                                  OrganizationAccessRole::Access accessRole)
{
    if (!m_admin)
        return IamError::accessDenied(tr("Sign in to import authorization details."));
    const auto sources = AuthzDetailsImporter::readFiles(paths);
    if (!sources)
        return IamError(sources.error().code(), sources.error().toString(),
                        sources.error().httpStatus());
    AuthzDetailsImporter::Options options;
    options.replace = replace;
    options.accessRole = accessRole;
    const Result<ImportSummary> result = m_admin->importAuthzDetails(sources.value(), options);
    if (!result)
        return result.error();
    Q_EMIT imported(result->accountId);
    QString message = tr("Imported account %1: %2 users, %3 groups, %4 roles, %5 policies.")
                          .arg(result->accountId)
                          .arg(result->users)
                          .arg(result->groups)
                          .arg(result->roles)
                          .arg(result->policies);
    if (!result->accessRoleArn.isEmpty())
        message += QLatin1Char('\n') +
                   tr("Added %1: switch role into it from account %2 to look at the account.")
                       .arg(result->accessRoleArn, m_directory.managementAccountId());
    if (!result->warnings.isEmpty())
        message += QLatin1Char('\n') + result->warnings.join(QLatin1Char('\n'));
    return message;
}

QString AuthzDetailsActions::exportAccount(const QString& accountId, const QString& path)
{
    const Authorization decision = m_session->authorize(exportAction, QStringLiteral("*"));
    if (!decision.allowed())
        return decision.message;
    const Result<QByteArray> json = AuthzDetailsExporter(m_directory).exportJson(accountId);
    if (!json)
        return json.error().toString();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*json) != json->size())
        return tr("Could not write %1: %2").arg(path, file.errorString());
    // No export without its record: the file appears only once the export is recorded.
    if (auto recorded = m_session->recordEvent(QStringLiteral("GetAccountAuthorizationDetails"),
                                               accountId, true, path);
        !recorded) {
        file.cancelWriting();
        return recorded.error().message();
    }
    if (!file.commit())
        return tr("Could not write %1: %2").arg(path, file.errorString());
    return tr("Exported account %1 to %2.").arg(accountId, QFileInfo(path).fileName());
}

std::optional<OrganizationAccessRole::Access> AuthzDetailsActions::chooseAccessRole()
{
    const QStringList choices = {
        tr("Administrator (AdministratorAccess, as AWS Organizations creates it)"),
        tr("Read-only (SecurityAudit and ReadOnlyAccess, for auditing)"), tr("None (no role)")};
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        m_dialogParent, tr("Import authorization details"),
        tr("When the files are of an account the organization does not have yet, it is added "
           "with OrganizationAccountAccessRole, which the management account switches into. "
           "What may the role do?"),
        choices, 0, false, &ok);
    if (!ok)
        return std::nullopt;
    static const OrganizationAccessRole::Access accesses[] = {
        OrganizationAccessRole::Access::Admin, OrganizationAccessRole::Access::ReadOnly,
        OrganizationAccessRole::Access::None};
    return accesses[qMax(0, int(choices.indexOf(chosen)))];
}

void AuthzDetailsActions::chooseImportFiles()
{
    const QStringList paths =
        QFileDialog::getOpenFileNames(m_dialogParent, tr("Import authorization details"), {},
                                      tr("Authorization details (*.json);;All files (*)"));
    if (paths.isEmpty())
        return;
    const auto access = chooseAccessRole();
    if (!access)
        return;
    Result<QString> result = importAsEdit(paths, false, *access);
    if (!result && result.error().code() == AuthzDetailsImporter::accountNotEmptyCode()) {
        const auto answer = QMessageBox::question(
            m_dialogParent, tr("Replace the account?"),
            tr("%1\n\nReplace its users, groups, roles and policies with the files' ones?")
                .arg(errorMessage(result.error())));
        if (answer != QMessageBox::Yes)
            return;
        result = importAsEdit(paths, true, *access);
    }
    QMessageBox::information(m_dialogParent, tr("Import authorization details"),
                             result ? result.value() : errorMessage(result.error()));
}

void AuthzDetailsActions::chooseExportFile()
{
    const QString accountId = m_session->identity().account.id;
    const QString path =
        QFileDialog::getSaveFileName(m_dialogParent, tr("Export authorization details"),
                                     QStringLiteral("%1-authorization-details.json").arg(accountId),
                                     tr("Authorization details (*.json)"));
    if (path.isEmpty())
        return;
    QMessageBox::information(m_dialogParent, tr("Export authorization details"),
                             exportAccount(accountId, path));
}
