#include "items/auditlogmodel.h"

#include "directory/directory.h"

#include <algorithm>

AuditLogModel::AuditLogModel(const Directory* directory, QObject* parent)
    : QAbstractTableModel(parent)
    , m_directory(directory)
    , m_total(directory->auditEventCount())
{
    connect(directory, &Directory::auditEventAppended, this, &AuditLogModel::onEventAppended);
    connect(directory, &Directory::directoryReset, this, &AuditLogModel::reload);
}

void AuditLogModel::reload()
{
    beginResetModel();
    m_events.clear();
    m_total = m_directory->auditEventCount();
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AuditEvent& e = event(index.row());
    if (role == Qt::ToolTipRole && index.column() == SourceColumn)
        return e.userAgent.isEmpty() ? QVariant() : QVariant(e.userAgent);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case TimeColumn:
            return e.time.toUTC().toString(Qt::ISODate);
        case ActorColumn:
            return e.actorArn;
        case SessionColumn:
            return e.sessionName;
        case ActionColumn:
            return e.action;
        case TargetColumn:
            return e.target;
        case OutcomeColumn:
            return e.outcome;
        case SourceColumn:
            return e.sourceAddress;
        case DetailColumn:
            return e.detail;
        case ColumnCount:
            break;
        }
        return {};
    case SequenceRole:
        return e.sequence;
    case TimeRole:
        return e.time.toUTC();
    case FailedRole:
        return e.outcome != QLatin1String("Success");
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < rowCount() ? QVariant(event(section).sequence)
                                                    : QVariant();
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time (UTC)");
    case ActorColumn:
        return tr("Actor");
    case SessionColumn:
        return tr("Session");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    case OutcomeColumn:
        return tr("Outcome");
    case SourceColumn:
        return tr("Source");
    case DetailColumn:
        return tr("Detail");
    case ColumnCount:
        break;
    }
    return {};
}

bool AuditLogModel::canFetchMore(const QModelIndex& parent) const
{
    // Not from inside an insert's signals: the page would be read twice.
    return !m_inserting && !parent.isValid() && rowCount() < m_total;
}

void AuditLogModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        append(m_directory->auditEvents(rowCount(), PageSize));
}

void AuditLogModel::fetchAll()
{
    if (canFetchMore({}))
        append(m_directory->auditEvents(rowCount(), -1));
}

void AuditLogModel::append(const QList<AuditEvent>& events)
{
    if (events.isEmpty()) {
        m_total = rowCount(); // fewer stored than counted (a deleted row)
        return;
    }
    m_inserting = true;
    beginInsertRows({}, rowCount(), rowCount() + int(events.size()) - 1);
    m_events.insert(m_events.end(), events.begin(), events.end());
    endInsertRows();
    m_inserting = false;
    m_total = std::max(m_total, rowCount());
}

void AuditLogModel::onEventAppended(const AuditEvent& event)
{
    // Not fetched yet: it comes with the last page.
    if (rowCount() < m_total) {
        ++m_total;
        return;
    }
    m_inserting = true;
    beginInsertRows({}, rowCount(), rowCount());
    m_events.push_back(event);
    ++m_total;
    endInsertRows();
    m_inserting = false;
}

int AuditLogModel::rowOfSequence(qint64 sequence) const
{
    const auto at = std::lower_bound(m_events.begin(), m_events.end(), sequence,
                                     [](const AuditEvent& e, qint64 s) { return e.sequence < s; });
    return at != m_events.end() && at->sequence == sequence ? int(at - m_events.begin()) : -1;
}
