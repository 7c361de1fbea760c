#include "passwordpolicydialog.h"

#include "admin/directoryadmin.h"
#include "console/consolesession.h"
#include "directory/directory.h"
#include "messagestrip.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
QSpinBox* spinBox(int minimum, int maximum, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    return box;
}
} // namespace

PasswordPolicyDialog::PasswordPolicyDialog(DirectoryAdmin* admin, const QString& accountId,
                                           QWidget* parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_accountId(accountId)
    , m_strip(new MessageStrip(this))
    , m_defaultNote(new QLabel(this))
    , m_minimumLength(
          spinBox(PasswordPolicy::MinimumLengthMin, PasswordPolicy::MinimumLengthMax, this))
    , m_uppercase(new QCheckBox(tr("Require at least one uppercase letter from the Latin "
                                   "alphabet (A-Z)"),
                                this))
    , m_lowercase(new QCheckBox(tr("Require at least one lowercase letter from the Latin "
                                   "alphabet (a-z)"),
                                this))
    , m_numbers(new QCheckBox(tr("Require at least one number"), this))
    , m_symbols(new QCheckBox(
          tr("Require at least one non-alphanumeric character (%1)").arg(PasswordPolicy::symbols()),
          this))
    , m_expire(new QCheckBox(tr("Turn on password expiration"), this))
    , m_maxAge(spinBox(1, PasswordPolicy::MaxPasswordAgeMax, this))
    , m_hardExpiry(new QCheckBox(tr("Password expiration requires administrator reset"), this))
    , m_reuse(new QCheckBox(tr("Prevent password reuse"), this))
    , m_reuseCount(spinBox(1, PasswordPolicy::PasswordReusePreventionMax, this))
    , m_allowChange(new QCheckBox(tr("Allow users to change their own password"), this))
{
    setWindowTitle(tr("Edit password policy"));
    m_defaultNote->setWordWrap(true);
    m_maxAge->setSuffix(tr(" days"));
    m_reuseCount->setSuffix(tr(" passwords"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("Save changes"), QDialogButtonBox::AcceptRole);
    m_useDefault = buttons->addButton(tr("Use AWS's default"), QDialogButtonBox::ResetRole);

    auto* form = new QFormLayout;
    form->addRow(tr("Minimum password length"), m_minimumLength);
    form->addRow(m_uppercase);
    form->addRow(m_lowercase);
    form->addRow(m_numbers);
    form->addRow(m_symbols);
    form->addRow(m_expire);
    form->addRow(tr("Expire passwords after"), m_maxAge);
    form->addRow(m_hardExpiry);
    form->addRow(m_reuse);
    form->addRow(tr("Remember"), m_reuseCount);
    form->addRow(m_allowChange);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_strip);
    layout->addWidget(m_defaultNote);
    layout->addLayout(form);
    layout->addWidget(buttons);

    const auto own = admin->directory().passwordPolicy(accountId);
    setPolicy(own.value_or(PasswordPolicy::awsDefault()));
    m_defaultNote->setText(
        own ? QString()
            : tr("This account uses AWS's default password policy: at least 8 characters and "
                 "at least three of uppercase letters, lowercase letters, numbers and symbols."));
    m_defaultNote->setVisible(!own);
    m_useDefault->setEnabled(own.has_value());

    connect(m_expire, &QCheckBox::toggled, this, &PasswordPolicyDialog::updateEnabled);
    connect(m_reuse, &QCheckBox::toggled, this, &PasswordPolicyDialog::updateEnabled);
    connect(m_save, &QPushButton::clicked, this, &PasswordPolicyDialog::save);
    connect(m_useDefault, &QPushButton::clicked, this, &PasswordPolicyDialog::useDefault);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateEnabled();
}

PasswordPolicy PasswordPolicyDialog::policy() const
{
    PasswordPolicy policy;
    policy.minimumLength = m_minimumLength->value();
    policy.requireUppercase = m_uppercase->isChecked();
    policy.requireLowercase = m_lowercase->isChecked();
    policy.requireNumbers = m_numbers->isChecked();
    policy.requireSymbols = m_symbols->isChecked();
    policy.maxPasswordAgeDays = m_expire->isChecked() ? m_maxAge->value() : 0;
    policy.hardExpiry = m_expire->isChecked() && m_hardExpiry->isChecked();
    policy.passwordReusePrevention = m_reuse->isChecked() ? m_reuseCount->value() : 0;
    policy.allowUsersToChangePassword = m_allowChange->isChecked();
    return policy;
}

void PasswordPolicyDialog::setPolicy(const PasswordPolicy& policy)
{
    m_minimumLength->setValue(policy.minimumLength);
    m_uppercase->setChecked(policy.requireUppercase);
    m_lowercase->setChecked(policy.requireLowercase);
    m_numbers->setChecked(policy.requireNumbers);
    m_symbols->setChecked(policy.requireSymbols);
    m_expire->setChecked(policy.maxPasswordAgeDays > 0);
    m_maxAge->setValue(policy.maxPasswordAgeDays > 0 ? policy.maxPasswordAgeDays : 90);
    m_hardExpiry->setChecked(policy.hardExpiry);
    m_reuse->setChecked(policy.passwordReusePrevention > 0);
    m_reuseCount->setValue(policy.passwordReusePrevention > 0 ? policy.passwordReusePrevention : 5);
    m_allowChange->setChecked(policy.allowUsersToChangePassword);
    updateEnabled();
}

bool PasswordPolicyDialog::showsAwsDefault() const
{
    return !m_defaultNote->isHidden();
}

void PasswordPolicyDialog::updateEnabled()
{
    m_maxAge->setEnabled(m_expire->isChecked());
    m_hardExpiry->setEnabled(m_expire->isChecked());
    m_reuseCount->setEnabled(m_reuse->isChecked());
}

void PasswordPolicyDialog::save()
{
    if (const auto result = m_admin->setPasswordPolicy(m_accountId, policy()); !result) {
        m_strip->showError(result.error());
        return;
    }
    Q_EMIT policyChanged(m_accountId);
    accept();
}

void PasswordPolicyDialog::useDefault()
{
    if (const auto result = m_admin->deletePasswordPolicy(m_accountId); !result) {
        m_strip->showError(result.error());
        return;
    }
    Q_EMIT policyChanged(m_accountId);
    accept();
}
