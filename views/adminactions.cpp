#include "adminactions.h"

#include "admin/directoryadmin.h"
#include "attachpoliciesdialog.h"
#include "confirmdeletedialog.h"
#include "console/consolesession.h"
#include "consolepassworddialog.h"
#include "creategroupdialog.h"
#include "createpolicydialog.h"
#include "createrolewizard.h"
#include "createuserdialog.h"
#include "deleteuserdialog.h"
#include "directory/directory.h"
#include "editgroupdialog.h"
#include "edittrustpolicydialog.h"
#include "edituserdialog.h"
#include "groupmembersdialog.h"
#include "iam/arn.h"
#include "inlinepolicydialog.h"
#include "passwordpolicydialog.h"
#include "policyversionsdialog.h"
#include "rolesettingsdialog.h"

#include <QAction>
#include <QKeySequence>
#include <QUndoStack>

AdminActions::AdminActions(DirectoryAdmin* admin, QWidget* dialogParent, QObject* parent)
    : QObject(parent)
    , m_admin(admin)
    , m_dialogParent(dialogParent)
    , m_newUser(makeAction(tr("New user…"), &AdminActions::openNewUser))
    , m_newGroup(makeAction(tr("New group…"), &AdminActions::openNewGroup))
    , m_edit(makeAction(tr("Edit…"), &AdminActions::openEdit))
    , m_delete(makeAction(tr("Delete…"), &AdminActions::openDelete))
    , m_consolePassword(makeAction(tr("Console password…"), &AdminActions::openConsolePassword))
    , m_members(makeAction(tr("Members…"), &AdminActions::openMembers))
    , m_passwordPolicy(makeAction(tr("Password policy…"), &AdminActions::openPasswordPolicy))
    , m_newRole(makeAction(tr("Create role…"), &AdminActions::openNewRole))
    , m_newPolicy(makeAction(tr("Create policy…"), &AdminActions::openNewPolicy))
    , m_trustPolicy(makeAction(tr("Trust policy…"), &AdminActions::openTrustPolicy))
    , m_roleSettings(makeAction(tr("Settings…"), &AdminActions::openRoleSettings))
    , m_attachPolicies(makeAction(tr("Attach policies…"), &AdminActions::openAttachPolicies))
    , m_inlinePolicy(makeAction(tr("Add inline policy…"), &AdminActions::openInlinePolicy))
    , m_policyVersions(makeAction(tr("Versions…"), &AdminActions::openPolicyVersions))
    , m_undo(new QAction(this))
    , m_redo(new QAction(this))
{
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    // undo() and redo() show their outcome themselves (report()).
    connect(m_undo, &QAction::triggered, this, [this] { (void)undo(); });
    connect(m_redo, &QAction::triggered, this, [this] { (void)redo(); });
    QUndoStack* stack = admin->undoStack();
    connect(stack, &QUndoStack::indexChanged, this, &AdminActions::updateUndoActions);
    connect(stack, &QUndoStack::cleanChanged, this, &AdminActions::updateUndoActions);
    connect(admin, &DirectoryAdmin::edited, this, &AdminActions::updateUndoActions);
    connect(admin->session(), &ConsoleSession::activeIdentityChanged, this, &AdminActions::refresh);
    updateUndoActions();
    refresh();
}

QAction* AdminActions::makeAction(const QString& text, void (AdminActions::*open)())
{
    auto* action = new QAction(text, this);
    connect(action, &QAction::triggered, this, open);
    return action;
}

bool AdminActions::allowed(const ConsoleAction& action) const
{
    return m_admin->session()->authorize(action).allowed();
}

bool AdminActions::targetIs(EntityKind kind) const
{
    return (m_target.type == NavigatorModel::NodeType::Entry ||
            m_target.type == NavigatorModel::NodeType::Relation) &&
           m_target.kind == kind && !m_target.name.isEmpty();
}

// Any user or group of the account: what creating one is authorized against.
QString AdminActions::accountArn(EntityKind kind) const
{
    const QString any = QStringLiteral("*");
    const QString root = QStringLiteral("/");
    return (kind == EntityKind::Group ? Arn::group(m_target.accountId, root, any)
                                      : Arn::user(m_target.accountId, root, any))
        .toString();
}

void AdminActions::setTarget(const NavigatorModel::NodeRef& node)
{
    m_target = node;
    refresh();
}

QList<QAction*> AdminActions::pageActions() const
{
    if (targetIs(EntityKind::User))
        return {m_edit, m_consolePassword, m_attachPolicies, m_inlinePolicy, m_delete};
    if (targetIs(EntityKind::Group))
        return {m_edit, m_members, m_attachPolicies, m_inlinePolicy, m_delete};
    if (targetIs(EntityKind::Role))
        return {m_trustPolicy, m_roleSettings, m_attachPolicies, m_inlinePolicy, m_delete};
    if (targetIsCustomerPolicy())
        return {m_policyVersions, m_delete};
    if (m_target.type == NavigatorModel::NodeType::Category && m_target.kind == EntityKind::Role)
        return {m_newRole};
    if (m_target.type == NavigatorModel::NodeType::Category && m_target.kind == EntityKind::Policy)
        return {m_newPolicy};
    if (m_target.type == NavigatorModel::NodeType::Category && m_target.kind == EntityKind::User)
        return {m_newUser};
    if (m_target.type == NavigatorModel::NodeType::Category && m_target.kind == EntityKind::Group)
        return {m_newGroup};
    if (m_target.type == NavigatorModel::NodeType::Account)
        return {m_passwordPolicy};
    return {};
}

void AdminActions::refresh()
{
    const bool inAccount = !m_target.accountId.isEmpty();
    const bool user = targetIs(EntityKind::User);
    const bool group = targetIs(EntityKind::Group);
    const QString arn = m_target.arn;
    m_newUser->setEnabled(inAccount &&
                          allowed(ConsoleAction::createUser(accountArn(EntityKind::User))));
    m_newGroup->setEnabled(inAccount &&
                           allowed(ConsoleAction::createGroup(accountArn(EntityKind::Group))));
    m_edit->setEnabled((user && allowed(ConsoleAction::updateUser(arn))) ||
                       (group && allowed(ConsoleAction::updateGroup(arn))));
    m_delete->setEnabled((user && allowed(ConsoleAction::deleteUser(arn))) ||
                         (group && allowed(ConsoleAction::deleteGroup(arn))));
    m_consolePassword->setEnabled(user && (allowed(ConsoleAction::createLoginProfile(arn)) ||
                                           allowed(ConsoleAction::updateLoginProfile(arn))));
    m_members->setEnabled(group && (allowed(ConsoleAction::addUserToGroup(arn)) ||
                                    allowed(ConsoleAction::removeUserFromGroup(arn))));
    m_passwordPolicy->setEnabled(inAccount &&
                                 allowed(ConsoleAction::updateAccountPasswordPolicy()));
    refreshRolePolicyActions();
}

void AdminActions::refreshRolePolicyActions()
{
    const bool inAccount = !m_target.accountId.isEmpty();
    const QString arn = m_target.arn;
    const QString any = QStringLiteral("*");
    const QString root = QStringLiteral("/");
    m_newRole->setEnabled(inAccount && allowed(ConsoleAction::createRole(
                                           Arn::role(m_target.accountId, root, any).toString())));
    m_newPolicy->setEnabled(inAccount &&
                            allowed(ConsoleAction::createPolicy(
                                Arn::policy(m_target.accountId, root, any).toString())));
    const bool role = targetIs(EntityKind::Role);
    m_trustPolicy->setEnabled(role && allowed(ConsoleAction::updateAssumeRolePolicy(arn)));
    m_roleSettings->setEnabled(role && allowed(ConsoleAction::updateRole(arn)));
    const bool principal = role || targetIs(EntityKind::User) || targetIs(EntityKind::Group);
    m_attachPolicies->setEnabled(principal &&
                                 (allowed(ConsoleAction::attachPolicy(m_target.kind, arn)) ||
                                  allowed(ConsoleAction::detachPolicy(m_target.kind, arn))));
    m_inlinePolicy->setEnabled(principal &&
                               allowed(ConsoleAction::putInlinePolicy(m_target.kind, arn)));
    const bool policy = targetIsCustomerPolicy();
    m_policyVersions->setEnabled(policy && allowed(ConsoleAction::createPolicyVersion(arn)));
    if (role)
        m_delete->setEnabled(allowed(ConsoleAction::deleteRole(arn)));
    else if (policy)
        m_delete->setEnabled(allowed(ConsoleAction::deletePolicy(arn)));
}

bool AdminActions::targetIsCustomerPolicy() const
{
    if (!targetIs(EntityKind::Policy))
        return false;
    const auto policy = m_admin->directory().policy(m_target.arn);
    return policy && !policy->isAwsManaged();
}

void AdminActions::updateUndoActions()
{
    const QUndoStack* stack = m_admin->undoStack();
    m_undo->setEnabled(stack->canUndo());
    m_redo->setEnabled(stack->canRedo());
    m_undo->setText(stack->canUndo() ? tr("&Undo \"%1\"").arg(stack->undoText()) : tr("&Undo"));
    m_redo->setText(stack->canRedo() ? tr("&Redo \"%1\"").arg(stack->redoText()) : tr("&Redo"));
}

Result<void> AdminActions::report(Result<void> result)
{
    if (!result)
        Q_EMIT errorOccurred(result.error());
    updateUndoActions();
    return result;
}

Result<void> AdminActions::addUsersToGroup(const QString& accountId, const QString& groupName,
                                           const QStringList& userNames)
{
    return report(m_admin->addUsersToGroup(accountId, groupName, userNames));
}

Result<void> AdminActions::undo()
{
    return report(m_admin->undo());
}

Result<void> AdminActions::redo()
{
    return report(m_admin->redo());
}

// One administration dialog at a time, deleted when closed.
void AdminActions::show(QDialog* dialog)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AdminActions::openNewUser()
{
    auto* dialog = new CreateUserDialog(m_admin, m_target.accountId, m_dialogParent);
    if (targetIs(EntityKind::Group))
        dialog->setSelectedGroups({m_target.name});
    connect(dialog, &CreateUserDialog::userCreated, this,
            [this](const QString& accountId, const QString& name) {
                Q_EMIT entityEdited(EntityKind::User, accountId, name);
            });
    show(dialog);
}

void AdminActions::openNewGroup()
{
    auto* dialog = new CreateGroupDialog(m_admin, m_target.accountId, m_dialogParent);
    const QString accountId = m_target.accountId;
    connect(dialog, &NamePathDialog::succeeded, this, [this, accountId](const QString& name) {
        Q_EMIT entityEdited(EntityKind::Group, accountId, name);
    });
    show(dialog);
}

void AdminActions::openEdit()
{
    const NavigatorModel::NodeRef target = m_target;
    NamePathDialog* dialog = nullptr;
    if (targetIs(EntityKind::User))
        dialog = new EditUserDialog(m_admin, target.accountId, target.name, m_dialogParent);
    else if (targetIs(EntityKind::Group))
        dialog = new EditGroupDialog(m_admin, target.accountId, target.name, m_dialogParent);
    else
        return;
    connect(dialog, &NamePathDialog::succeeded, this, [this, target](const QString& name) {
        Q_EMIT entityEdited(target.kind, target.accountId, name);
    });
    show(dialog);
}

void AdminActions::openDelete()
{
    if (targetIs(EntityKind::User)) {
        show(new DeleteUserDialog(m_admin, m_target.accountId, m_target.name, m_dialogParent));
        return;
    }
    if (targetIs(EntityKind::Role)) {
        show(ConfirmDeleteDialog::forRole(m_admin, m_target.accountId, m_target.name,
                                          m_dialogParent));
        return;
    }
    if (targetIsCustomerPolicy()) {
        show(ConfirmDeleteDialog::forPolicy(m_admin, m_target.arn, m_dialogParent));
        return;
    }
    if (!targetIs(EntityKind::Group))
        return;
    const Directory* directory = &m_admin->directory();
    QStringList alsoRemoved;
    for (const User& member : directory->usersInGroup(m_target.accountId, m_target.name))
        alsoRemoved.append(tr("Membership of %1").arg(member.name));
    for (const ManagedPolicy& policy :
         directory->attachedPolicies(EntityKind::Group, m_target.accountId, m_target.name))
        alsoRemoved.append(tr("Attached policy %1").arg(policy.name));
    for (const InlinePolicy& policy :
         directory->inlinePolicies(EntityKind::Group, m_target.accountId, m_target.name))
        alsoRemoved.append(tr("Inline policy %1").arg(policy.name));
    DirectoryAdmin* admin = m_admin;
    const QString accountId = m_target.accountId;
    const QString name = m_target.name;
    show(new ConfirmDeleteDialog(
        tr("Delete %1?").arg(name), name, alsoRemoved,
        [admin, accountId, name] { return admin->deleteGroup(accountId, name, true); },
        m_dialogParent));
}

void AdminActions::openConsolePassword()
{
    if (targetIs(EntityKind::User))
        show(new ConsolePasswordDialog(m_admin, m_target.accountId, m_target.name, m_dialogParent));
}

void AdminActions::openMembers()
{
    if (targetIs(EntityKind::Group))
        show(new GroupMembersDialog(m_admin, m_target.accountId, m_target.name, m_dialogParent));
}

void AdminActions::openPasswordPolicy()
{
    if (!m_target.accountId.isEmpty())
        show(new PasswordPolicyDialog(m_admin, m_target.accountId, m_dialogParent));
}

void AdminActions::openNewRole()
{
    auto* wizard = new CreateRoleWizard(m_admin, m_target.accountId, m_dialogParent);
    show(wizard);
}

void AdminActions::openNewPolicy()
{
    show(new CreatePolicyDialog(m_admin, m_target.accountId, m_dialogParent));
}

void AdminActions::openTrustPolicy()
{
    if (targetIs(EntityKind::Role))
        show(new EditTrustPolicyDialog(m_admin, m_target.accountId, m_target.name, m_dialogParent));
}

void AdminActions::openRoleSettings()
{
    if (targetIs(EntityKind::Role))
        show(new RoleSettingsDialog(m_admin, m_target.accountId, m_target.name, m_dialogParent));
}

void AdminActions::openAttachPolicies()
{
    show(new AttachPoliciesDialog(m_admin, m_target.kind, m_target.accountId, m_target.name,
                                  m_dialogParent));
}

void AdminActions::openInlinePolicy()
{
    show(new InlinePolicyDialog(m_admin, m_target.kind, m_target.accountId, m_target.name, {},
                                m_dialogParent));
}

void AdminActions::openPolicyVersions()
{
    if (targetIsCustomerPolicy())
        show(new PolicyVersionsDialog(m_admin, m_target.arn, m_dialogParent));
}
