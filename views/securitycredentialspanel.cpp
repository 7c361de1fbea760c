#include "securitycredentialspanel.h"

#include "accesskeycreateddialog.h"
#include "actionguard.h"
#include "console/accesskeymanager.h"
#include "console/consoleaction.h"
#include "console/consolesession.h"
#include "directory/directory.h"
#include "iam/arn.h"
#include "iam/clock.h"
#include "iam/quotas.h"
#include "mfadevicesection.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QStyle>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
enum Column
{
    IdColumn,
    StatusColumn,
    CreatedColumn,
    LastUsedColumn,
    RotationColumn,
    ColumnCount
};

QToolButton* toolButton(QAction* action, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    return button;
}
} // namespace

SecurityCredentialsPanel::SecurityCredentialsPanel(ConsoleSession* session,
                                                   const ConsoleServices& services, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_services(services)
    , m_password(new QLabel(this))
    , m_mfa(new MfaDeviceSection(session, services, this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_message(new QLabel(this))
    , m_create(new QAction(tr("Create access key"), this))
    , m_toggle(new QAction(tr("Deactivate"), this))
    , m_delete(new QAction(tr("Delete"), this))
    , m_rotate(new QAction(tr("Rotate…"), this))
{
    m_password->setObjectName(QStringLiteral("ConsolePassword"));
    auto* title = new QLabel(tr("Access keys"), this);
    title->setObjectName(QStringLiteral("SectionTitle"));
    m_table->setObjectName(QStringLiteral("AccessKeyTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Access key ID"), tr("Status"), tr("Created"), tr("Last used"), QString()});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_message->setObjectName(QStringLiteral("AccessKeyMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(title, 1);
    for (QAction* action : {m_rotate, m_toggle, m_delete, m_create})
        buttons->addWidget(toolButton(action, this));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_password);
    layout->addWidget(m_mfa);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    m_createGuard = new ActionGuard(m_create, session,
                                    [this] { return ConsoleAction::createAccessKey(userArn()); });
    m_updateGuard = new ActionGuard(m_toggle, session,
                                    [this] { return ConsoleAction::updateAccessKey(userArn()); });
    m_deleteGuard = new ActionGuard(m_delete, session,
                                    [this] { return ConsoleAction::deleteAccessKey(userArn()); });
    connect(m_create, &QAction::triggered, this, &SecurityCredentialsPanel::createKey);
    connect(m_toggle, &QAction::triggered, this, &SecurityCredentialsPanel::toggleSelected);
    connect(m_delete, &QAction::triggered, this, &SecurityCredentialsPanel::confirmDelete);
    connect(m_rotate, &QAction::triggered, this, &SecurityCredentialsPanel::confirmRotate);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &SecurityCredentialsPanel::updateActions);
    connect(session, &ConsoleSession::activeIdentityChanged, this,
            &SecurityCredentialsPanel::reload);
    connect(&services.directory, &Directory::entityChanged, this,
            [this](EntityKind kind, const QString& accountId, const QString& name) {
                if (kind == EntityKind::User && accountId == m_accountId && name == m_userName)
                    reload();
            });
    if (AccessKeyManager* keys = services.accessKeys)
        connect(keys, &AccessKeyManager::keysChanged, this,
                [this](const QString& accountId, const QString& userName) {
                    if (accountId == m_accountId && userName == m_userName)
                        reload();
                });
}

void SecurityCredentialsPanel::showUser(const QString& accountId, const QString& userName)
{
    m_accountId = accountId;
    m_userName = userName;
    m_mfa->showUser(accountId, userName);
    reload();
}

QString SecurityCredentialsPanel::userArn() const
{
    const auto user = m_services.directory.user(m_accountId, m_userName);
    return user ? user->arn().toString()
                : Arn::user(m_accountId, QStringLiteral("/"), m_userName).toString();
}

QString SecurityCredentialsPanel::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void SecurityCredentialsPanel::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString SecurityCredentialsPanel::selectedKeyId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_table->item(rows.first().row(), IdColumn)->text();
}

bool SecurityCredentialsPanel::isSelectedActive() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return !rows.isEmpty() &&
           m_table->item(rows.first().row(), StatusColumn)->data(Qt::UserRole).toBool();
}

void SecurityCredentialsPanel::reload()
{
    const auto profile = m_services.directory.loginProfile(m_accountId, m_userName);
    m_password->setText(
        profile ? (profile->passwordResetRequired
                       ? tr("Console password: enabled (reset required at next sign-in)")
                       : tr("Console password: enabled"))
                : tr("Console password: not enabled"));
    const QString selected = selectedKeyId();
    m_table->setRowCount(0);
    showMessage({});
    AccessKeyManager* manager = m_services.accessKeys;
    if (!manager) {
        showMessage(tr("Access keys need a secret store, and this console has none."));
    } else if (const Authorization list =
                   m_session->authorize(ConsoleAction::listAccessKeys(userArn()));
               !list.allowed()) {
        showMessage(list.message);
    } else {
        const QList<AccessKeyInfo> keys = manager->keys(m_accountId, m_userName);
        m_table->setRowCount(int(keys.size()));
        for (int row = 0; row < keys.size(); ++row) {
            fillRow(row, keys.at(row));
            if (keys.at(row).accessKeyId == selected)
                m_table->selectRow(row);
        }
        if (keys.isEmpty())
            showMessage(tr("No access keys. As a best practice, avoid using long-term "
                           "credentials like access keys."));
    }
    updateActions();
}

void SecurityCredentialsPanel::fillRow(int row, const AccessKeyInfo& key)
{
    const QDateTime now = m_services.clock.now();
    const QLocale locale;
    auto* status = new QTableWidgetItem(key.active ? tr("Active") : tr("Inactive"));
    status->setData(Qt::UserRole, key.active);
    const qint64 days = key.createDate.daysTo(now);
    const QString lastUsed =
        key.lastUsed.isValid()
            ? tr("%1 (%2)").arg(locale.toString(key.lastUsed.toLocalTime(), QLocale::ShortFormat),
                                key.lastUsedService)
            : tr("Never");
    m_table->setItem(row, IdColumn, new QTableWidgetItem(key.accessKeyId));
    m_table->setItem(row, StatusColumn, status);
    m_table->setItem(row, CreatedColumn, new QTableWidgetItem(tr("%n day(s)", nullptr, int(days))));
    m_table->setItem(row, LastUsedColumn, new QTableWidgetItem(lastUsed));
    auto* rotation = new QTableWidgetItem;
    if (m_services.accessKeys->isStale(key)) {
        rotation->setText(
            tr("Older than %1 days: rotate it").arg(AccessKeyManager::StaleAfterDays));
        rotation->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
    m_table->setItem(row, RotationColumn, rotation);
}

void SecurityCredentialsPanel::updateActions()
{
    m_createGuard->update();
    m_updateGuard->update();
    m_deleteGuard->update();
    const bool haveStore = m_services.accessKeys != nullptr;
    const bool selected = !selectedKeyId().isEmpty();
    m_toggle->setText(selected && !isSelectedActive() ? tr("Activate") : tr("Deactivate"));
    m_toggle->setEnabled(m_toggle->isEnabled() && selected && haveStore);
    m_delete->setEnabled(m_delete->isEnabled() && selected && haveStore);
    const bool createAllowed = m_create->isEnabled() && haveStore;
    if (createAllowed && m_table->rowCount() >= Quotas::AccessKeysPerUser) {
        m_create->setEnabled(false);
        // AWS's own message: English in every language, as AWS's console shows it.
        m_create->setToolTip(QStringLiteral("Cannot exceed quota for AccessKeysPerUser: %1")
                                 .arg(Quotas::AccessKeysPerUser));
    } else {
        m_create->setEnabled(createAllowed);
    }
    // Rotating creates a key and then updates the old one.
    m_rotate->setEnabled(createAllowed && m_toggle->isEnabled() && isSelectedActive() &&
                         m_table->rowCount() < Quotas::AccessKeysPerUser);
    m_rotate->setToolTip(m_rotate->isEnabled() || !createAllowed || !isSelectedActive()
                             ? QString()
                             : tr("Delete the other key first: a user has at most %1 access keys.")
                                   .arg(Quotas::AccessKeysPerUser));
}

void SecurityCredentialsPanel::createThen(std::function<void(AccessKeyCreatedDialog*)> shown)
{
    QPointer<SecurityCredentialsPanel> self(this);
    m_services.accessKeys->create(
        m_accountId, m_userName, [self, shown = std::move(shown)](Result<NewAccessKey> created) {
            if (!self)
                return;
            if (!created) {
                self->showMessage(created.error().message());
                return;
            }
            auto* dialog = new AccessKeyCreatedDialog(std::move(created).value(), self);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            if (shown)
                shown(dialog);
            Q_EMIT self->createdDialogOpened(dialog);
            dialog->open();
        });
}

void SecurityCredentialsPanel::createKey()
{
    createThen({});
}

void SecurityCredentialsPanel::toggleSelected()
{
    const QString id = selectedKeyId();
    if (id.isEmpty())
        return;
    QPointer<SecurityCredentialsPanel> self(this);
    m_services.accessKeys->setActive(id, !isSelectedActive(), [self](Result<void> result) {
        if (self && !result)
            self->showMessage(result.error().message());
    });
}

void SecurityCredentialsPanel::confirmDelete()
{
    const QString id = selectedKeyId();
    if (id.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete access key"),
        tr("Delete %1? Applications using it will stop working, and it cannot be recovered. "
           "Deactivating it first lets you check that nothing still uses it.")
            .arg(id));
    if (answer == QMessageBox::Yes)
        deleteKey(id);
}

void SecurityCredentialsPanel::deleteKey(const QString& accessKeyId)
{
    QPointer<SecurityCredentialsPanel> self(this);
    m_services.accessKeys->remove(accessKeyId, [self](Result<void> result) {
        if (self && !result)
            self->showMessage(result.error().message());
    });
}

void SecurityCredentialsPanel::confirmRotate()
{
    const QString id = selectedKeyId();
    if (id.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Rotate access key"),
        tr("Rotating %1 takes three steps:\n"
           "1. A new access key is created and its secret is shown once: save it.\n"
           "2. When you close that window, %1 is deactivated.\n"
           "3. Update your applications to the new key; when nothing uses the old one, "
           "delete it.\n\nCreate the new key now?")
            .arg(id));
    if (answer == QMessageBox::Yes)
        rotateKey(id);
}

void SecurityCredentialsPanel::rotateKey(const QString& oldKeyId)
{
    QPointer<SecurityCredentialsPanel> self(this);
    createThen([self, oldKeyId](AccessKeyCreatedDialog* dialog) {
        connect(dialog, &QDialog::finished, self, [self, oldKeyId] {
            self->m_services.accessKeys->setActive(
                oldKeyId, false, [self, oldKeyId](Result<void> result) {
                    if (!self)
                        return;
                    self->showMessage(
                        result ? tr("%1 is now inactive. Delete it once your applications use the "
                                    "new key.")
                                     .arg(oldKeyId)
                               : result.error().message());
                });
        });
    });
}
