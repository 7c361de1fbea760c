#include "items/navigatorfiltermodel.h"

#include "items/navigatormodel.h"

NavigatorFilterModel::NavigatorFilterModel(NavigatorModel* source, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
    setDynamicSortFilter(false);
}

void NavigatorFilterModel::prepare()
{
    m_source->fetchAllEntries();
}

void NavigatorFilterModel::setFilterText(const QString& text)
{
    const QString lowered = text.trimmed().toLower();
    if (lowered == m_text)
        return;
    // Filtering needs every entry; relations stay unfetched until expanded.
    if (!lowered.isEmpty() && m_text.isEmpty())
        prepare();
    m_text = lowered;
    invalidateFilter();
}

bool NavigatorFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex index = m_source->index(sourceRow, 0, sourceParent);
    const auto type = m_source->nodeType(index);
    if (type != NavigatorModel::NodeType::Entry && type != NavigatorModel::NodeType::Provider &&
        type != NavigatorModel::NodeType::OrganizationPolicy)
        return false; // shown only above or below a matching entry
    return m_source->filterText(index).contains(m_text);
}
