#include "signindialog.h"

#include "console/consolesession.h"
#include "console/samlidentityprovider.h"
#include "directory/directory.h"
#include "newpassworddialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QVBoxLayout>

SignInDialog::SignInDialog(ConsoleSession* session, const Directory& directory, StsService* sts,
                           QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_directory(directory)
    , m_account(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_rootChoice(new QRadioButton(tr("Root user"), this))
    , m_iamChoice(new QRadioButton(tr("IAM user"), this))
    , m_mfaCode(new QLineEdit(this))
    , m_provider(new QComboBox(this))
    , m_federatedRole(new QComboBox(this))
    , m_subject(new QLineEdit(this))
    , m_idpPassword(new QLineEdit(this))
    , m_idpMfaCode(new QLineEdit(this))
    , m_identityProvider(sts ? new SamlIdentityProvider(sts, this) : nullptr)
    , m_pages(new QStackedWidget(this))
    , m_title(new QLabel(tr("Sign in as IAM user"), this))
    , m_switchMode(new QPushButton(this))
    , m_error(new QLabel(this))
    , m_signIn(new QPushButton(tr("Sign in"), this))
{
    setWindowTitle(tr("Sign in — Switchboard"));
    setWindowIcon(QIcon(QStringLiteral(":/switchboard/icons/switchboard.svg")));
    setMinimumWidth(420);

    m_title->setObjectName(QStringLiteral("SignInTitle"));
    m_error->setObjectName(QStringLiteral("SignInError"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_signIn->setObjectName(QStringLiteral("SignInButton"));
    m_signIn->setProperty("primary", true);
    m_signIn->setDefault(true);
    m_switchMode->setObjectName(QStringLiteral("SignInModeLink"));
    m_switchMode->setFlat(true);
    m_switchMode->setCursor(Qt::PointingHandCursor);

    m_pages->addWidget(createUserPage());
    m_pages->addWidget(createFederatedPage());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(m_error);
    layout->addWidget(m_pages);
    layout->addWidget(m_signIn);
    layout->addWidget(m_switchMode, 0, Qt::AlignLeft);

    connect(m_signIn, &QPushButton::clicked, this, [this] {
        if (isFederatedSignIn())
            submitFederated();
        else
            submit();
    });
    connect(m_switchMode, &QPushButton::clicked, this,
            [this] { showFederatedSignIn(!isFederatedSignIn()); });
    showFederatedSignIn(false);
}

QWidget* SignInDialog::createUserPage()
{
    auto* page = new QWidget(this);
    m_account->setObjectName(QStringLiteral("AccountEdit"));
    m_account->setPlaceholderText(tr("12-digit account ID or account alias"));
    m_user->setObjectName(QStringLiteral("UserEdit"));
    m_password->setObjectName(QStringLiteral("PasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);

    m_rootChoice->setObjectName(QStringLiteral("RootUserChoice"));
    m_iamChoice->setObjectName(QStringLiteral("IamUserChoice"));
    m_rootChoice->setToolTip(tr("Account owner that performs tasks requiring unrestricted "
                                "access."));
    m_iamChoice->setToolTip(tr("User within an account that performs daily tasks."));
    m_iamChoice->setChecked(true);
    m_email->setObjectName(QStringLiteral("EmailEdit"));
    m_email->setPlaceholderText(tr("username@example.com"));

    auto* choice = new QWidget(page);
    auto* choiceLayout = new QVBoxLayout(choice);
    choiceLayout->setContentsMargins(0, 0, 0, 0);
    for (QRadioButton* button : {m_rootChoice, m_iamChoice}) {
        auto* hint = new QLabel(button->toolTip(), choice);
        hint->setObjectName(QStringLiteral("HintLabel"));
        hint->setWordWrap(true);
        hint->setIndent(24);
        choiceLayout->addWidget(button);
        choiceLayout->addWidget(hint);
    }

    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(choice);
    form->addRow(tr("Root user email address"), m_email);
    form->addRow(tr("Account ID (12 digits) or account alias"), m_account);
    form->addRow(tr("IAM user name"), m_user);
    form->addRow(tr("Password"), m_password);
    m_mfaCode->setObjectName(QStringLiteral("MfaCodeEdit"));
    m_mfaCode->setPlaceholderText(tr("6 digits from your MFA device"));
    m_mfaCode->setMaxLength(6);
    m_mfaCode->setInputMethodHints(Qt::ImhDigitsOnly);
    form->addRow(tr("MFA code"), m_mfaCode);
    m_userForm = form;
    form->setRowVisible(m_mfaCode, false);
    connect(m_rootChoice, &QRadioButton::toggled, this, &SignInDialog::applySignInKind);
    connect(m_email, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    connect(m_account, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    connect(m_user, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    connect(m_mfaCode, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    // The code belongs to the account, user and password it was asked for.
    for (QLineEdit* edit : {m_account, m_user, m_password, m_email})
        connect(edit, &QLineEdit::textEdited, this, [this] { askForMfaCode(false); });
    applySignInKind();
    return page;
}

bool SignInDialog::isRootSignIn() const
{
    return m_rootChoice->isChecked();
}

void SignInDialog::showRootSignIn(bool root)
{
    (root ? m_rootChoice : m_iamChoice)->setChecked(true);
}

void SignInDialog::applySignInKind()
{
    const bool root = isRootSignIn();
    m_userForm->setRowVisible(m_email, root);
    m_userForm->setRowVisible(m_account, !root);
    m_userForm->setRowVisible(m_user, !root);
    askForMfaCode(false);
    if (!isFederatedSignIn())
        m_title->setText(root ? tr("Sign in as root user") : tr("Sign in as IAM user"));
    m_error->hide();
    updateButton();
}

QWidget* SignInDialog::createFederatedPage()
{
    auto* page = new QWidget(this);
    m_provider->setObjectName(QStringLiteral("ProviderBox"));
    m_federatedRole->setObjectName(QStringLiteral("FederatedRoleBox"));
    m_subject->setObjectName(QStringLiteral("SubjectEdit"));
    m_idpPassword->setObjectName(QStringLiteral("IdpPasswordEdit"));
    m_idpPassword->setEchoMode(QLineEdit::Password);
    m_idpMfaCode->setObjectName(QStringLiteral("IdpMfaCodeEdit"));
    m_idpMfaCode->setPlaceholderText(tr("Only if you have an MFA device"));
    m_idpMfaCode->setMaxLength(6);
    m_idpMfaCode->setInputMethodHints(Qt::ImhDigitsOnly);

    auto* note = new QLabel(
        tr("Switchboard's identity provider signs you in with your user name and password in "
           "the provider's account, then hands AWS a signed SAML assertion for the role. The "
           "role's trust policy still decides."),
        page);
    note->setWordWrap(true);
    note->setObjectName(QStringLiteral("HintLabel"));
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(tr("Identity provider (SAML)"), m_provider);
    form->addRow(tr("Role"), m_federatedRole);
    form->addRow(tr("User name at the identity provider"), m_subject);
    form->addRow(tr("Password"), m_idpPassword);
    form->addRow(tr("MFA code"), m_idpMfaCode);
    form->addRow(note);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &SignInDialog::loadFederatedRoles);
    connect(m_federatedRole, &QComboBox::currentIndexChanged, this, &SignInDialog::updateButton);
    for (QLineEdit* edit : {m_subject, m_idpPassword, m_idpMfaCode})
        connect(edit, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    return page;
}

void SignInDialog::showFederatedSignIn(bool federated)
{
    if (federated && m_provider->count() == 0)
        loadProviders();
    m_pages->setCurrentIndex(federated ? 1 : 0);
    // The stack is as tall as the shown page, not the tallest one.
    for (int i = 0; i < m_pages->count(); ++i)
        m_pages->widget(i)->setSizePolicy(QSizePolicy::Preferred, i == m_pages->currentIndex()
                                                                      ? QSizePolicy::Preferred
                                                                      : QSizePolicy::Ignored);
    m_pages->adjustSize();
    adjustSize();
    m_title->setText(federated        ? tr("Sign in through your identity provider")
                     : isRootSignIn() ? tr("Sign in as root user")
                                      : tr("Sign in as IAM user"));
    m_switchMode->setText(federated ? tr("Sign in as root or IAM user instead")
                                    : tr("Sign in through an identity provider (SAML)…"));
    m_error->hide();
    updateButton();
}

bool SignInDialog::isFederatedSignIn() const
{
    return m_pages->currentIndex() == 1;
}

void SignInDialog::loadProviders()
{
    // The directory's SAML providers that some role trusts, each with those roles.
    const Directory& directory = m_directory;
    const QSignalBlocker quiet(m_provider);
    m_provider->clear();
    for (const SamlProvider& provider : SamlIdentityProvider::allProviders(directory)) {
        const QString arn = provider.arn().toString();
        const QStringList roles = SamlIdentityProvider::rolesTrusting(directory, arn);
        if (roles.isEmpty())
            continue;
        // The provider's name, with its ARN as tooltip and its roles as data.
        m_provider->addItem(provider.name, roles);
        m_provider->setItemData(m_provider->count() - 1, arn, Qt::ToolTipRole);
    }
    loadFederatedRoles();
}

void SignInDialog::loadFederatedRoles()
{
    m_federatedRole->clear();
    for (const QString& roleArn : m_provider->currentData(Qt::UserRole).toStringList())
        m_federatedRole->addItem(roleArn.section(QLatin1Char('/'), -1), roleArn);
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
    askForMfaCode(false);
    m_password->clear();
    m_error->clear();
    m_error->hide();
    if (isRootSignIn()) {
        (m_email->text().isEmpty() ? m_email : m_password)->setFocus();
        return;
    }
    (m_account->text().isEmpty() ? m_account
     : m_user->text().isEmpty()  ? m_user
                                 : m_password)
        ->setFocus();
}

void SignInDialog::updateButton()
{
    if (isFederatedSignIn())
        m_signIn->setEnabled(
            m_identityProvider && m_federatedRole->currentIndex() >= 0 &&
            !m_subject->text().trimmed().isEmpty() && !m_idpPassword->text().isEmpty() &&
            (m_idpMfaCode->text().isEmpty() || m_idpMfaCode->text().trimmed().size() == 6));
    else
        m_signIn->setEnabled((isRootSignIn() ? !m_email->text().trimmed().isEmpty()
                                             : !m_account->text().trimmed().isEmpty() &&
                                                   !m_user->text().trimmed().isEmpty()) &&
                             !m_password->text().isEmpty() &&
                             (!isAskingForMfaCode() || m_mfaCode->text().trimmed().size() == 6));
}

void SignInDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void SignInDialog::submit()
{
    if (isAskingForMfaCode())
        return submitMfaCode();
    if (!m_signIn->isEnabled())
        return;
    const auto result =
        isRootSignIn() ? m_session->signInRoot(m_email->text(), m_password->text())
                       : m_session->signIn(m_account->text(), m_user->text(), m_password->text());
    if (!result && result.error().code() == ConsoleSession::mfaRequiredCode()) {
        // The password stays (in its field) for the second step.
        showError(result.error().message());
        askForMfaCode(true);
        return;
    }
    if (!result && result.error().code() == ConsoleSession::passwordResetRequiredCode())
        return askForNewPassword(result.error().message());
    m_password->clear();
    if (!result) {
        showError(result.error().message());
        m_password->setFocus();
        return;
    }
    m_error->hide();
    accept();
}

bool SignInDialog::isAskingForMfaCode() const
{
    return m_userForm && m_userForm->isRowVisible(m_mfaCode);
}

void SignInDialog::askForMfaCode(bool ask)
{
    if (ask == isAskingForMfaCode())
        return;
    m_mfaCode->clear();
    m_userForm->setRowVisible(m_mfaCode, ask);
    if (ask)
        m_mfaCode->setFocus();
    updateButton();
}

void SignInDialog::submitMfaCode()
{
    if (!m_signIn->isEnabled())
        return;
    m_signIn->setEnabled(false);
    m_mfaCode->setEnabled(false);
    QPointer<SignInDialog> self(this);
    auto finished = [self](Result<void> result) {
        if (!self)
            return;
        self->m_mfaCode->setEnabled(true);
        self->m_mfaCode->clear();
        if (!result && result.error().code() == ConsoleSession::passwordResetRequiredCode()) {
            self->askForMfaCode(false);
            return self->askForNewPassword(result.error().message());
        }
        if (!result) {
            self->showError(result.error().message());
            self->m_mfaCode->setFocus();
            self->updateButton();
            return;
        }
        self->askForMfaCode(false);
        self->m_password->clear();
        self->m_error->hide();
        self->accept();
    };
    if (isRootSignIn())
        m_session->signInRootWithMfa(m_email->text(), m_password->text(), m_mfaCode->text(),
                                     std::move(finished));
    else
        m_session->signInWithMfa(m_account->text(), m_user->text(), m_password->text(),
                                 m_mfaCode->text(), std::move(finished));
}

void SignInDialog::submitFederated()
{
    if (!m_signIn->isEnabled())
        return;
    const QString providerArn = m_provider->currentData(Qt::ToolTipRole).toString();
    const auto provider = m_directory.samlProvider(providerArn);
    SamlIdentityProvider::AssertionRequest request;
    request.account = provider ? provider->accountId : QString();
    request.userName = m_subject->text().trimmed();
    request.password = m_idpPassword->text();
    request.mfaCode = m_idpMfaCode->text().trimmed();
    request.providerArn = providerArn;
    request.roleArn = m_federatedRole->currentData().toString();
    m_idpPassword->clear();
    m_idpMfaCode->clear();
    m_signIn->setEnabled(false);
    QPointer<SignInDialog> self(this);
    // First the identity provider, then AWS's side with what it signed.
    m_identityProvider->issueAssertion(request, [self, request](Result<QByteArray> assertion) {
        if (!self)
            return;
        if (!assertion) {
            self->showError(assertion.error().message());
            self->m_idpPassword->setFocus();
            self->updateButton();
            return;
        }
        SamlSignIn saml;
        saml.principalArn = request.providerArn;
        saml.roleArn = request.roleArn;
        saml.samlAssertion = assertion.value();
        self->m_session->signInFederated(saml, [self](Result<void> result) {
            if (!self)
                return;
            self->updateButton();
            if (!result) {
                self->showError(result.error().toString());
                return;
            }
            self->m_error->hide();
            self->accept();
        });
    });
}

void SignInDialog::askForNewPassword(const QString& reason)
{
    showError(reason);
    const auto found = m_directory.findAccount(m_account->text());
    auto* dialog = new NewPasswordDialog(
        m_session, m_directory, found ? found->id : m_account->text(), m_password->text(), this);
    m_password->clear();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_error->hide();
        accept();
    });
    dialog->open();
}
