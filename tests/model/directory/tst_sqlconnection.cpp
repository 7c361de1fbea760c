#include "common/resultassertions.h"
#include "common/testengine.h"
#include "directory/sqlconnection.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestSqlConnection : public QObject
{
    Q_OBJECT

private:
    static Result<std::unique_ptr<SqlConnection>> memory()
    {
        auto opened = SqlConnection::open(QStringLiteral(":memory:"));
        if (!opened)
            return opened.error();
        if (const auto created = opened.value()->execOnce(QStringLiteral(
                "CREATE TABLE t (id INTEGER PRIMARY KEY, s TEXT NOT NULL, n INTEGER)"));
            !created)
            return created.error();
        return opened;
    }

private slots:
    void init() { REQUIRE_TEST_ENGINE(); }
    void cleanup() { TestEngine::dropDatabases(); }

    // What another connection's commit makes a statement fail with is the
    // conflict AWS reports, never a ServiceFailure.
    void anotherWritersConflictsAreAwsErrors()
    {
        if (!TestEngine::onPostgres()) {
            // SQLite: the write lock another connection holds past the busy timeout.
            QTemporaryDir tmp;
            const QString file = tmp.filePath(QStringLiteral("d.sqlite"));
            std::unique_ptr<SqlConnection> holder;
            REQUIRE_VALUE(holder, SqlConnection::open(file));
            std::unique_ptr<SqlConnection> waiter;
            REQUIRE_VALUE(waiter, SqlConnection::open(file));
            REQUIRE_OK(holder->execOnce(QStringLiteral("CREATE TABLE t (k TEXT PRIMARY KEY)")));
            REQUIRE_OK(holder->exec(QStringLiteral("BEGIN IMMEDIATE")));
            REQUIRE_ERROR(waiter->exec(QStringLiteral("BEGIN IMMEDIATE")), "ConcurrentModification",
                          "The request was rejected because multiple requests to change this "
                          "object were submitted simultaneously. Wait a few minutes and submit "
                          "your request again.");
            REQUIRE_OK(holder->exec(QStringLiteral("ROLLBACK")));
            // A duplicate key there is a missing check, not a race: the statement is named.
            REQUIRE_OK(waiter->exec(QStringLiteral("INSERT INTO t(k) VALUES ('a')")));
            const auto duplicate = waiter->exec(QStringLiteral("INSERT INTO t(k) VALUES ('a')"));
            REQUIRE_CODE(duplicate, "ServiceFailure");
            QVERIFY(duplicate.error().message().contains(QStringLiteral("INSERT INTO t")));
            return;
        }
        std::unique_ptr<SqlConnection> c;
        REQUIRE_VALUE(c, SqlConnection::open(TestEngine::freshLocation()));
        REQUIRE_OK(c->execOnce(QStringLiteral("CREATE TABLE t (k TEXT PRIMARY KEY)")));
        REQUIRE_OK(c->exec(QStringLiteral("INSERT INTO t(k) VALUES (?)"), {QStringLiteral("a")}));
        REQUIRE_CODE(c->exec(QStringLiteral("INSERT INTO t(k) VALUES (?)"), {QStringLiteral("a")}),
                     "EntityAlreadyExists");
        for (const char* state : {"deadlock_detected", "serialization_failure"})
            REQUIRE_ERROR(c->execOnce(QStringLiteral("DO $$ BEGIN RAISE EXCEPTION 'raced' USING "
                                                     "ERRCODE = '%1'; END $$")
                                          .arg(QLatin1String(state))),
                          "ConcurrentModification",
                          "The request was rejected because multiple requests to change this "
                          "object were submitted simultaneously. Wait a few minutes and submit "
                          "your request again.");
        // Any other failure still names the statement.
        const auto other = c->execOnce(QStringLiteral(
            "DO $$ BEGIN RAISE EXCEPTION 'disk full' USING ERRCODE = '53100'; END $$"));
        REQUIRE_CODE(other, "ServiceFailure");
        QVERIFY(other.error().message().contains(QStringLiteral("disk full")));
    }

    void insertsSelectsAndCounts()
    {
        std::unique_ptr<SqlConnection> c;
        REQUIRE_VALUE(c, memory());
        QVERIFY(c->isInMemory());
        const auto first = c->insert(QStringLiteral("INSERT INTO t(s, n) VALUES (?, ?)"),
                                     {QStringLiteral("a"), 1});
        QVERIFY(first.ok());
        QCOMPARE(first.value(), 1);
        QCOMPARE(
            c->insert(QStringLiteral("INSERT INTO t(s, n) VALUES (?, ?)"), {QStringLiteral("b"), 2})
                .value(),
            2);
        QStringList rows;
        QVERIFY(c->select(QStringLiteral("SELECT s, n FROM t WHERE n >= ? ORDER BY id"), {1},
                          [&](const QSqlQuery& q) {
                              rows << q.value(0).toString() + q.value(1).toString();
                          })
                    .ok());
        QCOMPARE(rows, (QStringList{QStringLiteral("a1"), QStringLiteral("b2")}));
        const auto changed = c->exec(QStringLiteral("UPDATE t SET n = n + 10 WHERE n < ?"), {5});
        QCOMPARE(changed.value(), 2);
        QCOMPARE(c->scalar(QStringLiteral("SELECT sum(n) FROM t")).toInt(), 23);
        QCOMPARE(c->scalar(QStringLiteral("SELECT n FROM t WHERE id = ?"), {99}, -1).toInt(), -1);
    }

    void aNullStringIsStoredAsEmptyText()
    {
        std::unique_ptr<SqlConnection> c;
        REQUIRE_VALUE(c, memory());
        QVERIFY(c->insert(QStringLiteral("INSERT INTO t(s) VALUES (?)"), {QString()}).ok());
        const QVariant stored = c->scalar(QStringLiteral("SELECT s FROM t"));
        QVERIFY(!stored.isNull());
        QCOMPARE(stored.toString(), QString());
        // An invalid QVariant still means NULL.
        QVERIFY(
            c->insert(QStringLiteral("INSERT INTO t(s, n) VALUES ('x', ?)"), {QVariant()}).ok());
        QCOMPARE(c->scalar(QStringLiteral("SELECT count(*) FROM t WHERE n IS NULL")).toInt(), 2);
    }

    void failuresAreServiceFailuresNamingTheStatement()
    {
        std::unique_ptr<SqlConnection> c;
        REQUIRE_VALUE(c, memory());
        const auto bad = c->exec(QStringLiteral("SELECT * FROM missing_table"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code(), QStringLiteral("ServiceFailure"));
        QVERIFY(bad.error().message().contains(QStringLiteral("missing_table")));
        const auto constraint =
            c->insert(QStringLiteral("INSERT INTO t(s) VALUES (?)"), {QVariant()});
        QVERIFY(!constraint.ok());
        QVERIFY(!c->execOnce(QStringLiteral("NOT SQL")).ok());
        // The connection is still usable.
        QVERIFY(
            c->insert(QStringLiteral("INSERT INTO t(s) VALUES (?)"), {QStringLiteral("ok")}).ok());
    }

    void eachConnectionIsNamedAndRemovedWithIt()
    {
        const qsizetype before = QSqlDatabase::connectionNames().size();
        QString name;
        {
            std::unique_ptr<SqlConnection> a;
            REQUIRE_VALUE(a, memory());
            std::unique_ptr<SqlConnection> b;
            REQUIRE_VALUE(b, memory());
            name = a->connectionName();
            QVERIFY(name != b->connectionName());
            QVERIFY(QSqlDatabase::contains(name));
            QVERIFY(a->insert(QStringLiteral("INSERT INTO t(s) VALUES ('only a')")).ok());
            QCOMPARE(b->scalar(QStringLiteral("SELECT count(*) FROM t")).toInt(), 0);
        }
        QVERIFY(!QSqlDatabase::contains(name));
        QCOMPARE(QSqlDatabase::connectionNames().size(), before);
    }
};

QTEST_GUILESS_MAIN(TestSqlConnection)
#include "tst_sqlconnection.moc"
