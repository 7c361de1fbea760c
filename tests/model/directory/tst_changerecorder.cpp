#include "common/resultassertions.h"
#include "directory/changerecorder.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

// Recording row changes through the change log (triggers copying row images),
// inverting and applying them: what undo and redo rest on. A conflict aborts
// the whole changeset with UndoConflict, naming the row in words.
class TestChangeRecorder : public QObject
{
    Q_OBJECT

    QString m_connection;

    QSqlDatabase db() const { return QSqlDatabase::database(m_connection); }

    bool exec(const QString& sql) const
    {
        QSqlQuery query(db());
        return query.exec(sql);
    }

    // "id:name" of every user, by id.
    QStringList users() const
    {
        QStringList rows;
        QSqlQuery query(db());
        if (!query.exec(QStringLiteral("SELECT id, name FROM users ORDER BY id")))
            return {QStringLiteral("(query failed)")};
        while (query.next())
            rows << query.value(0).toString() + QLatin1Char(':') + query.value(1).toString();
        return rows;
    }

    // The first column of the first row of a query; "(query failed)" or "(no row)" otherwise.
    QVariant value(const QString& sql) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql))
            return QStringLiteral("(query failed)");
        return query.next() ? query.value(0) : QVariant(QStringLiteral("(no row)"));
    }

    // Every row of a table, each as its columns' values (type included), by rowid.
    QList<QVariantList> rows(const QString& table) const
    {
        QList<QVariantList> all;
        QSqlQuery query(db());
        if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table)))
            return {{QStringLiteral("(query failed)")}};
        while (query.next()) {
            QVariantList row;
            for (int i = 0; i < query.record().count(); ++i)
                row << query.value(i);
            all << row;
        }
        return all;
    }

    // The changes work() makes to the tables (by default users), recorded.
    template <typename Work>
    QByteArray record(Work work, const QStringList& tables = {QStringLiteral("users")})
    {
        auto recorder = ChangeRecorder::start(m_connection, tables);
        if (!CHECK_OK(recorder))
            return {};
        work();
        const auto changes = recorder.value()->changeset();
        return CHECK_OK(changes) ? changes.value() : QByteArray();
    }

    static QByteArray inverted(const QByteArray& changeset)
    {
        const auto inverse = ChangeRecorder::invert(changeset);
        return CHECK_OK(inverse) ? inverse.value() : QByteArray();
    }

private slots:
    void init()
    {
        m_connection = QUuid::createUuid().toString();
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        database.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(database.open());
        QVERIFY(exec(QStringLiteral(
            "CREATE TABLE users (id INTEGER PRIMARY KEY, account TEXT NOT NULL, name TEXT)")));
        QVERIFY(exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")));
        QVERIFY(
            exec(QStringLiteral("INSERT INTO users VALUES (1, 'a', 'alice'), (2, 'a', 'bob')")));
    }

    void cleanup()
    {
        QSqlDatabase::database(m_connection).close();
        QSqlDatabase::removeDatabase(m_connection);
    }

    void anUnknownConnectionIsAServiceFailure()
    {
        REQUIRE_CODE(ChangeRecorder::start(QStringLiteral("no such connection"), {}),
                     "ServiceFailure");
        REQUIRE_CODE(ChangeRecorder::apply(QStringLiteral("no such connection"), QByteArray()),
                     "ServiceFailure");
    }

    void recordsOnlyTheAttachedTables()
    {
        const QByteArray nothing = record([] {});
        QVERIFY(nothing.isEmpty());
        const QByteArray notes =
            record([&] { QVERIFY(exec(QStringLiteral("INSERT INTO notes VALUES (1, 'x')"))); });
        QVERIFY(notes.isEmpty());
        const QByteArray changes = record([&] {
            QVERIFY(exec(QStringLiteral("INSERT INTO users VALUES (3, 'a', 'carol')")));
            QVERIFY(exec(QStringLiteral("INSERT INTO notes VALUES (2, 'y')")));
        });
        QVERIFY(!changes.isEmpty());
        QCOMPARE(ChangeRecorder::tables(changes), QStringList{QStringLiteral("users")});
    }

    void theInverseUndoesAndTheChangesetRedoes()
    {
        const QStringList before = users();
        const QByteArray changes = record([&] {
            QVERIFY(exec(QStringLiteral("INSERT INTO users VALUES (3, 'a', 'carol')")));
            QVERIFY(exec(QStringLiteral("UPDATE users SET name = 'robert' WHERE id = 2")));
            QVERIFY(exec(QStringLiteral("DELETE FROM users WHERE id = 1")));
        });
        const QStringList after = users();
        QCOMPARE(after, (QStringList{QStringLiteral("2:robert"), QStringLiteral("3:carol")}));
        REQUIRE_OK(ChangeRecorder::apply(m_connection, inverted(changes)));
        QCOMPARE(users(), before);
        REQUIRE_OK(ChangeRecorder::apply(m_connection, changes));
        QCOMPARE(users(), after);
    }

    void aChangedRowIsAConflictAndNothingIsApplied()
    {
        const QByteArray changes = record([&] {
            QVERIFY(exec(QStringLiteral("UPDATE users SET name = 'alicia' WHERE id = 1")));
            QVERIFY(exec(QStringLiteral("UPDATE users SET name = 'robert' WHERE id = 2")));
        });
        // Someone else renames bob since.
        QVERIFY(exec(QStringLiteral("UPDATE users SET name = 'rob' WHERE id = 2")));
        REQUIRE_ERROR(ChangeRecorder::apply(m_connection, inverted(changes)), "UndoConflict",
                      "The directory changed since: the user robert was changed.");
        // Alice's half was taken back too.
        QCOMPARE(users(), (QStringList{QStringLiteral("1:alicia"), QStringLiteral("2:rob")}));
    }

    void aMissingRowIsAConflict()
    {
        const QByteArray changes = record([&] {
            QVERIFY(exec(QStringLiteral("UPDATE users SET name = 'robert' WHERE id = 2")));
        });
        QVERIFY(exec(QStringLiteral("DELETE FROM users WHERE id = 2")));
        const auto applied = ChangeRecorder::apply(m_connection, inverted(changes));
        REQUIRE_CODE(applied, "UndoConflict");
        QVERIFY2(applied.error().message().endsWith(QStringLiteral("no longer exists.")),
                 qPrintable(applied.error().message()));
    }

    void aRowThereAgainIsAConflict()
    {
        const QByteArray changes =
            record([&] { QVERIFY(exec(QStringLiteral("DELETE FROM users WHERE id = 2"))); });
        QVERIFY(exec(QStringLiteral("INSERT INTO users VALUES (2, 'a', 'bobby')")));
        REQUIRE_ERROR(ChangeRecorder::apply(m_connection, inverted(changes)), "UndoConflict",
                      "The directory changed since: the user bob exists again.");
        QCOMPARE(users(), (QStringList{QStringLiteral("1:alice"), QStringLiteral("2:bobby")}));
    }

    void severalTablesInOneEditGoBackTogether()
    {
        QVERIFY(exec(QStringLiteral("INSERT INTO notes VALUES (1, 'first')")));
        const QList<QVariantList> usersBefore = rows(QStringLiteral("users"));
        const QList<QVariantList> notesBefore = rows(QStringLiteral("notes"));
        const QByteArray changes = record(
            [&] {
                QVERIFY(exec(QStringLiteral("INSERT INTO users VALUES (3, 'a', 'carol')")));
                QVERIFY(exec(QStringLiteral("UPDATE notes SET text = 'changed' WHERE id = 1")));
                QVERIFY(exec(QStringLiteral("INSERT INTO notes VALUES (2, 'second')")));
            },
            {QStringLiteral("users"), QStringLiteral("notes")});
        QCOMPARE(ChangeRecorder::tables(changes),
                 (QStringList{QStringLiteral("users"), QStringLiteral("notes")}));
        const QList<QVariantList> usersAfter = rows(QStringLiteral("users"));
        const QList<QVariantList> notesAfter = rows(QStringLiteral("notes"));
        REQUIRE_OK(ChangeRecorder::apply(m_connection, inverted(changes)));
        QCOMPARE(rows(QStringLiteral("users")), usersBefore);
        QCOMPARE(rows(QStringLiteral("notes")), notesBefore);
        REQUIRE_OK(ChangeRecorder::apply(m_connection, changes));
        QCOMPARE(rows(QStringLiteral("users")), usersAfter);
        QCOMPARE(rows(QStringLiteral("notes")), notesAfter);
    }

    void invertingTwiceGivesTheChangesetBack()
    {
        const QByteArray changes = record([&] {
            QVERIFY(exec(QStringLiteral("INSERT INTO users VALUES (3, 'a', 'carol')")));
            QVERIFY(exec(QStringLiteral("UPDATE users SET name = 'robert' WHERE id = 2")));
            QVERIFY(exec(QStringLiteral("DELETE FROM users WHERE id = 1")));
        });
        QVERIFY(!changes.isEmpty());
        const QByteArray inverse = inverted(changes);
        QVERIFY(inverse != changes);
        QCOMPARE(inverted(inverse), changes);
        QCOMPARE(ChangeRecorder::tables(inverse), QStringList{QStringLiteral("users")});
    }

    void valuesKeepTheirTypeAndBytes()
    {
        QVERIFY(exec(QStringLiteral("CREATE TABLE samples (id TEXT PRIMARY KEY, blob BLOB,"
                                    " text TEXT, real REAL, number INTEGER, anything)")));
        const QByteArray bytes("\x00\xff\x01 not text\x00", 13);
        const QString unicode = QStringLiteral("Zo\u00eb \u6771\u4eac \U0001F511 \"quoted\" 'x'");
        const QByteArray changes = record(
            [&] {
                QSqlQuery insert(db());
                QVERIFY(insert.prepare(
                    QStringLiteral("INSERT INTO samples VALUES (?, ?, ?, ?, ?, ?)")));
                const QList<QVariantList> samples{
                    {unicode, bytes, unicode, 0.1, Q_INT64_C(9007199254740993), QVariant()},
                    {QStringLiteral("empty"), QByteArray("", 0), QString(QLatin1String("")), -0.0,
                     0, QByteArray("", 0)},
                    {QStringLiteral("nulls"), QVariant(), QVariant(), QVariant(), QVariant(),
                     42.5}};
                for (const QVariantList& sample : samples) {
                    for (const QVariant& bind : sample)
                        insert.addBindValue(bind);
                    QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
                }
            },
            {QStringLiteral("samples")});
        const QString types = QStringLiteral(
            "SELECT group_concat(id || ':' || typeof(blob) || typeof(text) || typeof(real)"
            " || typeof(number) || typeof(anything), ' ') FROM samples");
        const QVariant typesAfter = value(types);
        const QList<QVariantList> after = rows(QStringLiteral("samples"));
        QCOMPARE(after.size(), 3);
        REQUIRE_OK(ChangeRecorder::apply(m_connection, inverted(changes)));
        QCOMPARE(rows(QStringLiteral("samples")).size(), 0);
        REQUIRE_OK(ChangeRecorder::apply(m_connection, changes));
        QCOMPARE(rows(QStringLiteral("samples")), after);
        QCOMPARE(value(types), typesAfter);
        QCOMPARE(value(QStringLiteral("SELECT blob FROM samples WHERE number = 9007199254740993"))
                     .toByteArray(),
                 bytes);
        QCOMPARE(value(QStringLiteral("SELECT text FROM samples WHERE real = 0.1")).toString(),
                 unicode);
        QCOMPARE(value(QStringLiteral("SELECT typeof(blob) || typeof(text) || typeof(anything)"
                                      " FROM samples WHERE id = 'empty'")),
                 QVariant(QStringLiteral("blobtextblob")));
        QCOMPARE(value(QStringLiteral("SELECT typeof(blob) || typeof(real) || typeof(anything)"
                                      " FROM samples WHERE id = 'nulls'")),
                 QVariant(QStringLiteral("nullnullreal")));
        // An update that changes a value of each kind goes back too.
        const QByteArray update = record(
            [&] {
                QVERIFY(exec(QStringLiteral("UPDATE samples SET blob = NULL, text = x'00ff',"
                                            " real = 1, anything = 'text' WHERE id = 'empty'")));
            },
            {QStringLiteral("samples")});
        REQUIRE_OK(ChangeRecorder::apply(m_connection, inverted(update)));
        QCOMPARE(rows(QStringLiteral("samples")), after);
        QCOMPARE(value(types), typesAfter);
    }

    void nothingIsRecordedOnceTheRecorderEnds()
    {
        const QString log = QStringLiteral("SELECT count(*) FROM temp.change_log");
        QCOMPARE(value(QStringLiteral("PRAGMA recursive_triggers")).toInt(), 0);
        {
            auto recorder = ChangeRecorder::start(
                m_connection, {QStringLiteral("users"), QStringLiteral("notes")});
            REQUIRE_OK(recorder);
            // One recording per connection at a time: a second would record twice.
            REQUIRE_ERROR(ChangeRecorder::start(m_connection, {QStringLiteral("users")}),
                          "ServiceFailure", "Another change is being recorded on this connection.");
            QVERIFY(exec(QStringLiteral("INSERT INTO users VALUES (3, 'a', 'carol')")));
            QCOMPARE(value(log).toInt(), 1);
        }
        QCOMPARE(value(log).toInt(), 0);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM temp.change_log_values")).toInt(), 0);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM temp.change_log_recording")).toInt(),
                 0);
        QCOMPARE(value(QStringLiteral("PRAGMA recursive_triggers")).toInt(), 0);
        // The triggers stay on this connection, asleep: edits after the
        // recorder are not logged.
        QVERIFY(exec(QStringLiteral("INSERT INTO users VALUES (4, 'a', 'dave')")));
        QVERIFY(exec(QStringLiteral("UPDATE notes SET text = 'x'")));
        QVERIFY(exec(QStringLiteral("DELETE FROM users WHERE id = 3")));
        QCOMPARE(value(log).toInt(), 0);
        // Nothing of the log reached the database's own schema, and another
        // connection to it has none of it.
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM main.sqlite_master"
                                      " WHERE name LIKE 'change%'"))
                     .toInt(),
                 0);
        // A later recorder of fewer tables records only those.
        const QByteArray changes = record([&] {
            QVERIFY(exec(QStringLiteral("INSERT INTO notes VALUES (7, 'y')")));
            QVERIFY(exec(QStringLiteral("UPDATE users SET name = 'david' WHERE id = 4")));
        });
        QCOMPARE(ChangeRecorder::tables(changes), QStringList{QStringLiteral("users")});
    }

    void anotherConnectionToTheFileRecordsNothing()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString file = folder.filePath(QStringLiteral("directory.sqlite"));
        const QString first = QUuid::createUuid().toString();
        const QString second = QUuid::createUuid().toString();
        for (const QString& name : {first, second}) {
            QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            database.setDatabaseName(file);
            QVERIFY(database.open());
        }
        {
            QSqlQuery create(QSqlDatabase::database(first));
            QVERIFY(
                create.exec(QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, name)")));
            auto recorder = ChangeRecorder::start(first, {QStringLiteral("users")});
            REQUIRE_OK(recorder);
            QSqlQuery other(QSqlDatabase::database(second));
            QVERIFY(other.exec(QStringLiteral("INSERT INTO users VALUES (1, 'elsewhere')")));
            const auto changes = recorder.value()->changeset();
            REQUIRE_OK(changes);
            QVERIFY(changes.value().isEmpty());
            QVERIFY(!other.exec(QStringLiteral("SELECT count(*) FROM temp.change_log")));
        }
        for (const QString& name : {first, second}) {
            QSqlDatabase::database(name).close();
            QSqlDatabase::removeDatabase(name);
        }
    }

    void aRowThatEndsAsItBeganIsNoChange()
    {
        const QByteArray nothing = record([&] {
            QVERIFY(exec(QStringLiteral("INSERT INTO users VALUES (3, 'a', 'carol')")));
            QVERIFY(exec(QStringLiteral("DELETE FROM users WHERE id = 3")));
            QVERIFY(exec(QStringLiteral("UPDATE users SET name = 'robert' WHERE id = 2")));
            QVERIFY(exec(QStringLiteral("UPDATE users SET name = 'bob' WHERE id = 2")));
            QVERIFY(exec(QStringLiteral("UPDATE users SET name = name")));
        });
        QVERIFY(nothing.isEmpty());
        // Deleted and inserted again with other values: one update.
        const QStringList before = users();
        const QByteArray changes = record([&] {
            QVERIFY(exec(QStringLiteral("DELETE FROM users WHERE id = 2")));
            QVERIFY(exec(QStringLiteral("INSERT INTO users VALUES (2, 'a', 'robert')")));
            QVERIFY(exec(QStringLiteral("UPDATE users SET name = 'bobby' WHERE id = 2")));
        });
        REQUIRE_OK(ChangeRecorder::apply(m_connection, inverted(changes)));
        QCOMPARE(users(), before);
    }

    void aReplacedRowComesBack()
    {
        const QStringList before = users();
        const QByteArray changes = record([&] {
            QVERIFY(exec(QStringLiteral("INSERT OR REPLACE INTO users VALUES (2, 'b', 'robert')")));
        });
        QCOMPARE(users(), (QStringList{QStringLiteral("1:alice"), QStringLiteral("2:robert")}));
        REQUIRE_OK(ChangeRecorder::apply(m_connection, inverted(changes)));
        QCOMPARE(users(), before);
        QCOMPARE(value(QStringLiteral("SELECT account FROM users WHERE id = 2")).toString(),
                 QStringLiteral("a"));
    }

    void rowsACascadeDeletedComeBack()
    {
        QVERIFY(exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        QVERIFY(exec(QStringLiteral("CREATE TABLE tags (user_id INTEGER NOT NULL"
                                    " REFERENCES users(id) ON DELETE CASCADE, key TEXT NOT NULL,"
                                    " PRIMARY KEY (user_id, key)) WITHOUT ROWID")));
        QVERIFY(exec(QStringLiteral("INSERT INTO tags VALUES (1, 'team'), (1, 'site'), (2, 'x')")));
        const QList<QVariantList> tagsBefore = rows(QStringLiteral("tags"));
        const QStringList before = users();
        const QByteArray changes =
            record([&] { QVERIFY(exec(QStringLiteral("DELETE FROM users WHERE id = 1"))); },
                   {QStringLiteral("users"), QStringLiteral("tags")});
        QCOMPARE(rows(QStringLiteral("tags")).size(), 1);
        REQUIRE_OK(ChangeRecorder::apply(m_connection, inverted(changes)));
        QCOMPARE(users(), before);
        QCOMPARE(rows(QStringLiteral("tags")), tagsBefore);
        REQUIRE_OK(ChangeRecorder::apply(m_connection, changes));
        QCOMPARE(rows(QStringLiteral("tags")).size(), 1);
    }

    void aViolatedConstraintIsAConflictAndNothingIsApplied()
    {
        QVERIFY(exec(QStringLiteral("CREATE UNIQUE INDEX user_names ON users(name)")));
        const QByteArray changes = record([&] {
            QVERIFY(exec(QStringLiteral("UPDATE users SET name = 'alicia' WHERE id = 1")));
            QVERIFY(exec(QStringLiteral("DELETE FROM users WHERE id = 2")));
        });
        // Someone else takes the name "alice" since; undo would restore it.
        QVERIFY(exec(QStringLiteral("INSERT INTO users VALUES (5, 'a', 'bob')")));
        REQUIRE_ERROR(ChangeRecorder::apply(m_connection, inverted(changes)), "UndoConflict",
                      "The directory changed since: the user bob conflicts with a newer entry.");
        QCOMPARE(users(), (QStringList{QStringLiteral("1:alicia"), QStringLiteral("5:bob")}));
    }

    void aConflictInsideTheCallersTransactionLeavesItOpenAndUnchanged()
    {
        const QByteArray changes = record([&] {
            QVERIFY(exec(QStringLiteral("UPDATE users SET name = 'alicia' WHERE id = 1")));
            QVERIFY(exec(QStringLiteral("UPDATE users SET name = 'robert' WHERE id = 2")));
        });
        QVERIFY(exec(QStringLiteral("UPDATE users SET name = 'rob' WHERE id = 2")));
        QVERIFY(exec(QStringLiteral("BEGIN")));
        QVERIFY(exec(QStringLiteral("INSERT INTO users VALUES (3, 'a', 'carol')")));
        REQUIRE_CODE(ChangeRecorder::apply(m_connection, inverted(changes)), "UndoConflict");
        // The caller's own work stays, and its transaction is still its own to end.
        QCOMPARE(users(), (QStringList{QStringLiteral("1:alicia"), QStringLiteral("2:rob"),
                                       QStringLiteral("3:carol")}));
        QVERIFY(exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(users(), (QStringList{QStringLiteral("1:alicia"), QStringLiteral("2:rob")}));
    }

    void whatIsNotAChangesetIsRefused()
    {
        REQUIRE_CODE(ChangeRecorder::apply(m_connection, QByteArray("not a changeset")),
                     "ServiceFailure");
        REQUIRE_CODE(ChangeRecorder::invert(QByteArray("\xa0", 1)), "ServiceFailure");
        QCOMPARE(ChangeRecorder::tables(QByteArray("junk")), QStringList());
        REQUIRE_CODE(ChangeRecorder::start(m_connection, {QStringLiteral("no_such_table")}),
                     "ServiceFailure");
        // A refused start leaves nothing behind either.
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM temp.sqlite_master"
                                      " WHERE type = 'trigger'"))
                     .toInt(),
                 0);
        QCOMPARE(users(), (QStringList{QStringLiteral("1:alice"), QStringLiteral("2:bob")}));
    }
};

QTEST_GUILESS_MAIN(TestChangeRecorder)
#include "tst_changerecorder.moc"
