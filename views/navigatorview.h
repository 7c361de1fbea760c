#pragma once

#include "items/navigatormodel.h"

#include <QWidget>

#include <optional>

class NavigatorFilterModel;
class QLineEdit;
class QTreeView;

// The left-hand navigator: a filter box over the directory tree.
class NavigatorView : public QWidget
{
    Q_OBJECT

public:
    explicit NavigatorView(NavigatorModel* model, QWidget* parent = nullptr);

    QTreeView* tree() const { return m_tree; }
    QLineEdit* filterEdit() const { return m_filter; }
    NavigatorFilterModel* filterModel() const { return m_proxy; }
    NavigatorModel* model() const { return m_model; }

    // Selects (and scrolls to) an entity's row, e.g. after a click-through.
    void selectEntity(EntityKind kind, const QString& accountId, const QString& name);
    // Opens the accounts and their categories, as the console's left menu shows them.
    void expandCategories();
    // Selects an account's row: its page is the account's dashboard.
    void selectAccount(const QString& accountId);
    // Selects the row of the root, an OU, a policy type or a policy (see
    // NavigatorModel::organizationNodeIndex); false when it is not shown.
    bool selectOrganizationNode(NavigatorModel::NodeType type, const QString& name);

Q_SIGNALS:
    void nodeSelected(const NavigatorModel::NodeRef& node);
    // User entries were dropped on a group entry of their account.
    void usersDropped(const QString& accountId, const QString& groupName,
                      const QStringList& userNames);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter(const QString& text);
    QModelIndex proxyOrganization() const;
    // Expands the organization's structure under parent (OUs, accounts, the
    // policies); with categories, each account's categories too.
    void expandStructure(const QModelIndex& parent, bool categories);
    // A reload keeps the organization's row that was selected, with its page.
    void rememberCurrent();
    void restoreCurrent();
    void onCurrentChanged(const QModelIndex& current);

    NavigatorModel* m_model;
    NavigatorFilterModel* m_proxy;
    QLineEdit* m_filter;
    QTreeView* m_tree;
    std::optional<NavigatorModel::NodeRef> m_remembered;
    bool m_filtering = false;   // the filter text is being applied
    bool m_rowsLeaving = false; // the model is removing rows
    bool m_leftCurrent = false; // ... and the current one was among them
};
