#pragma once

#include "iam/result.h"

#include <QList>
#include <QPair>
#include <QString>

// Where a directory on a PostgreSQL server is, in libpq's URI form:
// postgresql://USER@HOST:PORT/DB, "?host=/socket/dir" for a Unix socket, and
// libpq's other parameters (sslmode, ...). It never carries a password:
// libpq reads that from PGPASSWORD, ~/.pgpass or PGPASSFILE, so it is never
// on a command line or in a settings file.
class PostgresAddress
{
public:
    // Whether the location names a server rather than a file.
    static bool names(const QString& location);
    // Refuses an address with a password, or one libpq could not read.
    static Result<PostgresAddress> parse(const QString& location);

    QString host() const { return m_host; }
    int port() const { return m_port; } // -1: libpq's default
    QString user() const { return m_user; }
    QString database() const { return m_database; }
    // libpq's other parameters, as "key='value'" pairs separated by ';'.
    QString connectOptions() const;
    // The address again, as it was given.
    QString toString() const { return m_location; }

private:
    QString m_location;
    QString m_host;
    int m_port = -1;
    QString m_user;
    QString m_database;
    QList<QPair<QString, QString>> m_options;
};
