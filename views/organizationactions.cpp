#include "organizationactions.h"

#include "console/consolesession.h"
#include "directory/directory.h"
#include "interop/organizationaccessrole.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

OrganizationActions::OrganizationActions(ConsoleSession* session, QMenu* menu,
                                         QWidget* dialogParent)
    : QObject(menu)
    , m_session(session)
    , m_dialogParent(dialogParent)
    , m_addAccount(menu->addAction(tr("&Add account…")))
{
    m_addAccount->setObjectName(QStringLiteral("AddAccountAction"));
    m_addAccount->setEnabled(false);
    connect(m_addAccount, &QAction::triggered, this, &OrganizationActions::chooseNewAccount);
}

void OrganizationActions::setDirectoryAdmin(DirectoryAdmin* admin)
{
    m_admin = admin;
    m_addAccount->setEnabled(admin != nullptr);
}

QString OrganizationActions::addAccount(const NewAccountRequest& request)
{
    if (!m_admin)
        return tr("Sign in to add an account.");
    const auto added = m_admin->createMemberAccount(request);
    if (!added)
        return added.error().message();
    const MemberAccount& account = added->account;
    Q_EMIT accountAdded(account.accountId);
    QString message = tr("Added account %1 (%2).").arg(account.name, account.accountId);
    if (request.accessRole != OrganizationAccessRole::Access::None)
        message +=
            QLatin1Char('\n') + tr("Switch role into %1 in account %2 to work in it.")
                                    .arg(OrganizationAccessRole::roleName(), account.accountId);
    // Generated, the root password is shown this once.
    if (!added->generatedRootPassword.isEmpty())
        message += QLatin1Char('\n') +
                   tr("Its root user signs in with %1 and the password %2; it is shown only "
                      "now.")
                       .arg(account.email, added->generatedRootPassword);
    return message;
}

void OrganizationActions::chooseNewAccount()
{
    QDialog dialog(m_dialogParent);
    dialog.setObjectName(QStringLiteral("AddAccountDialog"));
    dialog.setWindowTitle(tr("Add an AWS account"));
    auto* form = new QFormLayout(&dialog);
    auto* name = new QLineEdit(&dialog);
    name->setObjectName(QStringLiteral("AccountNameEdit"));
    name->setMaxLength(50);
    auto* email = new QLineEdit(&dialog);
    email->setObjectName(QStringLiteral("AccountEmailEdit"));
    email->setMaxLength(64);
    auto* password = new QLineEdit(&dialog);
    password->setObjectName(QStringLiteral("RootPasswordEdit"));
    password->setEchoMode(QLineEdit::Password);
    password->setPlaceholderText(tr("Empty: generated and shown once"));
    auto* access = new QComboBox(&dialog);
    access->setObjectName(QStringLiteral("AccessRoleCombo"));
    access->addItem(tr("Administrator (AdministratorAccess)"),
                    int(OrganizationAccessRole::Access::Admin));
    access->addItem(tr("Read-only (SecurityAudit and ReadOnlyAccess)"),
                    int(OrganizationAccessRole::Access::ReadOnly));
    access->addItem(tr("None (no role)"), int(OrganizationAccessRole::Access::None));
    form->addRow(tr("AWS account name"), name);
    form->addRow(tr("Email address of the account's owner"), email);
    form->addRow(tr("Root user's password"), password);
    form->addRow(tr("%1 may").arg(OrganizationAccessRole::roleName()), access);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create AWS account"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    NewAccountRequest request;
    request.name = name->text();
    request.root.email = email->text();
    request.root.password = password->text();
    request.accessRole = OrganizationAccessRole::Access(access->currentData().toInt());
    QMessageBox::information(m_dialogParent, tr("Add an AWS account"), addAccount(request));
}
