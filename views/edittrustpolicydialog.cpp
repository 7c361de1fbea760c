#include "edittrustpolicydialog.h"

#include "admin/directoryadmin.h"
#include "console/consolesession.h"
#include "directory/directory.h"
#include "fielderror.h"
#include "messagestrip.h"
#include "policyeditor.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

EditTrustPolicyDialog::EditTrustPolicyDialog(DirectoryAdmin* admin, const QString& accountId,
                                             const QString& roleName, QWidget* parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_accountId(accountId)
    , m_roleName(roleName)
    , m_strip(new MessageStrip(this))
    , m_editor(new PolicyEditor(this))
    , m_editorError(new FieldError(this))
    , m_update(new QPushButton(tr("Update policy"), this))
{
    setObjectName(QStringLiteral("EditTrustPolicyDialog"));
    setWindowTitle(tr("Edit trust policy — %1").arg(roleName));
    m_editor->setDocumentKind(PolicyEditor::DocumentKind::Trust);
    if (const auto role = admin->directory().role(accountId, roleName))
        m_editor->setText(role->trustPolicy);
    m_strip->claim(QStringLiteral("MalformedPolicyDocument"), m_editorError);
    m_strip->claim(QStringLiteral("ValidationError"), m_editorError,
                   QStringLiteral("policyDocument"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_update->setObjectName(QStringLiteral("UpdatePolicyButton"));
    buttons->addButton(m_update, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_update, &QPushButton::clicked, this, &EditTrustPolicyDialog::submit);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_strip);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_editorError);
    layout->addWidget(buttons);
    resize(640, 520);
}

QString EditTrustPolicyDialog::editorError() const
{
    return m_editorError->error();
}

void EditTrustPolicyDialog::submit()
{
    const auto updated = m_admin->updateAssumeRolePolicy(m_accountId, m_roleName, m_editor->text());
    if (!updated) {
        m_strip->showError(updated.error());
        return;
    }
    accept();
}
