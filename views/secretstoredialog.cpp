#include "secretstoredialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

SecretStoreDialog::SecretStoreDialog(bool encryptedFile, const QString& inUse, QWidget* parent)
    : QDialog(parent)
    , m_keychain(new QRadioButton(tr("The system &keychain (recommended)"), this))
    , m_file(new QRadioButton(tr("An &encrypted file beside the directory"), this))
{
    setWindowTitle(tr("Secret store — Switchboard"));
    setMinimumWidth(480);
    m_keychain->setObjectName(QStringLiteral("KeychainChoice"));
    m_file->setObjectName(QStringLiteral("FileChoice"));
    (encryptedFile ? m_file : m_keychain)->setChecked(true);

    auto* current = new QLabel(tr("In use now: %1").arg(inUse), this);
    current->setWordWrap(true);
    auto* keychainNote = new QLabel(
        tr("Secrets go to the Secret Service (GNOME Keyring, KWallet) of your desktop session."),
        this);
    auto* fileNote =
        new QLabel(tr("For machines without a keychain: secrets are encrypted with AES-256-GCM "
                      "under a key derived from a passphrase that Switchboard asks for at start."),
                   this);
    for (QLabel* note : {keychainNote, fileNote}) {
        note->setWordWrap(true);
        note->setContentsMargins(24, 0, 0, 8);
    }
    auto* when = new QLabel(tr("The choice takes effect the next time Switchboard starts. "
                               "Secrets already kept stay where they are."),
                            this);
    when->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(current);
    layout->addWidget(m_keychain);
    layout->addWidget(keychainNote);
    layout->addWidget(m_file);
    layout->addWidget(fileNote);
    layout->addWidget(when);
    layout->addWidget(buttons);
}

bool SecretStoreDialog::encryptedFileChosen() const
{
    return m_file->isChecked();
}
