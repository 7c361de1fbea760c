#include "consolepassworddialog.h"

#include "admin/directoryadmin.h"
#include "console/consolesession.h"
#include "directory/directory.h"
#include "messagestrip.h"
#include "passwordfield.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ConsolePasswordDialog::ConsolePasswordDialog(DirectoryAdmin* admin, const QString& accountId,
                                             const QString& userName, QWidget* parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_accountId(accountId)
    , m_userName(userName)
    , m_strip(new MessageStrip(this))
    , m_status(new QLabel(this))
    , m_password(new PasswordField(admin->effectivePasswordPolicy(accountId), this))
{
    setWindowTitle(tr("Console access for %1").arg(userName));
    const bool hasPassword = admin->directory().loginProfile(accountId, userName).has_value();
    m_status->setText(hasPassword ? tr("Console access is enabled. Set a new password to reset "
                                       "it, or remove it to turn console access off.")
                                  : tr("Console access is disabled. Set a password to enable it."));
    m_status->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_set = buttons->addButton(hasPassword ? tr("Reset password") : tr("Set password"),
                               QDialogButtonBox::AcceptRole);
    m_remove = buttons->addButton(tr("Remove console access"), QDialogButtonBox::DestructiveRole);
    m_remove->setEnabled(hasPassword);
    m_strip->claim(QStringLiteral("PasswordPolicyViolation"), m_password->error());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_strip);
    layout->addWidget(m_status);
    layout->addWidget(m_password);
    layout->addWidget(buttons);

    auto updateSet = [this] { m_set->setEnabled(m_password->isComplete()); };
    connect(m_password, &PasswordField::changed, this, updateSet);
    connect(m_set, &QPushButton::clicked, this, &ConsolePasswordDialog::setPassword);
    connect(m_remove, &QPushButton::clicked, this, &ConsolePasswordDialog::removePassword);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateSet();
}

void ConsolePasswordDialog::setPassword()
{
    const auto result = m_admin->setConsolePassword(m_accountId, m_userName, m_password->password(),
                                                    m_password->requireReset());
    if (!result) {
        m_strip->showError(result.error());
        return;
    }
    Q_EMIT consoleAccessChanged(m_accountId, m_userName);
    accept();
}

void ConsolePasswordDialog::removePassword()
{
    if (const auto result = m_admin->removeConsolePassword(m_accountId, m_userName); !result) {
        m_strip->showError(result.error());
        return;
    }
    Q_EMIT consoleAccessChanged(m_accountId, m_userName);
    accept();
}
