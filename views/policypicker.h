#pragma once

#include "iam/managedpolicy.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class Directory;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

// A filterable, checkable list of managed policies (the account's own and
// AWS's), as the console's "Add permissions" list; AWS-managed ones are
// marked. It says how many are checked; the quota is the service's to enforce.
class PolicyPicker : public QWidget
{
    Q_OBJECT

public:
    explicit PolicyPicker(QWidget* parent = nullptr);

    // The account's customer-managed policies, then the AWS-managed ones.
    static QList<ManagedPolicy> attachablePolicies(const Directory& directory,
                                                   const QString& accountId);

    void setPolicies(const QList<ManagedPolicy>& policies);
    QStringList checkedArns() const;
    void setChecked(const QString& policyArn, bool checked);
    int checkedCount() const;

    QLineEdit* filterEdit() const { return m_filter; }
    QListView* listView() const { return m_list; }

Q_SIGNALS:
    void checkedChanged();

private:
    void updateCount();

    QLineEdit* m_filter;
    QListView* m_list;
    QLabel* m_count;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    bool m_filling = false;
};
