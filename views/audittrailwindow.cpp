#include "audittrailwindow.h"

#include "accessdeniedpanel.h"
#include "audit/cloudtrailexport.h"
#include "console/consolesession.h"
#include "consoletheme.h"
#include "directory/directory.h"
#include "iam/clock.h"
#include "items/auditlogfiltermodel.h"
#include "items/auditlogmodel.h"
#include "rolehighlightproxy.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// Seconds back from now; 0: any time.
constexpr qint64 periods[] = {0, 3600, 24 * 3600, 7 * 24 * 3600, 30 * 24 * 3600};

const QColor failureColor(230, 80, 60, 60);
} // namespace

AuditTrailWindow::AuditTrailWindow(const Directory* directory, ConsoleSession* session,
                                   QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_directory(directory)
    , m_session(session)
    , m_model(new AuditLogModel(directory, this))
    , m_filter(new AuditLogFilterModel(m_model, this))
    , m_highlight(new RoleHighlightProxy(AuditLogModel::FailedRole, failureColor, this))
    , m_actor(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_outcome(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_chain(new QLabel(this))
    , m_status(new QLabel(this))
    , m_verify(new QPushButton(tr("Verify chain"), this))
    , m_export(new QPushButton(tr("Export CloudTrail JSON…"), this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
{
    setWindowTitle(tr("Audit trail"));
    m_highlight->setSourceModel(m_filter);
    m_table->setModel(m_highlight);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    m_actor->setPlaceholderText(tr("Actor ARN contains"));
    m_actor->setClearButtonEnabled(true);
    m_text->setPlaceholderText(tr("Search all columns"));
    m_text->setClearButtonEnabled(true);
    m_outcome->addItem(tr("Any outcome"), QString());
    m_outcome->addItem(tr("Success"), QStringLiteral("Success"));
    m_outcome->addItem(tr("Failure"), QStringLiteral("Failure"));
    m_period->addItem(tr("Any time"));
    m_period->addItem(tr("Last hour"));
    m_period->addItem(tr("Last 24 hours"));
    m_period->addItem(tr("Last 7 days"));
    m_period->addItem(tr("Last 30 days"));
    m_chain->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_actor, 2);
    filters->addWidget(m_action, 1);
    filters->addWidget(m_outcome);
    filters->addWidget(m_period);
    filters->addWidget(m_text, 2);
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_chain, 1);
    footer->addWidget(m_verify);
    footer->addWidget(m_export);
    m_stack->addWidget(m_table);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);
    layout->addLayout(footer);
    layout->addWidget(m_status);

    connect(m_actor, &QLineEdit::textChanged, m_filter, &AuditLogFilterModel::setActor);
    connect(m_text, &QLineEdit::textChanged, m_filter, &AuditLogFilterModel::setText);
    connect(m_action, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setAction(m_action->currentData().toString()); });
    connect(m_outcome, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setOutcome(m_outcome->currentData().toString()); });
    connect(m_period, &QComboBox::currentIndexChanged, this, &AuditTrailWindow::applyPeriod);
    connect(m_verify, &QPushButton::clicked, this, &AuditTrailWindow::verifyChain);
    connect(m_export, &QPushButton::clicked, this, &AuditTrailWindow::chooseExportFile);
    connect(directory, &Directory::auditEventAppended, this, [this] {
        fillActions();
        verifyChain();
    });
    if (session)
        connect(session, &ConsoleSession::activeIdentityChanged, this,
                &AuditTrailWindow::refreshAccess);

    refreshAccess();
    resize(1100, 600);
}

AuditTrailWindow::~AuditTrailWindow() = default;

QDateTime AuditTrailWindow::now() const
{
    const Clock* clock = m_directory->clock() ? m_directory->clock() : Clock::system();
    return clock->now();
}

void AuditTrailWindow::refreshAccess()
{
    QString denied;
    if (m_session) {
        const Authorization answer = m_session->authorize(lookupAction(), QStringLiteral("*"));
        if (!answer.allowed())
            denied = answer.message;
    }
    if (m_denied) {
        m_stack->removeWidget(m_denied);
        m_denied->deleteLater();
        m_denied = nullptr;
    }
    const bool allowed = denied.isEmpty();
    if (!allowed) {
        m_denied = new AccessDeniedPanel(denied, m_stack);
        m_stack->addWidget(m_denied);
        m_stack->setCurrentWidget(m_denied);
        m_chain->clear();
    } else {
        m_stack->setCurrentWidget(m_table);
    }
    for (QWidget* control : std::initializer_list<QWidget*>{m_actor, m_action, m_outcome, m_period,
                                                            m_text, m_verify, m_export})
        control->setEnabled(allowed);
    m_status->clear();
    if (allowed) {
        fillActions();
        verifyChain();
    }
}

QString AuditTrailWindow::deniedMessage() const
{
    return m_denied ? m_denied->message() : QString();
}

void AuditTrailWindow::fillActions()
{
    // The actions recorded so far, for the action filter.
    m_model->fetchAll();
    QStringList actions;
    for (int row = 0; row < m_model->rowCount(); ++row)
        actions << m_model->event(row).action;
    actions.removeDuplicates();
    actions.sort(Qt::CaseInsensitive);
    const QString current = m_action->currentData().toString();
    const QSignalBlocker blocker(m_action);
    m_action->clear();
    m_action->addItem(tr("Any action"), QString());
    for (const QString& action : actions)
        m_action->addItem(action, action);
    m_action->setCurrentIndex(std::max(0, m_action->findData(current)));
}

void AuditTrailWindow::applyPeriod()
{
    const qint64 seconds =
        periods[std::clamp(m_period->currentIndex(), 0, int(std::size(periods)) - 1)];
    m_filter->setTimeRange(seconds > 0 ? now().addSecs(-seconds) : QDateTime(), QDateTime());
}

void AuditTrailWindow::setTimeRange(const QDateTime& from, const QDateTime& to)
{
    m_filter->setTimeRange(from, to);
}

void AuditTrailWindow::verifyChain()
{
    if (m_denied)
        return;
    const std::optional<qint64> broken = m_directory->verifyAuditChain();
    if (!broken) {
        m_chain->setText(tr("Chain intact (%n event(s))", nullptr, m_directory->auditEventCount()));
        m_chain->setStyleSheet(QString());
        return;
    }
    m_chain->setText(tr("Event #%1 was altered, inserted or deleted").arg(*broken));
    m_chain->setStyleSheet(ConsoleTheme::colorStyle(ConsoleTheme::current().error) +
                           QStringLiteral(" font-weight: bold;"));
    // Show where: the broken event, or the one after a deleted one.
    m_model->fetchAll();
    int row = m_model->rowOfSequence(*broken);
    for (int r = 0; row < 0 && r < m_model->rowCount(); ++r)
        if (m_model->event(r).sequence > *broken)
            row = r;
    if (row < 0)
        return;
    const QModelIndex shown =
        m_highlight->mapFromSource(m_filter->mapFromSource(m_model->index(row, 0)));
    if (shown.isValid()) {
        m_table->selectRow(shown.row());
        m_table->scrollTo(shown);
    }
}

QString AuditTrailWindow::chainStatus() const
{
    return m_chain->text();
}

QString AuditTrailWindow::statusText() const
{
    return m_status->text();
}

void AuditTrailWindow::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export audit trail"), tr("audit-trail.json"), tr("CloudTrail JSON (*.json)"));
    if (!path.isEmpty())
        exportCloudTrailTo(path);
}

bool AuditTrailWindow::exportCloudTrailTo(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_status->setText(tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    if (const Result<void> written = CloudTrailExport::write(*m_directory, &file); !written) {
        file.cancelWriting();
        m_status->setText(tr("Could not write %1: %2").arg(path, written.error().message()));
        return false;
    }
    if (!file.commit()) {
        m_status->setText(tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_status->setText(
        tr("Exported %n event(s) to %1", nullptr, m_directory->auditEventCount()).arg(path));
    return true;
}
