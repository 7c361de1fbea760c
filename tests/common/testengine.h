#pragma once

#include "directory/postgresaddress.h"
#include "iam/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

// The engine a directory test runs on. A test's ctest copy labelled
// "postgres" sets SWITCHBOARD_TEST_ENGINE=postgresql: its directories are
// then fresh databases on the server SWITCHBOARD_TEST_POSTGRES names (a
// libpq URI of its maintenance database; scripts/postgres-test-server starts
// one), one per call, dropped by dropDatabases() (from the test's cleanup()).
// Otherwise they are SQLite in memory. Header-only, so every fixture can use it.
namespace TestEngine {

namespace Detail {

inline QString serverAddress()
{
    return qEnvironmentVariable("SWITCHBOARD_TEST_POSTGRES");
}

inline QStringList& madeDatabases()
{
    static QStringList names;
    return names;
}

inline Result<PostgresAddress> server()
{
    auto address = PostgresAddress::parse(serverAddress());
    if (!address)
        return IamError::serviceFailure(
            QStringLiteral("SWITCHBOARD_TEST_POSTGRES: %1").arg(address.error().message()));
    return address;
}

// Runs a statement in the maintenance database, where databases are made and dropped.
inline Result<void> runOnServer(const QString& sql)
{
    const QString name = QStringLiteral("switchboard-test-engine-admin");
    if (!QSqlDatabase::contains(name) || !QSqlDatabase::database(name, false).isOpen()) {
        const auto address = server();
        if (!address)
            return address.error();
        QSqlDatabase db = QSqlDatabase::contains(name)
                              ? QSqlDatabase::database(name, false)
                              : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(address->host());
        db.setPort(address->port());
        db.setUserName(address->user());
        db.setDatabaseName(address->database());
        db.setConnectOptions(address->connectOptions());
        if (!db.open())
            return IamError::serviceFailure(
                QStringLiteral(
                    "Cannot reach the PostgreSQL server of SWITCHBOARD_TEST_POSTGRES: %1")
                    .arg(db.lastError().text()));
    }
    QSqlQuery query(QSqlDatabase::database(name));
    if (!query.exec(sql))
        return IamError::serviceFailure(
            QStringLiteral("%1: %2").arg(sql, query.lastError().text()));
    return {};
}

// The server's address with another database in it.
inline QString addressOf(const PostgresAddress& address, const QString& database)
{
    QString uri =
        QStringLiteral("postgresql://%1@/%2?host=%3").arg(address.user(), database, address.host());
    if (address.port() >= 0)
        uri += QStringLiteral("&port=%1").arg(address.port());
    return uri;
}

} // namespace Detail

inline bool onPostgres()
{
    return qEnvironmentVariable("SWITCHBOARD_TEST_ENGINE") == QLatin1String("postgresql");
}

// Why this run's engine cannot be reached; empty when it can.
inline QString unavailable()
{
    if (!onPostgres())
        return {};
    if (Detail::serverAddress().isEmpty())
        return QStringLiteral("SWITCHBOARD_TEST_POSTGRES is not set: no PostgreSQL server for "
                              "this test (run the tests through scripts/test, or start one with "
                              "scripts/postgres-test-server)");
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("Qt's PostgreSQL driver (QPSQL) is missing: install libqt6sql6-psql");
    return {};
}

// scripts/test sets SWITCHBOARD_TEST_POSTGRES_REQUIRED: there a missing
// server is a failure. A developer without one sees the copy skipped.
inline bool required()
{
    return qEnvironmentVariableIsSet("SWITCHBOARD_TEST_POSTGRES_REQUIRED");
}

// The location of a new, empty directory (":memory:" on SQLite).
inline QString freshLocation()
{
    if (!onPostgres())
        return QStringLiteral(":memory:");
    const QString name =
        QStringLiteral("switchboard_test_") + QUuid::createUuid().toString(QUuid::Id128);
    const auto address = Detail::server();
    const auto created = address
                             ? Detail::runOnServer(QStringLiteral("CREATE DATABASE %1").arg(name))
                             : Result<void>(address.error());
    if (!created) {
        // Fails the calling test, not the whole executable; the location
        // given instead cannot be opened, so the test's own open fails too.
        QTest::qFail(qPrintable(created.error().message()), __FILE__, __LINE__);
        return QStringLiteral("postgresql:///%1?host=/nonexistent").arg(name);
    }
    Detail::madeDatabases() << name;
    return Detail::addressOf(*address, name);
}

// Drops the databases freshLocation() made; FORCE, so a connection the test
// left open does not keep its database alive.
inline void dropDatabases()
{
    for (const QString& name : std::as_const(Detail::madeDatabases()))
        if (const auto dropped = Detail::runOnServer(
                QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
            !dropped)
            QTest::qFail(qPrintable(dropped.error().message()), __FILE__, __LINE__);
    Detail::madeDatabases().clear();
}

// A location two connections (or processes) can open at once: a new
// database on the server, or a file in folder on SQLite.
inline QString sharedLocation(const QTemporaryDir& folder)
{
    return onPostgres() ? freshLocation() : folder.filePath(QStringLiteral("directory.sqlite"));
}

// Runs statements on the database at location (sharedLocation()) through a
// connection of its own, as another application with access to it could;
// false as soon as one fails.
inline bool exec(const QString& location, const QStringList& statements)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = true;
    {
        QSqlDatabase db;
        if (onPostgres()) {
            const auto address = PostgresAddress::parse(location);
            if (!address)
                return false;
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(address->host());
            db.setPort(address->port());
            db.setUserName(address->user());
            db.setDatabaseName(address->database());
            db.setConnectOptions(address->connectOptions());
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(location);
        }
        ok = db.open();
        QSqlQuery query(db);
        for (const QString& statement : statements)
            ok = ok && query.exec(statement);
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace TestEngine

// In init(): a test on an engine that is not there fails or skips, never passes.
#define REQUIRE_TEST_ENGINE()                                                                      \
    do {                                                                                           \
        const QString why = TestEngine::unavailable();                                             \
        if (!why.isEmpty()) {                                                                      \
            if (TestEngine::required())                                                            \
                QFAIL(qPrintable(why));                                                            \
            QSKIP(qPrintable(why));                                                                \
        }                                                                                          \
    } while (false)
