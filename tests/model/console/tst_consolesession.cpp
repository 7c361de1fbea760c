#include "console/consolesession.h"
#include "crypto/passwordhasher.h"
#include "directory/directory.h"
#include "iam/clock.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestConsoleSession : public QObject
{
    Q_OBJECT

private:
    const QString account = QStringLiteral("111122223333");
    const QString alias = QStringLiteral("catphoto-prod");

    std::unique_ptr<Directory> makeDirectory(const QString& path, const Clock* clock)
    {
        auto opened = Directory::open(path, clock);
        if (!opened)
            qFatal("cannot open directory: %s", qPrintable(opened.error().toString()));
        std::unique_ptr<Directory> dir = std::move(opened).value();
        if (dir->accounts().isEmpty()) {
            require(dir->createAccount(account, alias));
            require(dir->createUser(account, QStringLiteral("John")));
            require(dir->setLoginProfile(account, QStringLiteral("John"),
                                         PasswordHasher::hash(QStringLiteral("right"))));
            require(dir->createUser(account, QStringLiteral("NoConsole")));
        }
        return dir;
    }

    template <typename R>
    static void require(const R& result)
    {
        if (!result.ok())
            qFatal("%s", qPrintable(result.error().toString()));
    }

private slots:
    void initTestCase() { PasswordHasher::setCostLog2(10); }

    void signsInByIdOrAlias_data()
    {
        QTest::addColumn<QString>("accountInput");
        QTest::newRow("id") << account;
        QTest::newRow("alias") << alias;
        QTest::newRow("alias in another case, padded") << QStringLiteral(" CatPhoto-Prod ");
    }
    void signsInByIdOrAlias()
    {
        QFETCH(QString, accountInput);
        ManualClock clock;
        auto dir = makeDirectory(QStringLiteral(":memory:"), &clock);
        ConsoleSession session(dir.get(), &clock);
        QSignalSpy signedIn(&session, &ConsoleSession::signedIn);
        QSignalSpy changed(&session, &ConsoleSession::activeIdentityChanged);

        const auto result =
            session.signIn(accountInput, QStringLiteral("john"), QStringLiteral("right"));
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        QVERIFY(session.isSignedIn());
        QCOMPARE(signedIn.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(session.identity().kind, Identity::Kind::User);
        QCOMPARE(session.identity().user.name, QStringLiteral("John"));
        QCOMPARE(session.identity().account.id, account);
        QCOMPARE(session.identity().arn(), QStringLiteral("arn:aws:iam::111122223333:user/John"));
        QCOMPARE(session.identity().expiresAt, clock.now().addSecs(12 * 3600));
    }

    void everyFailureSaysTheSame_data()
    {
        QTest::addColumn<QString>("accountInput");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::newRow("wrong password")
            << account << QStringLiteral("John") << QStringLiteral("wrong");
        QTest::newRow("unknown user")
            << account << QStringLiteral("Nobody") << QStringLiteral("right");
        QTest::newRow("unknown account")
            << QStringLiteral("999999999999") << QStringLiteral("John") << QStringLiteral("right");
        QTest::newRow("no console password")
            << account << QStringLiteral("NoConsole") << QStringLiteral("right");
        QTest::newRow("empty password") << account << QStringLiteral("John") << QString();
    }
    void everyFailureSaysTheSame()
    {
        QFETCH(QString, accountInput);
        QFETCH(QString, user);
        QFETCH(QString, password);
        ManualClock clock;
        auto dir = makeDirectory(QStringLiteral(":memory:"), &clock);
        ConsoleSession session(dir.get(), &clock);
        QSignalSpy signedIn(&session, &ConsoleSession::signedIn);
        const auto result = session.signIn(accountInput, user, password);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), QStringLiteral("AccessDenied"));
        QCOMPARE(result.error().message(), ConsoleSession::authenticationFailedMessage());
        QVERIFY(!session.isSignedIn());
        QCOMPARE(signedIn.count(), 0);
    }

    void failedAndSuccessfulSignInsAreAudited()
    {
        ManualClock clock;
        auto dir = makeDirectory(QStringLiteral(":memory:"), &clock);
        ConsoleSession session(dir.get(), &clock);
        const int before = dir->auditEventCount();
        QVERIFY(!session.signIn(account, QStringLiteral("John"), QStringLiteral("wrong")).ok());
        QVERIFY(session.signIn(account, QStringLiteral("John"), QStringLiteral("right")).ok());
        const QList<AuditEvent> events = dir->auditEvents(before);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].action, QStringLiteral("ConsoleLogin"));
        QCOMPARE(events[0].outcome, QStringLiteral("Failure"));
        QCOMPARE(events[1].outcome, QStringLiteral("Success"));
        QCOMPARE(events[1].actorArn, QStringLiteral("arn:aws:iam::111122223333:user/John"));
        for (const AuditEvent& e : events)
            QVERIFY(!e.detail.contains(QStringLiteral("wrong")) &&
                    !e.detail.contains(QStringLiteral("right")));
    }

    void fiveFailuresLockTheUserOutForFifteenMinutes()
    {
        ManualClock clock;
        auto dir = makeDirectory(QStringLiteral(":memory:"), &clock);
        ConsoleSession session(dir.get(), &clock);
        for (int i = 0; i < 5; ++i) {
            clock.advance(10);
            QCOMPARE(session.signIn(account, QStringLiteral("John"), QStringLiteral("wrong"))
                         .error()
                         .message(),
                     ConsoleSession::authenticationFailedMessage());
        }
        // The right password no longer helps while locked out.
        auto locked = session.signIn(account, QStringLiteral("John"), QStringLiteral("right"));
        QVERIFY(!locked.ok());
        QVERIFY2(locked.error().message().contains(QStringLiteral("locked out")),
                 qPrintable(locked.error().message()));
        clock.advance(14 * 60);
        QVERIFY(!session.signIn(account, QStringLiteral("John"), QStringLiteral("right")).ok());
        clock.advance(61);
        const auto result =
            session.signIn(account, QStringLiteral("John"), QStringLiteral("right"));
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    }

    void failuresOutsideTheWindowDoNotCount()
    {
        ManualClock clock;
        auto dir = makeDirectory(QStringLiteral(":memory:"), &clock);
        ConsoleSession session(dir.get(), &clock);
        for (int i = 0; i < 4; ++i)
            QVERIFY(!session.signIn(account, QStringLiteral("John"), QStringLiteral("wrong")).ok());
        clock.advance(16 * 60);
        QVERIFY(!session.signIn(account, QStringLiteral("John"), QStringLiteral("wrong")).ok());
        QVERIFY(session.signIn(account, QStringLiteral("John"), QStringLiteral("right")).ok());
    }

    void lockoutSurvivesARestart()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("d.sqlite"));
        ManualClock clock;
        {
            auto dir = makeDirectory(path, &clock);
            ConsoleSession session(dir.get(), &clock);
            for (int i = 0; i < 5; ++i)
                QVERIFY(
                    !session.signIn(account, QStringLiteral("John"), QStringLiteral("wrong")).ok());
        }
        auto dir = makeDirectory(path, &clock);
        ConsoleSession session(dir.get(), &clock);
        const auto result =
            session.signIn(account, QStringLiteral("John"), QStringLiteral("right"));
        QVERIFY(!result.ok());
        QVERIFY(result.error().message().contains(QStringLiteral("locked out")));
    }

    void signOutReturnsToNoIdentity()
    {
        ManualClock clock;
        auto dir = makeDirectory(QStringLiteral(":memory:"), &clock);
        ConsoleSession session(dir.get(), &clock);
        QVERIFY(session.signIn(account, QStringLiteral("John"), QStringLiteral("right")).ok());
        QSignalSpy signedOut(&session, &ConsoleSession::signedOut);
        session.signOut();
        QCOMPARE(signedOut.count(), 1);
        QVERIFY(!session.isSignedIn());
        QVERIFY(session.identity().arn().isEmpty());
        session.signOut();
        QCOMPARE(signedOut.count(), 1);
    }

    void consoleSessionEndsAfterTwelveHours()
    {
        ManualClock clock;
        auto dir = makeDirectory(QStringLiteral(":memory:"), &clock);
        ConsoleSession session(dir.get(), &clock);
        QVERIFY(session.signIn(account, QStringLiteral("John"), QStringLiteral("right")).ok());
        QSignalSpy signedOut(&session, &ConsoleSession::signedOut);
        clock.advance(12 * 3600 - 1);
        session.checkExpiry();
        QVERIFY(session.isSignedIn());
        clock.advance(1);
        session.checkExpiry();
        QVERIFY(!session.isSignedIn());
        QCOMPARE(signedOut.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestConsoleSession)
#include "tst_consolesession.moc"
