#include "common/resultassertions.h"
#include "console/consolesession.h"
#include "console/consolesessions.h"
#include "directory/directory.h"
#include "iam/clock.h"
#include "iam/quotas.h"
#include "testdirectory.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

// AWS's console signs in up to five identities at once, each with its own
// permissions and expiry, and signing out of one leaves the others:
// https://docs.aws.amazon.com/awsconsolehelpdocs/latest/gsg/multisession.html
class TestConsoleSessions : public QObject
{
    Q_OBJECT

private:
    ManualClock clock{QDateTime(QDate(2026, 12, 4), QTime(9, 0, 0), Qt::UTC)};
    std::unique_ptr<Directory> dir;

    static Result<void> signIn(ConsoleSession* session, const QString& user)
    {
        return session->signIn(TestDirectory::prod, user, TestDirectory::password);
    }

    // Opens an added session and signs user in; nullptr (and a failed test) when it cannot.
    static ConsoleSession* openSignedIn(ConsoleSessions& sessions, const QString& user)
    {
        auto opened = sessions.open();
        if (!CHECK_OK(opened) || !CHECK_OK(signIn(opened.value(), user)))
            return nullptr;
        return opened.value();
    }

private slots:
    void init() { REQUIRE_VALUE(dir, TestDirectory::small(QStringLiteral(":memory:"), &clock)); }
    void cleanup() { dir.reset(); }

    void theSixthSessionIsRefusedUntilOneCloses()
    {
        ConsoleSessions sessions(dir.get(), &clock, nullptr);
        REQUIRE_OK(signIn(sessions.primary(), QStringLiteral("Maria")));
        QList<ConsoleSession*> added;
        for (int i = 1; i < ConsoleSessions::maxSessions; ++i) {
            ConsoleSession* session = openSignedIn(sessions, QStringLiteral("John"));
            QVERIFY(session);
            added.append(session);
        }
        QCOMPARE(sessions.count(), 5);
        REQUIRE_ERROR(sessions.open(), "LimitExceeded",
                      "You can be signed in to up to 5 sessions at once. Sign out of a session "
                      "before you add another.");
        QCOMPARE(sessions.count(), 5); // the refused one left nothing behind

        sessions.close(added.first());
        QCOMPARE(sessions.count(), 4);
        QVERIFY(openSignedIn(sessions, QStringLiteral("Sam")));
        QCOMPARE(sessions.count(), 5);
    }

    void aSessionOnItsSignInPageCountsAndCancellingFreesIt()
    {
        ConsoleSessions sessions(dir.get(), &clock, nullptr);
        REQUIRE_OK(signIn(sessions.primary(), QStringLiteral("Maria")));
        QList<ConsoleSession*> waiting;
        for (int i = 1; i < ConsoleSessions::maxSessions; ++i) {
            ConsoleSession* session = nullptr;
            REQUIRE_VALUE(session, sessions.open());
            waiting.append(session);
        }
        REQUIRE_CODE(sessions.open(), "LimitExceeded");
        QPointer<ConsoleSession> cancelled = waiting.first();
        sessions.close(cancelled);
        QVERIFY(!sessions.sessions().contains(cancelled.data()));
        QTRY_VERIFY(cancelled.isNull()); // deleted once back in the event loop
        ConsoleSession* next = nullptr;
        REQUIRE_VALUE(next, sessions.open());
        QVERIFY(next);
    }

    void eachSessionIsAuthorizedAsItsOwnIdentity()
    {
        ConsoleSessions sessions(dir.get(), &clock, nullptr);
        REQUIRE_OK(signIn(sessions.primary(), QStringLiteral("Maria")));
        ConsoleSession* john = openSignedIn(sessions, QStringLiteral("John"));
        QVERIFY(john);
        QCOMPARE(sessions.primary()->identity().user.name, QStringLiteral("Maria"));
        QCOMPARE(john->identity().user.name, QStringLiteral("John"));
        // Maria administers IAM; John, a developer, may use every service but IAM.
        const QString users = QStringLiteral("arn:aws:iam::111122223333:user/*");
        QVERIFY(sessions.primary()->authorize(QStringLiteral("iam:ListUsers"), users).allowed());
        QVERIFY(!john->authorize(QStringLiteral("iam:ListUsers"), users).allowed());
        QVERIFY(
            john->authorize(QStringLiteral("s3:ListAllMyBuckets"), QStringLiteral("*")).allowed());
    }

    void closingOneSignsItOutAndLeavesTheOthers()
    {
        ConsoleSessions sessions(dir.get(), &clock, nullptr);
        REQUIRE_OK(signIn(sessions.primary(), QStringLiteral("Maria")));
        ConsoleSession* john = openSignedIn(sessions, QStringLiteral("John"));
        ConsoleSession* sam = openSignedIn(sessions, QStringLiteral("Sam"));
        QVERIFY(john && sam);
        QSignalSpy johnOut(john, &ConsoleSession::signedOut);
        QSignalSpy changed(&sessions, &ConsoleSessions::sessionsChanged);
        sessions.close(john);
        QCOMPARE(johnOut.count(), 1);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(sessions.sessions(), (QList<ConsoleSession*>{sessions.primary(), sam}));
        QVERIFY(sessions.primary()->isSignedIn());
        QVERIFY(sam->isSignedIn());
        const AuditEvent last = dir->auditEvents().constLast();
        QCOMPARE(last.action, QStringLiteral("ConsoleSignOut"));
        QCOMPARE(last.actorArn, QStringLiteral("arn:aws:iam::111122223333:user/John"));

        // The primary is signed out, not removed: its sign-in page can sign in again.
        sessions.close(sessions.primary());
        QVERIFY(!sessions.primary()->isSignedIn());
        QCOMPARE(sessions.sessions(), QList<ConsoleSession*>{sam});
        QVERIFY(!sessions.onlyPrimary());
    }

    void oneSessionExpiringLeavesTheOther()
    {
        ConsoleSessions sessions(dir.get(), &clock, nullptr);
        REQUIRE_OK(signIn(sessions.primary(), QStringLiteral("Maria")));
        clock.advance(Quotas::ConsoleSessionDuration / 2);
        ConsoleSession* john = openSignedIn(sessions, QStringLiteral("John"));
        QVERIFY(john);
        clock.advance(Quotas::ConsoleSessionDuration / 2 + 1); // Maria's time is up, John's not
        sessions.primary()->checkExpiry();
        john->checkExpiry();
        QVERIFY(!sessions.primary()->isSignedIn());
        QVERIFY(john->isSignedIn());
        QCOMPARE(sessions.sessions(), QList<ConsoleSession*>{john});
        QVERIFY(john->secondsLeft() > 0);
    }
};

QTEST_GUILESS_MAIN(TestConsoleSessions)
#include "tst_consolesessions.moc"
