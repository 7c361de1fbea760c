#include "temporarycredentialsdialog.h"

#include "console/consolesession.h"
#include "console/credentialexport.h"
#include "secretclipboard.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

TemporaryCredentialsDialog::TemporaryCredentialsDialog(ConsoleSession* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_accessKey(new QLabel(this))
    , m_expiry(new QLabel(this))
    , m_showSecret(new QPushButton(tr("Show secret"), this))
    , m_secret(new QLineEdit(this))
    , m_token(new QPlainTextEdit(this))
    , m_copyEnvironment(new QPushButton(tr("Copy as environment variables"), this))
    , m_copyJson(new QPushButton(tr("Copy as credential_process JSON"), this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("TemporaryCredentialsDialog"));
    setWindowTitle(tr("Temporary credentials"));
    const Identity& identity = session->identity();
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    auto* intro = new QLabel(
        tr("The credentials of your role session <b>%1</b>. Anyone who has them acts as the "
           "role until they expire: keep them out of files you share.")
            .arg(identity.displayName.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);

    m_accessKey->setObjectName(QStringLiteral("AccessKeyId"));
    m_accessKey->setText(identity.session.accessKeyId);
    m_accessKey->setFont(mono);
    m_accessKey->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_expiry->setObjectName(QStringLiteral("CredentialsExpiry"));
    m_expiry->setText(expiryText(identity.session.expiresAt));
    m_secret->setObjectName(QStringLiteral("SecretAccessKey"));
    m_secret->setReadOnly(true);
    m_secret->setFont(mono);
    m_secret->setPlaceholderText(tr("Hidden"));
    m_secret->setAccessibleName(tr("Secret access key"));
    m_token->setObjectName(QStringLiteral("SessionToken"));
    m_token->setReadOnly(true);
    m_token->setFont(mono);
    m_token->setPlaceholderText(tr("Hidden"));
    m_token->setAccessibleName(tr("Session token"));
    m_token->setFixedHeight(90);
    m_showSecret->setObjectName(QStringLiteral("ShowSecretButton"));
    m_copyEnvironment->setObjectName(QStringLiteral("CopyEnvironmentButton"));
    m_copyJson->setObjectName(QStringLiteral("CopyJsonButton"));
    m_copyEnvironment->setEnabled(false);
    m_copyJson->setEnabled(false);

    auto* secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_showSecret);

    auto* form = new QFormLayout;
    form->addRow(tr("Access key ID"), m_accessKey);
    form->addRow(tr("Expires"), m_expiry);
    form->addRow(tr("Secret access key"), secretRow);
    form->addRow(tr("Session token"), m_token);

    m_error->setObjectName(QStringLiteral("CredentialsError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setVisible(false);
    m_status->setObjectName(QStringLiteral("CredentialsStatus"));

    auto* close = new QPushButton(tr("Close"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copyEnvironment);
    buttons->addWidget(m_copyJson);
    buttons->addStretch(1);
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    setMinimumWidth(560);

    connect(m_showSecret, &QPushButton::clicked, this, &TemporaryCredentialsDialog::reveal);
    connect(m_copyEnvironment, &QPushButton::clicked, this,
            [this] { copy(CredentialExport::environmentVariables(*m_credentials)); });
    connect(m_copyJson, &QPushButton::clicked, this,
            [this] { copy(CredentialExport::credentialProcessJson(*m_credentials)); });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    // Credentials of a session that ended are worth nothing: the dialog goes with it.
    connect(session, &ConsoleSession::activeIdentityChanged, this, &QDialog::reject);
}

QString TemporaryCredentialsDialog::expiryText(const QDateTime& expiresAt)
{
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm:ss");
    return tr("%1 UTC (%2 local time)")
        .arg(expiresAt.toUTC().toString(format), expiresAt.toLocalTime().toString(format));
}

void TemporaryCredentialsDialog::reveal()
{
    m_showSecret->setEnabled(false);
    showError(QString());
    QPointer<TemporaryCredentialsDialog> self(this);
    m_session->revealSessionCredentials([self](Result<TemporaryCredentials> result) {
        if (!self)
            return;
        if (!result) {
            self->showError(result.error().toString());
            self->m_showSecret->setEnabled(true);
            return;
        }
        self->showCredentials(std::move(result).value());
    });
}

void TemporaryCredentialsDialog::showCredentials(TemporaryCredentials credentials)
{
    m_secret->setText(credentials.secretAccessKey.insecureUtf8String());
    m_token->setPlainText(credentials.sessionToken.insecureUtf8String());
    m_credentials = std::move(credentials);
    m_showSecret->setVisible(false);
    m_copyEnvironment->setEnabled(true);
    m_copyJson->setEnabled(true);
}

void TemporaryCredentialsDialog::copy(const QString& text)
{
    SecretClipboard::instance()->copy(text);
    m_status->setText(tr("Copied to the clipboard."));
}

void TemporaryCredentialsDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString TemporaryCredentialsDialog::errorText() const
{
    return m_error->text();
}
