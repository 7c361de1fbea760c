#include "createuserdialog.h"

#include "admin/directoryadmin.h"
#include "console/consolesession.h"
#include "directory/directory.h"
#include "fielderror.h"
#include "iam/namerules.h"
#include "messagestrip.h"
#include "passwordfield.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

CreateUserDialog::CreateUserDialog(DirectoryAdmin* admin, const QString& accountId, QWidget* parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_accountId(accountId)
    , m_strip(new MessageStrip(this))
    , m_name(new QLineEdit(this))
    , m_nameError(new FieldError(this))
    , m_path(new QLineEdit(QStringLiteral("/"), this))
    , m_pathError(new FieldError(this))
    , m_consoleAccess(new QCheckBox(tr("Provide user access to the console"), this))
    , m_password(new PasswordField(admin->effectivePasswordPolicy(accountId), this))
    , m_groups(new QListWidget(this))
    , m_groupsError(new FieldError(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Create user"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create user"));
    m_password->setVisible(false);

    for (const Group& group : admin->directory().groups(accountId)) {
        auto* item = new QListWidgetItem(group.name, m_groups);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }

    m_strip->claim(QStringLiteral("EntityAlreadyExists"), m_nameError);
    m_strip->claim(QStringLiteral("ValidationError"), m_nameError, QStringLiteral("userName"));
    m_strip->claim(QStringLiteral("ValidationError"), m_pathError, QStringLiteral("path"));
    m_strip->claim(QStringLiteral("PasswordPolicyViolation"), m_password->error());
    m_strip->claim(QStringLiteral("LimitExceeded"), m_groupsError);
    m_strip->claim(QStringLiteral("NoSuchEntity"), m_groupsError);

    auto* form = new QFormLayout;
    form->addRow(tr("User name"), FieldError::stack(m_name, m_nameError));
    form->addRow(tr("Path"), FieldError::stack(m_path, m_pathError));
    form->addRow(QString(), m_consoleAccess);
    form->addRow(m_password);
    form->addRow(tr("Add to groups"), FieldError::stack(m_groups, m_groupsError));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_strip);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &CreateUserDialog::validate);
    connect(m_path, &QLineEdit::textChanged, this, &CreateUserDialog::validate);
    connect(m_consoleAccess, &QCheckBox::toggled, this, [this](bool on) {
        m_password->setVisible(on);
        validate();
    });
    connect(m_password, &PasswordField::changed, this, &CreateUserDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateUserDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void CreateUserDialog::setSelectedGroups(const QStringList& names)
{
    for (int row = 0; row < m_groups->count(); ++row) {
        QListWidgetItem* item = m_groups->item(row);
        item->setCheckState(names.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList CreateUserDialog::selectedGroups() const
{
    QStringList names;
    for (int row = 0; row < m_groups->count(); ++row)
        if (m_groups->item(row)->checkState() == Qt::Checked)
            names.append(m_groups->item(row)->text());
    return names;
}

// An empty name says nothing yet; anything else is checked as IAM would.
void CreateUserDialog::validate()
{
    const auto name = NameRules::validateUserName(m_name->text());
    const auto path = NameRules::validatePath(m_path->text());
    m_nameError->setError(m_name->text().isEmpty() || name ? QString() : name.error().message());
    m_pathError->setError(path ? QString() : path.error().message());
    const bool passwordOk = !m_consoleAccess->isChecked() || m_password->isComplete();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_name->text().isEmpty() && name && path && passwordOk);
}

void CreateUserDialog::create()
{
    NewUserRequest request;
    request.accountId = m_accountId;
    request.name = m_name->text();
    request.path = m_path->text();
    request.groups = selectedGroups();
    if (m_consoleAccess->isChecked()) {
        request.consolePassword = m_password->password();
        request.passwordResetRequired = m_password->requireReset();
    }
    const auto created = m_admin->createUser(request);
    if (!created) {
        m_strip->showError(created.error());
        return;
    }
    Q_EMIT userCreated(m_accountId, request.name);
    accept();
}
