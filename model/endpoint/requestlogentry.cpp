#include "endpoint/requestlogentry.h"

QString RequestLogEntry::toLogLine() const
{
    QString line = time.toUTC().toString(Qt::ISODate) + QLatin1Char(' ') + sourceAddress +
                   QLatin1Char(' ') + (caller.isEmpty() ? QStringLiteral("-") : caller) +
                   QLatin1Char(' ') + action + QLatin1Char(' ') + QString::number(status);
    if (!errorCode.isEmpty())
        line += QLatin1Char(' ') + errorCode;
    return line + QLatin1Char(' ') + QString::number(milliseconds) + QStringLiteral(" ms");
}
