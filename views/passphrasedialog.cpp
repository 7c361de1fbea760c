#include "passphrasedialog.h"

#include "secrets/encryptedfilesecretstore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int minimumLength = EncryptedFileSecretStore::MinimumPassphraseLength;
} // namespace

PassphraseDialog::PassphraseDialog(const QString& filePath, bool creating, QWidget* parent)
    : QDialog(parent)
    , m_creating(creating)
    , m_passphrase(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_open(nullptr)
{
    setWindowTitle(tr("Encrypted secret store — Switchboard"));
    setMinimumWidth(460);
    auto* intro = new QLabel(
        creating
            ? tr("Secrets will be kept in an encrypted file instead of the system keychain:\n"
                 "%1\nChoose a passphrase of at least %2 characters. Without it the "
                 "secrets cannot be read, by anyone.")
                  .arg(filePath)
                  .arg(minimumLength)
            : tr("Secrets are kept in the encrypted file\n%1\nEnter its passphrase.").arg(filePath),
        this);
    intro->setWordWrap(true);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setObjectName(QStringLiteral("PassphraseEdit"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_confirm->setObjectName(QStringLiteral("ConfirmEdit"));
    m_error->setObjectName(QStringLiteral("SignInError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Passphrase"), m_passphrase);
    if (creating)
        form->addRow(tr("Confirm passphrase"), m_confirm);
    else
        m_confirm->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_open = buttons->button(QDialogButtonBox::Ok);
    m_open->setText(creating ? tr("Create") : tr("Open"));
    m_open->setProperty("primary", true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_open->isEnabled())
            return;
        m_accepted = SecureBytes::fromUtf8(m_passphrase->text());
        m_passphrase->clear();
        m_confirm->clear();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_passphrase, &QLineEdit::textChanged, this, &PassphraseDialog::updateButton);
    connect(m_confirm, &QLineEdit::textChanged, this, &PassphraseDialog::updateButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateButton();
}

void PassphraseDialog::setError(const QString& error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void PassphraseDialog::updateButton()
{
    const QString text = m_passphrase->text();
    QString problem;
    if (m_creating && !text.isEmpty() && text.size() < minimumLength)
        problem = tr("The passphrase needs at least %1 characters.").arg(minimumLength);
    else if (m_creating && !m_confirm->text().isEmpty() && m_confirm->text() != text)
        problem = tr("The two passphrases differ.");
    m_open->setEnabled(!text.isEmpty() && problem.isEmpty() &&
                       (!m_creating || m_confirm->text() == text));
    m_open->setToolTip(problem);
}

SecureBytes PassphraseDialog::takePassphrase()
{
    return std::move(m_accepted);
}

std::optional<SecureBytes> PassphraseDialog::ask(const QString& filePath, bool creating,
                                                 const QString& error, QWidget* parent)
{
    PassphraseDialog dialog(filePath, creating, parent);
    dialog.setError(error);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.takePassphrase();
}
