#include "directory/changerecorder.h"

#include "directory/changelogsql.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <optional>

namespace {

using Operation = ChangeLogSql::Operation;

// The serialized changeset says which format it is in, so a later release can
// tell its own records from these.
constexpr qint64 FormatVersion = 1;

// A recorded table: its columns in order, and the positions of its primary
// key's columns, in key order.
struct TableShape
{
    QStringList columns;
    QList<qsizetype> key;
    bool operator==(const TableShape&) const = default;
};

// One row's change, as images (one value per column): no before image for an
// insert, no after image for a delete.
struct RowChange
{
    QString table;
    std::optional<QCborArray> before;
    std::optional<QCborArray> after;
};

struct Changeset
{
    QMap<QString, TableShape> tables;
    QList<RowChange> changes;
};

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
template <typename Work>
auto inSavepoint(const QSqlDatabase& db, const QString& name, Work work) -> decltype(work())
{
    if (auto begun = executeAll(db, {QStringLiteral("SAVEPOINT %1").arg(name)}); !begun)
        return begun.error();
    auto result = work();
    if (!result)
        (void)executeAll(db, {QStringLiteral("ROLLBACK TO %1").arg(name)}); // result says why
    if (auto released = executeAll(db, {QStringLiteral("RELEASE %1").arg(name)});
        !released && result)
        return released.error();
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

bool isColumnValue(const QCborValue& value)
{
    return value.isNull() || value.isInteger() || value.isDouble() || value.isString() ||
           value.isByteArray();
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
// The serialized form: a CBOR map of the format version, the tables' columns
// and keys, and the row changes in the order they are to be applied.

QCborValue imageToCbor(const std::optional<QCborArray>& image)
{
    return image ? QCborValue(*image) : QCborValue(nullptr);
}

QByteArray serialize(const Changeset& changeset)
{
    if (changeset.changes.isEmpty())
        return {};
    QCborMap tables;
    for (auto it = changeset.tables.cbegin(); it != changeset.tables.cend(); ++it) {
        QCborArray key;
        for (qsizetype position : it->key)
            key.append(position);
        tables.insert(it.key(),
                      QCborMap{{QStringLiteral("columns"), QCborArray::fromStringList(it->columns)},
                               {QStringLiteral("key"), key}});
    }
    QCborArray changes;
    for (const RowChange& change : changeset.changes)
        changes.append(
            QCborArray{change.table, imageToCbor(change.before), imageToCbor(change.after)});
    return QCborValue(QCborMap{{QStringLiteral("format"), FormatVersion},
                               {QStringLiteral("tables"), tables},
                               {QStringLiteral("changes"), changes}})
        .toCbor();
}

std::optional<TableShape> parseShape(const QCborValue& value)
{
    const QCborMap map = value.toMap();
    TableShape shape;
    for (const QCborValue& column : map.value(QStringLiteral("columns")).toArray()) {
        if (!column.isString())
            return std::nullopt;
        shape.columns << column.toString();
    }
    for (const QCborValue& position : map.value(QStringLiteral("key")).toArray()) {
        if (!position.isInteger() || position.toInteger() < 0 ||
            position.toInteger() >= shape.columns.size())
            return std::nullopt;
        shape.key << qsizetype(position.toInteger());
    }
    if (shape.columns.isEmpty() || shape.key.isEmpty())
        return std::nullopt;
    return shape;
}

// Whether value is a row image of the shape (or no image, when allowed).
std::optional<std::optional<QCborArray>> parseImage(const QCborValue& value,
                                                    const TableShape& shape)
{
    if (value.isNull())
        return std::optional<QCborArray>();
    const QCborArray image = value.toArray();
    if (!value.isArray() || image.size() != shape.columns.size() ||
        !std::all_of(image.begin(), image.end(), isColumnValue))
        return std::nullopt;
    return std::optional<QCborArray>(image);
}

std::optional<Changeset> parse(const QByteArray& bytes)
{
    QCborParserError error;
    const QCborValue root = QCborValue::fromCbor(bytes, &error);
    if (error.error != QCborError::NoError || !root.isMap())
        return std::nullopt;
    const QCborMap map = root.toMap();
    if (map.value(QStringLiteral("format")).toInteger(-1) != FormatVersion)
        return std::nullopt;
    Changeset changeset;
    const QCborMap tables = map.value(QStringLiteral("tables")).toMap();
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        const auto shape = parseShape(it.value());
        if (!it.key().isString() || !shape)
            return std::nullopt;
        changeset.tables.insert(it.key().toString(), *shape);
    }
    for (const QCborValue& entry : map.value(QStringLiteral("changes")).toArray()) {
        const QCborArray fields = entry.toArray();
        const QString table = fields.at(0).toString();
        if (fields.size() != 3 || !changeset.tables.contains(table))
            return std::nullopt;
        const TableShape& shape = changeset.tables.value(table);
        const auto before = parseImage(fields.at(1), shape);
        const auto after = parseImage(fields.at(2), shape);
        if (!before || !after || (!*before && !*after))
            return std::nullopt;
        changeset.changes.append({table, *before, *after});
    }
    if (changeset.changes.isEmpty())
        return std::nullopt;
    return changeset;
}

// ---------------------------------------------------------------------------
// Folding the log: several changes of one row become one (first before, last
// after), at the place of its first change; a row that ends as it began is no
// change at all. Rows are told apart by table and primary key.

QByteArray rowIdentity(const QString& table, const TableShape& shape, const QCborArray& image)
{
    QCborArray identity{table};
    for (qsizetype position : shape.key)
        identity.append(image.at(position));
    return QCborValue(identity).toCbor();
}

QList<RowChange> fold(const QList<RowChange>& logged, const QMap<QString, TableShape>& tables)
{
    QList<RowChange> folded;
    QHash<QByteArray, qsizetype> rowAt; // the row's latest state -> its place in folded
    for (const RowChange& change : logged) {
        const TableShape shape = tables.value(change.table);
        const QByteArray identity =
            rowIdentity(change.table, shape, change.before ? *change.before : *change.after);
        qsizetype place = 0;
        if (const auto found = rowAt.constFind(identity); found != rowAt.cend()) {
            place = *found;
            folded[place].after = change.after;
            rowAt.remove(identity);
        } else {
            place = folded.size();
            folded.append(change);
        }
        // A deleted row keeps its place, so inserting it again reads as an update.
        rowAt.insert(change.after ? rowIdentity(change.table, shape, *change.after) : identity,
                     place);
    }
    folded.removeIf([](const RowChange& change) { return change.before == change.after; });
    return folded;
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

Result<void> applyRow(const QSqlDatabase& db, const ChangeLogSql& sql, const TableShape& shape,
                      const RowChange& change)
{
    const QCborArray& located = change.before ? *change.before : *change.after;
    QStringList keyTests;
    QVariantList key;
    for (qsizetype position : shape.key) {
        keyTests << ChangeLogSql::identifier(shape.columns.at(position)) + QStringLiteral(" = ?");
        key << toVariant(located.at(position));
    }
    const QString keyMatch = keyTests.join(QStringLiteral(" AND "));
    const auto now = currentRow(db, change.table, shape, keyMatch, key);
    if (!now)
        return now.error();
    if (change.before && !now.value())
        return conflict(tr("%1 no longer exists.").arg(describeRow(change, shape)));
    if (change.before && *now.value() != *change.before)
        return conflict(tr("%1 was changed.").arg(describeRow(change, shape)));
    if (!change.before && now.value())
        return conflict(tr("%1 exists again.").arg(describeRow(change, shape)));

    const QString table = ChangeLogSql::identifier(change.table);
    const QStringList columns = quotedColumns(shape);
    QString statement;
    QVariantList values;
    if (change.before && change.after) {
        statement = QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3")
                        .arg(table, columns.join(QStringLiteral(" = ?, ")), keyMatch);
        values = binds(*change.after) + key;
    } else if (change.before) {
        statement = QStringLiteral("DELETE FROM %1 WHERE %2").arg(table, keyMatch);
        values = key;
    } else {
        statement =
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, columns.join(QStringLiteral(", ")),
                     QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
        values = binds(*change.after);
    }
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

Result<void> applyAll(const QSqlDatabase& db, const ChangeLogSql& sql, const Changeset& changeset)
{
    for (auto it = changeset.tables.cbegin(); it != changeset.tables.cend(); ++it) {
        const auto live = readShape(db, sql, it.key());
        if (!live)
            return live.error();
        if (live.value() != it.value())
            return IamError::serviceFailure(
                QStringLiteral("The table %1 has other columns than when the change was "
                               "recorded.")
                    .arg(it.key()));
    }
    for (const RowChange& change : changeset.changes)
        if (auto applied = applyRow(db, sql, changeset.tables.value(change.table), change);
            !applied)
            return applied;
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
        image->append(toCbor(query.value(4)));
    }
    query.finish();
    Changeset changeset;
    for (const RowChange& change : std::as_const(logged)) {
        if (!changeset.tables.contains(change.table)) {
            const auto shape = readShape(db.value(), m_recording->sql, change.table);
            if (!shape)
                return shape.error();
            changeset.tables.insert(change.table, shape.value());
        }
        // The triggers were made for the columns the table had then.
        const qsizetype columns = changeset.tables.value(change.table).columns.size();
        if ((change.before && change.before->size() != columns) ||
            (change.after && change.after->size() != columns))
            return IamError::serviceFailure(
                QStringLiteral("The table %1 changed its columns while its changes were being "
                               "recorded.")
                    .arg(change.table));
    }
    changeset.changes = fold(logged, changeset.tables);
    // Only the tables the folded changes still touch.
    for (auto it = changeset.tables.begin(); it != changeset.tables.end();)
        it = std::any_of(changeset.changes.cbegin(), changeset.changes.cend(),
                         [&](const RowChange& change) { return change.table == it.key(); })
                 ? std::next(it)
                 : changeset.tables.erase(it);
    return serialize(changeset);
}

Result<QByteArray> ChangeRecorder::invert(const QByteArray& changeset)
{
    if (changeset.isEmpty())
        return QByteArray();
    auto parsed = parse(changeset);
    if (!parsed)
        return malformedChangeset();
    std::reverse(parsed->changes.begin(), parsed->changes.end());
    for (RowChange& change : parsed->changes)
        std::swap(change.before, change.after);
    return serialize(*parsed);
}

QStringList ChangeRecorder::tables(const QByteArray& changeset)
{
    QStringList names;
    if (const auto parsed = parse(changeset))
        for (const RowChange& change : parsed->changes)
            if (!names.contains(change.table))
                names << change.table;
    return names;
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
    const auto parsed = parse(changeset);
    if (!parsed)
        return malformedChangeset();
    // A savepoint, so a conflict half-way takes back the rows already applied
    // and leaves the caller's transaction as it was.
    if (auto begun = executeAll(db.value(), {QStringLiteral("SAVEPOINT change_apply")}); !begun)
        return begun;
    Result<void> applied = applyAll(db.value(), sql.value(), *parsed);
    if (!applied)
        (void)executeAll(db.value(),
                         {QStringLiteral("ROLLBACK TO change_apply")}); // applied says why
    if (auto released = executeAll(db.value(), {QStringLiteral("RELEASE change_apply")});
        !released && applied)
        return released;
    return applied;
}
