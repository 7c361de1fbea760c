#pragma once

#include "iam/clock.h"

#include <QElapsedTimer>

// The training clock: starts at the wall-clock time and runs speed times
// faster, so a trainer can show a one-hour session expire in a minute (x60).
class ScaledClock : public Clock
{
public:
    explicit ScaledClock(double speed, QDateTime start = QDateTime::currentDateTimeUtc());
    QDateTime now() const override;
    double speed() const override { return m_speed; }
    // Changes the rate from now on; the time shown does not jump.
    void setSpeed(double speed);

private:
    double m_speed;
    QDateTime m_start;
    QElapsedTimer m_elapsed;
};
