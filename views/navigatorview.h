#pragma once

#include "items/navigatormodel.h"

#include <QWidget>

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
    void onCurrentChanged(const QModelIndex& current);

    NavigatorModel* m_model;
    NavigatorFilterModel* m_proxy;
    QLineEdit* m_filter;
    QTreeView* m_tree;
};
