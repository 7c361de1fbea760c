#include "deleteuserdialog.h"

#include "admin/directoryadmin.h"
#include "messagestrip.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

DeleteUserDialog::DeleteUserDialog(DirectoryAdmin* admin, const QString& accountId,
                                   const QString& userName, QWidget* parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_accountId(accountId)
    , m_userName(userName)
    , m_strip(new MessageStrip(this))
    , m_dependents(new QListWidget(this))
    , m_confirm(new QLineEdit(this))
{
    setWindowTitle(tr("Delete %1?").arg(userName));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_delete = buttons->addButton(tr("Delete"), QDialogButtonBox::AcceptRole);
    m_confirm->setPlaceholderText(userName);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_strip);
    layout->addWidget(new QLabel(
        tr("Deleting the user also removes everything below. This cannot be undone when the "
           "user has access keys or MFA devices."),
        this));
    layout->addWidget(m_dependents);
    layout->addWidget(new QLabel(tr("To confirm deletion, enter the user name:"), this));
    layout->addWidget(m_confirm);
    layout->addWidget(buttons);

    connect(m_confirm, &QLineEdit::textChanged, this, &DeleteUserDialog::updateDeleteButton);
    connect(buttons, &QDialogButtonBox::accepted, this, &DeleteUserDialog::runDelete);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    listDependents();
    updateDeleteButton();
}

void DeleteUserDialog::listDependents()
{
    const UserDependents dependents = m_admin->userDependents(m_accountId, m_userName);
    for (const AccessKeyInfo& key : dependents.accessKeys)
        m_dependents->addItem(tr("Access key %1").arg(key.accessKeyId));
    for (const MfaDeviceInfo& device : dependents.mfaDevices)
        m_dependents->addItem(tr("MFA device %1").arg(device.serialNumber));
    for (const Group& group : dependents.groups)
        m_dependents->addItem(tr("Membership in group %1").arg(group.name));
    for (const ManagedPolicy& policy : dependents.attachedPolicies)
        m_dependents->addItem(tr("Attached policy %1").arg(policy.name));
    for (const InlinePolicy& policy : dependents.inlinePolicies)
        m_dependents->addItem(tr("Inline policy %1").arg(policy.name));
    if (dependents.hasLoginProfile)
        m_dependents->addItem(tr("Console password"));
    m_dependents->setVisible(m_dependents->count() > 0);
}

QStringList DeleteUserDialog::alsoRemoved() const
{
    QStringList lines;
    for (int row = 0; row < m_dependents->count(); ++row)
        lines.append(m_dependents->item(row)->text());
    return lines;
}

void DeleteUserDialog::updateDeleteButton()
{
    m_delete->setEnabled(!m_deleting && m_confirm->text() == m_userName);
}

void DeleteUserDialog::runDelete()
{
    if (m_deleting || m_confirm->text() != m_userName)
        return;
    m_deleting = true;
    m_strip->clearAll();
    updateDeleteButton();
    QPointer<DeleteUserDialog> self(this);
    m_admin->deleteUserWithDependents(m_accountId, m_userName, [self](Result<void> result) {
        if (!self)
            return;
        self->m_deleting = false;
        if (!result) {
            self->m_strip->showError(result.error());
            self->updateDeleteButton();
            return;
        }
        Q_EMIT self->userDeleted(self->m_accountId, self->m_userName);
        self->accept();
    });
}
