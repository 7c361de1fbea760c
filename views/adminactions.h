#pragma once

#include "iam/iamerror.h"
#include "iam/result.h"
#include "items/navigatormodel.h"

#include <QDialog>
#include <QObject>
#include <QPointer>

class DirectoryAdmin;
struct ConsoleAction;
class QAction;

class QWidget;

// The administration actions of the console for the entity selected in the
// navigator: New user, New group, Edit, Delete, Console password, Members,
// Password policy, New role, New policy, a role's trust policy and settings,
// policies to attach or embed, a policy's versions, and the Edit menu's Undo
// and Redo. Each action is offered
// only where it applies and enabled only while the active identity may run
// it; it opens its dialog over dialogParent. Errors of actions without a
// dialog (a drop, an undo) are reported through errorOccurred.
class AdminActions : public QObject
{
    Q_OBJECT

public:
    AdminActions(DirectoryAdmin* admin, QWidget* dialogParent, QObject* parent = nullptr);

    DirectoryAdmin* admin() const { return m_admin; }
    void setTarget(const NavigatorModel::NodeRef& node);
    const NavigatorModel::NodeRef& target() const { return m_target; }
    // Enables each action again for the active identity (after a switch).
    void refresh();

    QAction* newUserAction() const { return m_newUser; }
    QAction* newGroupAction() const { return m_newGroup; }
    QAction* editAction() const { return m_edit; }
    QAction* deleteAction() const { return m_delete; }
    QAction* consolePasswordAction() const { return m_consolePassword; }
    QAction* membersAction() const { return m_members; }
    QAction* passwordPolicyAction() const { return m_passwordPolicy; }
    QAction* newRoleAction() const { return m_newRole; }
    QAction* newPolicyAction() const { return m_newPolicy; }
    QAction* trustPolicyAction() const { return m_trustPolicy; }
    QAction* roleSettingsAction() const { return m_roleSettings; }
    QAction* attachPoliciesAction() const { return m_attachPolicies; }
    QAction* inlinePolicyAction() const { return m_inlinePolicy; }
    QAction* policyVersionsAction() const { return m_policyVersions; }
    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }
    // The actions of the target's page, in the order its action row shows them.
    QList<QAction*> pageActions() const;

    // The dialog the last action opened, while it is open.
    QDialog* openDialog() const { return m_dialog; }

    // Users dropped on a group: one edit, so one undo step.
    Result<void> addUsersToGroup(const QString& accountId, const QString& groupName,
                                 const QStringList& userNames);
    Result<void> undo();
    Result<void> redo();

Q_SIGNALS:
    void errorOccurred(const IamError& error);
    // A dialog created or renamed an entity: the navigator may select it.
    void entityEdited(EntityKind kind, const QString& accountId, const QString& name);

private:
    QAction* makeAction(const QString& text, void (AdminActions::*open)());
    bool allowed(const ConsoleAction& action) const;
    bool targetIs(EntityKind kind) const;
    QString accountArn(EntityKind kind) const;
    void updateUndoActions();
    void show(QDialog* dialog);
    Result<void> report(Result<void> result);

    void openNewUser();
    void openNewGroup();
    void openEdit();
    void openDelete();
    void openConsolePassword();
    void openMembers();
    void openPasswordPolicy();
    void openNewRole();
    void openNewPolicy();
    void openTrustPolicy();
    void openRoleSettings();
    void openAttachPolicies();
    void openInlinePolicy();
    void openPolicyVersions();
    // A customer-managed policy is the target (AWS-managed ones are read-only).
    bool targetIsCustomerPolicy() const;
    void refreshRolePolicyActions();

    DirectoryAdmin* m_admin;
    QWidget* m_dialogParent;
    NavigatorModel::NodeRef m_target;
    QPointer<QDialog> m_dialog;
    QAction* m_newUser;
    QAction* m_newGroup;
    QAction* m_edit;
    QAction* m_delete;
    QAction* m_consolePassword;
    QAction* m_members;
    QAction* m_passwordPolicy;
    QAction* m_newRole;
    QAction* m_newPolicy;
    QAction* m_trustPolicy;
    QAction* m_roleSettings;
    QAction* m_attachPolicies;
    QAction* m_inlinePolicy;
    QAction* m_policyVersions;
    QAction* m_undo;
    QAction* m_redo;
};
