#include "membershipmatrixwindow.h"

#include "accessdeniedpanel.h"
#include "console/consoleaction.h"
#include "console/consolesession.h"
#include "directory/directory.h"
#include "items/membershipmatrixfiltermodel.h"
#include "items/membershipmatrixmodel.h"
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
enum SortChoice
{
    NameAscending,
    NameDescending,
    MostGroups,
    FewestGroups
};

// A soft amber: noticeable in both light and dark palettes without shouting.
const QColor highlightColor(255, 214, 102, 120);
} // namespace

MembershipMatrixWindow::MembershipMatrixWindow(const Directory* directory, ConsoleSession* session,
                                               QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_directory(directory)
    , m_session(session)
    , m_model(new MembershipMatrixModel(directory, QString(), this))
    , m_filter(new MembershipMatrixFilterModel(m_model, this))
    , m_highlight(
          new RoleHighlightProxy(MembershipMatrixModel::HighlightRole, highlightColor, this))
    , m_account(new QComboBox(this))
    , m_userFilter(new QLineEdit(this))
    , m_groupFilter(new QLineEdit(this))
    , m_sort(new QComboBox(this))
    , m_counts(new QLabel(this))
    , m_status(new QLabel(this))
    , m_export(new QPushButton(tr("Export CSV…"), this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
{
    setWindowTitle(tr("Membership matrix"));
    m_highlight->setSourceModel(m_filter);
    m_table->setModel(m_highlight);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    m_table->setToolTip(tr("Highlighted: users in no group and groups without members. "
                           "Double-click a user or a group to open it."));

    m_userFilter->setPlaceholderText(tr("Filter users by name"));
    m_userFilter->setClearButtonEnabled(true);
    m_groupFilter->setPlaceholderText(tr("Filter groups by name"));
    m_groupFilter->setClearButtonEnabled(true);
    m_sort->addItem(tr("Users by name, A to Z"), NameAscending);
    m_sort->addItem(tr("Users by name, Z to A"), NameDescending);
    m_sort->addItem(tr("Users in most groups first"), MostGroups);
    m_sort->addItem(tr("Users in fewest groups first"), FewestGroups);
    m_status->setWordWrap(true);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Account:"), this));
    controls->addWidget(m_account);
    controls->addWidget(m_userFilter, 1);
    controls->addWidget(m_groupFilter, 1);
    controls->addWidget(m_sort);
    controls->addWidget(m_export);
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_counts);
    footer->addStretch();
    footer->addWidget(m_status);
    m_stack->addWidget(m_table);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_stack, 1);
    layout->addLayout(footer);

    connect(m_account, &QComboBox::currentIndexChanged, this,
            [this] { setAccountId(m_account->currentData().toString()); });
    connect(m_userFilter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setUserFilter(text);
        updateCounts();
    });
    connect(m_groupFilter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setGroupFilter(text);
        updateCounts();
    });
    connect(m_sort, &QComboBox::currentIndexChanged, this, &MembershipMatrixWindow::applySort);
    connect(m_export, &QPushButton::clicked, this, &MembershipMatrixWindow::chooseExportFile);
    // A double click or Return on a row opens its user, as the keyboard needs it.
    connect(m_table, &QTableView::activated, this, &MembershipMatrixWindow::activateCell);
    connect(m_table->verticalHeader(), &QHeaderView::sectionDoubleClicked, this,
            &MembershipMatrixWindow::activateUser);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionDoubleClicked, this,
            &MembershipMatrixWindow::activateGroup);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved,
                        &QAbstractItemModel::columnsInserted, &QAbstractItemModel::columnsRemoved})
        connect(m_model, signal, this, &MembershipMatrixWindow::updateCounts);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MembershipMatrixWindow::updateCounts);
    connect(directory, &Directory::accountsChanged, this, &MembershipMatrixWindow::fillAccounts);
    if (session)
        connect(session, &ConsoleSession::activeIdentityChanged, this,
                &MembershipMatrixWindow::refreshAccess);

    fillAccounts();
    resize(960, 600);
}

MembershipMatrixWindow::~MembershipMatrixWindow() = default;

void MembershipMatrixWindow::fillAccounts()
{
    const QString previous = m_model->accountId();
    QString preferred = previous;
    if (preferred.isEmpty() && m_session && m_session->isSignedIn())
        preferred = m_session->identity().account.id;
    const QSignalBlocker blocker(m_account);
    m_account->clear();
    for (const Account& account : m_directory->accounts())
        m_account->addItem(account.alias.isEmpty() ? account.id
                                                   : tr("%1 (%2)").arg(account.alias, account.id),
                           account.id);
    const int index = std::max(0, m_account->findData(preferred));
    m_account->setCurrentIndex(index);
    setAccountId(m_account->currentData().toString());
}

QString MembershipMatrixWindow::accountId() const
{
    return m_model->accountId();
}

void MembershipMatrixWindow::setAccountId(const QString& accountId)
{
    if (const int index = m_account->findData(accountId); index >= 0) {
        const QSignalBlocker blocker(m_account);
        m_account->setCurrentIndex(index);
    }
    m_model->setAccountId(accountId);
    refreshAccess();
}

void MembershipMatrixWindow::refreshAccess()
{
    const QString account = m_model->accountId();
    QString denied;
    if (m_session) {
        for (const ConsoleAction& action :
             {ConsoleAction::listUsers(account), ConsoleAction::listGroups(account)}) {
            const Authorization answer = m_session->authorize(action);
            if (!answer.allowed()) {
                denied = answer.message;
                break;
            }
        }
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
    } else {
        m_stack->setCurrentWidget(m_table);
    }
    for (QWidget* control :
         {static_cast<QWidget*>(m_userFilter), static_cast<QWidget*>(m_groupFilter),
          static_cast<QWidget*>(m_sort), static_cast<QWidget*>(m_export)})
        control->setEnabled(allowed);
    m_status->clear();
    updateCounts();
}

QString MembershipMatrixWindow::deniedMessage() const
{
    return m_denied ? m_denied->message() : QString();
}

void MembershipMatrixWindow::applySort()
{
    using SortKey = MembershipMatrixFilterModel::SortKey;
    Result<void> sorted;
    switch (SortChoice(m_sort->currentData().toInt())) {
    case NameAscending:
        sorted = m_filter->sortUsers(SortKey::Name, Qt::AscendingOrder);
        break;
    case NameDescending:
        sorted = m_filter->sortUsers(SortKey::Name, Qt::DescendingOrder);
        break;
    case MostGroups:
        sorted = m_filter->sortUsers(SortKey::GroupCount, Qt::DescendingOrder);
        break;
    case FewestGroups:
        sorted = m_filter->sortUsers(SortKey::GroupCount, Qt::AscendingOrder);
        break;
    }
    if (!sorted)
        m_status->setText(tr("Could not read the memberships: %1").arg(sorted.error().message()));
    updateCounts();
}

void MembershipMatrixWindow::updateCounts()
{
    if (m_denied) {
        m_counts->clear();
        return;
    }
    const int users = m_model->totalUserCount();
    const int groups = m_model->columnCount();
    QString text = tr("%n user(s)", nullptr, users) + QStringLiteral(" × ") +
                   tr("%n group(s)", nullptr, groups);
    if (!m_filter->userFilter().isEmpty() || !m_filter->groupFilter().isEmpty())
        text += QStringLiteral(" · ") +
                tr("showing %1 × %2").arg(m_filter->rowCount()).arg(m_filter->columnCount());
    m_counts->setText(text);
}

QString MembershipMatrixWindow::countsText() const
{
    return m_counts->text();
}

QString MembershipMatrixWindow::statusText() const
{
    return m_status->text();
}

void MembershipMatrixWindow::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export membership matrix"), tr("memberships-%1.csv").arg(m_model->accountId()),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsvTo(path);
}

bool MembershipMatrixWindow::exportCsvTo(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_status->setText(tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    if (const Result<void> written = m_model->exportCsv(&file); !written) {
        file.cancelWriting();
        m_status->setText(tr("Could not write %1: %2").arg(path, written.error().message()));
        return false;
    }
    if (!file.commit()) {
        m_status->setText(tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_status->setText(
        tr("Exported %n user(s) to %1", nullptr, m_model->totalUserCount()).arg(path));
    return true;
}

void MembershipMatrixWindow::activateCell(const QModelIndex& index)
{
    if (index.isValid())
        activateUser(index.row());
}

void MembershipMatrixWindow::activateUser(int viewRow)
{
    const QString name =
        m_highlight->headerData(viewRow, Qt::Vertical, MembershipMatrixModel::NameRole).toString();
    if (!name.isEmpty())
        Q_EMIT entityActivated(EntityKind::User, m_model->accountId(), name);
}

void MembershipMatrixWindow::activateGroup(int viewColumn)
{
    const QString name =
        m_highlight->headerData(viewColumn, Qt::Horizontal, MembershipMatrixModel::NameRole)
            .toString();
    if (!name.isEmpty())
        Q_EMIT entityActivated(EntityKind::Group, m_model->accountId(), name);
}
