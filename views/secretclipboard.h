#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

// Puts a secret (a secret access key, a session's credentials, generated
// passwords) on the clipboard for a short while: marked for password
// managers and clipboard histories (x-kde-passwordManagerHint = secret, so
// they do not keep it), and cleared after clearAfter() unless the clipboard
// meanwhile holds something else. One instance for the whole application, so
// the clearing outlives the dialog that copied.
class SecretClipboard : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultClearAfter{45000};
    static constexpr const char* PasswordManagerHint = "x-kde-passwordManagerHint";

    static SecretClipboard* instance();

    void copy(const QString& secret);
    // Tests shorten it; the console keeps the default.
    void setClearAfter(std::chrono::milliseconds interval);
    std::chrono::milliseconds clearAfter() const;

Q_SIGNALS:
    // The time is up: cleared is false when the clipboard held something else by then.
    void expired(bool cleared);

private:
    explicit SecretClipboard(QObject* parent);
    void expire();
    bool stillOurs() const;

    QTimer m_timer;
    // A random mark copied beside the secret, so the secret itself need not be
    // kept to recognize it later.
    QByteArray m_mark;
};
