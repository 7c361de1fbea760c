#include "accessgraphwindow.h"

#include "toolbaroverflow.h"

#include "accessdeniedpanel.h"
#include "accessgraphview.h"
#include "audit/accessgraph.h"
#include "audit/auditqueries.h"
#include "audit/backgroundaudit.h"
#include "auditprogress.h"
#include "console/consoleaction.h"
#include "console/consolesession.h"
#include "directory/directory.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
struct FormatInfo
{
    const char* suffix;
    const char* filter;
};

FormatInfo formatInfo(AccessGraphWindow::Format format)
{
    switch (format) {
    case AccessGraphWindow::Format::Svg:
        return {"svg", QT_TRANSLATE_NOOP("AccessGraphWindow", "SVG drawing (*.svg)")};
    case AccessGraphWindow::Format::Png:
        return {"png", QT_TRANSLATE_NOOP("AccessGraphWindow", "PNG image (*.png)")};
    case AccessGraphWindow::Format::Dot:
        break;
    }
    return {"dot", QT_TRANSLATE_NOOP("AccessGraphWindow", "Graphviz DOT (*.dot *.gv)")};
}
} // namespace

AccessGraphWindow::AccessGraphWindow(const Directory* directory, ConsoleSession* session,
                                     QWidget* parent)
    : QWidget(parent)
    , m_directory(directory)
    , m_session(session)
    , m_accounts(new QComboBox(this))
    , m_zoomIn(new QAction(tr("Zoom in"), this))
    , m_zoomOut(new QAction(tr("Zoom out"), this))
    , m_fit(new QAction(tr("Fit"), this))
    , m_exportSvg(new QAction(tr("SVG…"), this))
    , m_exportPng(new QAction(tr("PNG…"), this))
    , m_exportDot(new QAction(tr("DOT…"), this))
    , m_zoomLabel(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_view(new AccessGraphView(this))
    , m_audit(new BackgroundAudit(*directory, this))
    , m_progress(new AuditProgress(m_audit, tr("Reading the graph…"), this))
{
    setObjectName(QStringLiteral("AccessGraphWindow"));
    setWindowTitle(tr("Access graph"));
    m_accounts->setObjectName(QStringLiteral("GraphAccount"));
    m_accounts->setAccessibleName(tr("Account"));
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_zoomLabel->setObjectName(QStringLiteral("GraphZoom"));
    m_zoomLabel->setMinimumWidth(
        m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("0000 %")));

    auto* exportMenu = new QMenu(this);
    exportMenu->addActions({m_exportSvg, m_exportPng, m_exportDot});
    auto* exportButton = new QToolButton(this);
    exportButton->setText(tr("Export"));
    exportButton->setMenu(exportMenu);
    exportButton->setPopupMode(QToolButton::InstantPopup);

    auto* toolbar = new QToolBar(this);
    toolbar->addWidget(new QLabel(tr("Account "), this));
    toolbar->addWidget(m_accounts);
    toolbar->addSeparator();
    toolbar->addActions({m_zoomOut, m_zoomIn, m_fit});
    toolbar->addWidget(m_zoomLabel);
    toolbar->addSeparator();
    toolbar->addWidget(exportButton);
    nameToolBarOverflow(toolbar);

    auto* legend = new QLabel(tr("Ellipse: user · Box: group · Hexagon: role · Solid line: member "
                                 "of · Dashed arrow: can assume · Red border: admin-equivalent · "
                                 "Ctrl+wheel zooms, dragging pans, a click opens the entity"),
                              this);
    legend->setObjectName(QStringLiteral("GraphLegend"));
    legend->setWordWrap(true);

    m_pages->addWidget(m_view);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(m_progress);
    layout->addWidget(m_pages, 1);
    layout->addWidget(legend);

    connect(m_zoomIn, &QAction::triggered, m_view, &AccessGraphView::zoomIn);
    connect(m_zoomOut, &QAction::triggered, m_view, &AccessGraphView::zoomOut);
    connect(m_fit, &QAction::triggered, m_view, &AccessGraphView::fitGraph);
    connect(m_view, &AccessGraphView::zoomChanged, this, &AccessGraphWindow::updateZoomLabel);
    connect(m_view, &AccessGraphView::entityActivated, this, &AccessGraphWindow::entityActivated);
    connect(m_exportSvg, &QAction::triggered, this, [this] { askAndExport(Format::Svg); });
    connect(m_exportPng, &QAction::triggered, this, [this] { askAndExport(Format::Png); });
    connect(m_exportDot, &QAction::triggered, this, [this] { askAndExport(Format::Dot); });
    connect(m_accounts, &QComboBox::currentIndexChanged, this, &AccessGraphWindow::scheduleReload);
    connect(m_audit, &BackgroundAudit::cancelled, this,
            [this] { showMessage(tr("Reading the graph was cancelled.")); });
    connect(m_audit, &BackgroundAudit::failed, this,
            [this](const QString& message) { showMessage(message); });

    // Anything that changes nodes, edges or who may see them.
    connect(m_directory, &Directory::entityAdded, this, &AccessGraphWindow::scheduleReload);
    connect(m_directory, &Directory::entityRemoved, this, &AccessGraphWindow::scheduleReload);
    connect(m_directory, &Directory::entityRenamed, this, &AccessGraphWindow::scheduleReload);
    connect(m_directory, &Directory::entityChanged, this, &AccessGraphWindow::scheduleReload);
    connect(m_directory, &Directory::membershipAdded, this, &AccessGraphWindow::scheduleReload);
    connect(m_directory, &Directory::membershipRemoved, this, &AccessGraphWindow::scheduleReload);
    connect(m_directory, &Directory::attachmentsChanged, this, &AccessGraphWindow::scheduleReload);
    connect(m_directory, &Directory::directoryReset, this, [this] {
        fillAccounts();
        scheduleReload();
    });
    connect(m_directory, &Directory::accountsChanged, this, &AccessGraphWindow::fillAccounts);
    connect(m_session, &ConsoleSession::activeIdentityChanged, this,
            &AccessGraphWindow::scheduleReload);

    fillAccounts();
    const QString own = m_session->identity().account.id;
    if (!own.isEmpty())
        showAccount(own);
    updateZoomLabel(m_view->zoom());
}

void AccessGraphWindow::fillAccounts()
{
    const QString current = accountId();
    const QSignalBlocker blocker(m_accounts);
    m_accounts->clear();
    for (const Account& account : m_directory->accounts()) {
        const QString text =
            account.alias.isEmpty() ? account.id : tr("%1 (%2)").arg(account.alias, account.id);
        m_accounts->addItem(text, account.id);
    }
    const int index = m_accounts->findData(current);
    m_accounts->setCurrentIndex(index >= 0 ? index : 0);
    if (accountId() != current)
        scheduleReload();
}

void AccessGraphWindow::showAccount(const QString& accountId)
{
    const int index = m_accounts->findData(accountId);
    if (index < 0 || index == m_accounts->currentIndex())
        return;
    const QSignalBlocker blocker(m_accounts);
    m_accounts->setCurrentIndex(index);
    m_stale = true;
    reload();
}

QString AccessGraphWindow::accountId() const
{
    return m_accounts->currentData().toString();
}

QAction* AccessGraphWindow::exportAction(Format format) const
{
    switch (format) {
    case Format::Svg:
        return m_exportSvg;
    case Format::Png:
        return m_exportPng;
    case Format::Dot:
        break;
    }
    return m_exportDot;
}

QString AccessGraphWindow::messageText() const
{
    return isGraphShown() ? QString() : m_messageText;
}

bool AccessGraphWindow::isGraphShown() const
{
    return m_pages->currentWidget() == m_view;
}

bool AccessGraphWindow::isReading() const
{
    return m_audit->isRunning();
}

void AccessGraphWindow::closeEvent(QCloseEvent* event)
{
    m_audit->cancel();
    QWidget::closeEvent(event);
}

void AccessGraphWindow::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

// A user action may change many entities: lay out once, and only when seen.
void AccessGraphWindow::scheduleReload()
{
    m_stale = true;
    if (m_reloadQueued || !isVisible())
        return;
    m_reloadQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadQueued = false;
        if (m_stale)
            reload();
    });
}

void AccessGraphWindow::reload()
{
    m_stale = false;
    const QString account = accountId();
    m_view->clearGraph();
    m_audit->abandon(); // what it was reading is no longer asked for
    if (account.isEmpty())
        return showMessage(tr("The directory has no accounts yet."));
    if (const QString denied = deniedMessage(account); !denied.isEmpty())
        return showMessage(denied, true);
    const int count = m_directory->userCount(account) + m_directory->groupCount(account) +
                      m_directory->roleCount(account);
    if (count == 0)
        return showMessage(tr("This account has no users, groups or roles yet."));
    if (count > MaxNodes)
        return showMessage(tr("This account has %1 users, groups and roles; the graph draws at "
                              "most %2. Use the audit queries or the membership matrix instead.")
                               .arg(count)
                               .arg(MaxNodes));
    m_audit->start<AccessGraph>(
        [account](const AuditQueries& queries, const CancellationToken& cancel) {
            return queries.accessGraph(account, &cancel);
        },
        [this](AccessGraph graph) { showGraph(graph); });
}

void AccessGraphWindow::showGraph(const AccessGraph& graph)
{
    const Result<void> shown = m_view->showGraph(graph);
    if (!shown)
        return showMessage(shown.error().message());
    m_messageText.clear();
    m_pages->setCurrentWidget(m_view);
    setGraphActionsEnabled(true);
    // After the layout has given the view its final size.
    QTimer::singleShot(0, m_view, &AccessGraphView::fitGraph);
}

QString AccessGraphWindow::deniedMessage(const QString& accountId) const
{
    for (EntityKind kind : {EntityKind::User, EntityKind::Group, EntityKind::Role}) {
        const Authorization answer = m_session->authorize(ConsoleAction::list(kind, accountId));
        if (!answer.allowed())
            return answer.message;
    }
    return {};
}

void AccessGraphWindow::showMessage(const QString& text, bool denied)
{
    m_messageText = text;
    if (m_message) {
        m_pages->removeWidget(m_message);
        m_message->deleteLater();
    }
    if (denied) {
        m_message = new AccessDeniedPanel(text, this);
    } else {
        auto* label = new QLabel(text, this);
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        m_message = label;
    }
    m_message->setObjectName(QStringLiteral("GraphMessage"));
    m_pages->addWidget(m_message);
    m_pages->setCurrentWidget(m_message);
    setGraphActionsEnabled(false);
}

void AccessGraphWindow::setGraphActionsEnabled(bool enabled)
{
    for (QAction* action : {m_zoomIn, m_zoomOut, m_fit, m_exportSvg, m_exportPng, m_exportDot})
        action->setEnabled(enabled);
}

void AccessGraphWindow::updateZoomLabel(qreal factor)
{
    m_zoomLabel->setText(tr("%1 %").arg(qRound(factor * 100)));
}

bool AccessGraphWindow::exportTo(Format format, const QString& path, QString* error)
{
    if (!isGraphShown()) {
        if (error)
            *error = m_messageText;
        return false;
    }
    switch (format) {
    case Format::Svg:
        return m_view->exportSvg(path, error);
    case Format::Png:
        return m_view->exportPng(path, error);
    case Format::Dot:
        break;
    }
    return m_view->exportDot(path, error);
}

void AccessGraphWindow::askAndExport(Format format)
{
    const FormatInfo info = formatInfo(format);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("access-graph-%1.%2").arg(accountId(), QLatin1String(info.suffix)));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export access graph"), suggested, tr(info.filter));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(format, path, &error))
        QMessageBox::warning(this, tr("Export access graph"), error);
}
