#include "directory/sqlconnection.h"

#include <QSqlError>
#include <QUuid>

#include <utility>

namespace {

// A null QString binds as SQL NULL; free-text columns are NOT NULL, so a
// string the caller left null is stored as the empty string it means.
QVariant bindable(const QVariant& value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    return value;
}

} // namespace

SqlConnection::SqlConnection(QString name, QString filePath)
    : m_name(std::move(name))
    , m_filePath(std::move(filePath))
{}

SqlConnection::~SqlConnection()
{
    // Every query and database handle must be gone before the connection is removed.
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<SqlConnection>> SqlConnection::open(const QString& filePath)
{
    const QString name = QStringLiteral("switchboard-directory-") +
                         QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<SqlConnection> connection(new SqlConnection(name, filePath));
    connection->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (!connection->m_db.isValid())
        return IamError::serviceFailure(
            QStringLiteral("The SQLite driver of Qt (QSQLITE) is not available."));
    connection->m_db.setDatabaseName(filePath);
    // Another process (the command line, a second window) may hold the write lock briefly.
    connection->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!connection->m_db.open())
        return connection->failure(
            QStringLiteral("Cannot open the directory file %1").arg(filePath),
            connection->m_db.lastError().text());
    return connection;
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
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto prepared = std::make_unique<QSqlQuery>(m_db);
        prepared->setForwardOnly(true);
        if (!prepared->prepare(sql))
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
    auto query = run(sql, binds);
    if (!query)
        return query.error();
    const qint64 id = query.value()->lastInsertId().toLongLong();
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
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return failure(QStringLiteral("Directory statement failed"),
                       query.lastError().text() + QStringLiteral(" [") + sql + QStringLiteral("]"));
    return {};
}
