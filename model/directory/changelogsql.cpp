#include "directory/changelogsql.h"

// SQLite: TEMP tables and TEMP triggers. They exist on the recording
// connection only, so another connection (or process) on the same file never
// records and nothing of them reaches the file's schema. The triggers are
// created on a connection's first recording of a table and then kept, gated
// on the table being listed in change_log_recording, which holds rows only
// while a recorder lives: creating them for every edit made each edit cost
// a few hundred milliseconds (every trigger is a schema change). A PostgreSQL
// variant would keep permanent triggers gated the same way on a
// setting, since its temporary triggers cannot watch permanent tables.
//
// PostgreSQL: a TEMP log table per connection as well; the triggers are
// permanent (one function for every table) and record only on a connection
// whose setting switchboard.recording lists the table, so other connections'
// edits pass them by. Each changed row's images are kept as JSON and read
// back column by column in table order, with their kind.

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

// The tables a PostgreSQL connection records, comma-separated; unset or empty for none.
const char PostgresRecording[] = "switchboard.recording";

QString recordingSetting()
{
    return QStringLiteral("nullif(current_setting('%1', true), '')")
        .arg(QLatin1String(PostgresRecording));
}

} // namespace

std::optional<ChangeLogSql> ChangeLogSql::forDriver(const QString& driverName)
{
    if (driverName == QLatin1String("QSQLITE"))
        return ChangeLogSql(Engine::Sqlite);
    if (driverName == QLatin1String("QPSQL"))
        return ChangeLogSql(Engine::PostgreSql);
    return std::nullopt;
}

QStringList ChangeLogSql::createLog() const
{
    if (onPostgres())
        return {QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS change_log ("
                               " id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                               " table_name TEXT NOT NULL, before JSONB, after JSONB)")};
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
    if (onPostgres())
        return {QStringLiteral("DELETE FROM pg_temp.change_log")};
    return {QStringLiteral("DELETE FROM temp.change_log_values"),
            QStringLiteral("DELETE FROM temp.change_log")};
}

QString ChangeLogSql::readRecording() const
{
    if (onPostgres())
        return QStringLiteral("SELECT unnest(string_to_array(%1, ','))").arg(recordingSetting());
    return QStringLiteral("SELECT table_name FROM temp.change_log_recording");
}

QString ChangeLogSql::recordTable() const
{
    if (onPostgres())
        return QStringLiteral("SELECT set_config('%1', concat_ws(',', %2, CAST(? AS TEXT)), false)")
            .arg(QLatin1String(PostgresRecording), recordingSetting());
    return QStringLiteral("INSERT INTO temp.change_log_recording(table_name) VALUES (?)");
}

QString ChangeLogSql::stopRecording() const
{
    if (onPostgres())
        return QStringLiteral("SELECT set_config('%1', '', false)")
            .arg(QLatin1String(PostgresRecording));
    return QStringLiteral("DELETE FROM temp.change_log_recording");
}

QString ChangeLogSql::readTriggers() const
{
    if (onPostgres())
        return QStringLiteral("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
                              " AND tgname LIKE 'change\\_log\\_%' ESCAPE '\\'");
    return QStringLiteral("SELECT name FROM temp.sqlite_master WHERE type = 'trigger'"
                          " AND name LIKE 'change\\_log\\_%' ESCAPE '\\'");
}

QString ChangeLogSql::readRecursiveTriggers() const
{
    // PostgreSQL has no REPLACE that deletes rows silently: nothing to turn on.
    if (onPostgres())
        return QStringLiteral("SELECT 1");
    return QStringLiteral("PRAGMA recursive_triggers");
}

QString ChangeLogSql::setRecursiveTriggers(bool on) const
{
    if (onPostgres())
        return QStringLiteral("SELECT 1");
    return on ? QStringLiteral("PRAGMA recursive_triggers = ON")
              : QStringLiteral("PRAGMA recursive_triggers = OFF");
}

QString ChangeLogSql::readColumns() const
{
    if (onPostgres())
        return QStringLiteral(
            "SELECT c.column_name, coalesce(k.ordinal_position, 0)"
            " FROM information_schema.columns c"
            " LEFT JOIN information_schema.table_constraints t"
            "  ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
            "  AND t.constraint_type = 'PRIMARY KEY'"
            " LEFT JOIN information_schema.key_column_usage k"
            "  ON k.constraint_schema = t.constraint_schema"
            "  AND k.constraint_name = t.constraint_name AND k.column_name = c.column_name"
            " WHERE c.table_schema = current_schema() AND c.table_name = ?"
            " ORDER BY c.ordinal_position");
    return QStringLiteral("SELECT name, pk FROM pragma_table_info(?, 'main') ORDER BY cid");
}

QString ChangeLogSql::triggerName(const QString& table, Operation operation) const
{
    return QStringLiteral("change_log_%1_%2").arg(table, QLatin1String(operationName(operation)));
}

QString ChangeLogSql::createTrigger(const QString& table, const QStringList& columns,
                                    Operation operation) const
{
    if (onPostgres()) {
        // AFTER ROW, so the rows a cascade removes are logged before their parent.
        const char* event = operation == Operation::Insert   ? "INSERT"
                            : operation == Operation::Update ? "UPDATE"
                                                             : "DELETE";
        return QStringLiteral("CREATE OR REPLACE FUNCTION switchboard_change_log() RETURNS trigger"
                              " LANGUAGE plpgsql AS $$ BEGIN"
                              " IF TG_TABLE_NAME = ANY (string_to_array(%1, ',')) THEN"
                              " INSERT INTO pg_temp.change_log(table_name, before, after) VALUES"
                              " (TG_TABLE_NAME, CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END,"
                              " CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END);"
                              " END IF; RETURN NULL; END $$;"
                              " CREATE OR REPLACE TRIGGER %2 AFTER %3 ON %4 FOR EACH ROW"
                              " EXECUTE FUNCTION switchboard_change_log()")
            .arg(recordingSetting(), identifier(triggerName(table, operation)),
                 QLatin1String(event), identifier(table));
    }
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
    if (onPostgres())
        return QStringLiteral(
            "SELECT e.id, e.table_name, i.image, c.ordinal_position,"
            " jsonb_typeof(i.row -> c.column_name), i.row ->> c.column_name"
            " FROM pg_temp.change_log e"
            " CROSS JOIN LATERAL (VALUES (0, e.before), (1, e.after)) AS i(image, row)"
            " JOIN information_schema.columns c"
            "  ON c.table_schema = current_schema() AND c.table_name = e.table_name"
            " WHERE i.row IS NOT NULL ORDER BY e.id, i.image, c.ordinal_position");
    return QStringLiteral("SELECT e.id, e.table_name, v.image, v.position, v.value"
                          " FROM temp.change_log e JOIN temp.change_log_values v ON v.entry = e.id"
                          " ORDER BY e.id, v.image, v.position");
}

QStringList ChangeLogSql::deferReferences() const
{
    if (onPostgres())
        return {QStringLiteral("SET CONSTRAINTS ALL DEFERRED")};
    return {};
}

QStringList ChangeLogSql::checkReferences() const
{
    if (onPostgres())
        return {QStringLiteral("SET CONSTRAINTS ALL IMMEDIATE")};
    return {};
}

QVariant ChangeLogSql::logValue(const QSqlQuery& row) const
{
    if (!onPostgres())
        return row.value(4);
    const QString kind = row.value(4).toString();
    const QString text = row.value(5).toString();
    if (kind == QLatin1String("number")) {
        bool whole = false;
        const qlonglong integer = text.toLongLong(&whole);
        return whole ? QVariant(integer) : QVariant(text.toDouble());
    }
    if (kind == QLatin1String("string"))
        return text;
    if (kind == QLatin1String("boolean"))
        return QVariant(text == QLatin1String("true") ? 1 : 0);
    return QVariant(); // null, or a column the image lacks
}

bool ChangeLogSql::isConstraintViolation(const QSqlError& error) const
{
    // SQLSTATE class 23: integrity constraint violation.
    if (onPostgres())
        return error.nativeErrorCode().startsWith(QLatin1String("23"));
    // Extended codes keep the primary code in the low byte.
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && (code & 0xff) == SqliteConstraint;
}

bool ChangeLogSql::isForeignKeyViolation(const QSqlError& error) const
{
    if (onPostgres())
        return error.nativeErrorCode() == QLatin1String("23503");
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
