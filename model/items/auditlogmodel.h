#pragma once

#include "directory/auditevent.h"

#include <QAbstractTableModel>

#include <vector>

class Directory;

// The audit trail as a table, oldest first: time, actor ARN, session,
// action, target, outcome, source (the client's address, its user agent as
// the tooltip), detail. Events are fetched a page at a time; a
// new event is appended at the end as it is recorded.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        ActorColumn,
        SessionColumn,
        ActionColumn,
        TargetColumn,
        OutcomeColumn,
        SourceColumn,
        DetailColumn,
        ColumnCount
    };
    enum DataRole
    {
        SequenceRole = Qt::UserRole + 1, // qint64
        TimeRole,                        // QDateTime (UTC)
        FailedRole,                      // bool: outcome is not "Success"
    };

    static constexpr int PageSize = 500;

    explicit AuditLogModel(const Directory* directory, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // Typed lookup for the filter and the window.
    const AuditEvent& event(int row) const { return m_events[size_t(row)]; }
    // The row of the event with this sequence number, -1 when not fetched.
    int rowOfSequence(qint64 sequence) const;
    int totalCount() const { return m_total; }
    void fetchAll();
    void reload();

private:
    void append(const QList<AuditEvent>& events);
    void onEventAppended(const AuditEvent& event);

    const Directory* m_directory;
    std::vector<AuditEvent> m_events;
    int m_total = 0;
    bool m_inserting = false;
};
