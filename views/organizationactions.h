#pragma once

#include "admin/directoryadmin.h"
#include "items/navigatormodel.h"

#include <QDialog>
#include <QObject>
#include <QPointer>

class ConsoleSession;
class Directory;
class QAction;
class QMenu;
class QWidget;

// The Organization menu and the actions of the organization's pages, each
// through DirectoryAdmin as the active identity (one undo step each):
// Add account (organizations:CreateAccount: a member account with a name, the
// root user's email and OrganizationAccountAccessRole with the access chosen,
// which the management account switches into), New organizational unit, Move
// account, New service / resource control policy; on a page, a policy's Edit,
// Delete, Attach and Detach, a target's (the root, an OU, an account) Attach
// and Detach, an OU's Delete. A page action is enabled only while the active
// identity may run it; the menu's while someone is signed in. Dialogs open
// over dialogParent.
class OrganizationActions : public QObject
{
    Q_OBJECT

public:
    OrganizationActions(ConsoleSession* session, const Directory& directory, QMenu* menu,
                        QWidget* dialogParent);

    void setDirectoryAdmin(DirectoryAdmin* admin);
    QAction* addAccountAction() const { return m_addAccount; }
    QAction* newOrganizationalUnitAction() const { return m_newUnit; }
    QAction* moveAccountAction() const { return m_moveAccount; }
    QAction* newServiceControlPolicyAction() const { return m_newScp; }
    QAction* newResourceControlPolicyAction() const { return m_newRcp; }
    QAction* attachPolicyAction() const { return m_attach; }
    QAction* detachPolicyAction() const { return m_detach; }
    QAction* editPolicyAction() const { return m_editPolicy; }
    QAction* deleteAction() const { return m_delete; }

    // The navigator's node the menu and page actions act on (its page's).
    void setTarget(const NavigatorModel::NodeRef& node);
    // The actions of the target's page, in the order its action row shows them.
    QList<QAction*> pageActions() const;
    // The dialog the last action opened, while it is open.
    QDialog* openDialog() const { return m_dialog; }

    // Adds the account; the message shown (what was added, or AWS's error).
    QString addAccount(const NewAccountRequest& request);

Q_SIGNALS:
    // After an account was added: the account to show.
    void accountAdded(const QString& accountId);
    // An OU or a policy was created or edited, or an account moved: the node
    // to show (an account by its id).
    void organizationEdited(NavigatorModel::NodeType type, const QString& name);

private:
    using Type = NavigatorModel::NodeType;

    void chooseNewAccount();
    void openNewUnit();
    void openMoveAccount();
    void openNewPolicy(OrganizationPolicy::Type type);
    void openEditPolicy();
    void openAttach();
    void openDetach();
    void openDelete();
    void show(QDialog* dialog);
    void refresh();
    bool allowed(const char* action, const QString& resource) const;
    // The target's id as the organizations: API names it (r-, ou-, p-, an account's).
    QString targetId() const;
    // Where a new OU goes: the target when it is the root or an OU, else the root.
    QString defaultParentId() const;
    bool targetIsPolicy() const { return m_target.type == Type::OrganizationPolicy; }
    bool targetIsPolicyTarget() const;
    std::optional<OrganizationPolicy> targetPolicy() const;

    ConsoleSession* m_session;
    const Directory& m_directory;
    QWidget* m_dialogParent;
    QPointer<DirectoryAdmin> m_admin;
    NavigatorModel::NodeRef m_target;
    QPointer<QDialog> m_dialog;
    QAction* m_addAccount;
    QAction* m_newUnit;
    QAction* m_moveAccount;
    QAction* m_newScp;
    QAction* m_newRcp;
    QAction* m_attach;
    QAction* m_detach;
    QAction* m_editPolicy;
    QAction* m_delete;
};
