#include "navigatorview.h"

#include "items/navigatorfiltermodel.h"
#include "navigatoritemdelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

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
    connect(m_model, &QAbstractItemModel::modelReset, this, &NavigatorView::expandCategories);
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
    // The organization's root and its accounts open; categories stay closed.
    const QModelIndex organization = proxyOrganization();
    m_tree->expand(organization);
    for (int row = 0; row < m_proxy->rowCount(organization); ++row)
        m_tree->expand(m_proxy->index(row, 0, organization));
}

void NavigatorView::applyFilter(const QString& text)
{
    m_proxy->setFilterText(text);
    if (text.trimmed().isEmpty()) {
        expandCategories();
        return;
    }
    // Show every match: expand the root, accounts and categories, not the matched entries.
    const QModelIndex organization = proxyOrganization();
    m_tree->expand(organization);
    for (int a = 0; a < m_proxy->rowCount(organization); ++a) {
        const QModelIndex account = m_proxy->index(a, 0, organization);
        m_tree->expand(account);
        for (int c = 0; c < m_proxy->rowCount(account); ++c)
            m_tree->expand(m_proxy->index(c, 0, account));
    }
}

void NavigatorView::onCurrentChanged(const QModelIndex& current)
{
    if (!current.isValid())
        return;
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

void NavigatorView::selectAccount(const QString& accountId)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->accountIndex(accountId));
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}
