#include "navigatorview.h"

#include "items/navigatorfiltermodel.h"
#include "navigatoritemdelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

NavigatorView::NavigatorView(NavigatorModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new NavigatorFilterModel(model, this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
{
    setObjectName(QStringLiteral("Navigator"));
    setAttribute(Qt::WA_StyledBackground);

    m_filter->setObjectName(QStringLiteral("NavigatorFilter"));
    m_filter->setPlaceholderText(tr("Filter by name or ARN"));
    m_filter->setClearButtonEnabled(true);

    m_tree->setObjectName(QStringLiteral("NavigatorTree"));
    // When the current entry's row goes (its entity deleted, here or in another console), the
    // tree moves to a neighbour; the page stays on the deleted entry and says so. Connected
    // before the tree's selection model, so the flag is up before the tree moves.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this] { m_rowsLeaving = !m_filtering; });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (std::exchange(m_rowsLeaving, false) && m_leftCurrent)
            m_tree->selectionModel()->clear(); // so a click on any row shows its page
        m_leftCurrent = false;
    });
    m_tree->setModel(m_proxy);
    m_tree->setItemDelegate(new NavigatorItemDelegate(m_tree));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true); // keeps 50,000 rows cheap to lay out
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setDragEnabled(true);
    // Users dragged onto a group become its members (the model says where a drop fits).
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::CopyAction);
    m_tree->setDropIndicatorShown(true);
    m_tree->header()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &NavigatorView::applyFilter);
    m_filter->installEventFilter(this);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { onCurrentChanged(current); });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            &NavigatorView::rememberCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        expandCategories();
        restoreCurrent();
    });
    connect(m_model, &NavigatorModel::usersDropped, this, &NavigatorView::usersDropped);
    expandCategories();
}

bool NavigatorView::eventFilter(QObject* watched, QEvent* event)
{
    // Names are fetched when the user reaches for the filter, not at start.
    if (watched == m_filter && event->type() == QEvent::FocusIn)
        m_proxy->prepare();
    return QWidget::eventFilter(watched, event);
}

QModelIndex NavigatorView::proxyOrganization() const
{
    return m_proxy->mapFromSource(m_model->organizationIndex());
}

void NavigatorView::expandCategories()
{
    // The organization's root, its OUs and accounts open; categories stay closed.
    expandStructure({}, false);
}

void NavigatorView::expandStructure(const QModelIndex& parent, bool categories)
{
    using Type = NavigatorModel::NodeType;
    for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
        const QModelIndex index = m_proxy->index(row, 0, parent);
        switch (m_model->nodeType(m_proxy->mapToSource(index))) {
        case Type::Organization:
        case Type::OrganizationalUnit:
        case Type::OrganizationPolicies:
            m_tree->expand(index);
            expandStructure(index, categories);
            break;
        case Type::Account:
            m_tree->expand(index);
            if (categories)
                expandStructure(index, categories);
            break;
        case Type::Category:
        case Type::ProviderCategory:
        case Type::OrganizationPolicyType:
            if (categories)
                m_tree->expand(index);
            break;
        default:
            break;
        }
    }
}

void NavigatorView::applyFilter(const QString& text)
{
    m_filtering = true;
    m_proxy->setFilterText(text);
    m_filtering = false;
    if (text.trimmed().isEmpty()) {
        expandCategories();
        return;
    }
    // Show every match: expand the structure and categories, not the matched entries.
    expandStructure({}, true);
}

void NavigatorView::onCurrentChanged(const QModelIndex& current)
{
    if (!current.isValid())
        return;
    if (m_rowsLeaving) {
        m_leftCurrent = true;
        return;
    }
    Q_EMIT nodeSelected(m_model->nodeRef(m_proxy->mapToSource(current)));
}

void NavigatorView::selectEntity(EntityKind kind, const QString& accountId, const QString& name)
{
    const QModelIndex source = m_model->entryIndex(kind, accountId, name);
    const QModelIndex proxy = m_proxy->mapFromSource(source);
    if (!proxy.isValid())
        return;
    m_tree->setCurrentIndex(proxy);
    m_tree->scrollTo(proxy);
}

bool NavigatorView::selectOrganizationNode(NavigatorModel::NodeType type, const QString& name)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->organizationNodeIndex(type, name));
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void NavigatorView::rememberCurrent()
{
    using Type = NavigatorModel::NodeType;
    m_remembered.reset();
    const QModelIndex current = m_proxy->mapToSource(m_tree->currentIndex());
    if (!current.isValid())
        return;
    const NavigatorModel::NodeRef node = m_model->nodeRef(current);
    switch (node.type) {
    case Type::Account:
    case Type::Organization:
    case Type::OrganizationalUnit:
    case Type::OrganizationPolicies:
    case Type::OrganizationPolicyType:
    case Type::OrganizationPolicy:
        m_remembered = node;
        break;
    default:
        break;
    }
}

void NavigatorView::restoreCurrent()
{
    if (!m_remembered)
        return;
    const NavigatorModel::NodeRef node = *std::exchange(m_remembered, std::nullopt);
    if (node.type == NavigatorModel::NodeType::Account)
        selectAccount(node.accountId);
    else
        selectOrganizationNode(node.type, node.name);
}

void NavigatorView::selectAccount(const QString& accountId)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->accountIndex(accountId));
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}
