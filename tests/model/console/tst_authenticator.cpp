#include "common/resultassertions.h"
#include "console/auditrecorder.h"
#include "console/authenticator.h"
#include "console/authorizer.h"
#include "crypto/passwordhasher.h"
#include "crypto/totp.h"
#include "democonsole.h"
#include "directory/directory.h"
#include "iam/passwordpolicy.h"
#include "secrets/secretkey.h"

#include <QTest>

// How a person proves who they are: the lockout counter, the password's age,
// the password change; on the demo directory and a manual clock.
class TestAuthenticator : public QObject
{
    Q_OBJECT

private:
    const QString prod = QStringLiteral("111122223333");
    const QString john = QStringLiteral("John");

    // The authenticator over a demo console's directory, clock and STS.
    struct Fixture
    {
        explicit Fixture(std::unique_ptr<DemoConsole> console)
            : owner(std::move(console))
        {}

        std::unique_ptr<DemoConsole> owner;
        DemoConsole& c = *owner;
        Authorizer authorizer{c.dir.get(), &c.clock};
        AuditRecorder audit{c.dir.get()};
        Authenticator auth{c.dir.get(), &c.clock, &authorizer, &audit, c.sts.get()};

        int failures(const QString& account, const QString& user) const
        {
            const auto counted =
                c.dir->signInFailuresSince(account, user, c.clock.now().addSecs(-3600));
            return counted ? *counted : -1; // a failed count is no count
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

    void fiveFailuresLockTheUserOutForFifteenMinutes()
    {
        std::unique_ptr<Fixture> fixture;
        REQUIRE_VALUE(fixture, openFixture());
        Fixture& f = *fixture;
        for (int i = 1; i <= 5; ++i) {
            f.c.clock.advance(10);
            REQUIRE_ERROR(f.auth.checkPassword(prod, john, QStringLiteral("wrong")), "AccessDenied",
                          Authenticator::authenticationFailedMessage());
            QCOMPARE(f.failures(prod, john), i);
        }
        QCOMPARE(f.lastEvent().detail, QStringLiteral("Failed authentication"));
        // The fifth failure was at 09:00:50: locked out until 09:15:50.
        REQUIRE_ERROR(f.auth.checkLockout(f.auth.userKey(prod, john), john), "AccessDenied",
                      "Too many failed sign-in attempts. The user John is locked out for 15 more "
                      "minute(s), until 09:15 UTC.");
        // The right password does not help, and the refusal is not counted again.
        REQUIRE_CODE(f.auth.checkPassword(prod, john, QStringLiteral("pw")), "AccessDenied");
        QCOMPARE(f.failures(prod, john), 5);
        QCOMPARE(f.lastEvent().action, QStringLiteral("ConsoleLogin"));
        QCOMPARE(f.lastEvent().outcome, QStringLiteral("Failure"));
        QCOMPARE(f.lastEvent().detail, QStringLiteral("Locked out"));
        f.c.clock.advance(14 * 60);
        REQUIRE_CODE(f.auth.checkPassword(prod, john, QStringLiteral("pw")), "AccessDenied");
        f.c.clock.advance(61);
        Identity identity;
        REQUIRE_VALUE(identity, f.auth.checkPassword(prod, john, QStringLiteral("pw")));
        QCOMPARE(identity.arn(), QStringLiteral("arn:aws:iam::111122223333:user/John"));
        QCOMPARE(identity.issuedAt.secsTo(identity.expiresAt), 12 * 3600);
    }

    void theAliasAndTheIdCountOnOneCounterAndRootHasItsOwn()
    {
        std::unique_ptr<Fixture> fixture;
        REQUIRE_VALUE(fixture, openFixture());
        Fixture& f = *fixture;
        const Authenticator::SignInKey byAlias =
            f.auth.userKey(QStringLiteral(" catphoto-prod "), QStringLiteral("John "));
        QCOMPARE(byAlias.account, prod);
        QCOMPARE(byAlias.user, john);
        REQUIRE_CODE(
            f.auth.checkPassword(QStringLiteral("catphoto-prod"), john, QStringLiteral("wrong")),
            "AccessDenied");
        QCOMPARE(f.failures(prod, john), 1);
        // An unknown account is counted as typed, like a known one.
        QCOMPARE(f.auth.userKey(QStringLiteral("999999999999"), john).account,
                 QStringLiteral("999999999999"));
        const Authenticator::SignInKey root = Authenticator::rootKey(QStringLiteral("a@b.c"));
        QVERIFY(root.account != prod);
        QCOMPARE(root.user, QStringLiteral("a@b.c"));
    }

    void admittingClearsTheCounterAndRecordsTheSignIn()
    {
        std::unique_ptr<Fixture> fixture;
        REQUIRE_VALUE(fixture, openFixture());
        Fixture& f = *fixture;
        REQUIRE_CODE(f.auth.checkPassword(prod, john, QStringLiteral("wrong")), "AccessDenied");
        REQUIRE_CODE(f.auth.checkPassword(prod, john, QStringLiteral("wrong")), "AccessDenied");
        Identity identity;
        REQUIRE_VALUE(identity, f.auth.checkPassword(prod, john, QStringLiteral("pw")));
        // The password alone admits nobody: the counter stands until the sign-in is done.
        QCOMPARE(f.failures(prod, john), 2);
        QVERIFY(!f.auth.needsMfaCode(identity));
        REQUIRE_OK(f.auth.admit(identity, f.auth.userKey(prod, john)));
        QCOMPARE(f.failures(prod, john), 0);
        const AuditEvent e = f.lastEvent();
        QCOMPARE(e.action, QStringLiteral("ConsoleLogin"));
        QCOMPARE(e.outcome, QStringLiteral("Success"));
        QCOMPARE(e.actorArn, identity.arn());
        QCOMPARE(e.sessionName, john);
    }

    void aPasswordOlderThanThePolicysMaximumMustBeChanged()
    {
        std::unique_ptr<Fixture> fixture;
        REQUIRE_VALUE(fixture, openFixture());
        Fixture& f = *fixture;
        PasswordPolicy policy;
        policy.maxPasswordAgeDays = 90;
        REQUIRE_OK(f.c.dir->setPasswordPolicy(prod, policy));
        Identity identity;
        REQUIRE_VALUE(identity, f.auth.checkPassword(prod, john, QStringLiteral("pw")));
        f.c.clock.advance(90 * 24 * 3600 - 1);
        REQUIRE_OK(f.auth.checkPasswordAge(identity));
        f.c.clock.advance(1);
        REQUIRE_ERROR(f.auth.checkPasswordAge(identity), Authenticator::passwordResetRequiredCode(),
                      "Your password has expired. Choose a new password.");
        // Admitting refuses it and records why; it is no failed guess.
        REQUIRE_CODE(f.auth.admit(identity, f.auth.userKey(prod, john)),
                     Authenticator::passwordResetRequiredCode());
        QCOMPARE(f.lastEvent().outcome, QStringLiteral("Failure"));
        QCOMPARE(f.lastEvent().detail, Authenticator::passwordResetRequiredCode());
        QCOMPARE(f.failures(prod, john), 0);

        policy.hardExpiry = true;
        REQUIRE_OK(f.c.dir->setPasswordPolicy(prod, policy));
        REQUIRE_ERROR(f.auth.checkPasswordAge(identity), "AccessDenied",
                      "Your password has expired. Ask your administrator to reset it.");
    }

    void aRequiredResetMustBeChangedFirst()
    {
        std::unique_ptr<Fixture> fixture;
        REQUIRE_VALUE(fixture, openFixture());
        Fixture& f = *fixture;
        REQUIRE_OK(
            f.c.dir->setLoginProfile(prod, john, PasswordHasher::hash(QStringLiteral("pw")), true));
        Identity identity;
        REQUIRE_VALUE(identity, f.auth.checkPassword(prod, john, QStringLiteral("pw")));
        REQUIRE_ERROR(f.auth.checkPasswordAge(identity), Authenticator::passwordResetRequiredCode(),
                      "You must choose a new password before you continue.");
    }

    void aWrongOldPasswordIsAFailedSignInAndTheRightOneChangesIt()
    {
        std::unique_ptr<Fixture> fixture;
        REQUIRE_VALUE(fixture, openFixture());
        Fixture& f = *fixture;
        Identity identity;
        REQUIRE_VALUE(identity, f.auth.checkPassword(prod, john, QStringLiteral("pw")));
        const Authenticator::SignInKey key = f.auth.userKey(prod, john);
        REQUIRE_ERROR(f.auth.changePassword(identity, key, false, QStringLiteral("guess"),
                                            QStringLiteral("New-pass-1")),
                      "AccessDenied", "The current password is incorrect.");
        QCOMPARE(f.failures(prod, john), 1);
        QCOMPARE(f.lastEvent().action, QStringLiteral("iam:ChangePassword"));
        QCOMPARE(f.lastEvent().outcome, QStringLiteral("Failure"));
        QCOMPARE(f.lastEvent().detail, QStringLiteral("AccessDenied"));
        REQUIRE_CODE(
            f.auth.changePassword(identity, key, false, QStringLiteral("pw"), QStringLiteral("pw")),
            "PasswordPolicyViolation");
        REQUIRE_OK(f.auth.changePassword(identity, key, false, QStringLiteral("pw"),
                                         QStringLiteral("New-pass-1")));
        QVERIFY(PasswordHasher::verify(QStringLiteral("New-pass-1"),
                                       f.c.dir->loginProfile(prod, john)->passwordHash));
        QCOMPARE(f.lastEvent().action, QStringLiteral("iam:ChangePassword"));
        QCOMPARE(f.lastEvent().outcome, QStringLiteral("Success"));
        QCOMPARE(f.lastEvent().target, identity.arn());
    }

    void anMfaCodeIsAcceptedOnceAndAWrongOneIsAFailedSignIn()
    {
        std::unique_ptr<Fixture> fixture;
        REQUIRE_VALUE(fixture, openFixture());
        Fixture& f = *fixture;
        const QString maria = QStringLiteral("Maria");
        const SecureBytes seed = f.c.giveMfaDevice(QStringLiteral("Maria"));
        QVERIFY(!QTest::currentTestFailed());
        Identity identity;
        REQUIRE_VALUE(identity, f.auth.checkPassword(prod, maria, QStringLiteral("pw")));
        QVERIFY(f.auth.needsMfaCode(identity));
        const Authenticator::SignInKey key = f.auth.userKey(prod, maria);
        const QString code = Totp::code(seed, f.c.clock.now());
        const auto verify = [&](const QString& typed) {
            return AsyncTesting::waitForResult<Identity>(
                [&](auto done) { f.auth.verifyMfaCode(identity, key, typed, done); });
        };
        const auto confirmed = verify(code);
        REQUIRE_ASYNC_OK(confirmed);
        QVERIFY((*confirmed)->mfaAuthenticated);
        QCOMPARE((*confirmed)->mfaAuthTime, f.c.clock.now());
        QCOMPARE(f.failures(prod, maria), 0);
        // The same code again is as wrong as a made-up one.
        const auto replayed = verify(code);
        QVERIFY(replayed.has_value());
        REQUIRE_ERROR(*replayed, "AccessDenied", Authenticator::authenticationFailedMessage());
        QCOMPARE(f.failures(prod, maria), 1);
        QCOMPARE(f.lastEvent().detail, QStringLiteral("Failed MFA authentication"));
        QCOMPARE(f.lastEvent().actorArn, identity.arn());
    }

    void withoutTheSecretStoreAnMfaCodeCannotBeChecked()
    {
        std::unique_ptr<Fixture> fixture;
        REQUIRE_VALUE(fixture, openFixture());
        Fixture& f = *fixture;
        REQUIRE_OK(
            f.c.dir->addMfaDevice(prod, QStringLiteral("Maria"), QStringLiteral("maria-phone")));
        Authenticator bare(f.c.dir.get(), &f.c.clock, &f.authorizer, &f.audit, nullptr);
        Identity maria;
        REQUIRE_VALUE(maria,
                      bare.checkPassword(prod, QStringLiteral("Maria"), QStringLiteral("pw")));
        QVERIFY(bare.needsMfaCode(maria));
        const auto answer = AsyncTesting::waitForResult<Identity>([&](auto done) {
            bare.verifyMfaCode(maria, bare.userKey(prod, QStringLiteral("Maria")),
                               QStringLiteral("123456"), done);
        });
        QVERIFY(answer.has_value());
        REQUIRE_CODE(*answer, "ServiceFailure");
    }
};

QTEST_GUILESS_MAIN(TestAuthenticator)
#include "tst_authenticator.moc"
