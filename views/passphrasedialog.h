#pragma once

#include "crypto/securebytes.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

// Asks for the passphrase of the encrypted secret store at start: twice when
// the store is new (a typo would lock its secrets away), once otherwise.
class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    PassphraseDialog(const QString& filePath, bool creating, QWidget* parent = nullptr);

    void setError(const QString& error);
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QLineEdit* confirmEdit() const { return m_confirm; }
    QPushButton* openButton() const { return m_open; }
    // The passphrase once accepted; the fields are cleared.
    SecureBytes takePassphrase();

    static std::optional<SecureBytes> ask(const QString& filePath, bool creating,
                                          const QString& error, QWidget* parent = nullptr);

private:
    void updateButton();

    bool m_creating;
    QLineEdit* m_passphrase;
    QLineEdit* m_confirm;
    QLabel* m_error;
    QPushButton* m_open;
    SecureBytes m_accepted;
};
