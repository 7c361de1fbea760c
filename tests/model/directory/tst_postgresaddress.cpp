#include "common/resultassertions.h"

#include "directory/postgresaddress.h"

#include <QTest>

class TestPostgresAddress : public QObject
{
    Q_OBJECT

private slots:
    void onlyPostgresUrisNameAServer()
    {
        QVERIFY(PostgresAddress::names(QStringLiteral("postgresql://u@h/db")));
        QVERIFY(PostgresAddress::names(QStringLiteral("postgres://u@h/db")));
        QVERIFY(!PostgresAddress::names(QStringLiteral("/home/u/directory.sqlite")));
        QVERIFY(!PostgresAddress::names(QStringLiteral(":memory:")));
        QVERIFY(!PostgresAddress::names(QStringLiteral("postgresql.sqlite")));
    }

    void hostPortUserAndDatabase()
    {
        PostgresAddress address;
        REQUIRE_VALUE(address, PostgresAddress::parse(
                                   QStringLiteral("postgresql://alice@db.example.com:6543/team")));
        QCOMPARE(address.host(), QStringLiteral("db.example.com"));
        QCOMPARE(address.port(), 6543);
        QCOMPARE(address.user(), QStringLiteral("alice"));
        QCOMPARE(address.database(), QStringLiteral("team"));
        QCOMPARE(address.connectOptions(), QString());
    }

    void aSocketFolderAndOtherParameters()
    {
        PostgresAddress address;
        REQUIRE_VALUE(address, PostgresAddress::parse(QStringLiteral(
                                   "postgresql://bob@/iam%20lab?host=%2Fvar%2Frun%2Fpostgresql"
                                   "&sslmode=disable&application_name=it's")));
        QCOMPARE(address.host(), QStringLiteral("/var/run/postgresql"));
        QCOMPARE(address.port(), -1);
        QCOMPARE(address.user(), QStringLiteral("bob"));
        QCOMPARE(address.database(), QStringLiteral("iam lab"));
        QCOMPARE(address.connectOptions(),
                 QStringLiteral("sslmode='disable';application_name='it\\'s'"));
    }

    void anIpv6Host()
    {
        PostgresAddress address;
        REQUIRE_VALUE(address,
                      PostgresAddress::parse(QStringLiteral("postgresql://u@[::1]:5433/db")));
        QCOMPARE(address.host(), QStringLiteral("::1"));
        QCOMPARE(address.port(), 5433);
    }

    void aPasswordIsRefusedAndNeverRepeated()
    {
        for (const char* uri : {"postgresql://alice:s3cret-pw@host/team",
                                "postgresql://alice@host/team?password=s3cret-pw"}) {
            const auto parsed = PostgresAddress::parse(QString::fromLatin1(uri));
            QVERIFY(!parsed);
            QCOMPARE(parsed.error().code(), QStringLiteral("ValidationError"));
            QVERIFY2(parsed.error().message().contains(QLatin1String("PGPASSWORD")),
                     qPrintable(parsed.error().message()));
            QVERIFY2(!parsed.error().message().contains(QLatin1String("s3cret")),
                     qPrintable(parsed.error().message()));
        }
    }

    void noDatabaseOrABadPortIsRefused()
    {
        REQUIRE_CODE(PostgresAddress::parse(QStringLiteral("postgresql://alice@host")),
                     "ValidationError");
        REQUIRE_CODE(PostgresAddress::parse(QStringLiteral("postgresql://alice@host:port/db")),
                     "ValidationError");
    }
};

QTEST_GUILESS_MAIN(TestPostgresAddress)
#include "tst_postgresaddress.moc"
