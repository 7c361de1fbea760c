#include "items/auditlogfiltermodel.h"

#include "items/auditlogmodel.h"

AuditLogFilterModel::AuditLogFilterModel(AuditLogModel* source, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
}

void AuditLogFilterModel::setActor(const QString& text)
{
    m_actor = text.trimmed();
    refilter();
}

void AuditLogFilterModel::setAction(const QString& action)
{
    m_action = action.trimmed();
    refilter();
}

void AuditLogFilterModel::setOutcome(const QString& outcome)
{
    m_outcome = outcome.trimmed();
    refilter();
}

void AuditLogFilterModel::setTimeRange(const QDateTime& from, const QDateTime& to)
{
    m_from = from;
    m_to = to;
    refilter();
}

void AuditLogFilterModel::setText(const QString& text)
{
    m_text = text.trimmed();
    refilter();
}

bool AuditLogFilterModel::isFiltering() const
{
    return !m_actor.isEmpty() || !m_action.isEmpty() || !m_outcome.isEmpty() || m_from.isValid() ||
           m_to.isValid() || !m_text.isEmpty();
}

void AuditLogFilterModel::refilter()
{
    if (isFiltering())
        m_source->fetchAll();
    invalidateRowsFilter();
}

bool AuditLogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const AuditEvent& e = m_source->event(sourceRow);
    if (!m_actor.isEmpty() && !e.actorArn.contains(m_actor, Qt::CaseInsensitive))
        return false;
    if (!m_action.isEmpty() && e.action.compare(m_action, Qt::CaseInsensitive) != 0)
        return false;
    if (!m_outcome.isEmpty() && e.outcome.compare(m_outcome, Qt::CaseInsensitive) != 0)
        return false;
    if (m_from.isValid() && e.time < m_from)
        return false;
    if (m_to.isValid() && e.time > m_to)
        return false;
    if (m_text.isEmpty())
        return true;
    for (const QString* field : {&e.actorArn, &e.sessionName, &e.action, &e.target, &e.outcome,
                                 &e.sourceAddress, &e.userAgent, &e.detail})
        if (field->contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}
