#include "items/navigatorfiltermodel.h"

#include "items/navigatormodel.h"

NavigatorFilterModel::NavigatorFilterModel(NavigatorModel* source, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
    , m_matcher(QString(), Qt::CaseSensitive) // both sides are lower case already
{
    setSourceModel(source);
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(false);
    // A row's text may change, and a new row may take a removed one's address: forgotten
    // before the proxy looks at the new rows.
    for (auto signal :
         {&QAbstractItemModel::rowsAboutToBeInserted, &QAbstractItemModel::rowsAboutToBeRemoved})
        connect(source, signal, this, &NavigatorFilterModel::forgetRejected);
    connect(source, &QAbstractItemModel::rowsAboutToBeMoved, this,
            &NavigatorFilterModel::forgetRejected);
    connect(source, &QAbstractItemModel::dataChanged, this, &NavigatorFilterModel::forgetRejected);
    connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this,
            &NavigatorFilterModel::forgetRejected);
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this,
            &NavigatorFilterModel::forgetRejected);
}

void NavigatorFilterModel::forgetRejected()
{
    m_rejected.clear();
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
    if (!lowered.contains(m_text))
        forgetRejected(); // the text was not only typed on: rejected rows may match now
    m_text = lowered;
    m_matcher.setPattern(lowered);
    invalidateFilter();
}

namespace {
// The rows whose own text the filter searches.
bool searched(NavigatorModel::NodeType type)
{
    using Type = NavigatorModel::NodeType;
    return type == Type::Entry || type == Type::Provider || type == Type::OrganizationPolicy;
}
} // namespace

bool NavigatorFilterModel::matches(const QModelIndex& sourceIndex) const
{
    if (m_rejected.contains(sourceIndex.internalPointer()))
        return false;
    const QString& text = m_source->filterText(sourceIndex);
    // One character is a plain scan, faster than the matcher's tables.
    const bool found =
        m_text.size() == 1 ? text.contains(m_text.front()) : m_matcher.indexIn(text) >= 0;
    if (!found)
        m_rejected.insert(sourceIndex.internalPointer());
    return found;
}

bool NavigatorFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex index = m_source->index(sourceRow, 0, sourceParent);
    if (m_rejected.contains(index.internalPointer()))
        return false; // most rows, after the first key: no need to look at the row itself
    if (searched(m_source->nodeType(index)))
        return matches(index);
    // An entry's relations are shown below it when it matches; the structure
    // (accounts, categories) only above a matching row (recursive filtering).
    return sourceParent.isValid() && searched(m_source->nodeType(sourceParent)) &&
           matches(sourceParent);
}
