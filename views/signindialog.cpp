#include "signindialog.h"

#include "console/consolesession.h"

#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SignInDialog::SignInDialog(ConsoleSession* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_account(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_signIn(new QPushButton(tr("Sign in"), this))
{
    setWindowTitle(tr("Sign in — Switchboard"));
    setWindowIcon(QIcon(QStringLiteral(":/switchboard/icons/switchboard.svg")));
    setMinimumWidth(420);

    auto* title = new QLabel(tr("Sign in as IAM user"), this);
    title->setObjectName(QStringLiteral("SignInTitle"));

    m_account->setObjectName(QStringLiteral("AccountEdit"));
    m_account->setPlaceholderText(tr("12-digit account ID or account alias"));
    m_user->setObjectName(QStringLiteral("UserEdit"));
    m_password->setObjectName(QStringLiteral("PasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);

    m_error->setObjectName(QStringLiteral("SignInError"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_signIn->setObjectName(QStringLiteral("SignInButton"));
    m_signIn->setProperty("primary", true);
    m_signIn->setDefault(true);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(tr("Account ID (12 digits) or account alias"), m_account);
    form->addRow(tr("IAM user name"), m_user);
    form->addRow(tr("Password"), m_password);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(m_signIn);

    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(m_account, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    connect(m_user, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    updateButton();
}

void SignInDialog::setAccount(const QString& account)
{
    m_account->setText(account);
}

void SignInDialog::setUserName(const QString& userName)
{
    m_user->setText(userName);
}

QString SignInDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SignInDialog::reset()
{
    m_password->clear();
    m_error->clear();
    m_error->hide();
    (m_account->text().isEmpty() ? m_account
     : m_user->text().isEmpty()  ? m_user
                                 : m_password)
        ->setFocus();
}

void SignInDialog::updateButton()
{
    m_signIn->setEnabled(!m_account->text().trimmed().isEmpty() &&
                         !m_user->text().trimmed().isEmpty() && !m_password->text().isEmpty());
}

void SignInDialog::submit()
{
    if (!m_signIn->isEnabled())
        return;
    const auto result = m_session->signIn(m_account->text(), m_user->text(), m_password->text());
    m_password->clear();
    if (!result) {
        m_error->setText(result.error().message());
        m_error->show();
        m_password->setFocus();
        return;
    }
    m_error->hide();
    accept();
}
