#include "iam/trainingclock.h"

namespace {
double validSpeed(double speed)
{
    return speed >= 1.0 ? speed : 1.0; // never longer than asked for
}
} // namespace

TrainingClock::TrainingClock(double speed, const Clock* realTime)
    : m_realTime(realTime ? realTime : Clock::system())
    , m_speed(validSpeed(speed))
{}

QDateTime TrainingClock::now() const
{
    return m_realTime->now();
}

void TrainingClock::setSpeed(double speed)
{
    m_speed = validSpeed(speed);
}
