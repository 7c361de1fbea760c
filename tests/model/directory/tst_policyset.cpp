#include "common/resultassertions.h"
#include "directory/directory.h"
#include "directory/policyset.h"
#include "directory/temporarysession.h"
#include "policy/evaluationrequest.h"
#include "policy/policycache.h"
#include "policy/policyevaluator.h"

#include <QTest>

class TestPolicySet : public QObject
{
    Q_OBJECT

private:
    const QString acct = QStringLiteral("111122223333");
    const QString allowS3 = QStringLiteral(
        R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]})");
    const QString allowEc2 = QStringLiteral(
        R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:*","Resource":"*"}]})");

    QStringList names(const PolicySet& set)
    {
        QStringList out;
        for (const auto& p : set.identityPolicies)
            out << p.name;
        out.sort();
        return out;
    }

    // An account with the role App (trusted by EC2) holding AdministratorAccess.
    std::unique_ptr<Directory> directoryWithAdminApp()
    {
        auto dir = std::move(Directory::open(QStringLiteral(":memory:"))).value();
        CHECK_OK(dir->createAccount(acct));
        Role role;
        role.accountId = acct;
        role.name = QStringLiteral("App");
        role.trustPolicy = QStringLiteral(
            R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]})");
        CHECK_OK(dir->createRole(role));
        CHECK_OK(dir->attachPolicy(EntityKind::Role, acct, QStringLiteral("App"),
                                   QStringLiteral("arn:aws:iam::aws:policy/AdministratorAccess")));
        return dir;
    }

private slots:
    void userGetsOwnAndEveryGroupsPolicies()
    {
        auto dir = std::move(Directory::open(QStringLiteral(":memory:"))).value();
        REQUIRE_OK(dir->createAccount(acct));
        REQUIRE_OK(dir->createUser(acct, QStringLiteral("John")));
        REQUIRE_OK(dir->createGroup(acct, QStringLiteral("Developers")));
        REQUIRE_OK(dir->createGroup(acct, QStringLiteral("Readers")));
        REQUIRE_OK(dir->addUserToGroup(acct, QStringLiteral("Developers"), QStringLiteral("John")));
        REQUIRE_OK(dir->addUserToGroup(acct, QStringLiteral("Readers"), QStringLiteral("John")));
        const auto dev = dir->createPolicy(acct, QStringLiteral("DevAccess"), allowS3);
        REQUIRE_OK(dev);
        REQUIRE_OK(
            dir->attachPolicy(EntityKind::Group, acct, QStringLiteral("Developers"), dev->arn));
        REQUIRE_OK(dir->attachPolicy(EntityKind::Group, acct, QStringLiteral("Readers"),
                                     QStringLiteral("arn:aws:iam::aws:policy/ReadOnlyAccess")));
        REQUIRE_OK(dir->putInlinePolicy(EntityKind::User, acct, QStringLiteral("John"),
                                        {QStringLiteral("Ec2Inline"), allowEc2}));

        const PolicySet set = PolicySet::forUser(*dir, acct, QStringLiteral("john"));
        QCOMPARE(names(set), (QStringList{QStringLiteral("Ec2Inline (inline)"),
                                          QStringLiteral("group Developers: DevAccess"),
                                          QStringLiteral("group Readers: ReadOnlyAccess")}));
        for (const auto& p : set.identityPolicies) {
            QVERIFY(!p.document.isEmpty());
            QVERIFY(!p.cacheKey.isEmpty());
            if (p.policyName == QLatin1String("ReadOnlyAccess")) {
                QVERIFY(p.isAwsManaged);
                QCOMPARE(p.viaGroup, QStringLiteral("Readers"));
            }
            if (p.policyName == QLatin1String("Ec2Inline")) {
                QVERIFY(p.isInline);
                QVERIFY(p.viaGroup.isEmpty());
                QCOMPARE(p.document, allowEc2);
            }
        }
        QVERIFY(!set.permissionsBoundary);
    }

    void newDefaultVersionChangesTheCacheKey()
    {
        auto dir = std::move(Directory::open(QStringLiteral(":memory:"))).value();
        REQUIRE_OK(dir->createAccount(acct));
        REQUIRE_OK(dir->createUser(acct, QStringLiteral("John")));
        const auto p = dir->createPolicy(acct, QStringLiteral("P"), allowS3);
        REQUIRE_OK(dir->attachPolicy(EntityKind::User, acct, QStringLiteral("John"), p->arn));
        const QString before = PolicySet::forUser(*dir, acct, QStringLiteral("John"))
                                   .identityPolicies.first()
                                   .cacheKey;
        REQUIRE_OK(dir->createPolicyVersion(p->arn, allowEc2, true));
        const auto after =
            PolicySet::forUser(*dir, acct, QStringLiteral("John")).identityPolicies.first();
        QVERIFY(after.cacheKey != before);
        QCOMPARE(after.document, allowEc2);
    }

    void roleBoundaryIsSeparate()
    {
        auto dir = directoryWithAdminApp();
        REQUIRE_OK(
            dir->setPermissionsBoundary(EntityKind::Role, acct, QStringLiteral("App"),
                                        QStringLiteral("arn:aws:iam::aws:policy/ReadOnlyAccess")));
        const PolicySet set = PolicySet::forRole(*dir, acct, QStringLiteral("App"));
        QCOMPARE(names(set), QStringList{QStringLiteral("AdministratorAccess")});
        QVERIFY(set.permissionsBoundary);
        QCOMPARE(set.permissionsBoundary->policyName, QStringLiteral("ReadOnlyAccess"));
        QVERIFY(PolicySet::forRole(*dir, acct, QStringLiteral("Nope")).identityPolicies.isEmpty());
    }

    void aSessionNarrowsItsRoleAndFailsClosed()
    {
        auto dir = directoryWithAdminApp();
        const auto ec2Only = dir->createPolicy(acct, QStringLiteral("Ec2Only"), allowEc2);
        REQUIRE_OK(ec2Only);

        TemporarySession session;
        session.accessKeyId = QStringLiteral("ASIAEXAMPLE000000001");
        session.roleArn = QStringLiteral("arn:aws:iam::111122223333:role/App");
        session.sessionPolicy = allowS3;
        session.sessionPolicyArns = {ec2Only->arn};
        const PolicySet set = PolicySet::forSession(*dir, session);
        QCOMPARE(names(set), QStringList{QStringLiteral("AdministratorAccess")});
        QCOMPARE(set.sessionPolicies.size(), 2);

        PolicyCache cache;
        QStringList errors;
        EvaluationRequest request;
        set.compileInto(cache, request, errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(request.sessionPolicies.size(), 2);
        request.resource = QStringLiteral("*");
        request.action = QStringLiteral("s3:GetObject");
        QVERIFY(PolicyEvaluator::evaluate(request).isAllowed());
        request.action = QStringLiteral("iam:CreateUser"); // the role may; the session may not
        QVERIFY(!PolicyEvaluator::evaluate(request).isAllowed());

        // A session policy deleted since then does not widen the session.
        REQUIRE_OK(dir->deletePolicy(ec2Only->arn));
        EvaluationRequest after;
        errors.clear();
        PolicySet::forSession(*dir, session).compileInto(cache, after, errors);
        QCOMPARE(errors.size(), 1);
        after.resource = QStringLiteral("*");
        after.action = QStringLiteral("ec2:RunInstances");
        QVERIFY(!PolicyEvaluator::evaluate(after).isAllowed());
    }
};

QTEST_GUILESS_MAIN(TestPolicySet)
#include "tst_policyset.moc"
