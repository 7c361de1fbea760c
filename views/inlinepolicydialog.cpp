#include "inlinepolicydialog.h"

#include "admin/directoryadmin.h"
#include "console/consolesession.h"
#include "directory/directory.h"
#include "fielderror.h"
#include "messagestrip.h"
#include "policyeditor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

InlinePolicyDialog::InlinePolicyDialog(DirectoryAdmin* admin, EntityKind kind,
                                       const QString& accountId, const QString& entityName,
                                       const QString& policyName, QWidget* parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_kind(kind)
    , m_accountId(accountId)
    , m_entityName(entityName)
    , m_policyName(policyName)
    , m_strip(new MessageStrip(this))
    , m_name(new QLineEdit(policyName, this))
    , m_nameError(new FieldError(this))
    , m_editor(new PolicyEditor(this))
    , m_editorError(new FieldError(this))
    , m_save(new QPushButton(isEditing() ? tr("Save changes") : tr("Create policy"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
{
    setObjectName(QStringLiteral("InlinePolicyDialog"));
    setWindowTitle(isEditing() ? tr("Edit inline policy %1 of %2").arg(policyName, entityName)
                               : tr("Create inline policy for %1").arg(entityName));
    m_name->setObjectName(QStringLiteral("InlinePolicyNameEdit"));
    m_name->setReadOnly(isEditing());
    m_editor->setDocumentKind(PolicyEditor::DocumentKind::Identity);
    if (isEditing()) {
        for (const InlinePolicy& policy :
             admin->directory().inlinePolicies(kind, accountId, entityName))
            if (policy.name.compare(policyName, Qt::CaseInsensitive) == 0)
                m_editor->setText(policy.document);
    }

    m_strip->claim(QStringLiteral("EntityAlreadyExists"), m_nameError);
    m_strip->claim(QStringLiteral("ValidationError"), m_nameError, QStringLiteral("policyName"));
    m_strip->claim(QStringLiteral("MalformedPolicyDocument"), m_editorError);
    m_strip->claim(QStringLiteral("ValidationError"), m_editorError,
                   QStringLiteral("policyDocument"));
    // Inline policies share one size quota per entity: the document is what to shorten.
    m_strip->claim(QStringLiteral("LimitExceeded"), m_editorError);

    auto* form = new QFormLayout;
    form->addRow(tr("Policy name"), FieldError::stack(m_name, m_nameError));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save->setObjectName(QStringLiteral("SaveInlinePolicyButton"));
    m_delete->setObjectName(QStringLiteral("DeleteInlinePolicyButton"));
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_delete, QDialogButtonBox::DestructiveRole);
    m_delete->setVisible(isEditing());
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &InlinePolicyDialog::save);
    connect(m_delete, &QPushButton::clicked, this, &InlinePolicyDialog::remove);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_strip);
    layout->addLayout(form);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_editorError);
    layout->addWidget(buttons);
    resize(680, 600);
}

QString InlinePolicyDialog::nameError() const
{
    return m_nameError->error();
}

QString InlinePolicyDialog::editorError() const
{
    return m_editorError->error();
}

bool InlinePolicyDialog::nameIsTaken(const QString& name) const
{
    for (const InlinePolicy& policy :
         m_admin->directory().inlinePolicies(m_kind, m_accountId, m_entityName))
        if (policy.name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

void InlinePolicyDialog::save()
{
    const QString name = m_name->text().trimmed();
    // Putting a policy under a used name replaces it; a new one must not do that unasked.
    if (!isEditing() && nameIsTaken(name)) {
        m_strip->showError(IamError::entityAlreadyExists(
            tr("An inline policy named %1 already exists on %2.").arg(name, m_entityName)));
        return;
    }
    const auto put =
        m_admin->putInlinePolicy(m_kind, m_accountId, m_entityName, {name, m_editor->text()});
    if (!put) {
        m_strip->showError(put.error());
        return;
    }
    Q_EMIT saved(name);
    accept();
}

void InlinePolicyDialog::remove()
{
    const auto removed =
        m_admin->deleteInlinePolicy(m_kind, m_accountId, m_entityName, m_policyName);
    if (!removed) {
        m_strip->showError(removed.error());
        return;
    }
    Q_EMIT deleted(m_policyName);
    accept();
}
