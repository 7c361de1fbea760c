#include "directory/changelogsql.h"

// SQLite: TEMP tables and TEMP triggers. They exist on the recording
// connection only, so another connection (or process) on the same file never
// records and nothing of them reaches the file's schema. The triggers are
// created on a connection's first recording of a table and then kept, gated
// on the table being listed in change_log_recording, which holds rows only
// while a recorder lives: creating them for every edit made each edit cost
// a few hundred milliseconds (every trigger is a schema change). A PostgreSQL
// variant would keep permanent triggers gated the same way on a
// transaction-local setting, since its temporary triggers cannot watch
// permanent tables.

namespace {

const char* operationName(ChangeLogSql::Operation operation)
{
    switch (operation) {
    case ChangeLogSql::Operation::Insert:
        return "insert";
    case ChangeLogSql::Operation::Update:
        return "update";
    case ChangeLogSql::Operation::Delete:
        return "delete";
    }
    return "change";
}

// SQLite's primary result code for a violated constraint.
constexpr int SqliteConstraint = 19;

} // namespace

std::optional<ChangeLogSql> ChangeLogSql::forDriver(const QString& driverName)
{
    if (driverName == QLatin1String("QSQLITE"))
        return ChangeLogSql();
    return std::nullopt;
}

QStringList ChangeLogSql::createLog() const
{
    return {QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS change_log ("
                           " id INTEGER PRIMARY KEY, table_name TEXT NOT NULL)"),
            // No declared type: every value keeps its own type (BLOB affinity).
            QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS change_log_values ("
                           " entry INTEGER NOT NULL, image INTEGER NOT NULL,"
                           " position INTEGER NOT NULL, value,"
                           " PRIMARY KEY (entry, image, position)) WITHOUT ROWID"),
            QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS change_log_recording ("
                           " table_name TEXT PRIMARY KEY) WITHOUT ROWID")};
}

QStringList ChangeLogSql::clearLog() const
{
    return {QStringLiteral("DELETE FROM temp.change_log_values"),
            QStringLiteral("DELETE FROM temp.change_log")};
}

QString ChangeLogSql::readRecording() const
{
    return QStringLiteral("SELECT table_name FROM temp.change_log_recording");
}

QString ChangeLogSql::recordTable() const
{
    return QStringLiteral("INSERT INTO temp.change_log_recording(table_name) VALUES (?)");
}

QString ChangeLogSql::stopRecording() const
{
    return QStringLiteral("DELETE FROM temp.change_log_recording");
}

QString ChangeLogSql::readTriggers() const
{
    return QStringLiteral("SELECT name FROM temp.sqlite_master WHERE type = 'trigger'"
                          " AND name LIKE 'change\\_log\\_%' ESCAPE '\\'");
}

QString ChangeLogSql::readRecursiveTriggers() const
{
    return QStringLiteral("PRAGMA recursive_triggers");
}

QString ChangeLogSql::setRecursiveTriggers(bool on) const
{
    return on ? QStringLiteral("PRAGMA recursive_triggers = ON")
              : QStringLiteral("PRAGMA recursive_triggers = OFF");
}

QString ChangeLogSql::readColumns() const
{
    return QStringLiteral("SELECT name, pk FROM pragma_table_info(?, 'main') ORDER BY cid");
}

QString ChangeLogSql::triggerName(const QString& table, Operation operation) const
{
    return QStringLiteral("change_log_%1_%2").arg(table, QLatin1String(operationName(operation)));
}

QString ChangeLogSql::createTrigger(const QString& table, const QStringList& columns,
                                    Operation operation) const
{
    // The entry is the log row just inserted; max(id) rather than
    // last_insert_rowid(), which each value row would move on. A trigger's
    // statements may not name a schema; a TEMP trigger finds TEMP tables first.
    const QString entry = QStringLiteral("(SELECT max(id) FROM change_log)");
    QStringList values;
    const auto addImage = [&](const char* row, int image) {
        for (qsizetype i = 0; i < columns.size(); ++i)
            values << QStringLiteral("(%1, %2, %3, %4.%5)")
                          .arg(entry)
                          .arg(image)
                          .arg(i)
                          .arg(QLatin1String(row), identifier(columns.at(i)));
    };
    if (operation != Operation::Insert)
        addImage("OLD", 0);
    if (operation != Operation::Delete)
        addImage("NEW", 1);
    const char* event = operation == Operation::Insert   ? "INSERT"
                        : operation == Operation::Update ? "UPDATE"
                                                         : "DELETE";
    return QStringLiteral("CREATE TEMP TRIGGER %1 AFTER %2 ON main.%3"
                          " WHEN EXISTS (SELECT 1 FROM change_log_recording WHERE table_name = %4)"
                          " BEGIN INSERT INTO change_log(table_name) VALUES (%4);"
                          " INSERT INTO change_log_values(entry, image, position, value)"
                          " VALUES %5; END")
        .arg(identifier(triggerName(table, operation)), QLatin1String(event), identifier(table),
             literal(table), values.join(QStringLiteral(", ")));
}

QString ChangeLogSql::readLog() const
{
    return QStringLiteral("SELECT e.id, e.table_name, v.image, v.position, v.value"
                          " FROM temp.change_log e JOIN temp.change_log_values v ON v.entry = e.id"
                          " ORDER BY e.id, v.image, v.position");
}

bool ChangeLogSql::isConstraintViolation(const QSqlError& error) const
{
    // Extended codes keep the primary code in the low byte.
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && (code & 0xff) == SqliteConstraint;
}

bool ChangeLogSql::isForeignKeyViolation(const QSqlError& error) const
{
    return isConstraintViolation(error) &&
           error.databaseText().contains(QLatin1String("FOREIGN KEY"));
}

QString ChangeLogSql::identifier(const QString& name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString ChangeLogSql::literal(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}
