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

Result<QSqlQuery*> SqlConnection::run(const QString& sql, const QVariantList& binds)
{
    // PostgreSQL prepares only queries and row changes: transaction control runs as it is.
    if (binds.isEmpty() && m_dialect.isPostgreSql() && SqlDialect::isTransactionControl(sql)) {
        auto& direct = m_statements[sql];
        if (!direct)
            direct = std::make_unique<QSqlQuery>(m_db);
        if (!direct->exec(m_dialect.statement(sql)))
            return failure(QStringLiteral("Directory statement failed"),
                           direct->lastError().text() + QStringLiteral(" [") + sql +
                               QStringLiteral("]"));
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
        const QString detail = query->lastError().text();
        query->finish();
        return failure(QStringLiteral("Directory statement failed"),
                       detail + QStringLiteral(" [") + sql + QStringLiteral("]"));
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
            return failure(QStringLiteral("Directory statement failed"),
                           query.lastError().text() + QStringLiteral(" [") + statement +
                               QStringLiteral("]"));
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
