#include "items/membershipmatrixfiltermodel.h"

#include "items/membershipmatrixmodel.h"

MembershipMatrixFilterModel::MembershipMatrixFilterModel(MembershipMatrixModel* source,
                                                         QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    // A count lives in the row header, which dataChanged does not cover.
    connect(source, &QAbstractItemModel::headerDataChanged, this, [this](Qt::Orientation o) {
        if (o == Qt::Vertical && m_sortKey == SortKey::GroupCount && sortColumn() >= 0)
            invalidate();
    });
}

void MembershipMatrixFilterModel::setUserFilter(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_userFilter)
        return;
    if (!trimmed.isEmpty())
        m_source->fetchAll();
    m_userFilter = trimmed;
    invalidateRowsFilter();
}

void MembershipMatrixFilterModel::setGroupFilter(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_groupFilter)
        return;
    m_groupFilter = trimmed;
    invalidateColumnsFilter();
}

Result<void> MembershipMatrixFilterModel::sortUsers(SortKey key, Qt::SortOrder order)
{
    Result<void> loaded;
    if (key == SortKey::GroupCount) {
        m_source->fetchAll();
        loaded = m_source->loadAllCounts();
    }
    m_sortKey = key;
    // A key change with the same column and order would not re-sort by itself.
    invalidate();
    sort(0, order);
    return loaded;
}

bool MembershipMatrixFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    return m_userFilter.isEmpty() ||
           m_source->userName(sourceRow).contains(m_userFilter, Qt::CaseInsensitive);
}

bool MembershipMatrixFilterModel::filterAcceptsColumn(int sourceColumn, const QModelIndex&) const
{
    return m_groupFilter.isEmpty() ||
           m_source->groupName(sourceColumn).contains(m_groupFilter, Qt::CaseInsensitive);
}

bool MembershipMatrixFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const int a = left.row();
    const int b = right.row();
    if (m_sortKey == SortKey::GroupCount) {
        const int countA = m_source->groupCountOfUser(a);
        const int countB = m_source->groupCountOfUser(b);
        if (countA != countB)
            return countA < countB;
    }
    // Source rows are in the directory's name order.
    return a < b;
}
