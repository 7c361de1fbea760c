#pragma once

#include <QDateTime>

// Where "now" comes from. Injected wherever time matters, so tests move time
// forward instead of sleeping and a training mode can run it fast.
class Clock
{
public:
    virtual ~Clock() = default;
    // Real time, always: lockout, TOTP, audit timestamps and stored times use it.
    virtual QDateTime now() const = 0;
    // Training: how many times shorter than asked for a session is in real
    // time (1 outside training). Only session durations use it, through
    // sessionEnd() and sessionMsecsLeft().
    virtual double speed() const { return 1.0; }

    // The real instant a session of seconds (as asked for, e.g. 3600)
    // starting at start ends: seconds / speed() later, whole seconds, at least one.
    QDateTime sessionEnd(const QDateTime& start, qint64 seconds) const;
    // The session time left until end as a trainee sees it: the real time
    // left times speed() (0 once ended), so a countdown still starts at 1:00:00.
    qint64 sessionMsecsLeft(const QDateTime& end) const;

    // The wall clock, in UTC.
    static const Clock* system();
};

// A clock that only moves when told to; for tests and scripted demos.
class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::currentDateTimeUtc())
        : m_now(start)
    {}
    QDateTime now() const override { return m_now; }
    void setNow(const QDateTime& now) { m_now = now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};
