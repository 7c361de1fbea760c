#include "newpassworddialog.h"

#include "console/consolesession.h"
#include "directory/directory.h"
#include "fielderror.h"
#include "passwordfield.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

NewPasswordDialog::NewPasswordDialog(ConsoleSession* session, const Directory& directory,
                                     const QString& accountId, const QString& oldPassword,
                                     QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_oldPassword(oldPassword)
    , m_field(new PasswordField(directory.effectivePasswordPolicy(accountId), this))
{
    setWindowTitle(tr("Change password"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("You must change your password to continue."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_field->requireResetBox()->hide();
    layout->addWidget(m_field);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(tr("Confirm password change"), QDialogButtonBox::AcceptRole);
    m_confirm->setEnabled(false);
    layout->addWidget(buttons);
    connect(m_field, &PasswordField::changed, this,
            [this] { m_confirm->setEnabled(m_field->isComplete()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &NewPasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void NewPasswordDialog::submit()
{
    const Result<void> result = m_session->changeOwnPassword(m_oldPassword, m_field->password());
    if (!result) {
        m_field->error()->setError(result.error().message());
        return;
    }
    m_oldPassword.clear();
    accept();
}
