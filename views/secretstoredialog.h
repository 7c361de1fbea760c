#pragma once

#include <QDialog>

class QRadioButton;

// Tools → Secret store: where Switchboard keeps secrets from the next start,
// the system keychain or an encrypted file. Chosen explicitly, never as a
// silent fallback.
class SecretStoreDialog : public QDialog
{
    Q_OBJECT

public:
    // inUse: the store of this run, named for the person ("Secret Service ...").
    SecretStoreDialog(bool encryptedFile, const QString& inUse, QWidget* parent = nullptr);

    bool encryptedFileChosen() const;
    QRadioButton* keychainButton() const { return m_keychain; }
    QRadioButton* fileButton() const { return m_file; }

private:
    QRadioButton* m_keychain;
    QRadioButton* m_file;
};
