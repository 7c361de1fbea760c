#include "iam/clock.h"

#include <algorithm>
#include <cmath>

namespace {
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};
} // namespace

const Clock* Clock::system()
{
    static const SystemClock clock;
    return &clock;
}

QDateTime Clock::sessionEnd(const QDateTime& start, qint64 seconds) const
{
    const double rate = speed() >= 1.0 ? speed() : 1.0;
    return start.addSecs(std::max<qint64>(1, std::llround(double(seconds) / rate)));
}

qint64 Clock::sessionMsecsLeft(const QDateTime& end) const
{
    const double rate = speed() >= 1.0 ? speed() : 1.0;
    return std::max<qint64>(0, std::llround(double(now().msecsTo(end)) * rate));
}
