#pragma once

#include <QString>
#include <QStringList>

// What differs between the engines a directory lives on, written once per
// difference. Statements in the code are written in SQLite's dialect and kept
// portable where both engines agree (ON CONFLICT, RETURNING, lower(),
// IS NOT DISTINCT FROM); on PostgreSQL the few SQLite forms left are
// translated here, so a new schema step is written once and runs on both.
class SqlDialect
{
public:
    enum class Engine
    {
        Sqlite,
        PostgreSql,
    };

    explicit SqlDialect(Engine engine)
        : m_engine(engine)
    {}

    Engine engine() const { return m_engine; }
    bool isPostgreSql() const { return m_engine == Engine::PostgreSql; }

    // A statement as this engine runs it: DML is translated one for one.
    QString statement(const QString& sql) const;
    // A schema statement (or a PRAGMA of the schema) as this engine runs it;
    // none for what the engine has no use for.
    QStringList schema(const QString& sql) const;

    // BEGIN, COMMIT, ROLLBACK, SAVEPOINT, RELEASE: what cannot be prepared everywhere.
    static bool isTransactionControl(const QString& sql);
    // Starts a transaction that writes: SQLite takes the write lock at once,
    // so two writers never deadlock on upgrading a read lock.
    QString beginWrite() const;
    // A number that changes when another connection commits; a constant -1
    // where the engine has none (the caller then sees no outside change).
    QString dataVersion() const;
    // The rows of the table (named in the text) whose references lead
    // nowhere; none where the engine enforces every reference as it is made.
    QString foreignKeyCheck(const QString& table) const;
    // Taken inside a transaction before reading the audit trail's head, so
    // concurrent writers append one after the other to one chain; none where
    // the write transaction holds the engine's only write lock (SQLite).
    QString serializeAuditAppends() const;
    // Taken inside a transaction before checking that a name is free (bind:
    // the name's key), so two connections claiming one name at once check
    // one after the other and the second finds the first's row; none where
    // the write transaction holds the engine's only write lock (SQLite).
    QString serializeNameClaims() const;
    // The number of tables in the directory's schema (a new database has none).
    QString tableCount() const;

private:
    Engine m_engine;
};
