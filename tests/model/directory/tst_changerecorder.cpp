#include "common/resultassertions.h"
#include "directory/changerecorder.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

// Recording row changes with SQLite's session extension, inverting and
// applying them: what undo and redo rest on. A conflict aborts the whole
// changeset with UndoConflict, naming the row in words.
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

    // The changes work() makes to the users table, recorded.
    template <typename Work>
    QByteArray record(Work work)
    {
        auto recorder = ChangeRecorder::start(m_connection, {QStringLiteral("users")});
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
};

QTEST_GUILESS_MAIN(TestChangeRecorder)
#include "tst_changerecorder.moc"
