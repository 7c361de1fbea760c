#pragma once

#include "console/consoleservices.h"
#include "items/navigatormodel.h"

#include <QWidget>

#include <functional>

class ConsoleSession;
class Directory;
struct ConsoleAction;
class QAction;
class QScrollArea;
class QTabWidget;
class QVBoxLayout;

// The right-hand pane: the selected entry as the console's detail pages show
// it — a summary (ARN, unique id, path, created, tags) above tabs.
class DetailPane : public QWidget
{
    Q_OBJECT

public:
    // Every page and tab asks the session whether the active identity may read it.
    DetailPane(ConsoleSession* session, const ConsoleServices& services, QWidget* parent = nullptr);

    void showNode(const NavigatorModel::NodeRef& node);
    // The buttons of a page's action row (Edit, Delete, New user...), asked
    // for each page shown: they act on that page's node.
    using ActionProvider = std::function<QList<QAction*>(const NavigatorModel::NodeRef&)>;
    void setActionProvider(ActionProvider provider);
    void showNothing();

    // What the pane shows now, for tests and click-through.
    NavigatorModel::NodeRef currentNode() const { return m_current; }
    QTabWidget* tabs() const { return m_tabs; }

Q_SIGNALS:
    // A link in a table (a member, a group, a policy) was activated.
    void entityActivated(EntityKind kind, const QString& accountId, const QString& name);

private:
    void clear();
    // Edits here or in another console on the same directory: the page of
    // the entity they touch is built again (on the same tab), once per burst;
    // the page of a deleted entity says so.
    bool isShowing(EntityKind kind, const QString& accountId, const QString& name) const;
    void scheduleUpdate(bool deleted);
    void updatePage();
    void showDeleted();
    // Adds an access-denied panel and returns false when the action is denied.
    bool permitted(const ConsoleAction& action);
    // The tab's content, or an access-denied panel in its place.
    QWidget* guarded(const ConsoleAction& action, const std::function<QWidget*()>& build);
    void addTitle(const QString& title, const QString& kind); // heading and actions
    void addHeading(const QString& title, const QString& kind);
    void addActionRow();
    void addSummary(const QList<QPair<QString, QString>>& fields);
    QTabWidget* addTabs();

    void showAccount(const QString& accountId);
    // The organization's root: DescribeOrganization.
    void showOrganization();
    // Below an account's summary: what the organization knows of it
    // (DescribeAccount), its OU and its policies (ListPoliciesForTarget).
    void showMemberAccount(const QString& accountId);
    // An OU: DescribeOrganizationalUnit, its children and attached policies.
    void showOrganizationalUnit(const QString& ouId);
    // "Policies": how many of each type (ListPolicies).
    void showOrganizationPolicies();
    // The policies of one type (typeName: SERVICE_CONTROL_POLICY, ...).
    void showOrganizationPolicyList(const QString& typeName);
    // An SCP or RCP: DescribePolicy, its content in the policy editor
    // (read-only), its targets (ListTargetsForPolicy).
    void showOrganizationPolicy(const QString& policyId);
    void showUser(const QString& accountId, const QString& name);
    void showGroup(const QString& accountId, const QString& name);
    void showRole(const QString& accountId, const QString& name);
    void showPolicy(const QString& arn);
    // A SAML identity provider: ARN, dates, entity id, signing certificates, metadata.
    void showSamlProvider(const QString& arn);

    QWidget* permissionsTab(EntityKind kind, const QString& accountId, const QString& name);
    // What the principal may do in the end, and where each permission comes from.
    QWidget* effectivePermissionsTab(EntityKind kind, const QString& accountId,
                                     const QString& name);
    QWidget* userGroupsTab(const QString& accountId, const QString& name);
    QWidget* securityCredentialsTab(const QString& accountId, const QString& name);
    QWidget* groupUsersTab(const QString& accountId, const QString& name);
    // The root's or an OU's OUs and accounts, guarded by both list actions.
    QWidget* organizationChildrenTab(const QString& parentId, const QString& parentArn);
    // The SCPs and RCPs attached to a root, OU or account (ListPoliciesForTarget).
    QWidget* attachedPoliciesTab(const QString& targetId, const QString& targetArn);
    static ConsoleAction organizationsAction(const char* action, const QString& resource);

    ConsoleSession* m_session;
    ConsoleServices m_services;
    const Directory* m_directory;
    QScrollArea* m_scroll;
    QWidget* m_page = nullptr;
    QVBoxLayout* m_layout = nullptr;
    QTabWidget* m_tabs = nullptr;
    NavigatorModel::NodeRef m_current;
    bool m_updatePending = false;
    bool m_currentDeleted = false;
    ActionProvider m_actionProvider;
};
