#pragma once

#include "iam/clock.h"

// The training clock: real time, with a speed that only makes sessions
// shorter. At 60x a one-hour role session ends one real minute after it
// starts and is stored that way; lockout, TOTP, audit timestamps, password
// ages and every stored time still read the real clock, so a trainer cannot
// shorten a lockout or replay a code by speeding the clock up.
class TrainingClock : public Clock
{
public:
    // realTime must outlive the clock; tests pass a ManualClock.
    explicit TrainingClock(double speed = 1.0, const Clock* realTime = Clock::system());
    QDateTime now() const override;
    double speed() const override { return m_speed; }
    // Sessions issued from now on are this many times shorter; sessions
    // already issued keep the end they were stored with.
    void setSpeed(double speed);

private:
    const Clock* m_realTime;
    double m_speed;
};
