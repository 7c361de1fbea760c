#pragma once

#include <QString>

// Policy JSON in tests, written with single quotes so it reads well inside
// C++ string literals (moc cannot lex raw string literals): json("{'Effect': 'Allow'}").
inline QString json(const char* text)
{
    return QString::fromUtf8(text).replace(QLatin1Char('\''), QLatin1Char('"'));
}
