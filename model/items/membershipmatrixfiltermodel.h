#pragma once

#include "iam/result.h"

#include <QSortFilterProxyModel>

class MembershipMatrixModel;

// The membership matrix as the window shows it: users and groups filtered by
// name (case-insensitively), users sorted by name or by how many groups they
// are in (ties by name).
class MembershipMatrixFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class SortKey
    {
        Name,
        GroupCount
    };

    explicit MembershipMatrixFilterModel(MembershipMatrixModel* source, QObject* parent = nullptr);

    // Fetches every user's name first, so that users not shown yet are found.
    void setUserFilter(const QString& text);
    void setGroupFilter(const QString& text);
    QString userFilter() const { return m_userFilter; }
    QString groupFilter() const { return m_groupFilter; }

    // Sorting by count loads every user and every count first.
    // Sorts in any case; by group count, the error of reading every count at
    // once, if it failed (the counts are then read row by row).
    [[nodiscard]] Result<void> sortUsers(SortKey key, Qt::SortOrder order = Qt::AscendingOrder);
    SortKey sortKey() const { return m_sortKey; }

    MembershipMatrixModel* matrix() const { return m_source; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    MembershipMatrixModel* m_source;
    QString m_userFilter;
    QString m_groupFilter;
    SortKey m_sortKey = SortKey::Name;
};
