#include "rolesettingsdialog.h"

#include "admin/directoryadmin.h"
#include "boundarycombobox.h"
#include "console/consolesession.h"
#include "directory/directory.h"
#include "fielderror.h"
#include "messagestrip.h"
#include "policypicker.h"
#include "sessiondurationedit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

RoleSettingsDialog::RoleSettingsDialog(DirectoryAdmin* admin, const QString& accountId,
                                       const QString& roleName, QWidget* parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_strip(new MessageStrip(this))
    , m_description(new QLineEdit(this))
    , m_descriptionError(new FieldError(this))
    , m_duration(new SessionDurationEdit(this))
    , m_durationError(new FieldError(this))
    , m_boundary(new BoundaryComboBox(this))
    , m_boundaryError(new FieldError(this))
    , m_save(new QPushButton(tr("Save changes"), this))
{
    setObjectName(QStringLiteral("RoleSettingsDialog"));
    setWindowTitle(tr("Edit role %1").arg(roleName));
    const Directory* directory = &admin->directory();
    m_role = directory->role(accountId, roleName).value_or(Role{});
    m_description->setObjectName(QStringLiteral("RoleDescriptionEdit"));
    m_description->setText(m_role.description);
    m_duration->setSeconds(m_role.maxSessionDuration);
    m_boundary->setPolicies(PolicyPicker::attachablePolicies(*directory, accountId));
    m_boundary->setPolicyArn(m_role.permissionsBoundaryArn);

    m_strip->claim(QStringLiteral("ValidationError"), m_descriptionError,
                   QStringLiteral("description"));
    m_strip->claim(QStringLiteral("ValidationError"), m_durationError,
                   QStringLiteral("maxSessionDuration"));
    m_strip->claim(QStringLiteral("NoSuchEntity"), m_boundaryError);
    m_strip->claim(QStringLiteral("InvalidInput"), m_boundaryError);

    auto* form = new QFormLayout;
    form->addRow(tr("Description"), FieldError::stack(m_description, m_descriptionError));
    form->addRow(tr("Maximum session duration"), FieldError::stack(m_duration, m_durationError));
    form->addRow(tr("Permissions boundary"), FieldError::stack(m_boundary, m_boundaryError));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save->setObjectName(QStringLiteral("SaveRoleButton"));
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &RoleSettingsDialog::save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_strip);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

QString RoleSettingsDialog::descriptionError() const
{
    return m_descriptionError->error();
}

QString RoleSettingsDialog::durationError() const
{
    return m_durationError->error();
}

QString RoleSettingsDialog::boundaryError() const
{
    return m_boundaryError->error();
}

void RoleSettingsDialog::save()
{
    // One edit: the settings and the boundary together, or (on any error) neither.
    const auto updated =
        m_admin->updateRoleSettings(m_role.accountId, m_role.name, m_description->text(),
                                    m_duration->seconds(), m_boundary->policyArn());
    if (!updated) {
        m_strip->showError(updated.error());
        return;
    }
    accept();
}
