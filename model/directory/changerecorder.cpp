#include "directory/changerecorder.h"

#include "directory/changelogsql.h"
#include "directory/rowchangeset.h"

#include <QCborArray>
#include <QCborValue>
#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <optional>

namespace {

using Operation = ChangeLogSql::Operation;

using TableShape = RowChangeset::Table;
using RowChange = RowChangeset::Row;

QString tr(const char* text)
{
    return QCoreApplication::translate("Directory", text);
}

IamError noConnection()
{
    return IamError::serviceFailure(
        QStringLiteral("The directory's database connection is not available."));
}

IamError sqlFailure(const QString& what, const QSqlError& error)
{
    return IamError::serviceFailure(
        QStringLiteral("%1 failed: %2").arg(what, error.databaseText()));
}

IamError malformedChangeset()
{
    return IamError::serviceFailure(
        QStringLiteral("The recorded change cannot be read: it is not a changeset of this "
                       "Switchboard."));
}

IamError conflict(const QString& what)
{
    return IamError::undoConflict(tr("The directory changed since: %1").arg(what));
}

Result<QSqlDatabase> openConnection(const QString& connectionName)
{
    if (!QSqlDatabase::contains(connectionName))
        return noConnection();
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    if (!db.isValid() || !db.isOpen())
        return noConnection();
    return db;
}

Result<ChangeLogSql> changeLogFor(const QSqlDatabase& db)
{
    if (auto sql = ChangeLogSql::forDriver(db.driverName()))
        return *sql;
    return IamError::serviceFailure(
        QStringLiteral("Undo and redo are not available on a %1 database.").arg(db.driverName()));
}

// Runs one statement on query; an invalid error when it succeeded.
QSqlError execute(QSqlQuery& query, const QString& text, const QVariantList& binds = {})
{
    query.setForwardOnly(true);
    // PostgreSQL prepares only queries and row changes: the rest runs as it is.
    if (binds.isEmpty())
        return query.exec(text) ? QSqlError() : query.lastError();
    if (!query.prepare(text))
        return query.lastError();
    for (const QVariant& bind : binds)
        query.addBindValue(bind);
    if (!query.exec())
        return query.lastError();
    return {};
}

Result<void> executeAll(const QSqlDatabase& db, const QStringList& statements)
{
    for (const QString& statement : statements) {
        QSqlQuery query(db);
        if (const QSqlError error = execute(query, statement); error.isValid())
            return sqlFailure(statement.section(QLatin1Char(' '), 0, 1), error);
    }
    return {};
}

// Runs work in a savepoint: its own transaction, or part of the caller's. A
// failure takes back what work did; and statements in one transaction cost a
// fraction of what they cost one by one.
// SQLite's SAVEPOINT outside a transaction starts one; PostgreSQL's refuses
// (SQLSTATE 25P01), and there the work gets a transaction of its own.
template <typename Work>
auto inSavepoint(const QSqlDatabase& db, const QString& name, Work work) -> decltype(work())
{
    bool ownTransaction = false;
    {
        QSqlQuery savepoint(db);
        if (const QSqlError error = execute(savepoint, QStringLiteral("SAVEPOINT %1").arg(name));
            error.isValid()) {
            if (error.nativeErrorCode() != QLatin1String("25P01"))
                return sqlFailure(QStringLiteral("SAVEPOINT"), error);
            if (auto begun = executeAll(db, {QStringLiteral("BEGIN")}); !begun)
                return begun.error();
            ownTransaction = true;
        }
    }
    auto result = work();
    const QString undo =
        ownTransaction ? QStringLiteral("ROLLBACK") : QStringLiteral("ROLLBACK TO %1").arg(name);
    const QString keep =
        ownTransaction ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE %1").arg(name);
    if (!result)
        (void)executeAll(db, {undo}); // result says why
    if (auto kept = executeAll(db, {keep}); !kept && result)
        return kept.error();
    return result;
}

// A column's value as read from the database, keeping its kind: integer,
// real, text, blob or NULL.
QCborValue toCbor(const QVariant& value)
{
    if (value.isNull())
        return QCborValue(nullptr);
    switch (value.metaType().id()) {
    case QMetaType::QByteArray:
        return QCborValue(value.toByteArray());
    case QMetaType::Double:
    case QMetaType::Float:
        return QCborValue(value.toDouble());
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::Short:
    case QMetaType::UInt:
    case QMetaType::ULongLong: // PostgreSQL's driver reads a positive BIGINT so
    case QMetaType::Bool:
        return QCborValue(value.toLongLong());
    default:
        return QCborValue(value.toString());
    }
}

// The value to bind. Qt Sql binds a null string or byte array as NULL, so an
// empty one must be a non-null empty one.
QVariant toVariant(const QCborValue& value)
{
    switch (value.type()) {
    case QCborValue::Integer:
        return QVariant(value.toInteger());
    case QCborValue::Double:
        return QVariant(value.toDouble());
    case QCborValue::ByteArray: {
        const QByteArray bytes = value.toByteArray();
        return bytes.isNull() ? QVariant(QByteArray("", 0)) : QVariant(bytes);
    }
    case QCborValue::String: {
        const QString text = value.toString();
        return text.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(text);
    }
    default:
        return QVariant();
    }
}

Result<TableShape> readShape(const QSqlDatabase& db, const ChangeLogSql& sql, const QString& table)
{
    QSqlQuery query(db);
    if (const QSqlError error = execute(query, sql.readColumns(), {table}); error.isValid())
        return sqlFailure(QStringLiteral("Reading the columns of %1").arg(table), error);
    TableShape shape;
    QList<std::pair<int, qsizetype>> keyColumns; // place in the key, column position
    while (query.next()) {
        if (const int place = query.value(1).toInt(); place > 0)
            keyColumns.append({place, shape.columns.size()});
        shape.columns << query.value(0).toString();
    }
    if (shape.columns.isEmpty())
        return IamError::serviceFailure(QStringLiteral("The table %1 does not exist.").arg(table));
    if (keyColumns.isEmpty())
        return IamError::serviceFailure(
            QStringLiteral("The table %1 has no primary key, so its changes cannot be recorded.")
                .arg(table));
    std::sort(keyColumns.begin(), keyColumns.end());
    for (const auto& [place, position] : keyColumns)
        shape.key << position;
    return shape;
}

// ---------------------------------------------------------------------------
// Applying

// What a row of the table is, in words: "the user alice", "a row of memberships".
QString describeRow(const RowChange& change, const TableShape& shape)
{
    const struct
    {
        const char* table;
        const char* label;
    } named[] = {{"users", QT_TRANSLATE_NOOP("Directory", "the user %1")},
                 {"groups", QT_TRANSLATE_NOOP("Directory", "the group %1")},
                 {"roles", QT_TRANSLATE_NOOP("Directory", "the role %1")},
                 {"policies", QT_TRANSLATE_NOOP("Directory", "the policy %1")}};
    const QCborArray& image = change.before ? *change.before : *change.after;
    const qsizetype nameColumn = shape.columns.indexOf(QStringLiteral("name"));
    for (const auto& entry : named)
        if (change.table == QLatin1String(entry.table) && nameColumn >= 0 &&
            image.at(nameColumn).isString())
            return tr(entry.label).arg(image.at(nameColumn).toString());
    return tr("a row of %1").arg(change.table);
}

QStringList quotedColumns(const TableShape& shape)
{
    QStringList quoted;
    for (const QString& column : shape.columns)
        quoted << ChangeLogSql::identifier(column);
    return quoted;
}

QVariantList binds(const QCborArray& image)
{
    QVariantList values;
    for (const QCborValue& value : image)
        values << toVariant(value);
    return values;
}

// The row as it is now, found by the primary key the image holds.
Result<std::optional<QCborArray>> currentRow(const QSqlDatabase& db, const QString& table,
                                             const TableShape& shape, const QString& keyMatch,
                                             const QVariantList& key)
{
    QSqlQuery query(db);
    const QString select = QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                               .arg(quotedColumns(shape).join(QStringLiteral(", ")),
                                    ChangeLogSql::identifier(table), keyMatch);
    if (const QSqlError error = execute(query, select, key); error.isValid())
        return sqlFailure(QStringLiteral("Reading %1").arg(table), error);
    if (!query.next())
        return std::optional<QCborArray>();
    QCborArray row;
    for (qsizetype i = 0; i < shape.columns.size(); ++i)
        row.append(toCbor(query.value(int(i))));
    return std::optional<QCborArray>(row);
}

// The statement that makes the row as the after image says, and its values.
std::pair<QString, QVariantList> writeStatement(const RowChange& change, const TableShape& shape,
                                                const QString& keyMatch, const QVariantList& key)
{
    const QString table = ChangeLogSql::identifier(change.table);
    const QStringList columns = quotedColumns(shape);
    if (change.before && change.after)
        return {QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3")
                    .arg(table, columns.join(QStringLiteral(" = ?, ")), keyMatch),
                binds(*change.after) + key};
    if (change.before)
        return {QStringLiteral("DELETE FROM %1 WHERE %2").arg(table, keyMatch), key};
    return {QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, columns.join(QStringLiteral(", ")),
                     QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))),
            binds(*change.after)};
}

// Where a change's row is: the primary key's test and values.
std::pair<QString, QVariantList> keyOf(const TableShape& shape, const RowChange& change)
{
    const QCborArray& located = change.before ? *change.before : *change.after;
    QStringList keyTests;
    QVariantList key;
    for (qsizetype position : shape.key) {
        keyTests << ChangeLogSql::identifier(shape.columns.at(position)) + QStringLiteral(" = ?");
        key << toVariant(located.at(position));
    }
    return {keyTests.join(QStringLiteral(" AND ")), key};
}

// Whether the row is as the before image says (or absent, for an insert).
Result<void> checkRow(const QSqlDatabase& db, const TableShape& shape, const RowChange& change)
{
    const auto [keyMatch, key] = keyOf(shape, change);
    const auto now = currentRow(db, change.table, shape, keyMatch, key);
    if (!now)
        return now.error();
    if (change.before && !now.value())
        return conflict(tr("%1 no longer exists.").arg(describeRow(change, shape)));
    if (change.before && *now.value() != *change.before)
        return conflict(tr("%1 was changed.").arg(describeRow(change, shape)));
    if (!change.before && now.value())
        return conflict(tr("%1 exists again.").arg(describeRow(change, shape)));
    return {};
}

// Writes the after image. A delete may find its row gone already: a
// cascade of an earlier delete of the changeset took it.
Result<void> writeRow(const QSqlDatabase& db, const ChangeLogSql& sql, const TableShape& shape,
                      const RowChange& change)
{
    const auto [keyMatch, key] = keyOf(shape, change);
    const auto [statement, values] = writeStatement(change, shape, keyMatch, key);
    QSqlQuery query(db);
    const QSqlError error = execute(query, statement, values);
    if (!error.isValid())
        return {};
    if (sql.isForeignKeyViolation(error))
        return conflict(tr("entries refer to ones that no longer exist."));
    if (sql.isConstraintViolation(error))
        return conflict(tr("%1 conflicts with a newer entry.").arg(describeRow(change, shape)));
    return sqlFailure(QStringLiteral("Applying a change to %1").arg(change.table), error);
}

// Every row is checked before any is written (each row changes once in a
// changeset), so a cascade during the writes cannot pass for a conflict.
Result<void> applyAll(const QSqlDatabase& db, const ChangeLogSql& sql,
                      const RowChangeset& changeset)
{
    for (auto it = changeset.tables().cbegin(); it != changeset.tables().cend(); ++it) {
        const auto live = readShape(db, sql, it.key());
        if (!live)
            return live.error();
        if (live.value() != it.value())
            return IamError::serviceFailure(
                QStringLiteral("The table %1 has other columns than when the change was "
                               "recorded.")
                    .arg(it.key()));
    }
    for (const RowChange& change : changeset.rows())
        if (auto checked = checkRow(db, changeset.tables().value(change.table), change); !checked)
            return checked;
    if (auto deferred = executeAll(db, sql.deferReferences()); !deferred)
        return deferred;
    for (const RowChange& change : changeset.rows())
        if (auto written = writeRow(db, sql, changeset.tables().value(change.table), change);
            !written)
            return written;
    for (const QString& check : sql.checkReferences()) {
        QSqlQuery query(db);
        if (const QSqlError error = execute(query, check); error.isValid())
            return sql.isForeignKeyViolation(error)
                       ? conflict(tr("entries refer to ones that no longer exist."))
                       : sqlFailure(QStringLiteral("Checking references"), error);
    }
    return {};
}

} // namespace

// ---------------------------------------------------------------------------

struct ChangeRecorder::Recording
{
    QString connectionName;
    ChangeLogSql sql;
    bool recursiveTriggersWereOff = false;

    // Leaves the connection as it was: nothing recording, an empty log.
    ~Recording()
    {
        if (!QSqlDatabase::contains(connectionName))
            return;
        const QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (!db.isOpen())
            return;
        QStringList statements{sql.stopRecording()};
        statements << sql.clearLog();
        if (recursiveTriggersWereOff)
            statements << sql.setRecursiveTriggers(false);
        // Nothing to report to from here; a recording left on makes the next
        // start() refuse, so an edit is never recorded twice.
        (void)inSavepoint(db, QStringLiteral("change_log_stop"),
                          [&] { return executeAll(db, statements); });
    }
};

namespace {

Result<QStringList> readNames(const QSqlDatabase& db, const QString& select, const QString& what)
{
    QSqlQuery query(db);
    if (const QSqlError error = execute(query, select); error.isValid())
        return sqlFailure(what, error);
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

// Creates the table's recording triggers where this connection lacks them.
Result<void> installTriggers(const QSqlDatabase& db, const ChangeLogSql& sql, const QString& table,
                             const QStringList& installed)
{
    const Operation operations[] = {Operation::Insert, Operation::Update, Operation::Delete};
    if (std::all_of(std::begin(operations), std::end(operations), [&](Operation operation) {
            return installed.contains(sql.triggerName(table, operation));
        }))
        return {};
    const auto shape = readShape(db, sql, table);
    if (!shape)
        return shape.error();
    for (Operation operation : operations)
        if (!installed.contains(sql.triggerName(table, operation)))
            if (auto created =
                    executeAll(db, {sql.createTrigger(table, shape->columns, operation)});
                !created)
                return created;
    return {};
}

} // namespace

ChangeRecorder::ChangeRecorder(std::unique_ptr<Recording> recording)
    : m_recording(std::move(recording))
{}

ChangeRecorder::~ChangeRecorder() = default;

Result<std::unique_ptr<ChangeRecorder>> ChangeRecorder::start(const QString& connectionName,
                                                              const QStringList& tables)
{
    const auto db = openConnection(connectionName);
    if (!db)
        return db.error();
    const auto sql = changeLogFor(db.value());
    if (!sql)
        return sql.error();
    return inSavepoint(
        db.value(), QStringLiteral("change_log_start"),
        [&, db = db.value()]() -> Result<std::unique_ptr<ChangeRecorder>> {
            if (auto created = executeAll(db, sql->createLog()); !created)
                return created.error();
            const auto recording =
                readNames(db, sql->readRecording(), QStringLiteral("Reading the change log"));
            if (!recording)
                return recording.error();
            if (!recording->isEmpty())
                return IamError::serviceFailure(
                    QStringLiteral("Another change is being recorded on this connection."));
            if (auto cleared = executeAll(db, sql->clearLog()); !cleared)
                return cleared.error();

            // From here on, the recorder's destructor undoes what start() did.
            auto recorder = std::unique_ptr<ChangeRecorder>(new ChangeRecorder(
                std::unique_ptr<Recording>(new Recording{connectionName, *sql})));
            {
                QSqlQuery setting(db);
                if (const QSqlError error = execute(setting, sql->readRecursiveTriggers());
                    error.isValid() || !setting.next())
                    return sqlFailure(QStringLiteral("Reading the trigger setting"), error);
                recorder->m_recording->recursiveTriggersWereOff = setting.value(0).toInt() == 0;
            }
            if (recorder->m_recording->recursiveTriggersWereOff)
                if (auto on = executeAll(db, {sql->setRecursiveTriggers(true)}); !on)
                    return on.error();
            const auto installed =
                readNames(db, sql->readTriggers(), QStringLiteral("Reading the change log"));
            if (!installed)
                return installed.error();
            for (const QString& table : tables) {
                if (auto ready = installTriggers(db, sql.value(), table, installed.value()); !ready)
                    return ready.error();
                QSqlQuery on(db);
                if (const QSqlError error = execute(on, sql->recordTable(), {table});
                    error.isValid())
                    return sqlFailure(QStringLiteral("Recording %1").arg(table), error);
            }
            return recorder;
        });
}

Result<QByteArray> ChangeRecorder::changeset() const
{
    const auto db = openConnection(m_recording->connectionName);
    if (!db)
        return db.error();
    QSqlQuery query(db.value());
    if (const QSqlError error = execute(query, m_recording->sql.readLog()); error.isValid())
        return sqlFailure(QStringLiteral("Reading the change log"), error);
    QList<RowChange> logged;
    qint64 entry = -1;
    while (query.next()) {
        if (const qint64 id = query.value(0).toLongLong(); id != entry) {
            entry = id;
            logged.append({query.value(1).toString(), std::nullopt, std::nullopt});
        }
        auto& image = query.value(2).toInt() == 0 ? logged.last().before : logged.last().after;
        if (!image)
            image = QCborArray();
        image->append(toCbor(m_recording->sql.logValue(query)));
    }
    query.finish();
    QMap<QString, TableShape> tables;
    for (const RowChange& change : std::as_const(logged)) {
        if (!tables.contains(change.table)) {
            const auto shape = readShape(db.value(), m_recording->sql, change.table);
            if (!shape)
                return shape.error();
            tables.insert(change.table, shape.value());
        }
        // The triggers were made for the columns the table had then.
        const qsizetype columns = tables.value(change.table).columns.size();
        if ((change.before && change.before->size() != columns) ||
            (change.after && change.after->size() != columns))
            return IamError::serviceFailure(
                QStringLiteral("The table %1 changed its columns while its changes were being "
                               "recorded.")
                    .arg(change.table));
    }
    return RowChangeset::folded(logged, tables).toBytes();
}

Result<QByteArray> ChangeRecorder::invert(const QByteArray& changeset)
{
    if (changeset.isEmpty())
        return QByteArray();
    const auto parsed = RowChangeset::fromBytes(changeset);
    if (!parsed)
        return malformedChangeset();
    return parsed->inverted().toBytes();
}

QStringList ChangeRecorder::tables(const QByteArray& changeset)
{
    const auto parsed = RowChangeset::fromBytes(changeset);
    return parsed ? parsed->tableNames() : QStringList();
}

Result<void> ChangeRecorder::apply(const QString& connectionName, const QByteArray& changeset)
{
    const auto db = openConnection(connectionName);
    if (!db)
        return db.error();
    const auto sql = changeLogFor(db.value());
    if (!sql)
        return sql.error();
    if (changeset.isEmpty())
        return {};
    const auto parsed = RowChangeset::fromBytes(changeset);
    if (!parsed)
        return malformedChangeset();
    // A conflict half-way takes back the rows already applied and leaves the
    // caller's transaction as it was.
    return inSavepoint(db.value(), QStringLiteral("change_apply"),
                       [&] { return applyAll(db.value(), sql.value(), *parsed); });
}
