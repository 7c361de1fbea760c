#include "items/requestlogmodel.h"

#include <QLocale>

#include <algorithm>

RequestLogModel::RequestLogModel(int capacity, QObject* parent)
    : QAbstractTableModel(parent)
    , m_capacity(std::max(1, capacity))
{}

int RequestLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int RequestLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const RequestLogEntry& RequestLogModel::entry(int row) const
{
    return m_ring[std::size_t((m_first + row) % m_capacity)];
}

QVariant RequestLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequestLogEntry& e = entry(index.row());
    if (role == Qt::ToolTipRole) {
        // What does not fit a column: who sent it with what, and the id to find it in the audit.
        return tr("Request %1 from %2\nUser agent: %3")
            .arg(e.requestId, e.sourceAddress, e.userAgent.isEmpty() ? tr("(none)") : e.userAgent);
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == StatusColumn || index.column() == MillisecondsColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(e.time.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
    case SourceColumn:
        return e.sourceAddress;
    case CallerColumn:
        return e.caller.isEmpty() ? tr("(not authenticated)") : e.caller;
    case ActionColumn:
        return e.action;
    case StatusColumn:
        return e.status;
    case ErrorCodeColumn:
        return e.errorCode;
    case MillisecondsColumn:
        return e.milliseconds;
    }
    return {};
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SourceColumn:
        return tr("Source");
    case CallerColumn:
        return tr("Caller");
    case ActionColumn:
        return tr("Action");
    case StatusColumn:
        return tr("Status");
    case ErrorCodeColumn:
        return tr("Error code");
    case MillisecondsColumn:
        return tr("ms");
    }
    return {};
}

void RequestLogModel::append(const RequestLogEntry& e)
{
    if (m_count == m_capacity) {
        beginRemoveRows({}, 0, 0);
        m_first = (m_first + 1) % m_capacity;
        --m_count;
        endRemoveRows();
    }
    beginInsertRows({}, m_count, m_count);
    const std::size_t slot = std::size_t((m_first + m_count) % m_capacity);
    if (slot < m_ring.size())
        m_ring[slot] = e;
    else
        m_ring.push_back(e);
    ++m_count;
    endInsertRows();
}

void RequestLogModel::clear()
{
    if (m_count == 0)
        return;
    beginResetModel();
    m_ring.clear();
    m_first = 0;
    m_count = 0;
    endResetModel();
}
