#pragma once

#include <QDateTime>

// Where "now" comes from. Injected wherever time matters, so tests move time
// forward instead of sleeping and a training mode can run it fast.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    // How many clock seconds pass per real second: timers divide by it.
    virtual double speed() const { return 1.0; }

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
