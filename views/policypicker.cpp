#include "policypicker.h"

#include "directory/directory.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace {
constexpr int ArnRole = Qt::UserRole + 1;
}

PolicyPicker::PolicyPicker(QWidget* parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_count(new QLabel(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_filter->setObjectName(QStringLiteral("PolicyFilter"));
    m_filter->setPlaceholderText(tr("Filter policies by name"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("PolicyList"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_proxy);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_model, &QStandardItemModel::itemChanged, this, [this] {
        if (m_filling)
            return;
        updateCount();
        Q_EMIT checkedChanged();
    });
    updateCount();
}

QList<ManagedPolicy> PolicyPicker::attachablePolicies(const Directory& directory,
                                                      const QString& accountId)
{
    return directory.policies(accountId) + directory.awsManagedPolicies();
}

void PolicyPicker::setPolicies(const QList<ManagedPolicy>& policies)
{
    // Filling is not the user checking: no checkedChanged() for it.
    m_filling = true;
    m_model->clear();
    for (const ManagedPolicy& policy : policies) {
        auto* item = new QStandardItem(
            policy.isAwsManaged() ? tr("%1 (AWS managed)").arg(policy.name) : policy.name);
        item->setData(policy.arn, ArnRole);
        item->setToolTip(policy.description.isEmpty() ? policy.arn
                                                      : policy.arn + u'\n' + policy.description);
        item->setCheckable(true);
        item->setCheckState(Qt::Unchecked);
        m_model->appendRow(item);
    }
    m_filling = false;
    updateCount();
}

QStringList PolicyPicker::checkedArns() const
{
    QStringList out;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->item(row)->checkState() == Qt::Checked)
            out << m_model->item(row)->data(ArnRole).toString();
    return out;
}

void PolicyPicker::setChecked(const QString& policyArn, bool checked)
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->item(row)->data(ArnRole).toString() == policyArn)
            m_model->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

int PolicyPicker::checkedCount() const
{
    return int(checkedArns().size());
}

void PolicyPicker::updateCount()
{
    m_count->setText(tr("%n policy(ies) selected", nullptr, checkedCount()));
}
