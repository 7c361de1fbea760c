#include "passwordfield.h"

#include "fielderror.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

PasswordField::PasswordField(const PasswordPolicy& policy, QWidget* parent)
    : QWidget(parent)
    , m_policy(policy)
    , m_password(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_requireReset(new QCheckBox(tr("User must create a new password at next sign-in"), this))
    , m_rules(new QLabel(this))
    , m_error(new FieldError(this))
{
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_rules->setWordWrap(true);
    m_rules->setTextFormat(Qt::PlainText);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Console password"), FieldError::stack(m_password, m_error));
    form->addRow(tr("Confirm password"), m_confirm);
    form->addRow(QString(), m_rules);
    form->addRow(QString(), m_requireReset);

    connect(m_password, &QLineEdit::textChanged, this, &PasswordField::refresh);
    connect(m_confirm, &QLineEdit::textChanged, this, &PasswordField::refresh);
    refresh();
}

QString PasswordField::password() const
{
    return m_password->text();
}

bool PasswordField::requireReset() const
{
    return m_requireReset->isChecked();
}

bool PasswordField::isComplete() const
{
    return !password().isEmpty() && m_confirm->text() == password();
}

// The rules still unmet while typing, all of them before the first key.
QString PasswordField::rulesText() const
{
    if (password().isEmpty())
        return m_policy.violations(QString()).join(u'\n');
    QStringList lines = m_policy.violations(password());
    if (!m_confirm->text().isEmpty() && m_confirm->text() != password())
        lines.append(tr("The passwords do not match."));
    return lines.join(u'\n');
}

void PasswordField::refresh()
{
    m_error->setError({});
    m_rules->setText(rulesText());
    Q_EMIT changed();
}
