#include "common/resultassertions.h"
#include "console/auditrecorder.h"
#include "console/authorizer.h"
#include "console/rolesessioncontroller.h"
#include "crypto/passwordhasher.h"
#include "democonsole.h"
#include "directory/directory.h"
#include "iam/quotas.h"

#include <QSignalSpy>
#include <QTest>

// One signed-in identity's role sessions: switch, renew, switch back, and
// the expiry of the role session and of the console session, on a manual
// clock that the tests move (checkExpiry() is what the timer runs).
class TestRoleSessionController : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        explicit Fixture(std::unique_ptr<DemoConsole> console)
            : owner(std::move(console))
        {}

        std::unique_ptr<DemoConsole> owner;
        DemoConsole& c = *owner;
        Authorizer authorizer{c.dir.get(), &c.training};
        AuditRecorder audit{c.dir.get()};
        RoleSessionController roles{c.dir.get(), &c.training, &authorizer, &audit, c.sts.get()};

        // John as the authenticator hands him over: signed in now, for 12 hours.
        Identity john() const
        {
            Identity user;
            user.kind = Identity::Kind::User;
            user.account = *c.dir->findAccount(QStringLiteral("111122223333"));
            user.userAccount = user.account;
            user.user = *c.dir->user(user.account.id, QStringLiteral("John"));
            user.issuedAt = c.clock.now();
            user.expiresAt = user.issuedAt.addSecs(Quotas::ConsoleSessionDuration);
            return user;
        }
        std::optional<Result<void>> switchTo(const QString& role, const QString& color,
                                             std::optional<int> durationSeconds = std::nullopt)
        {
            SwitchRoleRequest request;
            request.account = QStringLiteral("catphoto-prod");
            request.roleName = role;
            request.color = color;
            request.durationSeconds = durationSeconds;
            return AsyncTesting::waitForResult<void>(
                [&](auto done) { roles.switchRole(request, done); });
        }
        AuditEvent lastEvent() const
        {
            const auto events = c.dir->auditEvents();
            return events.isEmpty() ? AuditEvent{} : events.last();
        }
    };

    // A fixture over a newly opened demo console, or the error that prevented it.
    static Result<std::unique_ptr<Fixture>> openFixture()
    {
        auto console = DemoConsole::open();
        if (!console)
            return console.error();
        return std::make_unique<Fixture>(std::move(console).value());
    }

private slots:
    void initTestCase() { PasswordHasher::setCostLog2(10); }

    void aSwitchActsAsTheRoleAndSwitchingBackAsTheUser()
    {
        std::unique_ptr<Fixture> fixture;
        REQUIRE_VALUE(fixture, openFixture());
        Fixture& f = *fixture;
        REQUIRE_OK(f.roles.begin(f.john()));
        QVERIFY(f.roles.canSwitchRole());
        QVERIFY(!f.roles.canSwitchBack());
        QSignalSpy switched(&f.roles, &RoleSessionController::roleSwitched);
        QSignalSpy back(&f.roles, &RoleSessionController::switchedBack);
        QSignalSpy changed(&f.roles, &RoleSessionController::activeIdentityChanged);

        REQUIRE_ASYNC_OK(f.switchTo(QStringLiteral("SecurityEngineer"), QStringLiteral("green")));
        QCOMPARE(switched.size(), 1);
        QCOMPARE(changed.size(), 1);
        QVERIFY(f.roles.isInRole());
        QVERIFY(f.roles.canSwitchBack());
        const Identity role = f.roles.identity();
        QCOMPARE(role.arn(),
                 QStringLiteral("arn:aws:sts::111122223333:assumed-role/SecurityEngineer/John"));
        QCOMPARE(role.issuedAt.secsTo(role.expiresAt), 3600);
        QCOMPARE(f.roles.userIdentity().arn(), f.john().arn());
        QCOMPARE(f.roles.activeSwitchRequest().color, QStringLiteral("green"));
        QCOMPARE(f.roles.roleHistory().size(), 1);
        QCOMPARE(f.lastEvent().action, QStringLiteral("SwitchRole"));
        QCOMPARE(f.lastEvent().actorArn, f.john().arn());
        QCOMPARE(f.lastEvent().sessionName, QStringLiteral("John"));

        f.roles.switchBack();
        QCOMPARE(back.size(), 1);
        QCOMPARE(changed.size(), 2);
        QVERIFY(!f.roles.isInRole());
        QCOMPARE(f.roles.identity().arn(), f.john().arn());
        QCOMPARE(f.c.dir->temporarySession(role.session.accessKeyId)->endReason,
                 QStringLiteral("SwitchBack"));
        const AuditEvent e = f.lastEvent();
        QCOMPARE(e.action, QStringLiteral("SwitchBack"));
        QCOMPARE(e.target, role.session.arn);
        QCOMPARE(e.actorArn, f.john().arn());
        QCOMPARE(e.detail, QStringLiteral("SecurityEngineer @ catphoto-prod"));
    }

    void renewingGivesAFreshSessionWithTheSameSettings()
    {
        std::unique_ptr<Fixture> fixture;
        REQUIRE_VALUE(fixture, openFixture());
        Fixture& f = *fixture;
        REQUIRE_OK(f.roles.begin(f.john()));
        const auto nothingToRenew =
            AsyncTesting::waitForResult<void>([&](auto done) { f.roles.renewRole(done); });
        QVERIFY(nothingToRenew.has_value());
        REQUIRE_CODE(*nothingToRenew, "ValidationError");
        REQUIRE_ASYNC_OK(
            f.switchTo(QStringLiteral("SecurityEngineer"), QStringLiteral("orange"), 1800));
        const QString first = f.roles.identity().session.accessKeyId;
        f.c.clock.advance(600);
        QCOMPARE(f.roles.secondsLeft(), 1200);
        REQUIRE_ASYNC_OK(
            AsyncTesting::waitForResult<void>([&](auto done) { f.roles.renewRole(done); }));
        QVERIFY(f.roles.identity().session.accessKeyId != first);
        QCOMPARE(f.roles.secondsLeft(), 1800);
        QCOMPARE(f.roles.identity().color, QStringLiteral("orange"));
        QCOMPARE(f.c.dir->temporarySession(first)->endReason, QStringLiteral("SwitchRole"));
    }

    void theRoleSessionEndsAtItsExpiryAndTheUserRemains()
    {
        std::unique_ptr<Fixture> fixture;
        REQUIRE_VALUE(fixture, openFixture());
        Fixture& f = *fixture;
        REQUIRE_OK(f.roles.begin(f.john()));
        REQUIRE_ASYNC_OK(
            f.switchTo(QStringLiteral("SecurityEngineer"), QStringLiteral("red"), 900));
        const Identity role = f.roles.identity();
        QSignalSpy expired(&f.roles, &RoleSessionController::roleSessionExpired);
        QSignalSpy ended(&f.roles, &RoleSessionController::signInEnded);
        f.c.clock.advance(899);
        f.roles.checkExpiry();
        QVERIFY(f.roles.isInRole());
        QCOMPARE(expired.size(), 0);
        f.c.clock.advance(1);
        f.roles.checkExpiry();
        QCOMPARE(expired.size(), 1);
        QCOMPARE(expired.first().first().toString(),
                 QStringLiteral("SecurityEngineer @ catphoto-prod"));
        QVERIFY(!f.roles.isInRole());
        QCOMPARE(f.roles.identity().arn(), f.john().arn());
        QCOMPARE(ended.size(), 0);
        QCOMPARE(f.c.dir->temporarySession(role.session.accessKeyId)->endReason,
                 QStringLiteral("Expired"));
        QCOMPARE(f.lastEvent().action, QStringLiteral("RoleSessionExpired"));
        QCOMPARE(f.lastEvent().target, role.session.arn);
    }

    void theConsoleSessionEndsAfterTwelveHours()
    {
        std::unique_ptr<Fixture> fixture;
        REQUIRE_VALUE(fixture, openFixture());
        Fixture& f = *fixture;
        REQUIRE_OK(f.roles.begin(f.john()));
        QSignalSpy ended(&f.roles, &RoleSessionController::signInEnded);
        f.c.clock.advance(Quotas::ConsoleSessionDuration - 1);
        f.roles.checkExpiry();
        QCOMPARE(ended.size(), 0);
        QCOMPARE(f.roles.secondsLeft(), 1);
        f.c.clock.advance(1);
        f.roles.checkExpiry();
        QCOMPARE(ended.size(), 1);
    }

    void aSwitchIsRefusedWithinFifteenMinutesOfTheEnd()
    {
        std::unique_ptr<Fixture> fixture;
        REQUIRE_VALUE(fixture, openFixture());
        Fixture& f = *fixture;
        REQUIRE_OK(f.roles.begin(f.john()));
        f.c.clock.advance(Quotas::ConsoleSessionDuration - 899);
        const auto refused = f.switchTo(QStringLiteral("SecurityEngineer"), QStringLiteral("red"));
        QVERIFY(refused.has_value());
        REQUIRE_CODE(*refused, "ValidationError");
        QVERIFY(!f.roles.isInRole());
    }

    void endingRecordsTheSignOutAndEndsTheRoleSession()
    {
        std::unique_ptr<Fixture> fixture;
        REQUIRE_VALUE(fixture, openFixture());
        Fixture& f = *fixture;
        REQUIRE_OK(f.roles.begin(f.john()));
        REQUIRE_ASYNC_OK(f.switchTo(QStringLiteral("SecurityEngineer"), QStringLiteral("blue")));
        const QString key = f.roles.identity().session.accessKeyId;
        f.roles.end();
        QVERIFY(!f.roles.isActive());
        QVERIFY(f.roles.identity().isNull());
        QCOMPARE(f.roles.secondsLeft(), 0);
        QCOMPARE(f.c.dir->temporarySession(key)->endReason, QStringLiteral("SignOut"));
        QCOMPARE(f.lastEvent().action, QStringLiteral("ConsoleSignOut"));
        QCOMPARE(f.lastEvent().target, f.john().arn());
    }

    void anOpenConsoleRoleSessionResumesForItsUser()
    {
        std::unique_ptr<Fixture> fixture;
        REQUIRE_VALUE(fixture, openFixture());
        Fixture& f = *fixture;
        REQUIRE_OK(f.roles.begin(f.john()));
        REQUIRE_ASYNC_OK(f.switchTo(QStringLiteral("SecurityEngineer"), QStringLiteral("yellow")));
        const Identity role = f.roles.identity();
        // Another controller (the console opened again) with John signed in.
        RoleSessionController again(f.c.dir.get(), &f.c.training, &f.authorizer, &f.audit,
                                    f.c.sts.get());
        f.c.clock.advance(60);
        REQUIRE_OK(again.begin(f.john()));
        QVERIFY(again.isInRole());
        QCOMPARE(again.identity().session.accessKeyId, role.session.accessKeyId);
        QCOMPARE(again.identity().expiresAt, role.expiresAt);
        QCOMPARE(again.identity().color, QStringLiteral("yellow"));
        QVERIFY(again.canSwitchBack());
        QCOMPARE(f.lastEvent().action, QStringLiteral("ResumeRoleSession"));
    }

    void withoutStsThereIsNoSwitch()
    {
        std::unique_ptr<Fixture> fixture;
        REQUIRE_VALUE(fixture, openFixture());
        Fixture& f = *fixture;
        RoleSessionController bare(f.c.dir.get(), &f.c.training, &f.authorizer, &f.audit, nullptr);
        REQUIRE_OK(bare.begin(f.john()));
        SwitchRoleRequest request;
        request.account = QStringLiteral("catphoto-prod");
        request.roleName = QStringLiteral("SecurityEngineer");
        REQUIRE_CODE(bare.checkSwitchRole(request), "ServiceFailure");
    }
};

QTEST_GUILESS_MAIN(TestRoleSessionController)
#include "tst_rolesessioncontroller.moc"
