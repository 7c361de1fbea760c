#pragma once

#include "directory/sqldialect.h"
#include "iam/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <unordered_map>

// One named connection, to an SQLite file (QSQLITE) or a PostgreSQL database
// (QPSQL), with a cache of prepared statements. Every statement is prepared
// once and reused with new bind values; positional placeholders ("?") only.
// Statements are written once and run on both engines (SqlDialect). SQL
// failures come back as ServiceFailure errors, except where another writer
// got there first: a duplicate key is EntityAlreadyExists, a deadlock, a
// serialization failure or a lock that timed out ConcurrentModification.
class SqlConnection
{
public:
    using Row = std::function<void(const QSqlQuery&)>;

    ~SqlConnection();
    SqlConnection(const SqlConnection&) = delete;
    SqlConnection& operator=(const SqlConnection&) = delete;

    // ":memory:" gives a private in-memory database; "postgresql://..." a
    // database on a PostgreSQL server (PostgresAddress); anything else is a file.
    static Result<std::unique_ptr<SqlConnection>> open(const QString& location);

    QString connectionName() const { return m_name; }
    // The file, or the server's address.
    QString filePath() const { return m_filePath; }
    bool isInMemory() const;
    const SqlDialect& dialect() const { return m_dialect; }

    // Prepared and cached; returns the number of rows changed.
    Result<int> exec(const QString& sql, const QVariantList& binds = {});
    // Prepared and cached; returns the new row's id (its "id" column).
    Result<qint64> insert(const QString& sql, const QVariantList& binds = {});
    // Calls row once per result row, in order.
    Result<void> select(const QString& sql, const QVariantList& binds, const Row& row);
    // The first column of the first row (whenNoRow when there is none), or the SQL error.
    // Counts, quotas, conflict checks, lockout and audit use this one: they fail closed.
    Result<QVariant> value(const QString& sql, const QVariantList& binds = {},
                           const QVariant& whenNoRow = {});
    // The first column of the first row, or fallback when there is no row or on an error;
    // only for what is shown, never for a decision.
    QVariant scalar(const QString& sql, const QVariantList& binds = {},
                    const QVariant& fallback = {});
    // Not cached: schema changes and pragmas that run once; a schema
    // statement the engine has no use for (a PRAGMA on PostgreSQL) does nothing.
    Result<void> execOnce(const QString& sql);
    // PostgreSQL only: calls received with the payload of every notification
    // on channel (LISTEN/NOTIFY), as the event loop delivers them.
    Result<void> listen(const QString& channel,
                        const std::function<void(const QString& payload)>& received);

private:
    SqlConnection(QString name, QString filePath, SqlDialect::Engine engine);
    Result<void> openFile();
    Result<void> openServer();
    Result<QSqlQuery*> run(const QString& sql, const QVariantList& binds);
    IamError failure(const QString& what, const QString& detail) const;
    IamError statementFailure(const QSqlError& error, const QString& sql) const;

    QString m_name;
    QString m_filePath;
    SqlDialect m_dialect;
    QSqlDatabase m_db;
    // QSqlQuery cannot be copied; the cache owns each prepared statement.
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};
