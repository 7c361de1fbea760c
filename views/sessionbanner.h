#pragma once

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class Clock;
class QLabel;
class QPushButton;

// The strip across the top of the console while in a role: the display name
// on the role's color, the account, a countdown to the session's end and the
// Switch back / Renew buttons. Knows nothing of the session behind it, so it
// is driven (and tested) through showSession() with any Clock.
class SessionBanner : public QWidget
{
    Q_OBJECT

public:
    enum class WarningLevel
    {
        None,
        FiveMinutes, // at most 5 minutes left
        OneMinute,   // at most 1 minute left
    };
    Q_ENUM(WarningLevel)

    explicit SessionBanner(const Clock* clock, QWidget* parent = nullptr);

    // colorId is a DisplayColor id or hex; an unknown one shows blue.
    void showSession(const QString& displayName, const QString& accountLabel,
                     const QString& roleArn, const QString& colorId, const QDateTime& expiresAt,
                     const QString& sessionArn = {});
    void clearSession();
    bool hasSession() const { return m_expiresAt.isValid(); }

    // "h:mm:ss" until the end, rounded up so that it reads 0:00:00 exactly at the end.
    QString countdownText() const;
    qint64 secondsLeft() const;
    WarningLevel warningLevel() const { return m_level; }
    QString displayName() const { return m_displayName; }
    QString backgroundHex() const { return m_backgroundHex; }
    QString textHex() const { return m_textHex; }
    // Milliseconds (real time) until the next tick; -1 when no tick is due.
    int nextTickInterval() const;

    QPushButton* switchBackButton() const { return m_switchBack; }
    QPushButton* renewButton() const { return m_renew; }

public Q_SLOTS:
    // Reads the clock now; for a clock that jumps (tests, training).
    void refresh();

Q_SIGNALS:
    void switchBackRequested();
    void renewRequested();
    void warningLevelChanged(SessionBanner::WarningLevel level);
    void oneMinuteLeft(); // once per session
    void expired();       // once per session, at zero
    // What a screen reader is told at each warning (also raised as an accessibility alert).
    void announced(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    qint64 millisecondsLeft() const;
    void scheduleTick();
    void updateWarning();
    void applyStyle();

    static constexpr int MarkSize = 18;
    void announceWarning();

    const Clock* m_clock;
    QTimer m_tick;
    QLabel* m_mark;
    QLabel* m_name;
    QLabel* m_account;
    QLabel* m_countdown;
    QLabel* m_badge;
    QPushButton* m_switchBack;
    QPushButton* m_renew;
    QString m_displayName;
    QString m_colorId;
    QString m_backgroundHex;
    QString m_textHex;
    QDateTime m_expiresAt;
    WarningLevel m_level = WarningLevel::None;
    bool m_oneMinuteSignalled = false;
    bool m_expiredSignalled = false;
};
