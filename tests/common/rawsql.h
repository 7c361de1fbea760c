#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QUuid>

// Runs SQL statements on a directory file through a connection of its own,
// as someone with access to the file could: to tamper with it, or to break
// it underneath an open Directory and show that what fails, fails closed.
namespace RawSql {

// False as soon as a statement fails (the rest do not run).
inline bool exec(const QString& path, const QStringList& statements)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString& statement : statements)
            ok = ok && q.exec(statement);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Every new audit event is refused from now on, as by a full disk.
inline bool refuseAuditWrites(const QString& path)
{
    return exec(path, {QStringLiteral("CREATE TRIGGER audit_events_refused BEFORE INSERT ON "
                                      "audit_events BEGIN SELECT RAISE(ABORT, 'disk full'); END")});
}

} // namespace RawSql
