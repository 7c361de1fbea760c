#include "namepathdialog.h"

#include "fielderror.h"
#include "iam/namerules.h"
#include "messagestrip.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

NamePathDialog::NamePathDialog(const QString& title, const QString& okText,
                               const QString& nameLabel, const QString& nameParameter,
                               Validator validateName, QWidget* parent)
    : QDialog(parent)
    , m_validateName(std::move(validateName))
    , m_strip(new MessageStrip(this))
    , m_name(new QLineEdit(this))
    , m_nameError(new FieldError(this))
    , m_path(new QLineEdit(QStringLiteral("/"), this))
    , m_pathError(new FieldError(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    m_buttons->button(QDialogButtonBox::Ok)->setText(okText);
    m_strip->claim(QStringLiteral("EntityAlreadyExists"), m_nameError);
    m_strip->claim(QStringLiteral("ValidationError"), m_nameError, nameParameter);
    m_strip->claim(QStringLiteral("ValidationError"), m_pathError, QStringLiteral("path"));

    auto* form = new QFormLayout;
    form->addRow(nameLabel, FieldError::stack(m_name, m_nameError));
    form->addRow(tr("Path"), FieldError::stack(m_path, m_pathError));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_strip);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &NamePathDialog::validate);
    connect(m_path, &QLineEdit::textChanged, this, &NamePathDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NamePathDialog::run);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void NamePathDialog::setValues(const QString& name, const QString& path)
{
    m_name->setText(name);
    m_path->setText(path);
}

// An empty name says nothing yet; anything else is checked as IAM would.
void NamePathDialog::validate()
{
    const auto name = m_validateName(m_name->text());
    const auto path = NameRules::validatePath(m_path->text());
    m_nameError->setError(m_name->text().isEmpty() || name ? QString() : name.error().message());
    m_pathError->setError(path ? QString() : path.error().message());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().isEmpty() && name && path);
}

void NamePathDialog::run()
{
    if (!m_action)
        return;
    if (const auto result = m_action(m_name->text(), m_path->text()); !result) {
        m_strip->showError(result.error());
        return;
    }
    Q_EMIT succeeded(m_name->text(), m_path->text());
    accept();
}
