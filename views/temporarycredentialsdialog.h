#pragma once

#include "sts/temporarycredentials.h"

#include <QDialog>

#include <optional>

class ConsoleSession;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// The active role session's credentials: the access key id and expiry at
// once; the secret and token only after "Show secret", which the session
// authorizes and audits; then copied as shell variables or credential_process
// JSON for the AWS CLI and SDKs.
class TemporaryCredentialsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TemporaryCredentialsDialog(ConsoleSession* session, QWidget* parent = nullptr);

    QLabel* accessKeyLabel() const { return m_accessKey; }
    QLabel* expiryLabel() const { return m_expiry; }
    QPushButton* showSecretButton() const { return m_showSecret; }
    QLineEdit* secretEdit() const { return m_secret; }
    QPlainTextEdit* tokenEdit() const { return m_token; }
    QPushButton* copyEnvironmentButton() const { return m_copyEnvironment; }
    QPushButton* copyJsonButton() const { return m_copyJson; }
    bool isSecretRevealed() const { return m_credentials.has_value(); }
    QString errorText() const;

    // "2026-11-29 01:00:00 UTC (02:00:00 local time)".
    static QString expiryText(const QDateTime& expiresAt);

private:
    void reveal();
    void showCredentials(TemporaryCredentials credentials);
    void copy(const QString& text);
    void showError(const QString& text);

    ConsoleSession* m_session;
    QLabel* m_accessKey;
    QLabel* m_expiry;
    QPushButton* m_showSecret;
    QLineEdit* m_secret;
    QPlainTextEdit* m_token;
    QPushButton* m_copyEnvironment;
    QPushButton* m_copyJson;
    QLabel* m_status;
    QLabel* m_error;
    std::optional<TemporaryCredentials> m_credentials;
};
