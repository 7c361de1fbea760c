#include "findingswindow.h"

#include "accessdeniedpanel.h"
#include "audit/auditqueries.h"
#include "audit/backgroundaudit.h"
#include "audit/findings.h"
#include "auditprogress.h"
#include "console/consoleaction.h"
#include "console/consolesession.h"
#include "directory/directory.h"
#include "iam/arn.h"
#include "iam/clock.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>

namespace {
struct Subject
{
    EntityKind kind;
    QString accountId;
    QString name;
};

std::optional<Subject> subjectOf(const QString& arnText)
{
    const std::optional<Arn> arn = Arn::parse(arnText);
    if (!arn)
        return std::nullopt;
    const QString type = arn->resourceType();
    if (type == QLatin1String("user"))
        return Subject{EntityKind::User, arn->account(), arn->resourceName()};
    if (type == QLatin1String("group"))
        return Subject{EntityKind::Group, arn->account(), arn->resourceName()};
    if (type == QLatin1String("role"))
        return Subject{EntityKind::Role, arn->account(), arn->resourceName()};
    if (type == QLatin1String("policy"))
        return Subject{EntityKind::Policy, arn->account(), arnText};
    return std::nullopt;
}
} // namespace

FindingsWindow::FindingsWindow(const Directory* directory, ConsoleSession* session, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_directory(directory)
    , m_session(session)
    , m_account(new QComboBox(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_summary(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableWidget(0, 4, this))
{
    m_audit = new BackgroundAudit(*directory, this);
    m_progress = new AuditProgress(m_audit, tr("Scanning the account…"), this);
    setWindowTitle(tr("Findings"));
    m_table->setHorizontalHeaderLabels(
        {tr("Severity"), tr("Subject"), tr("Finding"), tr("Detail")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Account:"), this));
    controls->addWidget(m_account);
    controls->addWidget(m_summary, 1);
    controls->addWidget(m_refresh);
    m_stack->addWidget(m_table);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_progress);
    layout->addWidget(m_stack, 1);

    connect(m_account, &QComboBox::currentIndexChanged, this,
            [this] { setAccountId(m_account->currentData().toString()); });
    connect(m_refresh, &QPushButton::clicked, this, &FindingsWindow::refresh);
    connect(m_audit, &BackgroundAudit::cancelled, this, &FindingsWindow::scanCancelled);
    connect(m_audit, &BackgroundAudit::failed, m_summary, &QLabel::setText);
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { activateRow(row); });
    connect(directory, &Directory::accountsChanged, this, &FindingsWindow::fillAccounts);
    if (session)
        connect(session, &ConsoleSession::activeIdentityChanged, this, &FindingsWindow::refresh);

    fillAccounts();
    resize(960, 520);
}

FindingsWindow::~FindingsWindow() = default;

void FindingsWindow::fillAccounts()
{
    QString preferred = m_accountId;
    if (preferred.isEmpty() && m_session && m_session->isSignedIn())
        preferred = m_session->identity().account.id;
    const QSignalBlocker blocker(m_account);
    m_account->clear();
    for (const Account& account : m_directory->accounts())
        m_account->addItem(account.alias.isEmpty() ? account.id
                                                   : tr("%1 (%2)").arg(account.alias, account.id),
                           account.id);
    m_account->setCurrentIndex(std::max(0, m_account->findData(preferred)));
    setAccountId(m_account->currentData().toString());
}

QString FindingsWindow::accountId() const
{
    return m_accountId;
}

void FindingsWindow::setAccountId(const QString& accountId)
{
    m_accountId = accountId;
    if (const int index = m_account->findData(accountId); index >= 0) {
        const QSignalBlocker blocker(m_account);
        m_account->setCurrentIndex(index);
    }
    refresh();
}

QString FindingsWindow::accessDenied() const
{
    if (!m_session)
        return {};
    for (const ConsoleAction& action :
         {ConsoleAction::listUsers(m_accountId), ConsoleAction::listGroups(m_accountId),
          ConsoleAction::listRoles(m_accountId)}) {
        const Authorization answer = m_session->authorize(action);
        if (!answer.allowed())
            return answer.message;
    }
    return {};
}

void FindingsWindow::showDenied(const QString& message)
{
    if (m_denied) {
        m_stack->removeWidget(m_denied);
        m_denied->deleteLater();
        m_denied = nullptr;
    }
    if (message.isEmpty()) {
        m_stack->setCurrentWidget(m_table);
        return;
    }
    m_denied = new AccessDeniedPanel(message, m_stack);
    m_stack->addWidget(m_denied);
    m_stack->setCurrentWidget(m_denied);
}

QString FindingsWindow::deniedMessage() const
{
    return m_denied ? m_denied->message() : QString();
}

void FindingsWindow::refresh()
{
    const QString denied = accessDenied();
    showDenied(denied);
    m_refresh->setEnabled(denied.isEmpty());
    if (!denied.isEmpty() || m_accountId.isEmpty()) {
        m_audit->abandon();
        return showFindings(m_accountId, {});
    }
    const Clock* clock = m_directory->clock() ? m_directory->clock() : Clock::system();
    const QDateTime now = clock->now();
    const QString accountId = m_accountId;
    m_summary->setText(tr("Scanning…"));
    m_audit->start<QList<Finding>>(
        [accountId, now](const AuditQueries& queries, const CancellationToken& cancel) {
            return queries.findings(accountId, now, &cancel);
        },
        [this, accountId](QList<Finding> findings) {
            showFindings(accountId, std::move(findings));
        });
}

bool FindingsWindow::isScanning() const
{
    return m_audit->isRunning();
}

void FindingsWindow::showFindings(const QString& accountId, QList<Finding> findings)
{
    m_shownAccountId = accountId;
    m_findings = std::move(findings);
    fillTable();
}

// The previous scan stays if it was of the same account; another account's would mislead.
void FindingsWindow::scanCancelled()
{
    if (m_shownAccountId != m_accountId)
        showFindings(m_accountId, {});
    m_summary->setText(tr("Scan cancelled. Choose Refresh to scan again."));
}

void FindingsWindow::closeEvent(QCloseEvent* event)
{
    m_audit->cancel();
    QWidget::closeEvent(event);
}

void FindingsWindow::fillTable()
{
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_findings.size()));
    int high = 0;
    for (int row = 0; row < int(m_findings.size()); ++row) {
        const Finding& finding = m_findings.at(row);
        high += finding.severity >= 3 ? 1 : 0;
        const QStringList cells{Findings::severityName(finding.severity), finding.subjectArn,
                                finding.title, finding.detail};
        for (int column = 0; column < int(cells.size()); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (!m_denied)
        m_summary->setText(tr("%n finding(s)", nullptr, int(m_findings.size())) +
                           QStringLiteral(", ") + tr("%n high", nullptr, high));
    else
        m_summary->clear();
}

QString FindingsWindow::summaryText() const
{
    return m_summary->text();
}

void FindingsWindow::activateRow(int row)
{
    if (row < 0 || row >= int(m_findings.size()))
        return;
    if (const auto subject = subjectOf(m_findings.at(row).subjectArn))
        Q_EMIT entityActivated(subject->kind, subject->accountId, subject->name);
}
