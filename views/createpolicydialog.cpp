#include "createpolicydialog.h"

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
// A starting point people edit, as the console's JSON tab offers.
QString emptyIdentityPolicy()
{
    return QStringLiteral("{\n    \"Version\": \"2012-10-17\",\n    \"Statement\": [\n        {\n"
                          "            \"Effect\": \"Allow\",\n            \"Action\": [],\n"
                          "            \"Resource\": []\n        }\n    ]\n}");
}
} // namespace

CreatePolicyDialog::CreatePolicyDialog(DirectoryAdmin* admin, const QString& accountId,
                                       QWidget* parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_accountId(accountId)
    , m_strip(new MessageStrip(this))
    , m_name(new QLineEdit(this))
    , m_nameError(new FieldError(this))
    , m_path(new QLineEdit(QStringLiteral("/"), this))
    , m_pathError(new FieldError(this))
    , m_description(new QLineEdit(this))
    , m_descriptionError(new FieldError(this))
    , m_editor(new PolicyEditor(this))
    , m_editorError(new FieldError(this))
    , m_create(new QPushButton(tr("Create policy"), this))
{
    setObjectName(QStringLiteral("CreatePolicyDialog"));
    setWindowTitle(tr("Create policy"));
    m_name->setObjectName(QStringLiteral("PolicyNameEdit"));
    m_path->setObjectName(QStringLiteral("PolicyPathEdit"));
    m_description->setObjectName(QStringLiteral("PolicyDescriptionEdit"));
    m_editor->setDocumentKind(PolicyEditor::DocumentKind::Identity);
    m_editor->setText(emptyIdentityPolicy());

    m_strip->claim(QStringLiteral("EntityAlreadyExists"), m_nameError);
    m_strip->claim(QStringLiteral("ValidationError"), m_pathError, QStringLiteral("path"));
    m_strip->claim(QStringLiteral("ValidationError"), m_descriptionError,
                   QStringLiteral("description"));
    m_strip->claim(QStringLiteral("ValidationError"), m_nameError, QStringLiteral("policyName"));
    m_strip->claim(QStringLiteral("MalformedPolicyDocument"), m_editorError);
    m_strip->claim(QStringLiteral("ValidationError"), m_editorError,
                   QStringLiteral("policyDocument"));
    // The document's size is the only quota a new policy can exceed.
    m_strip->claim(QStringLiteral("LimitExceeded"), m_editorError);

    auto* form = new QFormLayout;
    form->addRow(tr("Policy name"), FieldError::stack(m_name, m_nameError));
    form->addRow(tr("Path"), FieldError::stack(m_path, m_pathError));
    form->addRow(tr("Description"), FieldError::stack(m_description, m_descriptionError));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create->setObjectName(QStringLiteral("CreatePolicyButton"));
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &CreatePolicyDialog::submit);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_strip);
    layout->addLayout(form);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_editorError);
    layout->addWidget(buttons);
    resize(680, 620);
}

QString CreatePolicyDialog::nameError() const
{
    return m_nameError->error();
}

QString CreatePolicyDialog::editorError() const
{
    return m_editorError->error();
}

void CreatePolicyDialog::submit()
{
    const auto created =
        m_admin->createPolicy(m_accountId, m_name->text().trimmed(), m_editor->text(),
                              m_path->text().trimmed(), m_description->text());
    if (!created) {
        m_strip->showError(created.error());
        return;
    }
    Q_EMIT policyCreated(created.value());
    accept();
}
