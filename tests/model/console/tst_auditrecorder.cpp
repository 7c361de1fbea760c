#include "common/rawsql.h"
#include "common/resultassertions.h"
#include "console/auditrecorder.h"
#include "console/identity.h"
#include "democonsole.h"
#include "directory/directory.h"

#include <QTemporaryDir>
#include <QTest>

// The console's audit records: who is the actor, which session, which outcome.
class TestAuditRecorder : public QObject
{
    Q_OBJECT

private:
    static Identity john(const Directory& dir)
    {
        Identity user;
        user.kind = Identity::Kind::User;
        user.account = *dir.findAccount(QStringLiteral("111122223333"));
        user.userAccount = user.account;
        user.user = *dir.user(user.account.id, QStringLiteral("John"));
        return user;
    }
    static Identity inRole(const Identity& user, const QString& sessionName)
    {
        Identity role;
        role.kind = Identity::Kind::RoleSession;
        role.account = user.account;
        role.user = user.user;
        role.userAccount = user.account;
        role.session.sessionName = sessionName;
        role.session.arn =
            QStringLiteral("arn:aws:sts::111122223333:assumed-role/SecurityEngineer/") +
            sessionName;
        return role;
    }
    static AuditEvent last(const Directory& dir)
    {
        const auto events = dir.auditEvents();
        return events.isEmpty() ? AuditEvent{} : events.last();
    }

private slots:
    void aSignInNamesTheActorAsTargetAndSession()
    {
        OPEN_DEMO_CONSOLE(c);
        const AuditRecorder audit(c.dir.get());
        const QString arn = QStringLiteral("arn:aws:iam::111122223333:user/John");
        REQUIRE_OK(audit.signIn(arn, QStringLiteral("John"), false, QStringLiteral("Locked out")));
        const AuditEvent e = last(*c.dir);
        QCOMPARE(e.action, QStringLiteral("ConsoleLogin"));
        QCOMPARE(e.actorArn, arn);
        QCOMPARE(e.target, arn);
        QCOMPARE(e.sessionName, QStringLiteral("John"));
        QCOMPARE(e.outcome, QStringLiteral("Failure"));
        QCOMPARE(e.detail, QStringLiteral("Locked out"));
        REQUIRE_OK(audit.signIn(arn, QStringLiteral("John"), true, {}));
        QCOMPARE(last(*c.dir).outcome, QStringLiteral("Success"));
    }

    void aPasswordChangeIsTheUsersOnTheirOwnUser()
    {
        OPEN_DEMO_CONSOLE(c);
        const AuditRecorder audit(c.dir.get());
        REQUIRE_OK(audit.passwordChange(john(*c.dir), true, {}));
        const AuditEvent e = last(*c.dir);
        QCOMPARE(e.action, QStringLiteral("iam:ChangePassword"));
        QCOMPARE(e.actorArn, QStringLiteral("arn:aws:iam::111122223333:user/John"));
        QCOMPARE(e.target, QStringLiteral("arn:aws:iam::111122223333:user/John"));
        QCOMPARE(e.sessionName, QStringLiteral("John"));
        QCOMPARE(e.outcome, QStringLiteral("Success"));
    }

    void anActionInARoleIsThePersonsUnderTheRoleSessionsName()
    {
        OPEN_DEMO_CONSOLE(c);
        const AuditRecorder audit(c.dir.get());
        const Identity user = john(*c.dir);
        const Identity role = inRole(user, QStringLiteral("johns-audit"));
        REQUIRE_OK(audit.action(role, user, QStringLiteral("SwitchBack"), role.session.arn, true,
                                QStringLiteral("SecurityEngineer @ catphoto-prod")));
        const AuditEvent e = last(*c.dir);
        QCOMPARE(e.actorArn, user.arn());
        QCOMPARE(e.sessionName, QStringLiteral("johns-audit"));
        QCOMPARE(e.action, QStringLiteral("SwitchBack"));
        QCOMPARE(e.target, role.session.arn);
        QCOMPARE(e.detail, QStringLiteral("SecurityEngineer @ catphoto-prod"));
    }

    void aFederatedSessionWithoutAUserIsItsOwnActor()
    {
        OPEN_DEMO_CONSOLE(c);
        const AuditRecorder audit(c.dir.get());
        Identity federated = inRole(Identity{}, QStringLiteral("maria@example.com"));
        REQUIRE_OK(audit.action(federated, Identity{}, QStringLiteral("ConsoleSignOut"),
                                federated.arn(), true, {}));
        QCOMPARE(last(*c.dir).actorArn, federated.session.arn);
        QCOMPARE(last(*c.dir).sessionName, QStringLiteral("maria@example.com"));
    }

    void theRootUserIsRecordedAsRoot()
    {
        OPEN_DEMO_CONSOLE(c);
        const AuditRecorder audit(c.dir.get());
        Identity root;
        root.kind = Identity::Kind::Root;
        root.account = *c.dir->findAccount(QStringLiteral("111122223333"));
        REQUIRE_OK(audit.action(root, root, QStringLiteral("iam:CreateUser"), QStringLiteral("Ana"),
                                false, QStringLiteral("AccessDenied")));
        const AuditEvent e = last(*c.dir);
        QCOMPARE(e.actorArn, QStringLiteral("arn:aws:iam::111122223333:root"));
        QCOMPARE(e.sessionName, QStringLiteral("root"));
        QCOMPARE(e.outcome, QStringLiteral("Failure"));
        QCOMPARE(AuditRecorder::signInName(root), QStringLiteral("root"));
        QCOMPARE(AuditRecorder::signInName(john(*c.dir)), QStringLiteral("John"));
    }

    void aRecordThatCannotBeWrittenIsTheError()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("directory.sqlite"));
        OPEN_DEMO_CONSOLE(c, path);
        const AuditRecorder audit(c.dir.get());
        const IamError refusal = IamError::accessDenied(QStringLiteral("no"));
        QCOMPARE(AuditRecorder::unlessFailed(Result<void>(), refusal).code(),
                 QStringLiteral("AccessDenied"));
        QVERIFY(RawSql::refuseAuditWrites(path));
        const Result<void> written = audit.passwordChange(john(*c.dir), false, {});
        REQUIRE_CODE(written, "ServiceFailure");
        QCOMPARE(AuditRecorder::unlessFailed(written, refusal).code(),
                 QStringLiteral("ServiceFailure"));
    }
};

QTEST_GUILESS_MAIN(TestAuditRecorder)
#include "tst_auditrecorder.moc"
