#include "common/democonsole.h"
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

    // ---- Switch role in a new session: the signed-in user's own sign-in
    // https://docs.aws.amazon.com/awsconsolehelpdocs/latest/gsg/multisession.html

    static Result<void> switchTo(ConsoleSession& session, const QString& role)
    {
        SwitchRoleRequest request;
        request.account = QStringLiteral("catphoto-prod");
        request.roleName = role;
        std::optional<Result<void>> outcome;
        session.switchRole(request, [&](Result<void> r) { outcome = r; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 5000))
            return IamError::serviceFailure(QStringLiteral("the switch never finished"));
        return *outcome;
    }

    // Maria signed in with her MFA device and switched to a role; a session
    // added from hers is Maria as she signed in: MFA present, the same end.
    void anAddedSessionIsTheUserBehindItsSourceMfaIncluded()
    {
        OPEN_DEMO_CONSOLE(c);
        const SecureBytes seed = c.giveMfaDevice(QStringLiteral("Maria"));
        REQUIRE_OK(c.signInWithMfa(QStringLiteral("Maria"), seed));
        REQUIRE_OK(switchTo(*c.session, QStringLiteral("SecurityEngineer")));
        const QString sourceKey = c.session->identity().session.accessKeyId;
        ConsoleSession added(c.dir.get(), &c.training, nullptr, c.sts.get());
        QVERIFY(c.session->canSwitchRoleInNewSession());
        QSignalSpy signedIn(&added, &ConsoleSession::signedIn);

        REQUIRE_OK(added.signInAsUserOf(*c.session));
        QCOMPARE(signedIn.count(), 1);
        const Identity& maria = c.session->userIdentity();
        QCOMPARE(added.identity().kind, Identity::Kind::User);
        QCOMPARE(added.identity().arn(), maria.arn());
        QVERIFY(added.identity().mfaAuthenticated);
        QCOMPARE(added.identity().mfaAuthTime, maria.mfaAuthTime);
        QCOMPARE(added.identity().expiresAt, maria.expiresAt);
        // The source's role session stays the source's: not resumed here.
        QVERIFY(!added.isInRole());
        QCOMPARE(c.session->identity().session.accessKeyId, sourceKey);
        const AuditEvent event = c.dir->auditEvents().constLast();
        QCOMPARE(event.action, QStringLiteral("ConsoleLogin"));
        QCOMPARE(event.actorArn, maria.arn());
        QCOMPARE(event.detail, QStringLiteral("MFA; added session"));
        // BreakGlassAdmin trusts only a sign-in with MFA: Maria's is one.
        REQUIRE_OK(switchTo(added, QStringLiteral("BreakGlassAdmin")));
        QVERIFY(added.identity().session.mfaAuthenticated);
        QCOMPARE(c.session->identity().session.accessKeyId, sourceKey);
        added.signOut();
        QVERIFY(c.session->isInRole()); // ending one leaves the other
    }

    void anAddedSessionWithoutMfaGainsNone()
    {
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.signIn(QStringLiteral("John")));
        ConsoleSession added(c.dir.get(), &c.training, nullptr, c.sts.get());
        REQUIRE_OK(added.signInAsUserOf(*c.session));
        QVERIFY(!added.identity().mfaAuthenticated);
        QCOMPARE(c.dir->auditEvents().constLast().detail, QStringLiteral("Added session"));
        SwitchRoleRequest breakGlass;
        breakGlass.account = QStringLiteral("catphoto-prod");
        breakGlass.roleName = QStringLiteral("BreakGlassAdmin");
        REQUIRE_CODE(added.checkSwitchRole(breakGlass), "AccessDenied");
        // Authorized as John, no more: a developer, not an IAM administrator.
        const QString users = QStringLiteral("arn:aws:iam::111122223333:user/*");
        QVERIFY(!added.authorize(QStringLiteral("iam:ListUsers"), users).allowed());
        QVERIFY(
            added.authorize(QStringLiteral("s3:ListAllMyBuckets"), QStringLiteral("*")).allowed());
    }

    // Fail closed: only an IAM user's console sign-in that still holds lends itself.
    void onlyAnIamUsersLiveConsoleSignInLendsItself()
    {
        OPEN_DEMO_CONSOLE(c);
        ConsoleSession added(c.dir.get(), &c.training, nullptr, c.sts.get());
        REQUIRE_CODE(added.signInAsUserOf(*c.session), "AccessDenied"); // nobody signed in

        REQUIRE_OK(c.session->signInRoot(QStringLiteral("root@catphoto-prod.example"),
                                         QStringLiteral("pw")));
        QVERIFY(!c.session->canSwitchRoleInNewSession());
        REQUIRE_CODE(added.signInAsUserOf(*c.session), "AccessDenied");
        QVERIFY(!added.isSignedIn());

        // An API caller the endpoint verified is no console sign-in.
        REQUIRE_OK(c.signIn(QStringLiteral("John")));
        Identity caller = c.session->identity();
        caller.credentials = Identity::Credentials::AccessKey;
        c.session->actAs(caller);
        QVERIFY(!c.session->canSwitchRoleInNewSession());
        REQUIRE_CODE(added.signInAsUserOf(*c.session), "AccessDenied");

        // Not from itself; not once the sign-in's twelve hours are over.
        REQUIRE_OK(c.signIn(QStringLiteral("John")));
        REQUIRE_CODE(c.session->signInAsUserOf(*c.session), "AccessDenied");
        QVERIFY(c.session->isSignedIn());
        c.clock.advance(Quotas::ConsoleSessionDuration);
        REQUIRE_CODE(added.signInAsUserOf(*c.session), "AccessDenied");
        QVERIFY(!added.isSignedIn());
    }

    void aUserDeletedOrRecreatedSinceLendsNothing()
    {
        OPEN_DEMO_CONSOLE(c);
        const QString prod = QStringLiteral("111122223333");
        const QString temp = QStringLiteral("Temp");
        REQUIRE_OK(c.dir->createUser(prod, temp));
        REQUIRE_OK(c.dir->setLoginProfile(prod, temp, PasswordHasher::hash(QStringLiteral("pw"))));
        REQUIRE_OK(c.signIn(temp));
        ConsoleSession added(c.dir.get(), &c.training, nullptr, c.sts.get());
        REQUIRE_OK(c.dir->deleteLoginProfile(prod, temp));
        REQUIRE_OK(c.dir->deleteUser(prod, temp));
        REQUIRE_CODE(added.signInAsUserOf(*c.session), "AccessDenied");
        c.clock.advance(1);
        REQUIRE_OK(c.dir->createUser(prod, temp)); // another Temp, younger than the sign-in
        REQUIRE_CODE(added.signInAsUserOf(*c.session), "AccessDenied");
        QVERIFY(!added.isSignedIn());
    }
};

QTEST_GUILESS_MAIN(TestConsoleSessions)
#include "tst_consolesessions.moc"
