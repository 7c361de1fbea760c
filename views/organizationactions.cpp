#include "organizationactions.h"

#include "confirmdeletedialog.h"
#include "console/consolesession.h"
#include "directory/directory.h"
#include "interop/organizationaccessrole.h"
#include "moveaccountdialog.h"
#include "organizationalunitdialog.h"
#include "organizationattachmentdialog.h"
#include "organizationpolicydialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

OrganizationActions::OrganizationActions(ConsoleSession* session, const Directory& directory,
                                         QMenu* menu, QWidget* dialogParent)
    : QObject(menu)
    , m_session(session)
    , m_directory(directory)
    , m_dialogParent(dialogParent)
    , m_addAccount(menu->addAction(tr("&Add account…")))
    , m_newUnit(new QAction(tr("New &organizational unit…"), this))
    , m_moveAccount(new QAction(tr("&Move account…"), this))
    , m_newScp(new QAction(tr("New &service control policy…"), this))
    , m_newRcp(new QAction(tr("New &resource control policy…"), this))
    , m_attach(new QAction(tr("Attach policy…"), this))
    , m_detach(new QAction(tr("Detach policy…"), this))
    , m_editPolicy(new QAction(tr("Edit policy…"), this))
    , m_delete(new QAction(tr("Delete…"), this))
{
    m_addAccount->setObjectName(QStringLiteral("AddAccountAction"));
    m_newUnit->setObjectName(QStringLiteral("NewOrganizationalUnitAction"));
    m_moveAccount->setObjectName(QStringLiteral("MoveAccountAction"));
    m_newScp->setObjectName(QStringLiteral("NewServiceControlPolicyAction"));
    m_newRcp->setObjectName(QStringLiteral("NewResourceControlPolicyAction"));
    m_attach->setObjectName(QStringLiteral("AttachOrganizationPolicyAction"));
    m_detach->setObjectName(QStringLiteral("DetachOrganizationPolicyAction"));
    m_editPolicy->setObjectName(QStringLiteral("EditOrganizationPolicyAction"));
    m_delete->setObjectName(QStringLiteral("DeleteOrganizationNodeAction"));
    menu->addSeparator();
    menu->addActions({m_newUnit, m_moveAccount});
    menu->addSeparator();
    menu->addActions({m_newScp, m_newRcp});
    connect(m_addAccount, &QAction::triggered, this, &OrganizationActions::chooseNewAccount);
    connect(m_newUnit, &QAction::triggered, this, &OrganizationActions::openNewUnit);
    connect(m_moveAccount, &QAction::triggered, this, &OrganizationActions::openMoveAccount);
    connect(m_newScp, &QAction::triggered, this,
            [this] { openNewPolicy(OrganizationPolicy::Type::ServiceControl); });
    connect(m_newRcp, &QAction::triggered, this,
            [this] { openNewPolicy(OrganizationPolicy::Type::ResourceControl); });
    connect(m_attach, &QAction::triggered, this, &OrganizationActions::openAttach);
    connect(m_detach, &QAction::triggered, this, &OrganizationActions::openDetach);
    connect(m_editPolicy, &QAction::triggered, this, &OrganizationActions::openEditPolicy);
    connect(m_delete, &QAction::triggered, this, &OrganizationActions::openDelete);
    connect(session, &ConsoleSession::activeIdentityChanged, this, &OrganizationActions::refresh);
    refresh();
}

void OrganizationActions::setDirectoryAdmin(DirectoryAdmin* admin)
{
    m_admin = admin;
    refresh();
}

void OrganizationActions::setTarget(const NavigatorModel::NodeRef& node)
{
    m_target = node;
    refresh();
}

QList<QAction*> OrganizationActions::pageActions() const
{
    switch (m_target.type) {
    case Type::Organization:
        return {m_newUnit, m_attach, m_detach};
    case Type::OrganizationalUnit:
        return {m_newUnit, m_attach, m_detach, m_delete};
    case Type::Account:
        return {m_moveAccount, m_attach, m_detach};
    case Type::OrganizationPolicyType:
        return {m_target.name ==
                        OrganizationPolicy::typeName(OrganizationPolicy::Type::ServiceControl)
                    ? m_newScp
                    : m_newRcp};
    case Type::OrganizationPolicy:
        if (const auto policy = targetPolicy(); policy && !policy->awsManaged)
            return {m_editPolicy, m_attach, m_detach, m_delete};
        return {m_attach, m_detach};
    default:
        return {};
    }
}

bool OrganizationActions::allowed(const char* action, const QString& resource) const
{
    return m_session->authorize(ConsoleAction::organizationsAction(QLatin1String(action), resource))
        .allowed();
}

QString OrganizationActions::targetId() const
{
    return m_target.type == Type::Account ? m_target.accountId : m_target.name;
}

bool OrganizationActions::targetIsPolicyTarget() const
{
    return m_target.type == Type::Organization || m_target.type == Type::OrganizationalUnit ||
           m_target.type == Type::Account;
}

std::optional<OrganizationPolicy> OrganizationActions::targetPolicy() const
{
    if (!targetIsPolicy())
        return std::nullopt;
    return m_directory.organizationPolicy(m_target.name);
}

QString OrganizationActions::defaultParentId() const
{
    if (m_target.type == Type::Organization || m_target.type == Type::OrganizationalUnit)
        return m_target.name;
    return m_directory.organizationRootId();
}

void OrganizationActions::refresh()
{
    const bool admin = m_admin != nullptr;
    const Directory* directory = &m_directory;
    const auto parent = directory->organizationTarget(defaultParentId());
    const QString arn = m_target.arn;
    const bool policy = targetIsPolicy();
    const bool target = targetIsPolicyTarget();
    const auto found = targetPolicy();
    const bool customerPolicy = found && !found->awsManaged;
    m_addAccount->setEnabled(admin);
    m_newUnit->setEnabled(admin && parent && allowed("CreateOrganizationalUnit", parent->arn));
    m_moveAccount->setEnabled(admin &&
                              (m_target.type != Type::Account || allowed("MoveAccount", arn)));
    m_newScp->setEnabled(admin && allowed("CreatePolicy", QStringLiteral("*")));
    m_newRcp->setEnabled(m_newScp->isEnabled());
    m_attach->setEnabled(admin && (policy || target) && allowed("AttachPolicy", arn));
    m_detach->setEnabled(admin && (policy || target) && allowed("DetachPolicy", arn));
    m_editPolicy->setEnabled(admin && customerPolicy && allowed("UpdatePolicy", arn));
    m_delete->setEnabled(admin && ((customerPolicy && allowed("DeletePolicy", arn)) ||
                                   (m_target.type == Type::OrganizationalUnit &&
                                    allowed("DeleteOrganizationalUnit", arn))));
}

// One dialog at a time, deleted when closed.
void OrganizationActions::show(QDialog* dialog)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void OrganizationActions::openNewUnit()
{
    if (!m_admin)
        return;
    auto* dialog = new OrganizationalUnitDialog(m_admin, defaultParentId(), m_dialogParent);
    connect(dialog, &OrganizationalUnitDialog::unitCreated, this,
            [this](const QString& id) { Q_EMIT organizationEdited(Type::OrganizationalUnit, id); });
    show(dialog);
}

void OrganizationActions::openMoveAccount()
{
    if (!m_admin)
        return;
    const QString account = m_target.type == Type::Account ? m_target.accountId : QString();
    auto* dialog = new MoveAccountDialog(m_admin, account, m_dialogParent);
    connect(dialog, &MoveAccountDialog::accountMoved, this,
            [this](const QString& id) { Q_EMIT organizationEdited(Type::Account, id); });
    show(dialog);
}

void OrganizationActions::openNewPolicy(OrganizationPolicy::Type type)
{
    if (!m_admin)
        return;
    auto* dialog = new OrganizationPolicyDialog(m_admin, type, m_dialogParent);
    connect(dialog, &OrganizationPolicyDialog::policySaved, this,
            [this](const QString& id) { Q_EMIT organizationEdited(Type::OrganizationPolicy, id); });
    show(dialog);
}

void OrganizationActions::openEditPolicy()
{
    const auto policy = targetPolicy();
    if (!m_admin || !policy || policy->awsManaged)
        return;
    auto* dialog = new OrganizationPolicyDialog(m_admin, *policy, m_dialogParent);
    connect(dialog, &OrganizationPolicyDialog::policySaved, this,
            [this](const QString& id) { Q_EMIT organizationEdited(Type::OrganizationPolicy, id); });
    show(dialog);
}

void OrganizationActions::openAttach()
{
    if (!m_admin)
        return;
    if (targetIsPolicy())
        show(OrganizationAttachmentDialog::attachPolicy(m_admin, m_target.name, m_dialogParent));
    else if (targetIsPolicyTarget())
        show(OrganizationAttachmentDialog::attachToTarget(m_admin, targetId(), m_dialogParent));
}

void OrganizationActions::openDetach()
{
    if (!m_admin)
        return;
    if (targetIsPolicy())
        show(OrganizationAttachmentDialog::detachPolicy(m_admin, m_target.name, m_dialogParent));
    else if (targetIsPolicyTarget())
        show(OrganizationAttachmentDialog::detachFromTarget(m_admin, targetId(), m_dialogParent));
}

void OrganizationActions::openDelete()
{
    if (!m_admin)
        return;
    DirectoryAdmin* admin = m_admin;
    const QString id = m_target.name;
    if (const auto policy = targetPolicy(); policy && !policy->awsManaged) {
        show(new ConfirmDeleteDialog(
            tr("Delete policy %1?").arg(policy->name), policy->name, {},
            [admin, id] { return admin->deleteOrganizationPolicy(id); }, m_dialogParent));
        return;
    }
    if (m_target.type != Type::OrganizationalUnit)
        return;
    const auto unit = m_directory.organizationalUnit(id);
    if (!unit)
        return;
    show(new ConfirmDeleteDialog(
        tr("Delete organizational unit %1?").arg(unit->name), unit->name, {},
        [admin, id] { return admin->deleteOrganizationalUnit(id); }, m_dialogParent));
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
