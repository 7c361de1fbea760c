#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>

// The SQL text of the change log undo and redo rest on, for one database
// engine: the log's tables, the triggers that copy each changed row's images
// into it, and how to read a table's columns. Everything engine-specific about
// recording lives here, so another engine is one more text per difference.
class ChangeLogSql
{
public:
    enum class Operation
    {
        Insert,
        Update,
        Delete,
    };

    // For a Qt Sql driver name; nothing for an engine without a change log.
    static std::optional<ChangeLogSql> forDriver(const QString& driverName);

    // The log's tables, created when missing; private to the connection.
    QStringList createLog() const;
    QStringList clearLog() const;
    // Which tables record now: one row each (a recording under way).
    QString readRecording() const;
    // Turns recording of the table bound to the single placeholder on.
    QString recordTable() const;
    QString stopRecording() const;
    // The names of the recording triggers in place on this connection.
    QString readTriggers() const;
    // Row images are only complete when the rows a REPLACE removes are seen
    // as deletions too; the first statement reads the current setting.
    QString readRecursiveTriggers() const;
    QString setRecursiveTriggers(bool on) const;
    // One row per column of the table bound to the single placeholder, in
    // table order: name, then its place in the primary key.
    QString readColumns() const;
    QString triggerName(const QString& table, Operation operation) const;
    QString createTrigger(const QString& table, const QStringList& columns,
                          Operation operation) const;
    // entry, table, image (0 before, 1 after), column position, value; in the
    // order the rows changed.
    QString readLog() const;
    // The value of a row of readLog(), with its kind (integer, real, text, NULL).
    QVariant logValue(const QSqlQuery& row) const;

    // Around applying a changeset inside a transaction: references are
    // checked once, after every row is written. Nothing on SQLite, where the
    // directory turns foreign keys off for undo and checks them afterwards.
    QStringList deferReferences() const;
    QStringList checkReferences() const;

    bool isConstraintViolation(const QSqlError& error) const;
    bool isForeignKeyViolation(const QSqlError& error) const;

    static QString identifier(const QString& name);
    static QString literal(const QString& text);

private:
    enum class Engine
    {
        Sqlite,
        PostgreSql,
    };
    explicit ChangeLogSql(Engine engine)
        : m_engine(engine)
    {}
    bool onPostgres() const { return m_engine == Engine::PostgreSql; }

    Engine m_engine;
};
