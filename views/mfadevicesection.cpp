#include "mfadevicesection.h"

#include "actionguard.h"
#include "assignmfadialog.h"
#include "console/consoleaction.h"
#include "console/consolesession.h"
#include "console/mfadevicemanager.h"
#include "directory/directory.h"
#include "iam/arn.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

MfaDeviceSection::MfaDeviceSection(ConsoleSession* session, const ConsoleServices& services,
                                   QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_services(services)
    , m_list(new QTreeWidget(this))
    , m_message(new QLabel(this))
    , m_assign(new QAction(tr("Assign MFA device"), this))
    , m_remove(new QAction(tr("Remove"), this))
{
    auto* title = new QLabel(tr("Multi-factor authentication (MFA)"), this);
    title->setObjectName(QStringLiteral("SectionTitle"));
    m_list->setObjectName(QStringLiteral("MfaDeviceList"));
    m_list->setHeaderLabels({tr("Identifier"), tr("Type"), tr("Assigned")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_message->setObjectName(QStringLiteral("MfaMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* assignButton = new QToolButton(this);
    assignButton->setDefaultAction(m_assign);
    auto* removeButton = new QToolButton(this);
    removeButton->setDefaultAction(m_remove);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(title, 1);
    buttons->addWidget(removeButton);
    buttons->addWidget(assignButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_list);

    m_assignGuard = new ActionGuard(
        m_assign, session, [this] { return ConsoleAction::createVirtualMfaDevice(userArn()); });
    m_removeGuard = new ActionGuard(
        m_remove, session, [this] { return ConsoleAction::deactivateMfaDevice(userArn()); });
    connect(m_assign, &QAction::triggered, this, &MfaDeviceSection::assign);
    connect(m_remove, &QAction::triggered, this, &MfaDeviceSection::confirmRemove);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        m_removeGuard->update();
        m_remove->setEnabled(m_remove->isEnabled() && !selectedSerial().isEmpty());
    });
    connect(session, &ConsoleSession::activeIdentityChanged, this, &MfaDeviceSection::reload);
    if (MfaDeviceManager* devices = services.mfaDevices)
        connect(devices, &MfaDeviceManager::devicesChanged, this,
                [this](const QString& accountId, const QString& userName) {
                    if (accountId == m_accountId && userName == m_userName)
                        reload();
                });
}

void MfaDeviceSection::showUser(const QString& accountId, const QString& userName)
{
    m_accountId = accountId;
    m_userName = userName;
    reload();
}

QString MfaDeviceSection::userArn() const
{
    const auto user = m_services.directory.user(m_accountId, m_userName);
    return user ? user->arn().toString()
                : Arn::user(m_accountId, QStringLiteral("/"), m_userName).toString();
}

QString MfaDeviceSection::selectedSerial() const
{
    const auto selected = m_list->selectedItems();
    return selected.isEmpty() ? QString() : selected.first()->text(0);
}

QString MfaDeviceSection::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void MfaDeviceSection::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void MfaDeviceSection::reload()
{
    m_list->clear();
    m_assignGuard->update();
    m_removeGuard->update();
    m_remove->setEnabled(false);
    if (!m_services.mfaDevices) {
        m_assign->setEnabled(false);
        showMessage(tr("MFA devices need a secret store, and this console has none."));
        return;
    }
    const Authorization list = m_session->authorize(ConsoleAction::listMfaDevices(userArn()));
    if (!list.allowed()) {
        showMessage(list.message);
        return;
    }
    const auto devices = m_services.mfaDevices->devices(m_accountId, m_userName);
    for (const MfaDeviceInfo& device : devices) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, device.serialNumber);
        item->setText(1, tr("Virtual MFA device"));
        item->setText(2, QLocale().toString(device.enableDate.toLocalTime(), QLocale::ShortFormat));
    }
    showMessage(devices.isEmpty()
                    ? tr("No MFA devices. Assign an MFA device to improve the security of this "
                         "user's console sign-in.")
                    : QString());
}

void MfaDeviceSection::assign()
{
    auto* dialog = new AssignMfaDialog(m_services.mfaDevices, m_accountId, m_userName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    Q_EMIT assignDialogOpened(dialog);
    dialog->open();
}

void MfaDeviceSection::confirmRemove()
{
    const QString serial = selectedSerial();
    if (serial.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove MFA device"),
        tr("Remove %1? %2 will sign in without MFA until a new device is assigned.")
            .arg(serial, m_userName));
    if (answer == QMessageBox::Yes)
        removeDevice(serial);
}

void MfaDeviceSection::removeDevice(const QString& serialNumber)
{
    QPointer<MfaDeviceSection> self(this);
    m_services.mfaDevices->remove(serialNumber, [self](Result<void> result) {
        if (!self)
            return;
        if (!result)
            self->showMessage(result.error().message());
    });
}
