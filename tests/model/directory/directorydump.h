#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QUuid>

namespace DirectoryTest {

// Every row of every entity table of a directory file, read through a
// connection of its own, as text: two dumps are equal when the directories
// hold exactly the same rows (ids and dates included). The audit trail,
// sign-in failures, temporary sessions and role history are left out.
inline QStringList dumpEntityTables(const QString& path)
{
    static const QStringList skipped{QStringLiteral("audit_events"),
                                     QStringLiteral("sign_in_failures"),
                                     QStringLiteral("temporary_sessions"),
                                     QStringLiteral("role_history"), QStringLiteral("meta")};
    const QString name = QUuid::createUuid().toString();
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QStringList tables;
            QSqlQuery list(db);
            list.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                     " ORDER BY name"));
            while (list.next())
                tables << list.value(0).toString();
            list.finish();
            for (const QString& table : tables) {
                if (skipped.contains(table))
                    continue;
                QSqlQuery q(db);
                q.exec(QStringLiteral("SELECT * FROM %1").arg(table));
                QStringList rows;
                while (q.next()) {
                    QStringList values;
                    for (int i = 0; i < q.record().count(); ++i)
                        values << (q.value(i).isNull() ? QStringLiteral("NULL")
                                                       : q.value(i).toString());
                    rows << table + QLatin1Char('|') + values.join(QLatin1Char('|'));
                }
                q.finish();
                rows.sort();
                out << rows;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace DirectoryTest
