#include "iam/scaledclock.h"

ScaledClock::ScaledClock(double speed, QDateTime start)
    : m_speed(speed > 0 ? speed : 1.0)
    , m_start(start.toUTC())
{
    m_elapsed.start();
}

QDateTime ScaledClock::now() const
{
    // Monotonic elapsed time, so a wall-clock change does not jump the session.
    return m_start.addMSecs(qint64(double(m_elapsed.elapsed()) * m_speed));
}

void ScaledClock::setSpeed(double speed)
{
    m_start = now();
    m_elapsed.restart();
    m_speed = speed > 0 ? speed : 1.0;
}
