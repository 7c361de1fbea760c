#include "asynctesting.h"
#include "common/rawsql.h"
#include "common/resultassertions.h"
#include "console/authorizer.h"
#include "console/consolesession.h"
#include "console/samlidentityprovider.h"
#include "crypto/passwordhasher.h"
#include "crypto/totp.h"
#include "democonsole.h"
#include "directory/demodirectory.h"
#include "directory/directory.h"
#include "iam/clock.h"
#include "iam/passwordpolicy.h"
#include "secrets/inmemorysecretstore.h"
#include "secrets/secretjob.h"
#include "secrets/secretkey.h"
#include "sts/stsservice.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

class TestConsoleSession : public QObject
{
    Q_OBJECT

private:
    const QString account = QStringLiteral("111122223333");
    const QString alias = QStringLiteral("catphoto-prod");

    std::unique_ptr<Directory> makeDirectory(const QString& path, const Clock* clock)
    {
        auto opened = Directory::open(path, clock);
        if (!CHECK_OK(opened))
            return {};
        std::unique_ptr<Directory> dir = std::move(opened).value();
        if (dir->accounts().isEmpty()) {
            CHECK_OK(dir->createAccount(account, alias));
            CHECK_OK(dir->createUser(account, QStringLiteral("John")));
            CHECK_OK(dir->setLoginProfile(account, QStringLiteral("John"),
                                          PasswordHasher::hash(QStringLiteral("right"))));
            CHECK_OK(dir->createUser(account, QStringLiteral("NoConsole")));
        }
        return dir;
    }

private slots:
    void initTestCase() { PasswordHasher::setCostLog2(10); }
    // The "postgres" copy runs every function on a fresh database of its own.
    void init() { REQUIRE_TEST_ENGINE(); }
    void cleanup() { TestEngine::dropDatabases(); }

    // ---- Switch Role

    void johnSwitchesToSecurityEngineerAndBack()
    {
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.signIn(QStringLiteral("John")));
        QVERIFY(!c.allowed(QStringLiteral("iam:ListUsers")));
        QVERIFY(c.allowed(QStringLiteral("ec2:RunInstances")));
        QSignalSpy switched(c.session.get(), &ConsoleSession::roleSwitched);
        QSignalSpy changed(c.session.get(), &ConsoleSession::activeIdentityChanged);

        REQUIRE_OK(c.switchTo(QStringLiteral("catphoto-prod"), QStringLiteral("SecurityEngineer")));
        QCOMPARE(switched.size(), 1);
        QCOMPARE(changed.size(), 1);
        QVERIFY(c.session->isInRole());
        const Identity& role = c.session->identity();
        QCOMPARE(role.arn(),
                 QStringLiteral("arn:aws:sts::111122223333:assumed-role/SecurityEngineer/John"));
        QCOMPARE(role.displayName, QStringLiteral("SecurityEngineer @ catphoto-prod"));
        QCOMPARE(role.color, QStringLiteral("green"));
        QVERIFY(role.session.accessKeyId.startsWith(QLatin1String("ASIA")));
        // The default is one hour.
        QCOMPARE(role.issuedAt.secsTo(role.expiresAt), 3600);
        QCOMPARE(c.session->userIdentity().arn(),
                 QStringLiteral("arn:aws:iam::111122223333:user/John"));
        // The role's permissions only: IAM reads now, John's own EC2 rights gone.
        QVERIFY(c.allowed(QStringLiteral("iam:ListUsers")));
        QVERIFY(!c.allowed(QStringLiteral("ec2:RunInstances")));
        QVERIFY(!c.allowed(QStringLiteral("iam:CreateUser")));
        const QString key = role.session.accessKeyId;
        QCOMPARE(c.secretKeys().filter(key).size(), 1);

        QSignalSpy back(c.session.get(), &ConsoleSession::switchedBack);
        c.session->switchBack();
        QCOMPARE(back.size(), 1);
        QVERIFY(!c.session->isInRole());
        QVERIFY(!c.allowed(QStringLiteral("iam:ListUsers")));
        QVERIFY(c.allowed(QStringLiteral("ec2:RunInstances")));
        QCOMPARE(c.dir->temporarySession(key)->endReason, QStringLiteral("SwitchBack"));
        QTRY_VERIFY(c.secretKeys().filter(key).isEmpty());
        const QStringList audit = c.auditActions();
        QVERIFY(audit.contains(QStringLiteral("SwitchRole:Success")));
        QVERIFY(audit.contains(QStringLiteral("SwitchBack:Success")));
        QCOMPARE(c.session->roleHistory().size(), 1);
        QCOMPARE(c.session->roleHistory().first().roleName, QStringLiteral("SecurityEngineer"));
    }

    void johnSwitchesAcrossAccounts()
    {
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.signIn(QStringLiteral("John")));
        REQUIRE_OK(c.switchTo(QStringLiteral("444455556666"), QStringLiteral("CrossAccountAuditor"),
                              QStringLiteral("#83d4e8")));
        const Identity& role = c.session->identity();
        QCOMPARE(role.account.id, QStringLiteral("444455556666"));
        QCOMPARE(role.userAccount.id, QStringLiteral("111122223333"));
        QCOMPARE(role.color, QStringLiteral("blue"));
        QCOMPARE(role.arn(), QStringLiteral("arn:aws:sts::444455556666:assumed-role/"
                                            "CrossAccountAuditor/John"));
        QVERIFY(c.allowed(QStringLiteral("iam:ListUsers")));
        QVERIFY(!c.allowed(QStringLiteral("iam:CreateUser")));
    }

    void aFederatedUserSignsInToARole()
    {
        OPEN_DEMO_CONSOLE(c);
        SamlIdentityProvider idp(c.sts.get());
        std::optional<Result<void>> made;
        idp.createDemoProvider([&](Result<void> r) { made = r; });
        QTRY_VERIFY(made.has_value());
        REQUIRE_OK(*made);
        const QString provider =
            QStringLiteral("arn:aws:iam::111122223333:saml-provider/CatPhotoIdP");
        const QString role = QStringLiteral("arn:aws:iam::111122223333:role/FederatedReadOnly");
        SamlIdentityProvider::AssertionRequest request;
        request.account = QStringLiteral("catphoto-prod");
        request.userName = QStringLiteral("Paulo");
        request.password = QStringLiteral("pw");
        request.providerArn = provider;
        request.roleArn = role;
        std::optional<Result<QByteArray>> assertion;
        idp.issueAssertion(request, [&](Result<QByteArray> r) { assertion = r; });
        QTRY_VERIFY(assertion.has_value());
        REQUIRE_OK(*assertion);

        SamlSignIn saml;
        saml.principalArn = provider;
        saml.roleArn = role;
        saml.samlAssertion = assertion->value();
        std::optional<Result<void>> outcome;
        c.session->signInFederated(saml, [&](Result<void> r) { outcome = r; });
        QTRY_VERIFY(outcome.has_value());
        REQUIRE_OK(*outcome);
        QVERIFY(c.session->isSignedIn());
        QVERIFY(c.session->identity().isFederated());
        QCOMPARE(c.session->identity().arn(),
                 QStringLiteral("arn:aws:sts::111122223333:assumed-role/FederatedReadOnly/Paulo"));
        QVERIFY(c.allowed(QStringLiteral("iam:ListUsers")));
        QVERIFY(!c.allowed(QStringLiteral("iam:CreateUser")));
        // A federated user has no own identity to go back to: switching back signs out.
        c.session->switchBack();
        QVERIFY(!c.session->isSignedIn());

        // The same assertion twice is a replay.
        outcome.reset();
        c.session->signInFederated(saml, [&](Result<void> r) { outcome = r; });
        QTRY_VERIFY(outcome.has_value());
        QCOMPARE(outcome->error().code(), QStringLiteral("InvalidIdentityToken"));
        QVERIFY(!c.session->isSignedIn());
    }

    void theIdentityProviderUsesTheSignInChecks()
    {
        OPEN_DEMO_CONSOLE(c);
        SamlIdentityProvider idp(c.sts.get());
        std::optional<Result<void>> made;
        idp.createDemoProvider([&](Result<void> r) { made = r; });
        QTRY_VERIFY(made.has_value());
        REQUIRE_OK(*made);
        SamlIdentityProvider::AssertionRequest request;
        request.account = QStringLiteral("catphoto-prod");
        request.userName = QStringLiteral("Paulo");
        request.password = QStringLiteral("wrong");
        request.providerArn = QStringLiteral("arn:aws:iam::111122223333:saml-provider/CatPhotoIdP");
        request.roleArn = QStringLiteral("arn:aws:iam::111122223333:role/FederatedReadOnly");
        for (int i = 0; i < 5; ++i) {
            std::optional<Result<QByteArray>> refused;
            idp.issueAssertion(request, [&](Result<QByteArray> r) { refused = r; });
            QTRY_VERIFY(refused.has_value());
            REQUIRE_ERROR(*refused, "AccessDenied", ConsoleSession::authenticationFailedMessage());
        }
        // Locked out now, even with the right password; and it is in the audit trail.
        request.password = QStringLiteral("pw");
        std::optional<Result<QByteArray>> locked;
        idp.issueAssertion(request, [&](Result<QByteArray> r) { locked = r; });
        QTRY_VERIFY(locked.has_value());
        REQUIRE_CODE(*locked, "AccessDenied");
        QVERIFY(locked->error().message().contains(QStringLiteral("locked out")));
        QCOMPARE(c.dir->auditEvents().last().detail, QStringLiteral("Locked out"));
        // The session itself was never signed in.
        QVERIFY(!c.session->isSignedIn());
    }

    void aRoleSessionExpiresAndThePermissionsReturn()
    {
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.signIn(QStringLiteral("John")));
        REQUIRE_OK(c.switchTo(QStringLiteral("catphoto-prod"), QStringLiteral("SecurityEngineer"),
                              QStringLiteral("red"), {}, 900));
        const QString key = c.session->identity().session.accessKeyId;
        QCOMPARE(c.session->secondsLeft(), 900);
        QSignalSpy expired(c.session.get(), &ConsoleSession::roleSessionExpired);
        c.clock.advance(899);
        c.session->checkExpiry();
        QVERIFY(c.session->isInRole());
        QCOMPARE(c.session->secondsLeft(), 1);
        c.clock.advance(1);
        c.session->checkExpiry();
        QCOMPARE(expired.size(), 1);
        QCOMPARE(expired.first().first().toString(),
                 QStringLiteral("SecurityEngineer @ catphoto-prod"));
        QVERIFY(!c.session->isInRole());
        QVERIFY(c.session->isSignedIn());
        QVERIFY(!c.allowed(QStringLiteral("iam:ListUsers")));
        QCOMPARE(c.dir->temporarySession(key)->endReason, QStringLiteral("Expired"));
        QVERIFY(c.auditActions().contains(QStringLiteral("RoleSessionExpired:Success")));
    }

    void aSwitchNeverOutlivesTheConsoleSession()
    {
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.signIn(QStringLiteral("John")));
        c.clock.advance(12 * 3600 - 1800); // half an hour of the console session left
        const auto role =
            c.dir->role(QStringLiteral("111122223333"), QStringLiteral("SecurityEngineer"));
        QCOMPARE(c.session->maxSwitchDuration(*role), 1800);
        REQUIRE_OK(c.switchTo(QStringLiteral("catphoto-prod"), QStringLiteral("SecurityEngineer"),
                              QStringLiteral("red"), {}, 3600));
        QCOMPARE(c.session->identity().expiresAt, c.session->userIdentity().expiresAt);
        c.clock.advance(1800);
        c.session->checkExpiry();
        QVERIFY(!c.session->isSignedIn());
    }

    void thePreflightCheckSaysWhyASwitchWouldFail_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("ExternalId") << "John"
                                    << "catphoto-prod"
                                    << "VendorAccess"
                                    << "AccessDenied"
                                    << "requires an external ID";
        QTest::newRow("MFA without a device") << "John"
                                              << "catphoto-prod"
                                              << "BreakGlassAdmin"
                                              << "AccessDenied"
                                              << "Assign a virtual MFA device";
        QTest::newRow("not trusted") << "John"
                                     << "catphoto-prod"
                                     << "FederatedReadOnly"
                                     << "AccessDenied"
                                     << "trust policy does not trust";
        QTest::newRow("no identity permission") << "Li"
                                                << "catphoto-prod"
                                                << "SecurityEngineer"
                                                << "AccessDenied"
                                                << "Your own policies do not allow sts:AssumeRole";
        QTest::newRow("unknown role") << "John"
                                      << "catphoto-prod"
                                      << "Nobody"
                                      << "NoSuchEntity"
                                      << "Nobody";
        QTest::newRow("unknown account") << "John"
                                         << "999999999999"
                                         << "SecurityEngineer"
                                         << "NoSuchEntity"
                                         << "999999999999";
        QTest::newRow("path and name over 64")
            << "John"
            << "catphoto-prod" << QString(QStringLiteral("p/").repeated(31) + "Role")
            << "ValidationError"
            << "64";
    }
    void thePreflightCheckSaysWhyASwitchWouldFail()
    {
        QFETCH(QString, user);
        QFETCH(QString, account);
        QFETCH(QString, role);
        QFETCH(QString, code);
        QFETCH(QString, messagePart);
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.signIn(user));
        SwitchRoleRequest request;
        request.account = account;
        request.roleName = role;
        const auto checked = c.session->checkSwitchRole(request);
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().code(), code);
        QVERIFY2(checked.error().message().contains(messagePart),
                 qPrintable(checked.error().message()));
        // The switch itself fails the same way and changes nothing.
        const auto switched = c.switchTo(account, role);
        QCOMPARE(switched.error().code(), code);
        QVERIFY(!c.session->isInRole());
        QVERIFY(c.dir->temporarySessions().isEmpty());
    }

    void anOpenRoleSessionSurvivesARestart()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("directory.sqlite"));
        ManualClock clock(QDateTime(QDate(2026, 11, 29), QTime(9, 0, 0), Qt::UTC));
        InMemorySecretStore secrets;
        QString key;
        QDateTime expiry;
        {
            OPEN_DEMO_CONSOLE(c, path, &clock, &secrets);
            REQUIRE_OK(c.signIn(QStringLiteral("John")));
            REQUIRE_OK(c.switchTo(QStringLiteral("catphoto-prod"),
                                  QStringLiteral("SecurityEngineer"), QStringLiteral("yellow")));
            key = c.session->identity().session.accessKeyId;
            expiry = c.session->identity().expiresAt;
        } // the console closes without signing out
        clock.advance(600);
        {
            OPEN_DEMO_CONSOLE(c, path, &clock, &secrets);
            REQUIRE_OK(c.signIn(QStringLiteral("John")));
            QVERIFY(c.session->isInRole());
            QCOMPARE(c.session->identity().session.accessKeyId, key);
            QCOMPARE(c.session->identity().expiresAt, expiry);
            QCOMPARE(c.session->identity().color, QStringLiteral("yellow"));
            QVERIFY(c.allowed(QStringLiteral("iam:ListUsers")));
            c.session->signOut(); // signing out ends the role session too
            QCOMPARE(c.dir->temporarySession(key)->endReason, QStringLiteral("SignOut"));
        }
        {
            OPEN_DEMO_CONSOLE(c, path, &clock, &secrets);
            REQUIRE_OK(c.signIn(QStringLiteral("John")));
            QVERIFY(!c.session->isInRole());
        }
    }

    // Fail closed: when the lockout cannot be checked, nobody signs in, even
    // with the right password.
    void aFailedLockoutQueryRefusesTheSignIn()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("directory.sqlite"));
        OPEN_DEMO_CONSOLE(c, path);
        QVERIFY(
            RawSql::exec(path, {QStringLiteral("ALTER TABLE sign_in_failures RENAME TO kept")}));
        REQUIRE_CODE(c.signIn(QStringLiteral("John")), "ServiceFailure");
        QVERIFY(!c.session->isSignedIn());
    }

    // Every sign-in, switch and refusal is in the audit trail: when the trail
    // cannot be written, the action fails instead of going unrecorded.
    void anUnrecordedActionFails()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("directory.sqlite"));
        OPEN_DEMO_CONSOLE(c, path);
        REQUIRE_OK(c.signIn(QStringLiteral("John")));
        const qsizetype events = c.dir->auditEventCount();
        QVERIFY(RawSql::refuseAuditWrites(path));

        REQUIRE_CODE(
            c.switchTo(QStringLiteral("catphoto-prod"), QStringLiteral("SecurityEngineer")),
            "ServiceFailure");
        QVERIFY(!c.session->isInRole());
        QVERIFY(!c.allowed(QStringLiteral("iam:ListUsers")));
        // The role session STS issued for the switch was ended, not left open.
        const auto sessions = c.dir->temporarySessions(c.clock.now());
        QVERIFY2(sessions.isEmpty(), qPrintable(QString::number(sessions.size())));

        c.session->signOut(); // ending access never waits on the trail
        QVERIFY(!c.session->isSignedIn());
        REQUIRE_CODE(c.signIn(QStringLiteral("John")), "ServiceFailure");
        QVERIFY(!c.session->isSignedIn());
        // A wrong password is still counted for the lockout, though not recorded.
        REQUIRE_CODE(c.session->signIn(QStringLiteral("catphoto-prod"), QStringLiteral("John"),
                                       QStringLiteral("wrong")),
                     "ServiceFailure");
        QCOMPARE(c.dir
                     ->signInFailuresSince(QStringLiteral("111122223333"), QStringLiteral("John"),
                                           c.clock.now().addSecs(-60))
                     .value(),
                 1);
        QCOMPARE(c.dir->auditEventCount(), events);
    }

    void aRecreatedUserDoesNotResumeTheDeletedUsersRoleSession()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("directory.sqlite"));
        ManualClock clock(QDateTime(QDate(2026, 11, 29), QTime(9, 0, 0), Qt::UTC));
        InMemorySecretStore secrets;
        const QString temp = QStringLiteral("Temp");
        // Temp: John's twin (his groups, a console password).
        const auto makeTemp = [&](Directory& dir) {
            REQUIRE_OK(dir.createUser(account, temp));
            REQUIRE_OK(
                dir.setLoginProfile(account, temp, PasswordHasher::hash(QStringLiteral("pw"))));
            for (const Group& group : dir.groupsForUser(account, QStringLiteral("John")))
                REQUIRE_OK(dir.addUserToGroup(account, group.name, temp));
        };
        QString key;
        {
            OPEN_DEMO_CONSOLE(c, path, &clock, &secrets);
            makeTemp(*c.dir);
            REQUIRE_OK(c.signIn(temp));
            REQUIRE_OK(
                c.switchTo(QStringLiteral("catphoto-prod"), QStringLiteral("SecurityEngineer")));
            key = c.session->identity().session.accessKeyId;
        } // the console closes without signing out
        clock.advance(60);
        {
            OPEN_DEMO_CONSOLE(c, path, &clock, &secrets);
            for (const Group& group : c.dir->groupsForUser(account, temp))
                REQUIRE_OK(c.dir->removeUserFromGroup(account, group.name, temp));
            REQUIRE_OK(c.dir->deleteLoginProfile(account, temp));
            REQUIRE_OK(c.dir->deleteUser(account, temp));
            QCOMPARE(c.dir->temporarySession(key)->endReason, Directory::principalDeletedReason());
            QTRY_VERIFY(!c.secretKeys().join(u' ').contains(key));
            clock.advance(60);
            makeTemp(*c.dir);
            REQUIRE_OK(c.signIn(temp));
            QVERIFY(!c.session->isInRole());
        }
    }

    void aRoleRecreatedUnderTheSameNameIsNotTheSessionsRole()
    {
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.signIn(QStringLiteral("John")));
        REQUIRE_OK(c.switchTo(QStringLiteral("catphoto-prod"), QStringLiteral("SecurityEngineer")));
        QVERIFY(c.allowed(QStringLiteral("iam:ListUsers")));
        // The role is deleted and created again by name, with the same policies.
        const auto role = c.dir->role(account, QStringLiteral("SecurityEngineer"));
        QVERIFY(role);
        const auto attached =
            c.dir->attachedPolicies(EntityKind::Role, account, QStringLiteral("SecurityEngineer"));
        const auto inlines =
            c.dir->inlinePolicies(EntityKind::Role, account, QStringLiteral("SecurityEngineer"));
        for (const ManagedPolicy& p : attached)
            REQUIRE_OK(c.dir->detachPolicy(EntityKind::Role, account, role->name, p.arn));
        for (const InlinePolicy& p : inlines)
            REQUIRE_OK(c.dir->deleteInlinePolicy(EntityKind::Role, account, role->name, p.name));
        REQUIRE_OK(c.dir->deleteRole(account, role->name));
        REQUIRE_OK(c.dir->createRole(*role));
        for (const ManagedPolicy& p : attached)
            REQUIRE_OK(c.dir->attachPolicy(EntityKind::Role, account, role->name, p.arn));
        for (const InlinePolicy& p : inlines)
            REQUIRE_OK(c.dir->putInlinePolicy(EntityKind::Role, account, role->name, p));
        // The console's session was the old role's: it may do nothing more.
        QVERIFY(!c.allowed(QStringLiteral("iam:ListUsers")));
    }

    void aSignedInUserDeletedAndRecreatedMayDoNothingMore()
    {
        OPEN_DEMO_CONSOLE(c);
        const QString temp = QStringLiteral("Temp");
        const auto makeTemp = [&] {
            REQUIRE_OK(c.dir->createUser(account, temp));
            REQUIRE_OK(
                c.dir->setLoginProfile(account, temp, PasswordHasher::hash(QStringLiteral("pw"))));
            for (const Group& group : c.dir->groupsForUser(account, QStringLiteral("John")))
                REQUIRE_OK(c.dir->addUserToGroup(account, group.name, temp));
        };
        makeTemp();
        REQUIRE_OK(c.signIn(temp));
        QVERIFY(c.allowed(QStringLiteral("s3:GetObject")));
        for (const Group& group : c.dir->groupsForUser(account, temp))
            REQUIRE_OK(c.dir->removeUserFromGroup(account, group.name, temp));
        REQUIRE_OK(c.dir->deleteLoginProfile(account, temp));
        REQUIRE_OK(c.dir->deleteUser(account, temp));
        makeTemp(); // the same name, the same groups: another user
        QVERIFY(!c.allowed(QStringLiteral("s3:GetObject")));
    }

    void wrongOldPasswordsCountTowardsTheSignInLockout()
    {
        ManualClock clock;
        auto dir = makeDirectory(QStringLiteral(":memory:"), &clock);
        QVERIFY(dir);
        ConsoleSession session(dir.get(), &clock);
        REQUIRE_OK(session.signIn(account, QStringLiteral("John"), QStringLiteral("right")));
        for (int i = 0; i < 5; ++i) {
            clock.advance(10);
            const auto wrong =
                session.changeOwnPassword(QStringLiteral("guess"), QStringLiteral("New-pass-1"));
            QVERIFY(!wrong);
            QCOMPARE(wrong.error().message(), QStringLiteral("The current password is incorrect."));
        }
        // Locked out: the right old password no longer helps, nor does signing in again.
        const auto locked =
            session.changeOwnPassword(QStringLiteral("right"), QStringLiteral("New-pass-1"));
        QVERIFY(!locked);
        QVERIFY2(locked.error().message().contains(QStringLiteral("locked out")),
                 qPrintable(locked.error().message()));
        QVERIFY(PasswordHasher::verify(
            QStringLiteral("right"),
            dir->loginProfile(account, QStringLiteral("John"))->passwordHash));
        session.signOut();
        const auto signIn =
            session.signIn(account, QStringLiteral("John"), QStringLiteral("right"));
        QVERIFY(!signIn);
        QVERIFY(signIn.error().message().contains(QStringLiteral("locked out")));
        clock.advance(15 * 60 + 1);
        REQUIRE_OK(session.signIn(account, QStringLiteral("John"), QStringLiteral("right")));
        REQUIRE_OK(
            session.changeOwnPassword(QStringLiteral("right"), QStringLiteral("New-pass-1")));
    }

    void aTrainingSessionIsStoredWithItsRealEndAndEndsThereAfterARestart()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("directory.sqlite"));
        ManualClock clock(QDateTime(QDate(2026, 11, 29), QTime(9, 0, 0), Qt::UTC));
        InMemorySecretStore secrets;
        const QDateTime start = clock.now();
        QString key;
        {
            OPEN_DEMO_CONSOLE(c, path, &clock, &secrets, 60.0);
            REQUIRE_OK(c.signIn(QStringLiteral("John")));
            REQUIRE_OK(c.switchTo(QStringLiteral("catphoto-prod"),
                                  QStringLiteral("SecurityEngineer"), QStringLiteral("yellow"), {},
                                  3600));
            key = c.session->identity().session.accessKeyId;
            // One hour at 60x: one real minute, and stored that way.
            QCOMPARE(c.dir->temporarySession(key)->expiresAt, start.addSecs(60));
            QCOMPARE(c.session->secondsLeft(), 60);
            // The trainee still sees an hour to go.
            QCOMPARE(c.training.sessionMsecsLeft(c.session->identity().expiresAt), 3600 * 1000);
        } // the console closes without signing out
        clock.advance(59);
        {
            OPEN_DEMO_CONSOLE(c, path, &clock, &secrets); // back at real speed
            REQUIRE_OK(c.signIn(QStringLiteral("John")));
            QVERIFY(c.session->isInRole());
            QCOMPARE(c.session->identity().expiresAt, start.addSecs(60));
            clock.advance(1);
            c.session->checkExpiry();
            QVERIFY(!c.session->isInRole());
            QCOMPARE(c.dir->temporarySession(key)->endReason, QStringLiteral("Expired"));
        }
    }

    void renewAndRevealGiveTheSessionsCredentials()
    {
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.signIn(QStringLiteral("John")));
        REQUIRE_OK(c.switchTo(QStringLiteral("catphoto-prod"), QStringLiteral("SecurityEngineer"),
                              QStringLiteral("orange"), {}, 1800));
        const QString first = c.session->identity().session.accessKeyId;

        std::optional<Result<TemporaryCredentials>> revealed;
        c.session->revealSessionCredentials(
            [&](Result<TemporaryCredentials> r) { revealed.emplace(std::move(r)); });
        QTRY_VERIFY(revealed.has_value());
        QVERIFY(revealed->ok());
        QCOMPARE(revealed->value().accessKeyId, first);
        QCOMPARE(revealed->value().secretAccessKey.size(), 40);
        QVERIFY(c.auditActions().contains(QStringLiteral("ShowSessionSecret:Success")));

        c.clock.advance(600);
        std::optional<Result<void>> renewed;
        c.session->renewRole([&](Result<void> r) { renewed = r; });
        QTRY_VERIFY(renewed.has_value());
        REQUIRE_OK(*renewed);
        QVERIFY(c.session->identity().session.accessKeyId != first);
        QCOMPARE(c.session->secondsLeft(), 1800);
        QCOMPARE(c.session->identity().color, QStringLiteral("orange"));
        QVERIFY(!c.dir->temporarySession(first)->endedAt.isNull());
    }

    void theHistoryListsTheNewestRoleFirst()
    {
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.signIn(QStringLiteral("John")));
        REQUIRE_OK(c.switchTo(QStringLiteral("catphoto-prod"), QStringLiteral("SecurityEngineer"),
                              QStringLiteral("red")));
        c.clock.advance(5);
        REQUIRE_OK(c.switchTo(QStringLiteral("catphoto-dev"), QStringLiteral("CrossAccountAuditor"),
                              QStringLiteral("blue")));
        const auto history = c.session->roleHistory();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).roleName, QStringLiteral("CrossAccountAuditor"));
        QCOMPARE(history.at(0).color, QStringLiteral("blue"));
        QCOMPARE(history.at(1).roleName, QStringLiteral("SecurityEngineer"));
        // Switching from one role to another ends the first session.
        QCOMPARE(c.dir->temporarySessions(c.clock.now()).size(), 1);
    }

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
        QVERIFY(dir);
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
        QVERIFY(dir);
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
        QVERIFY(dir);
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

    // ---- Sign-in with MFA

    static std::optional<Result<void>>
    signInWithCode(DemoConsole& c, const QString& user, const QString& code,
                   const QString& password = QStringLiteral("pw"))
    {
        return AsyncTesting::waitForResult<void>([&](auto done) {
            c.session->signInWithMfa(QStringLiteral("catphoto-prod"), user, password, code,
                                     std::move(done));
        });
    }

    void aUserWithAnMfaDeviceIsAskedForACode()
    {
        OPEN_DEMO_CONSOLE(c);
        c.giveMfaDevice(QStringLiteral("Maria"));
        QSignalSpy signedIn(c.session.get(), &ConsoleSession::signedIn);
        const auto result = c.signIn(QStringLiteral("Maria"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), ConsoleSession::mfaRequiredCode());
        QVERIFY(!c.session->isSignedIn());
        QCOMPARE(signedIn.size(), 0);
        // Not a failure: five of these do not lock Maria out.
        QCOMPARE(c.dir
                     ->signInFailuresSince(QStringLiteral("111122223333"), QStringLiteral("Maria"),
                                           c.clock.now().addSecs(-60))
                     .value(),
                 0);
        // A wrong password still says only that.
        QCOMPARE(c.session
                     ->signIn(QStringLiteral("catphoto-prod"), QStringLiteral("Maria"),
                              QStringLiteral("wrong"))
                     .error()
                     .message(),
                 ConsoleSession::authenticationFailedMessage());
    }

    void theRightCodeSignsInWithMfaPresent()
    {
        OPEN_DEMO_CONSOLE(c);
        const SecureBytes seed = c.giveMfaDevice(QStringLiteral("Maria"));
        const auto result =
            signInWithCode(c, QStringLiteral("Maria"), Totp::code(seed, c.clock.now()));
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().toString()));
        QVERIFY(c.session->isSignedIn());
        const Identity& identity = c.session->identity();
        QVERIFY(identity.mfaAuthenticated);
        QCOMPARE(identity.mfaAuthTime, c.clock.now());
        const CallerIdentity caller = Authorizer(c.dir.get(), &c.training).callerFor(identity);
        QVERIFY(caller.mfaPresent);
        QCOMPARE(caller.mfaAuthTime, c.clock.now());
        QCOMPARE(c.dir->auditEvents().last().detail, QStringLiteral("MFA"));
        // The previous step's code (clock skew of one step) is also fine, once.
        c.session->signOut();
        c.clock.advance(30);
        QVERIFY(signInWithCode(c, QStringLiteral("Maria"), Totp::code(seed, c.clock.now()))->ok());
    }

    void aSignInWithMfaCarriesIntoTheSwitch()
    {
        OPEN_DEMO_CONSOLE(c);
        const SecureBytes seed = c.giveMfaDevice(QStringLiteral("Maria"));
        QVERIFY(signInWithCode(c, QStringLiteral("Maria"), Totp::code(seed, c.clock.now()))->ok());
        // BreakGlassAdmin's trust asks for aws:MultiFactorAuthPresent: no new code needed.
        SwitchRoleRequest request;
        request.account = QStringLiteral("catphoto-prod");
        request.roleName = QStringLiteral("BreakGlassAdmin");
        QVERIFY(c.session->checkSwitchRole(request).ok());
        const auto switched = c.switchTo(request.account, request.roleName, QStringLiteral("red"));
        QVERIFY2(switched.ok(),
                 qPrintable(switched.ok() ? QString() : switched.error().toString()));
        QVERIFY(c.session->identity().session.mfaAuthenticated);
        QVERIFY(c.allowed(QStringLiteral("iam:CreateUser")));
    }

    void mfaCodesAreCheckedAgainstRealTimeAtTrainingSpeed()
    {
        OPEN_DEMO_CONSOLE(c, QStringLiteral(":memory:"), nullptr, nullptr, 60.0);
        const SecureBytes seed = c.giveMfaDevice(QStringLiteral("Maria"));
        c.clock.advance(10);
        // What a clock running sixty times faster would read after those ten seconds.
        const QDateTime scaled = c.clock.now().addSecs(10 * 59);
        const auto early = signInWithCode(c, QStringLiteral("Maria"), Totp::code(seed, scaled));
        QVERIFY(early.has_value());
        QVERIFY(!early->ok());
        QVERIFY(!c.session->isSignedIn());
        const auto real =
            signInWithCode(c, QStringLiteral("Maria"), Totp::code(seed, c.clock.now()));
        QVERIFY(real.has_value());
        REQUIRE_OK(*real);
        QVERIFY(c.session->identity().mfaAuthenticated);
    }

    void aUserWithoutMfaHasNoMfaPresent()
    {
        OPEN_DEMO_CONSOLE(c);
        QVERIFY(c.signIn(QStringLiteral("John")).ok());
        QVERIFY(!c.session->identity().mfaAuthenticated);
        QVERIFY(!Authorizer(c.dir.get(), &c.training).callerFor(c.session->identity()).mfaPresent);
        // The two-step path also signs in a user without a device.
        c.session->signOut();
        QVERIFY(signInWithCode(c, QStringLiteral("John"), QStringLiteral("123456"))->ok());
        QVERIFY(!c.session->identity().mfaAuthenticated);
    }

    void aCodeIsAcceptedOnlyOnce()
    {
        OPEN_DEMO_CONSOLE(c);
        const SecureBytes seed = c.giveMfaDevice(QStringLiteral("Maria"));
        const QString code = Totp::code(seed, c.clock.now());
        QVERIFY(signInWithCode(c, QStringLiteral("Maria"), code)->ok());
        c.session->signOut();
        const auto again = signInWithCode(c, QStringLiteral("Maria"), code);
        QVERIFY(!again->ok());
        QCOMPARE(again->error().message(), ConsoleSession::authenticationFailedMessage());
        QVERIFY(!c.session->isSignedIn());
    }

    void wrongCodesCountTowardsTheLockout()
    {
        OPEN_DEMO_CONSOLE(c);
        const SecureBytes seed = c.giveMfaDevice(QStringLiteral("Maria"));
        const QString right = Totp::code(seed, c.clock.now());
        const QString wrong =
            right == QLatin1String("000000") ? QStringLiteral("000001") : QStringLiteral("000000");
        QSignalSpy signedIn(c.session.get(), &ConsoleSession::signedIn);
        for (int i = 0; i < 5; ++i) {
            const auto refused = signInWithCode(c, QStringLiteral("Maria"), wrong);
            QVERIFY(refused && !refused->ok());
            QCOMPARE(refused->error().message(), ConsoleSession::authenticationFailedMessage());
        }
        QCOMPARE(signedIn.size(), 0);
        QVERIFY(c.auditActions().contains(QStringLiteral("ConsoleLogin:Failure")));
        const auto locked = signInWithCode(c, QStringLiteral("Maria"), right);
        QVERIFY(!locked->ok());
        QVERIFY(locked->error().message().contains(QLatin1String("locked out")));
    }

    void fiveFailuresLockTheUserOutForFifteenMinutes()
    {
        ManualClock clock;
        auto dir = makeDirectory(QStringLiteral(":memory:"), &clock);
        QVERIFY(dir);
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
        QVERIFY(dir);
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
            QVERIFY(dir);
            ConsoleSession session(dir.get(), &clock);
            for (int i = 0; i < 5; ++i)
                QVERIFY(
                    !session.signIn(account, QStringLiteral("John"), QStringLiteral("wrong")).ok());
        }
        auto dir = makeDirectory(path, &clock);
        QVERIFY(dir);
        ConsoleSession session(dir.get(), &clock);
        const auto result =
            session.signIn(account, QStringLiteral("John"), QStringLiteral("right"));
        QVERIFY(!result.ok());
        QVERIFY(result.error().message().contains(QStringLiteral("locked out")));
    }

    void theAliasAndTheIdShareOneCounter()
    {
        ManualClock clock;
        auto dir = makeDirectory(QStringLiteral(":memory:"), &clock);
        QVERIFY(dir);
        ConsoleSession session(dir.get(), &clock);
        // Spelling the account another way gives no more tries.
        for (const QString& typed :
             {alias, account, QStringLiteral(" CatPhoto-Prod "), account, alias})
            QVERIFY(!session.signIn(typed, QStringLiteral("john"), QStringLiteral("wrong")).ok());
        for (const QString& typed : {alias, account}) {
            const auto locked =
                session.signIn(typed, QStringLiteral("John"), QStringLiteral("right"));
            QVERIFY(!locked.ok());
            QVERIFY2(locked.error().message().contains(QStringLiteral("locked out")),
                     qPrintable(locked.error().message()));
        }
        // An unknown account is throttled the same way, and says nothing more.
        for (int i = 0; i < 5; ++i)
            QCOMPARE(session
                         .signIn(QStringLiteral("999999999999"), QStringLiteral("John"),
                                 QStringLiteral("wrong"))
                         .error()
                         .message(),
                     ConsoleSession::authenticationFailedMessage());
        QVERIFY(session
                    .signIn(QStringLiteral("999999999999"), QStringLiteral("John"),
                            QStringLiteral("right"))
                    .error()
                    .message()
                    .contains(QStringLiteral("locked out")));
    }

    // ---- Root user

    static Result<void> signInRoot(DemoConsole& c, const QString& password = QStringLiteral("pw"))
    {
        return c.session->signInRoot(QStringLiteral("root@catphoto-prod.example"), password);
    }

    void theRootUserSignsInByEmail()
    {
        OPEN_DEMO_CONSOLE(c);
        QSignalSpy signedIn(c.session.get(), &ConsoleSession::signedIn);
        REQUIRE_ERROR(signInRoot(c, QStringLiteral("wrong")), "AccessDenied",
                      ConsoleSession::authenticationFailedMessage());
        REQUIRE_ERROR(c.session->signInRoot(QStringLiteral("nobody@catphoto-prod.example"),
                                            QStringLiteral("pw")),
                      "AccessDenied", ConsoleSession::authenticationFailedMessage());
        QCOMPARE(signedIn.size(), 0);
        REQUIRE_OK(c.session->signInRoot(QStringLiteral(" ROOT@catphoto-prod.example "),
                                         QStringLiteral("pw")));
        QCOMPARE(signedIn.size(), 1);
        const Identity& root = c.session->identity();
        QVERIFY(root.isRoot());
        QCOMPARE(root.arn(), QStringLiteral("arn:aws:iam::111122223333:root"));
        QCOMPARE(root.account.alias, QStringLiteral("catphoto-prod"));
        QCOMPARE(root.rootEmail, QStringLiteral("root@catphoto-prod.example"));
        const QList<AuditEvent> events = c.dir->auditEvents();
        QCOMPARE(events.last().action, QStringLiteral("ConsoleLogin"));
        QCOMPARE(events.last().outcome, QStringLiteral("Success"));
        QCOMPARE(events.last().actorArn, QStringLiteral("arn:aws:iam::111122223333:root"));
        // The failed attempt for the known email is audited against the account's root.
        QCOMPARE(events.at(events.size() - 3).actorArn,
                 QStringLiteral("arn:aws:iam::111122223333:root"));
        QCOMPARE(events.at(events.size() - 3).outcome, QStringLiteral("Failure"));
        const auto who = c.sts->getCallerIdentity(c.session->userCaller());
        REQUIRE_OK(who);
        QCOMPARE(who.value().arn, QStringLiteral("arn:aws:iam::111122223333:root"));
        QCOMPARE(who.value().userId, QStringLiteral("111122223333"));
    }

    void rootMayDoEverythingInItsAccountAndNothingElsewhere()
    {
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(signInRoot(c));
        const QString prodUser = QStringLiteral("arn:aws:iam::111122223333:user/John");
        const QString devUser = QStringLiteral("arn:aws:iam::444455556666:user/Dev");
        QVERIFY(c.allowed(QStringLiteral("iam:CreateUser"), prodUser));
        QVERIFY(c.allowed(QStringLiteral("iam:DeleteAccountPasswordPolicy"), QStringLiteral("*")));
        QVERIFY(c.allowed(QStringLiteral("s3:DeleteBucket"),
                          QStringLiteral("arn:aws:iam::111122223333:role/SecurityEngineer")));
        const Authorization elsewhere =
            c.session->authorize(QStringLiteral("iam:CreateUser"), devUser);
        QVERIFY(!elsewhere.allowed());
        QVERIFY2(elsewhere.message.contains(QStringLiteral("arn:aws:iam::111122223333:root")),
                 qPrintable(elsewhere.message));
    }

    void rootCannotSwitchRoles()
    {
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(signInRoot(c));
        SwitchRoleRequest request;
        request.account = QStringLiteral("catphoto-prod");
        request.roleName = QStringLiteral("SecurityEngineer");
        REQUIRE_ERROR(c.session->checkSwitchRole(request), "AccessDenied",
                      "Roles may not be assumed by root accounts.");
        REQUIRE_ERROR(
            c.switchTo(QStringLiteral("catphoto-prod"), QStringLiteral("SecurityEngineer")),
            "AccessDenied", "Roles may not be assumed by root accounts.");
        QVERIFY(!c.session->isInRole());
        // STS refuses it too, whatever the console says.
        AssumeRoleRequest assume;
        assume.roleArn = QStringLiteral("arn:aws:iam::111122223333:role/SecurityEngineer");
        assume.roleSessionName = QStringLiteral("root");
        const auto refused = AsyncTesting::waitForResult<AssumeRoleResult>([&](auto done) {
            c.sts->assumeRole(c.session->userCaller(), assume, c.session.get(), done);
        });
        QVERIFY(refused && !refused->ok());
        QCOMPARE(refused->error().code(), QStringLiteral("AccessDenied"));
        QCOMPARE(refused->error().message(),
                 QStringLiteral("Roles may not be assumed by root accounts."));
    }

    void fiveWrongRootPasswordsLockTheEmailOut()
    {
        OPEN_DEMO_CONSOLE(c);
        for (int i = 0; i < 5; ++i) {
            c.clock.advance(10);
            REQUIRE_ERROR(signInRoot(c, QStringLiteral("wrong")), "AccessDenied",
                          ConsoleSession::authenticationFailedMessage());
        }
        const auto locked = signInRoot(c);
        QVERIFY(!locked.ok());
        QVERIFY2(locked.error().message().contains(QStringLiteral("locked out")),
                 qPrintable(locked.error().message()));
        // Another spelling of the same email is the same counter.
        QVERIFY(
            !c.session
                 ->signInRoot(QStringLiteral("Root@CatPhoto-Prod.example"), QStringLiteral("pw"))
                 .ok());
        // The IAM users of the account are not locked out by root's failures.
        REQUIRE_OK(c.signIn(QStringLiteral("John")));
        c.session->signOut();
        c.clock.advance(15 * 60 + 1);
        REQUIRE_OK(signInRoot(c));
        QVERIFY(c.session->identity().isRoot());
    }

    void aRootUserWithAnMfaDeviceSignsInWithACode()
    {
        OPEN_DEMO_CONSOLE(c);
        const auto device = c.dir->addRootMfaDevice(QStringLiteral("111122223333"));
        REQUIRE_OK(device);
        const SecureBytes seed = SecureBytes::fromView("root-seed-0123456789");
        QVERIFY(AsyncTesting::finishJob(
            c.secrets.put(SecretKey(QUuid::fromString(c.dir->directoryId()),
                                    SecretKey::Kind::MfaSeed, device->serialNumber)
                              .toString(),
                          seed.clone()),
            [](const SecretJob&) {}));
        const auto asked = signInRoot(c);
        QVERIFY(!asked.ok());
        QCOMPARE(asked.error().code(), ConsoleSession::mfaRequiredCode());
        QVERIFY(!c.session->isSignedIn());
        const auto withCode = [&](const QString& code) {
            return AsyncTesting::waitForResult<void>([&](auto done) {
                c.session->signInRootWithMfa(QStringLiteral("root@catphoto-prod.example"),
                                             QStringLiteral("pw"), code, std::move(done));
            });
        };
        const QString right = Totp::code(seed, c.clock.now());
        const QString wrong =
            right == QLatin1String("000000") ? QStringLiteral("000001") : QStringLiteral("000000");
        const auto refused = withCode(wrong);
        QVERIFY(refused && !refused->ok());
        QCOMPARE(refused->error().message(), ConsoleSession::authenticationFailedMessage());
        QVERIFY(!c.session->isSignedIn());
        const auto accepted = withCode(right);
        QVERIFY(accepted);
        QVERIFY2(accepted->ok(),
                 qPrintable(accepted->ok() ? QString() : accepted->error().toString()));
        QVERIFY(c.session->identity().isRoot());
        QVERIFY(c.session->identity().mfaAuthenticated);
        QVERIFY(Authorizer(c.dir.get(), &c.training).callerFor(c.session->identity()).mfaPresent);
        QCOMPARE(c.dir->auditEvents().last().detail, QStringLiteral("MFA"));
    }

    void signOutReturnsToNoIdentity()
    {
        ManualClock clock;
        auto dir = makeDirectory(QStringLiteral(":memory:"), &clock);
        QVERIFY(dir);
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
        QVERIFY(dir);
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

    // --- a password that must be changed first ---------------------------

    void aRequiredResetSignsInOnlyAfterTheNewPassword()
    {
        OPEN_DEMO_CONSOLE(c);
        const QString prod = QStringLiteral("111122223333");
        const QString john = QStringLiteral("John");
        QVERIFY(c.dir->setLoginProfile(prod, john, PasswordHasher::hash(QStringLiteral("pw")), true)
                    .ok());
        const Result<void> r = c.signIn(john);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), ConsoleSession::passwordResetRequiredCode());
        QVERIFY(!c.session->isSignedIn());
        QVERIFY(c.session->isPasswordChangePending());
        // Not a failed sign-in: no lockout counting.
        QCOMPARE(c.dir
                     ->signInFailuresSince(QStringLiteral("catphoto-prod"), john,
                                           c.clock.now().addSecs(-60))
                     .value(),
                 0);

        QCOMPARE(c.session->changeOwnPassword(QStringLiteral("wrong"), QStringLiteral("Abcdef1!x"))
                     .error()
                     .code(),
                 QStringLiteral("AccessDenied"));
        QCOMPARE(c.session->changeOwnPassword(QStringLiteral("pw"), QStringLiteral("abcdefgh"))
                     .error()
                     .code(),
                 QStringLiteral("PasswordPolicyViolation")); // AWS's default policy
        QVERIFY(!c.session->isSignedIn());
        QVERIFY(
            c.session->changeOwnPassword(QStringLiteral("pw"), QStringLiteral("Abcdef1!x")).ok());
        QVERIFY(c.session->isSignedIn());
        QVERIFY(!c.session->isPasswordChangePending());
        QCOMPARE(c.session->identity().user.name, john);
        QVERIFY(!c.dir->loginProfile(prod, john)->passwordResetRequired);
        QCOMPARE(c.auditActions().mid(c.auditActions().size() - 2),
                 QStringList({QStringLiteral("iam:ChangePassword:Success"),
                              QStringLiteral("ConsoleLogin:Success")}));
        c.session->signOut();
        QVERIFY(
            c.session->signIn(QStringLiteral("catphoto-prod"), john, QStringLiteral("Abcdef1!x"))
                .ok());
    }

    void anExpiredPasswordMustBeChangedOrIsRefusedWithHardExpiry()
    {
        OPEN_DEMO_CONSOLE(c);
        const QString prod = QStringLiteral("111122223333");
        PasswordPolicy policy;
        policy.maxPasswordAgeDays = 90;
        policy.passwordReusePrevention = 1;
        QVERIFY(c.dir->setPasswordPolicy(prod, policy).ok());
        QVERIFY(c.signIn(QStringLiteral("Ana")).ok());
        c.session->signOut();
        c.clock.advance(90 * 24 * 3600);
        Result<void> r = c.signIn(QStringLiteral("Ana"));
        QCOMPARE(r.error().code(), ConsoleSession::passwordResetRequiredCode());
        // The same password again is reuse.
        QCOMPARE(
            c.session->changeOwnPassword(QStringLiteral("pw"), QStringLiteral("pw")).error().code(),
            QStringLiteral("PasswordPolicyViolation"));
        QVERIFY(
            c.session->changeOwnPassword(QStringLiteral("pw"), QStringLiteral("Fresh-pw1")).ok());
        QVERIFY(c.session->isSignedIn());
        c.session->signOut();

        policy.hardExpiry = true;
        QVERIFY(c.dir->setPasswordPolicy(prod, policy).ok());
        c.clock.advance(91 * 24 * 3600);
        r = c.session->signIn(QStringLiteral("catphoto-prod"), QStringLiteral("Ana"),
                              QStringLiteral("Fresh-pw1"));
        QCOMPARE(r.error().code(), QStringLiteral("AccessDenied"));
        QVERIFY(!c.session->isPasswordChangePending());
    }

    void aSignedInUserChangesTheirPasswordWhenThePolicyAllows()
    {
        OPEN_DEMO_CONSOLE(c);
        const QString prod = QStringLiteral("111122223333");
        QVERIFY(c.signIn(QStringLiteral("Paulo")).ok()); // no IAM permissions at all
        QVERIFY(
            c.session->changeOwnPassword(QStringLiteral("pw"), QStringLiteral("Paulo-pw1")).ok());
        PasswordPolicy policy;
        policy.allowUsersToChangePassword = false;
        QVERIFY(c.dir->setPasswordPolicy(prod, policy).ok());
        const Result<void> r =
            c.session->changeOwnPassword(QStringLiteral("Paulo-pw1"), QStringLiteral("Paulo-pw2"));
        QCOMPARE(r.error().code(), QStringLiteral("AccessDenied"));
        QVERIFY(r.error().message().contains(QStringLiteral("iam:ChangePassword")));
        // John's own policy allows iam:ChangePassword on himself.
        QVERIFY(c.signIn(QStringLiteral("John")).ok());
        QVERIFY(
            c.session->changeOwnPassword(QStringLiteral("pw"), QStringLiteral("John-pw1")).ok());
    }

    // --- Switch Role rules (issue 17 item 2) --------------------------------

    // A role with a path is entered as path and name in the Role field, which
    // is why path and name together must fit in 64 characters (Switch from a
    // user to an IAM role (console):
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html);
    // a wrong role name gets the console's general refusal ("Invalid information
    // in one or more fields...": https://repost.aws/knowledge-center/iam-switch-role).
    void aRoleWithAPathIsSwitchedToByPathAndName()
    {
        OPEN_DEMO_CONSOLE(c);
        Role role;
        role.accountId = account;
        role.name = QStringLiteral("PathReader");
        role.path = QStringLiteral("/audit/");
        role.trustPolicy = trustOf(QStringLiteral("arn:aws:iam::111122223333:user/John"));
        REQUIRE_OK(c.dir->createRole(role));
        REQUIRE_OK(c.signIn(QStringLiteral("John")));
        for (const QString& typed :
             {QStringLiteral("PathReader"), QStringLiteral("x/PathReader")}) {
            SwitchRoleRequest request;
            request.account = alias;
            request.roleName = typed;
            const auto checked = c.session->checkSwitchRole(request);
            REQUIRE_CODE(checked, "ValidationError");
            QVERIFY2(checked.error().message().startsWith(
                         QStringLiteral("Invalid information in one or more fields. Check your "
                                        "information or contact your administrator.")),
                     qPrintable(checked.error().message()));
            QVERIFY(checked.error().message().contains(QStringLiteral("audit/PathReader")));
            REQUIRE_CODE(c.switchTo(alias, typed), "ValidationError");
            QVERIFY(!c.session->isInRole());
        }
        QVERIFY(c.dir->temporarySessions().isEmpty());
        REQUIRE_OK(c.switchTo(alias, QStringLiteral("audit/PathReader")));
        QCOMPARE(c.session->identity().role.path, QStringLiteral("/audit/"));
        QCOMPARE(c.session->activeSwitchRequest().roleName, QStringLiteral("audit/PathReader"));
        // "--switch-role ACCOUNT/PATH/ROLE" gives the same request (path and name after the
        // account).
        c.session->switchBack();
        REQUIRE_OK(c.switchTo(alias, QStringLiteral("/audit/PathReader")));
    }

    // "When you switch roles in the AWS Management Console, the console always
    // uses your original credentials to authorize the switch. This applies
    // whether you sign in as an IAM user, ... as a SAML-federated role, ..."
    // (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html);
    // a role session assuming a role is role chaining: one hour at most
    // (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html).
    void aFederatedSignInSwitchesRoleByChaining()
    {
        OPEN_DEMO_CONSOLE(c);
        Role target;
        target.accountId = account;
        target.name = QStringLiteral("FederatedTarget");
        target.maxSessionDuration = 43200;
        target.trustPolicy =
            trustOf(QStringLiteral("arn:aws:iam::111122223333:role/FederatedReadOnly"));
        REQUIRE_OK(c.dir->createRole(target));
        REQUIRE_OK(c.dir->putInlinePolicy(
            EntityKind::Role, account, QStringLiteral("FederatedReadOnly"),
            {QStringLiteral("MaySwitch"),
             QStringLiteral("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                            "\"Action\":\"sts:AssumeRole\",\"Resource\":\"arn:aws:iam::"
                            "111122223333:role/FederatedTarget\"}]}")}));
        signInFederatedAsPaulo(c);
        const QString federatedArn =
            QStringLiteral("arn:aws:sts::111122223333:assumed-role/FederatedReadOnly/Paulo");
        QCOMPARE(c.session->identity().arn(), federatedArn);
        QVERIFY(c.session->canSwitchRole());
        QVERIFY(!c.session->canSwitchBack());
        QCOMPARE(c.session->maxSwitchDuration(target), 3600);

        REQUIRE_ERROR(
            c.switchTo(alias, QStringLiteral("FederatedTarget"), QStringLiteral("red"), {}, 7200),
            "ValidationError",
            "The requested DurationSeconds exceeds the 1 hour session limit for roles "
            "assumed by role chaining.");
        QCOMPARE(c.session->identity().arn(), federatedArn);

        REQUIRE_OK(c.switchTo(alias, QStringLiteral("FederatedTarget")));
        const Identity& switched = c.session->identity();
        QCOMPARE(switched.arn(),
                 QStringLiteral("arn:aws:sts::111122223333:assumed-role/FederatedTarget/Paulo"));
        QVERIFY(switched.session.chained);
        QCOMPARE(switched.session.callerArn, federatedArn);
        QVERIFY(switched.session.issuedAt.secsTo(switched.session.expiresAt) <= 3600);
        QVERIFY(c.session->canSwitchBack());
        // The federated session is kept; switching back returns to it.
        const auto base =
            c.dir->temporarySession(c.session->federatedIdentity().session.accessKeyId);
        QVERIFY(base && base->endedAt.isNull());
        c.session->switchBack();
        QVERIFY(c.session->isSignedIn());
        QCOMPARE(c.session->identity().arn(), federatedArn);
        QVERIFY(!c.session->canSwitchBack());
        // Signing out from a switched role ends both sessions.
        REQUIRE_OK(c.switchTo(alias, QStringLiteral("FederatedTarget")));
        c.session->signOut();
        QTRY_VERIFY(c.dir->temporarySessions(c.clock.now()).isEmpty());
    }

    void aFederatedSignInCannotSwitchPastItsOwnSession()
    {
        OPEN_DEMO_CONSOLE(c);
        Role target;
        target.accountId = account;
        target.name = QStringLiteral("FederatedTarget");
        target.maxSessionDuration = 43200;
        target.trustPolicy =
            trustOf(QStringLiteral("arn:aws:iam::111122223333:role/FederatedReadOnly"));
        REQUIRE_OK(c.dir->createRole(target));
        signInFederatedAsPaulo(c);
        // Half an hour before the federated session ends: at most that half hour.
        const Identity& base = c.session->federatedIdentity();
        c.clock.advance(base.issuedAt.secsTo(base.expiresAt) - 1800);
        QCOMPARE(c.session->maxSwitchDuration(target), 1800);
    }

    // "Messages AWS sends in English stay in English" (issue 17 item 4): under
    // a translator that translates everything, the console's own words change
    // and AWS's do not.
    void awsMessagesStayEnglishUnderATranslator()
    {
        struct Everything : QTranslator
        {
            bool isEmpty() const override { return false; }
            QString translate(const char*, const char* source, const char*, int) const override
            {
                return QStringLiteral("[de] ") + QString::fromUtf8(source);
            }
        } translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        PasswordPolicy policy;
        policy.requireNumbers = true;
        const auto refused = policy.check(QStringLiteral("abcdefgh"));
        const QStringList unmet = policy.violations(QStringLiteral("abcdefgh"));
        const QString rootMessage = ConsoleSession::rootCannotSwitchMessage();
        const QString consoleMessage = ConsoleSession::invalidSwitchInformationMessage();
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(refused.error().message(),
                 QStringLiteral("Password does not conform to the account password policy."));
        QCOMPARE(rootMessage, QStringLiteral("Roles may not be assumed by root accounts."));
        // The console's own text is translated: the translator was in effect.
        QVERIFY2(unmet.value(0).startsWith(QStringLiteral("[de] ")), qPrintable(unmet.value(0)));
        QVERIFY(consoleMessage.startsWith(QStringLiteral("[de] ")));
    }

private:
    static QString trustOf(const QString& principalArn)
    {
        return QStringLiteral("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                              "\"Principal\":{\"AWS\":\"%1\"},\"Action\":\"sts:AssumeRole\"}]}")
            .arg(principalArn);
    }

    // Paulo signs in through the demo identity provider to FederatedReadOnly.
    static void signInFederatedAsPaulo(DemoConsole& c)
    {
        SamlIdentityProvider idp(c.sts.get());
        std::optional<Result<void>> made;
        idp.createDemoProvider([&](Result<void> r) { made = r; });
        QTRY_VERIFY(made.has_value());
        REQUIRE_OK(*made);
        SamlIdentityProvider::AssertionRequest request;
        request.account = QStringLiteral("catphoto-prod");
        request.userName = QStringLiteral("Paulo");
        request.password = QStringLiteral("pw");
        request.providerArn = QStringLiteral("arn:aws:iam::111122223333:saml-provider/CatPhotoIdP");
        request.roleArn = QStringLiteral("arn:aws:iam::111122223333:role/FederatedReadOnly");
        std::optional<Result<QByteArray>> assertion;
        idp.issueAssertion(request, [&](Result<QByteArray> r) { assertion = r; });
        QTRY_VERIFY(assertion.has_value());
        REQUIRE_OK(*assertion);
        SamlSignIn saml;
        saml.principalArn = request.providerArn;
        saml.roleArn = request.roleArn;
        saml.samlAssertion = assertion->value();
        std::optional<Result<void>> outcome;
        c.session->signInFederated(saml, [&](Result<void> r) { outcome = r; });
        QTRY_VERIFY(outcome.has_value());
        REQUIRE_OK(*outcome);
    }
};

QTEST_GUILESS_MAIN(TestConsoleSession)
#include "tst_consolesession.moc"
