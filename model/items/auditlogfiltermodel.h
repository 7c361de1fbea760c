#pragma once

#include <QDateTime>
#include <QSortFilterProxyModel>

class AuditLogModel;

// The audit trail's filters: actor (part of the ARN), action (exact), outcome
// (exact), a time range (inclusive, either end open) and free text found in
// any column or the user agent. All case-insensitive; an empty filter lets
// everything through.
class AuditLogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AuditLogFilterModel(AuditLogModel* source, QObject* parent = nullptr);

    void setActor(const QString& text);
    void setAction(const QString& action);
    void setOutcome(const QString& outcome);
    void setTimeRange(const QDateTime& from, const QDateTime& to);
    void setText(const QString& text);

    bool isFiltering() const;
    AuditLogModel* log() const { return m_source; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    // Filters apply to every event, not only those fetched so far.
    void refilter();

    AuditLogModel* m_source;
    QString m_actor;
    QString m_action;
    QString m_outcome;
    QDateTime m_from;
    QDateTime m_to;
    QString m_text;
};
