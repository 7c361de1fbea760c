#include "effectivepermissionspanel.h"

#include "audit/auditqueries.h"
#include "audit/backgroundaudit.h"
#include "audit/effectivepermissions.h"
#include "auditprogress.h"
#include "consoletheme.h"
#include "directory/directory.h"
#include "policy/policypattern.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {
const QString deny = QStringLiteral("Deny");

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

const QString notActionPrefix = QStringLiteral("NotAction: ");

// Action names ignore case in IAM.
bool covers(const QString& pattern, const QString& action)
{
    return PolicyPattern::compile(pattern, PolicyPattern::Wildcards::On,
                                  PolicyPattern::Variables::Off, Qt::CaseInsensitive)
        .matches(action);
}

// The text typed, or an action the row covers: "s3:Get*" and "NotAction: iam:*"
// both cover "s3:GetObject".
bool actionMatches(const QString& action, const QString& filter)
{
    if (filter.isEmpty() || action.contains(filter, Qt::CaseInsensitive))
        return true;
    if (!action.startsWith(notActionPrefix))
        return covers(action, filter);
    const QStringList excluded =
        action.mid(notActionPrefix.size()).split(QStringLiteral(", "), Qt::SkipEmptyParts);
    return std::none_of(excluded.cbegin(), excluded.cend(),
                        [&](const QString& pattern) { return covers(pattern, filter); });
}
} // namespace

EffectivePermissionsPanel::EffectivePermissionsPanel(const Directory* directory, QWidget* parent)
    : QWidget(parent)
    , m_directory(directory)
    , m_filter(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_audit(new BackgroundAudit(*directory, this))
    , m_progress(new AuditProgress(m_audit, tr("Reading the permissions…"), this))
{
    setObjectName(QStringLiteral("EffectivePermissionsPanel"));
    m_filter->setObjectName(QStringLiteral("PermissionFilter"));
    m_filter->setPlaceholderText(tr("Filter by action, e.g. s3:GetObject"));
    m_filter->setClearButtonEnabled(true);
    m_summary->setObjectName(QStringLiteral("PermissionSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("PermissionTable"));
    m_table->setHorizontalHeaderLabels({tr("Effect"), tr("Action"), tr("Resource"),
                                        tr("Comes from"), tr("Limits"), tr("Conditions")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &EffectivePermissionsPanel::applyFilter);
    connect(m_audit, &BackgroundAudit::cancelled, this,
            &EffectivePermissionsPanel::readingCancelled);
    connect(m_audit, &BackgroundAudit::failed, m_summary, &QLabel::setText);
    connect(m_directory, &Directory::entityChanged, this,
            &EffectivePermissionsPanel::scheduleReload);
    connect(m_directory, &Directory::attachmentsChanged, this,
            &EffectivePermissionsPanel::scheduleReload);
    connect(m_directory, &Directory::membershipAdded, this,
            &EffectivePermissionsPanel::scheduleReload);
    connect(m_directory, &Directory::membershipRemoved, this,
            &EffectivePermissionsPanel::scheduleReload);
    connect(m_directory, &Directory::entityRemoved, this,
            &EffectivePermissionsPanel::scheduleReload);
    connect(m_directory, &Directory::directoryReset, this,
            &EffectivePermissionsPanel::scheduleReload);
    connect(m_directory, &Directory::entityRenamed, this,
            [this](EntityKind kind, const QString& accountId, const QString& oldName,
                   const QString& newName) {
                if (kind == m_kind && accountId == m_accountId &&
                    oldName.compare(m_name, Qt::CaseInsensitive) == 0)
                    m_name = newName;
                scheduleReload();
            });
}

void EffectivePermissionsPanel::showPrincipal(EntityKind kind, const QString& accountId,
                                              const QString& name)
{
    m_kind = kind;
    m_accountId = accountId;
    m_name = name;
    reload();
}

// Several changes of one user action give one reload.
void EffectivePermissionsPanel::scheduleReload()
{
    if (m_name.isEmpty() || m_reloadQueued)
        return;
    m_reloadQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadQueued = false;
        reload();
    });
}

namespace {
QString principalKey(EntityKind kind, const QString& accountId, const QString& name)
{
    return QStringLiteral("%1/%2/%3").arg(int(kind)).arg(accountId, name);
}
} // namespace

void EffectivePermissionsPanel::reload()
{
    const EntityKind kind = m_kind;
    const QString accountId = m_accountId;
    const QString name = m_name;
    // Another principal's rows would mislead while this one's are read.
    if (m_shownKey != principalKey(kind, accountId, name))
        m_table->setRowCount(0);
    m_summary->setText(tr("Reading the permissions of %1…").arg(name));
    m_audit->start<QList<PermissionLine>>(
        [kind, accountId, name](const AuditQueries& queries, const CancellationToken& cancel) {
            return EffectivePermissions::of(queries.directory(), kind, accountId, name, &cancel);
        },
        [this, key = principalKey(kind, accountId, name)](QList<PermissionLine> lines) {
            m_shownKey = key;
            showLines(std::move(lines));
        });
}

bool EffectivePermissionsPanel::isReading() const
{
    return m_audit->isRunning();
}

void EffectivePermissionsPanel::showLines(QList<PermissionLine> lines)
{
    std::stable_partition(lines.begin(), lines.end(),
                          [](const PermissionLine& line) { return line.effect == deny; });
    m_table->setRowCount(0);
    m_table->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row)
        fillRow(row, lines.at(row));
    m_table->resizeColumnsToContents();
    applyFilter();
}

void EffectivePermissionsPanel::readingCancelled()
{
    if (m_shownKey != principalKey(m_kind, m_accountId, m_name))
        m_table->setRowCount(0);
    m_summary->setText(tr("Reading the permissions of %1 was cancelled.").arg(m_name));
}

void EffectivePermissionsPanel::fillRow(int row, const PermissionLine& line)
{
    const bool denied = line.effect == deny;
    auto* effect = cell(denied ? tr("Deny") : tr("Allow"));
    effect->setData(Qt::UserRole, line.effect);
    if (denied) {
        effect->setForeground(ConsoleTheme::current().error);
        QFont bold = effect->font();
        bold.setBold(true);
        effect->setFont(bold);
    }
    m_table->setItem(row, EffectColumn, effect);
    m_table->setItem(row, ActionColumn, cell(line.action));
    m_table->setItem(row, ResourceColumn, cell(line.resource));
    m_table->setItem(row, SourceColumn, cell(line.source));
    QStringList limits;
    if (line.limitedByBoundary)
        limits << tr("Limited by the boundary");
    if (line.limitedByScp)
        limits << tr("Limited by a service control policy");
    m_table->setItem(row, BoundaryColumn, cell(limits.join(QStringLiteral("; "))));
    m_table->setItem(row, ConditionColumn,
                     cell(line.conditional ? tr("Only under conditions") : QString()));
}

void EffectivePermissionsPanel::applyFilter()
{
    const QString filter = m_filter->text().trimmed();
    for (int row = 0; row < m_table->rowCount(); ++row)
        m_table->setRowHidden(row,
                              !actionMatches(m_table->item(row, ActionColumn)->text(), filter));
    updateSummary();
}

void EffectivePermissionsPanel::updateSummary()
{
    if (m_name.isEmpty()) {
        m_summary->clear();
        return;
    }
    int denies = 0;
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, EffectColumn)->data(Qt::UserRole).toString() == deny)
            ++denies;
    const int total = m_table->rowCount();
    if (total == 0)
        m_summary->setText(tr("No policy allows or denies anything to %1.").arg(m_name));
    else if (visibleRowCount() < total)
        m_summary->setText(
            tr("%1 of %n permission(s) match the filter.", nullptr, total).arg(visibleRowCount()));
    else
        m_summary->setText(tr("%n permission(s).", nullptr, total) + QLatin1Char(' ') +
                           tr("Explicit denies: %1.").arg(denies));
}

QString EffectivePermissionsPanel::summaryText() const
{
    return m_summary->text();
}

int EffectivePermissionsPanel::visibleRowCount() const
{
    int visible = 0;
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (!m_table->isRowHidden(row))
            ++visible;
    return visible;
}
