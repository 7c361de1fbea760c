#include "testengine.h"

#include "directory/postgresaddress.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

namespace {

const QString adminConnection = QStringLiteral("switchboard-test-engine-admin");

QString serverAddress()
{
    return qEnvironmentVariable("SWITCHBOARD_TEST_POSTGRES");
}

QStringList& madeDatabases()
{
    static QStringList names;
    return names;
}

// The maintenance database, where databases are created and dropped.
QSqlDatabase admin()
{
    if (QSqlDatabase::contains(adminConnection))
        return QSqlDatabase::database(adminConnection);
    const auto address = PostgresAddress::parse(serverAddress());
    if (!address)
        qFatal("SWITCHBOARD_TEST_POSTGRES: %s", qPrintable(address.error().message()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), adminConnection);
    db.setHostName(address->host());
    db.setPort(address->port());
    db.setUserName(address->user());
    db.setDatabaseName(address->database());
    db.setConnectOptions(address->connectOptions());
    if (!db.open())
        qFatal("Cannot reach the PostgreSQL server of SWITCHBOARD_TEST_POSTGRES: %s",
               qPrintable(db.lastError().text()));
    return db;
}

void run(const QString& sql)
{
    QSqlQuery query(admin());
    if (!query.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
}

// The server's address with another database in it.
QString addressOf(const QString& database)
{
    const auto address = PostgresAddress::parse(serverAddress());
    if (!address)
        qFatal("SWITCHBOARD_TEST_POSTGRES: %s", qPrintable(address.error().message()));
    QString uri = QStringLiteral("postgresql://%1@/%2?host=%3")
                      .arg(address->user(), database, address->host());
    if (address->port() >= 0)
        uri += QStringLiteral("&port=%1").arg(address->port());
    return uri;
}

} // namespace

bool TestEngine::onPostgres()
{
    return qEnvironmentVariable("SWITCHBOARD_TEST_ENGINE") == QLatin1String("postgresql");
}

QString TestEngine::unavailable()
{
    if (!onPostgres())
        return {};
    if (serverAddress().isEmpty())
        return QStringLiteral("SWITCHBOARD_TEST_POSTGRES is not set: no PostgreSQL server for "
                              "this test (run the tests through scripts/test, or start one with "
                              "scripts/postgres-test-server)");
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("Qt's PostgreSQL driver (QPSQL) is missing: install libqt6sql6-psql");
    return {};
}

bool TestEngine::required()
{
    return qEnvironmentVariableIsSet("SWITCHBOARD_TEST_POSTGRES_REQUIRED");
}

QString TestEngine::freshLocation()
{
    if (!onPostgres())
        return QStringLiteral(":memory:");
    const QString name =
        QStringLiteral("switchboard_test_") + QUuid::createUuid().toString(QUuid::Id128);
    run(QStringLiteral("CREATE DATABASE %1").arg(name));
    madeDatabases() << name;
    return addressOf(name);
}

void TestEngine::dropDatabases()
{
    // FORCE: a connection the test left open must not keep its database alive.
    for (const QString& name : std::as_const(madeDatabases()))
        run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    madeDatabases().clear();
}
