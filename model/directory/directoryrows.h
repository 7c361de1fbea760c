#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

#include <limits>

// How the stores write values into rows and read them back, in one place:
// times as UTC milliseconds, names by their case-insensitive key.
namespace DirectoryRows {

// LIMIT's "no limit" on every engine (SQLite's -1 is an error on PostgreSQL).
inline constexpr qint64 noLimit = std::numeric_limits<qint64>::max();

qint64 toMs(const QDateTime& time);
// A null column reads as an invalid time.
QDateTime fromMs(const QVariant& value);
// What name uniqueness and lookups by name compare.
QString nameKey(const QString& name);
// A JSON array of row ids, bound as one value and read with json_each(), so a
// page of any size loads with one prepared statement.
QString idArray(const QList<qint64>& ids);
} // namespace DirectoryRows
