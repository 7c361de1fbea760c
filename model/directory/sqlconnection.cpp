#include "directory/sqlconnection.h"

#include "directory/postgresaddress.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>

#include <utility>

namespace {

// A null QString binds as SQL NULL; free-text columns are NOT NULL, so a
// string the caller left null is stored as the empty string it means.
// Flags are stored as 0 and 1 on both engines.
QVariant bindable(const QVariant& value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    if (value.typeId() == QMetaType::Bool)
        return QVariant(value.toBool() ? 1 : 0);
    return value;
}

// The engines' codes for "another writer got there first". PostgreSQL's are
// SQLSTATEs (23505 unique_violation; 40001 serialization_failure, 40P01
// deadlock_detected, 55P03 lock_not_available); SQLite's are result codes
// (5 SQLITE_BUSY, 6 SQLITE_LOCKED: the busy timeout ran out).
enum class Conflict
{
    None,
    DuplicateKey,
    ConcurrentWrite,
};

Conflict conflictOf(SqlDialect::Engine engine, const QString& code)
{
    if (engine == SqlDialect::Engine::PostgreSql) {
        if (code == QLatin1String("23505"))
            return Conflict::DuplicateKey;
        if (code == QLatin1String("40001") || code == QLatin1String("40P01") ||
            code == QLatin1String("55P03"))
            return Conflict::ConcurrentWrite;
        return Conflict::None;
    }
    return code == QLatin1String("5") || code == QLatin1String("6") ? Conflict::ConcurrentWrite
                                                                    : Conflict::None;
}

} // namespace

SqlConnection::SqlConnection(QString name, QString filePath, SqlDialect::Engine engine)
    : m_name(std::move(name))
    , m_filePath(std::move(filePath))
    , m_dialect(engine)
{}

SqlConnection::~SqlConnection()
{
    // Every query and database handle must be gone before the connection is removed.
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<SqlConnection>> SqlConnection::open(const QString& location)
{
    const QString name = QStringLiteral("switchboard-directory-") +
                         QUuid::createUuid().toString(QUuid::WithoutBraces);
    // The one place the engine is chosen.
    const auto engine = PostgresAddress::names(location) ? SqlDialect::Engine::PostgreSql
                                                         : SqlDialect::Engine::Sqlite;
    std::unique_ptr<SqlConnection> connection(new SqlConnection(name, location, engine));
    const auto opened =
        engine == SqlDialect::Engine::Sqlite ? connection->openFile() : connection->openServer();
    if (!opened)
        return opened.error();
    return connection;
}

Result<void> SqlConnection::openFile()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    if (!m_db.isValid())
        return IamError::serviceFailure(
            QStringLiteral("The SQLite driver of Qt (QSQLITE) is not available."));
    m_db.setDatabaseName(m_filePath);
    // Another process (the command line, a second window) may hold the write lock briefly.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return failure(QStringLiteral("Cannot open the directory file %1").arg(m_filePath),
                       m_db.lastError().text());
    return {};
}

Result<void> SqlConnection::openServer()
{
    const auto address = PostgresAddress::parse(m_filePath);
    if (!address)
        return address.error();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    if (!m_db.isValid())
        return IamError::serviceFailure(
            QStringLiteral("The PostgreSQL driver of Qt (QPSQL) is not available; install it "
                           "(on Debian: libqt6sql6-psql)."));
    // No password is set: libpq reads it from PGPASSWORD, ~/.pgpass or PGPASSFILE.
    m_db.setHostName(address->host());
    m_db.setPort(address->port());
    m_db.setUserName(address->user());
    m_db.setDatabaseName(address->database());
    m_db.setConnectOptions(address->connectOptions());
    if (!m_db.open())
        return failure(QStringLiteral("Cannot open the directory at %1").arg(m_filePath),
                       m_db.lastError().text());
    // Messages and names are compared as the code writes them, whatever the server's defaults.
    return execOnce(QStringLiteral("SET client_min_messages = warning"));
}

bool SqlConnection::isInMemory() const
{
    return m_filePath == QLatin1String(":memory:");
}

IamError SqlConnection::failure(const QString& what, const QString& detail) const
{
    return IamError::serviceFailure(what + QStringLiteral(": ") + detail);
}

IamError SqlConnection::statementFailure(const QSqlError& error, const QString& sql) const
{
    switch (conflictOf(m_dialect.engine(), error.nativeErrorCode())) {
    case Conflict::DuplicateKey:
        // The stores check names before they insert; this is the race that
        // check cannot see: another connection's insert committed in between.
        return IamError::entityAlreadyExists(
            QStringLiteral("An entity with the same name or id was created by another request "
                           "at the same moment; nothing was changed. Use another name, or the "
                           "entity that now exists."));
    case Conflict::ConcurrentWrite:
        return IamError::concurrentModification();
    case Conflict::None:
        break;
    }
    return failure(QStringLiteral("Directory statement failed"),
                   error.text() + QStringLiteral(" [") + sql + QStringLiteral("]"));
}

Result<QSqlQuery*> SqlConnection::run(const QString& sql, const QVariantList& binds)
{
    // PostgreSQL prepares only queries and row changes: transaction control runs as it is.
    if (binds.isEmpty() && m_dialect.isPostgreSql() && SqlDialect::isTransactionControl(sql)) {
        auto& direct = m_statements[sql];
        if (!direct)
            direct = std::make_unique<QSqlQuery>(m_db);
        if (!direct->exec(m_dialect.statement(sql)))
            return statementFailure(direct->lastError(), sql);
        return direct.get();
    }
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto prepared = std::make_unique<QSqlQuery>(m_db);
        prepared->setForwardOnly(true);
        if (!prepared->prepare(m_dialect.statement(sql)))
            return failure(QStringLiteral("Directory statement failed to prepare"),
                           prepared->lastError().text() + QStringLiteral(" [") + sql +
                               QStringLiteral("]"));
        it = m_statements.emplace(sql, std::move(prepared)).first;
    }
    QSqlQuery* query = it->second.get();
    for (qsizetype i = 0; i < binds.size(); ++i)
        query->bindValue(int(i), bindable(binds[i]));
    if (!query->exec()) {
        const QSqlError error = query->lastError();
        query->finish();
        return statementFailure(error, sql);
    }
    return query;
}

Result<int> SqlConnection::exec(const QString& sql, const QVariantList& binds)
{
    auto query = run(sql, binds);
    if (!query)
        return query.error();
    const int changed = query.value()->numRowsAffected();
    query.value()->finish();
    return changed;
}

Result<qint64> SqlConnection::insert(const QString& sql, const QVariantList& binds)
{
    // PostgreSQL tables have no rowid: the id comes back from the insert itself.
    const bool returning = m_dialect.isPostgreSql();
    auto query = run(returning ? sql + QStringLiteral(" RETURNING id") : sql, binds);
    if (!query)
        return query.error();
    const qint64 id = returning ? (query.value()->next() ? query.value()->value(0).toLongLong() : 0)
                                : query.value()->lastInsertId().toLongLong();
    query.value()->finish();
    return id;
}

Result<void> SqlConnection::select(const QString& sql, const QVariantList& binds, const Row& row)
{
    auto query = run(sql, binds);
    if (!query)
        return query.error();
    QSqlQuery* q = query.value();
    while (q->next())
        row(*q);
    // Release the statement so it holds no read lock once the caller is done.
    q->finish();
    return {};
}

Result<QVariant> SqlConnection::value(const QString& sql, const QVariantList& binds,
                                      const QVariant& whenNoRow)
{
    QVariant first = whenNoRow;
    bool found = false;
    const auto result = select(sql, binds, [&](const QSqlQuery& q) {
        if (!found)
            first = q.value(0);
        found = true;
    });
    if (!result)
        return result.error();
    return first;
}

QVariant SqlConnection::scalar(const QString& sql, const QVariantList& binds,
                               const QVariant& fallback)
{
    const auto result = value(sql, binds, fallback);
    if (!result) {
        qWarning("%s", qPrintable(result.error().message()));
        return fallback;
    }
    return result.value();
}

Result<void> SqlConnection::execOnce(const QString& sql)
{
    for (const QString& statement : m_dialect.schema(sql)) {
        QSqlQuery query(m_db);
        if (!query.exec(statement))
            return statementFailure(query.lastError(), statement);
    }
    return {};
}

Result<void> SqlConnection::listen(const QString& channel,
                                   const std::function<void(const QString& payload)>& received)
{
    QSqlDriver* driver = m_db.driver();
    if (!m_dialect.isPostgreSql() || !driver->subscribeToNotification(channel))
        return failure(QStringLiteral("Cannot listen for changes on %1").arg(channel),
                       driver->lastError().text());
    QObject::connect(driver, &QSqlDriver::notification, driver,
                     [channel, received](const QString& name, QSqlDriver::NotificationSource,
                                         const QVariant& payload) {
                         if (name == channel)
                             received(payload.toString());
                     });
    return {};
}
