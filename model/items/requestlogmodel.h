#pragma once

#include "endpoint/requestlogentry.h"

#include <QAbstractTableModel>

#include <vector>

// The local endpoint's request log as the Tools window shows it, newest
// last: a bounded ring, so a long-running endpoint keeps only the last
// requests and the oldest rows leave as new ones arrive.
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        SourceColumn,
        CallerColumn,
        ActionColumn,
        StatusColumn,
        ErrorCodeColumn,
        MillisecondsColumn,
        ColumnCount
    };
    static constexpr int DefaultCapacity = 1000;

    explicit RequestLogModel(int capacity = DefaultCapacity, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int capacity() const { return m_capacity; }
    // Row 0 is the oldest entry kept.
    const RequestLogEntry& entry(int row) const;

    // Drops the oldest entry first when the log is full.
    void append(const RequestLogEntry& entry);
    void clear();

private:
    int m_capacity;
    std::vector<RequestLogEntry> m_ring; // grows to m_capacity, then wraps
    int m_first = 0;                     // the ring index of row 0
    int m_count = 0;
};
