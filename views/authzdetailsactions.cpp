#include "authzdetailsactions.h"

#include "console/consolesession.h"
#include "directory/directory.h"
#include "interop/authzdetailsexporter.h"
#include "interop/authzdetailsimporter.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>

namespace {

// An import creates every kind of entity: it needs the right to create each.
const QStringList importActions = {
    QStringLiteral("iam:CreateUser"), QStringLiteral("iam:CreateGroup"),
    QStringLiteral("iam:CreateRole"), QStringLiteral("iam:CreatePolicy")};
const QString exportAction = QStringLiteral("iam:GetAccountAuthorizationDetails");
// An import that brings a new account creates it in the organization.
const QString createAccountAction = QStringLiteral("organizations:CreateAccount");

} // namespace

AuthzDetailsActions::AuthzDetailsActions(ConsoleSession* session, QMenu* fileMenu,
                                         QWidget* dialogParent)
    : QObject(fileMenu)
    , m_session(session)
    , m_dialogParent(dialogParent)
{
    QAction* importAction = fileMenu->addAction(tr("&Import authorization details…"));
    importAction->setObjectName(QStringLiteral("ImportAuthzDetailsAction"));
    connect(importAction, &QAction::triggered, this, &AuthzDetailsActions::chooseImportFiles);
    QAction* exportFile = fileMenu->addAction(tr("&Export authorization details…"));
    exportFile->setObjectName(QStringLiteral("ExportAuthzDetailsAction"));
    connect(exportFile, &QAction::triggered, this, &AuthzDetailsActions::chooseExportFile);
}

bool AuthzDetailsActions::authorizeImport(QString* message) const
{
    for (const QString& action : importActions) {
        const Authorization decision = m_session->authorize(action, QStringLiteral("*"));
        if (!decision.allowed()) {
            *message = decision.message;
            return false;
        }
    }
    return true;
}

QString AuthzDetailsActions::importFiles(const QStringList& paths, bool replace)
{
    const QString target = paths.join(QLatin1String(", "));
    QString denied;
    if (!authorizeImport(&denied)) {
        const auto recorded = m_session->recordEvent(QStringLiteral("ImportAuthorizationDetails"),
                                                     target, false, denied);
        return recorded ? denied : recorded.error().message();
    }
    AuthzDetailsImporter importer(*m_session->directory());
    AuthzDetailsImporter::Options options;
    options.replace = replace;
    options.authorizeNewAccount = [this, &denied](const QString&) -> Result<void> {
        const Authorization decision =
            m_session->authorize(createAccountAction, QStringLiteral("*"));
        if (decision.allowed())
            return {};
        denied = decision.message;
        return IamError::accessDenied(decision.message);
    };
    const Result<ImportSummary> result = importer.importFiles(paths, options);
    const auto recorded =
        m_session->recordEvent(QStringLiteral("ImportAuthorizationDetails"), target, result.ok(),
                               result.ok() ? result->accountId : result.error().toString());
    if (!recorded)
        return tr("The import could not be recorded in the audit trail: %1")
            .arg(recorded.error().message());
    if (!denied.isEmpty())
        return denied;
    if (!result)
        return result.error().toString();
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
                       .arg(result->accessRoleArn, m_session->directory()->managementAccountId());
    if (!result->warnings.isEmpty())
        message += QLatin1Char('\n') + result->warnings.join(QLatin1Char('\n'));
    return message;
}

QString AuthzDetailsActions::exportAccount(const QString& accountId, const QString& path)
{
    const Authorization decision = m_session->authorize(exportAction, QStringLiteral("*"));
    if (!decision.allowed())
        return decision.message;
    const Result<QByteArray> json =
        AuthzDetailsExporter(*m_session->directory()).exportJson(accountId);
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

void AuthzDetailsActions::chooseImportFiles()
{
    const QStringList paths =
        QFileDialog::getOpenFileNames(m_dialogParent, tr("Import authorization details"), {},
                                      tr("Authorization details (*.json);;All files (*)"));
    if (paths.isEmpty())
        return;
    QString message = importFiles(paths);
    if (message.startsWith(AuthzDetailsImporter::accountNotEmptyCode())) {
        const auto answer = QMessageBox::question(
            m_dialogParent, tr("Replace the account?"),
            tr("%1\n\nReplace its users, groups, roles and policies with the files' ones?")
                .arg(message));
        if (answer != QMessageBox::Yes)
            return;
        message = importFiles(paths, true);
    }
    QMessageBox::information(m_dialogParent, tr("Import authorization details"), message);
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
