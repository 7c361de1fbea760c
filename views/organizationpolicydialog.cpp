#include "organizationpolicydialog.h"

#include "admin/directoryadmin.h"
#include "fielderror.h"
#include "messagestrip.h"
#include "policyeditor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
// Starting points people edit: a deny list (what SCPs mostly are) and the
// RCP form, whose Principal must be "*".
QString exampleContent(OrganizationPolicy::Type type)
{
    if (type == OrganizationPolicy::Type::ServiceControl)
        return QStringLiteral("{\n    \"Version\": \"2012-10-17\",\n    \"Statement\": [\n"
                              "        {\n            \"Effect\": \"Deny\",\n"
                              "            \"Action\": [],\n            \"Resource\": \"*\"\n"
                              "        }\n    ]\n}");
    return QStringLiteral("{\n    \"Version\": \"2012-10-17\",\n    \"Statement\": [\n"
                          "        {\n            \"Effect\": \"Deny\",\n"
                          "            \"Principal\": \"*\",\n            \"Action\": [],\n"
                          "            \"Resource\": \"*\"\n        }\n    ]\n}");
}
} // namespace

OrganizationPolicyDialog::OrganizationPolicyDialog(DirectoryAdmin* admin,
                                                   OrganizationPolicy::Type type, QWidget* parent)
    : OrganizationPolicyDialog(admin, type, QString(), parent)
{
    setWindowTitle(type == OrganizationPolicy::Type::ServiceControl
                       ? tr("Create new service control policy")
                       : tr("Create new resource control policy"));
    m_editor->setText(exampleContent(type));
}

OrganizationPolicyDialog::OrganizationPolicyDialog(DirectoryAdmin* admin,
                                                   const OrganizationPolicy& policy,
                                                   QWidget* parent)
    : OrganizationPolicyDialog(admin, policy.type, policy.id, parent)
{
    setWindowTitle(tr("Edit policy %1").arg(policy.name));
    m_save->setText(tr("Save changes"));
    m_name->setText(policy.name);
    m_description->setText(policy.description);
    m_editor->setText(policy.content);
}

OrganizationPolicyDialog::OrganizationPolicyDialog(DirectoryAdmin* admin,
                                                   OrganizationPolicy::Type type,
                                                   const QString& policyId, QWidget* parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_type(type)
    , m_policyId(policyId)
    , m_strip(new MessageStrip(this))
    , m_name(new QLineEdit(this))
    , m_nameError(new FieldError(this))
    , m_description(new QLineEdit(this))
    , m_descriptionError(new FieldError(this))
    , m_editor(new PolicyEditor(this))
    , m_editorError(new FieldError(this))
    , m_save(new QPushButton(tr("Create policy"), this))
{
    setObjectName(QStringLiteral("OrganizationPolicyDialog"));
    m_name->setObjectName(QStringLiteral("OrgPolicyNameEdit"));
    m_name->setMaxLength(128);
    m_description->setObjectName(QStringLiteral("OrgPolicyDescriptionEdit"));
    m_description->setMaxLength(512);
    m_save->setObjectName(QStringLiteral("SaveOrgPolicyButton"));
    m_editor->setDocumentKind(type == OrganizationPolicy::Type::ServiceControl
                                  ? PolicyEditor::DocumentKind::ServiceControl
                                  : PolicyEditor::DocumentKind::ResourceControl);

    m_strip->setCodesInFields(true);
    m_strip->claim(QStringLiteral("DuplicatePolicyException"), m_nameError);
    m_strip->claim(QStringLiteral("InvalidInputException"), m_descriptionError,
                   QStringLiteral("Description"));
    m_strip->claim(QStringLiteral("InvalidInputException"), m_nameError, QStringLiteral("Name"));
    m_strip->claim(QStringLiteral("MalformedPolicyDocumentException"), m_editorError);
    // The content's size is the quota a policy's text can exceed.
    m_strip->claim(QStringLiteral("ConstraintViolationException"), m_editorError,
                   QStringLiteral("Content"));
    m_strip->claim(QStringLiteral("InvalidInputException"), m_editorError);

    auto* form = new QFormLayout;
    form->addRow(tr("Policy name"), FieldError::stack(m_name, m_nameError));
    form->addRow(tr("Description"), FieldError::stack(m_description, m_descriptionError));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] { (void)submit(); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_strip);
    layout->addLayout(form);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_editorError);
    layout->addWidget(buttons);
    resize(680, 620);
}

QString OrganizationPolicyDialog::nameError() const
{
    return m_nameError->error();
}

QString OrganizationPolicyDialog::descriptionError() const
{
    return m_descriptionError->error();
}

QString OrganizationPolicyDialog::editorError() const
{
    return m_editorError->error();
}

bool OrganizationPolicyDialog::submit()
{
    const auto saved =
        m_policyId.isEmpty()
            ? m_admin->createOrganizationPolicy(m_name->text(), m_description->text(), m_type,
                                                m_editor->text())
            : m_admin->updateOrganizationPolicy(m_policyId, m_name->text(), m_description->text(),
                                                m_editor->text());
    if (!saved) {
        m_strip->showError(saved.error());
        return false;
    }
    Q_EMIT policySaved(saved->id);
    accept();
    return true;
}
