#include "common/resultassertions.h"
#include "console/authorizer.h"
#include "directory/directory.h"
#include "iam/clock.h"
#include "testdirectory.h"

#include <QTest>

#include <memory>

// The console's decisions for an identity: its policies from the directory,
// compiled once, forgotten when the directory changes; a principal deleted
// (or re-created under its name) since sign-in has no permissions left.
class TestAuthorizer : public QObject
{
    Q_OBJECT

    ManualClock clock{QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Directory> dir;
    std::unique_ptr<Authorizer> authorizer;

    static QString s(const char* text) { return QString::fromUtf8(text); }

    // A console sign-in of the user as it is now.
    Identity signedIn(const QString& name) const
    {
        Identity identity;
        identity.kind = Identity::Kind::User;
        identity.account = {TestDirectory::prod, s("catphoto-prod")};
        identity.userAccount = identity.account;
        identity.user = dir->user(TestDirectory::prod, name).value_or(User());
        identity.issuedAt = clock.now();
        identity.expiresAt = clock.now().addSecs(12 * 3600);
        return identity;
    }

    bool allowed(const Identity& identity, const char* action, const char* resource = "*")
    {
        return authorizer->authorize(identity, s(action), s(resource)).allowed();
    }

private slots:
    void init()
    {
        auto made = TestDirectory::small(QStringLiteral(":memory:"), &clock);
        REQUIRE_OK(made);
        dir = std::move(made).value();
        authorizer = std::make_unique<Authorizer>(dir.get(), &clock);
    }

    void cleanup()
    {
        authorizer.reset();
        dir.reset();
    }

    void aMemberOfTheOrganizationHasItsOrganizationId()
    {
        // aws:PrincipalOrgID names the caller's organization (IAM User Guide, "AWS global
        // condition context keys":
        // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalorgid).
        REQUIRE_OK(dir->setManagementAccount(TestDirectory::prod));
        const QString organization = dir->organizationIdOf(TestDirectory::prod);
        QVERIFY(organization.startsWith(s("o-")));
        auto onlyIn = [&](const QString& orgId) {
            return InlinePolicy{
                s("OnlyInTheOrganization"),
                s(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow",)"
                  R"("Action":"sqs:SendMessage","Resource":"*","Condition":{"StringEquals":)"
                  R"({"aws:PrincipalOrgID":"%1"}}}]})")
                    .arg(orgId)};
        };
        REQUIRE_OK(dir->putInlinePolicy(EntityKind::User, TestDirectory::prod, s("Sam"),
                                        onlyIn(organization)));
        QVERIFY(allowed(signedIn(s("Sam")), "sqs:SendMessage"));
        REQUIRE_OK(dir->putInlinePolicy(EntityKind::User, TestDirectory::prod, s("Sam"),
                                        onlyIn(s("o-exampleorgid"))));
        QVERIFY(!allowed(signedIn(s("Sam")), "sqs:SendMessage"));
    }

    void nobodySignedInIsDenied()
    {
        const Authorization answer = authorizer->authorize(Identity(), s("s3:ListBucket"), s("*"));
        QVERIFY(!answer.allowed());
        QCOMPARE(answer.message, QStringLiteral("Sign in to use the console."));
    }

    void theIdentityPoliciesDecide()
    {
        const Identity john = signedIn(s("John"));
        QVERIFY(!john.user.userId.isEmpty());
        QVERIFY(allowed(john, "s3:GetObject", "arn:aws:s3:::photos/cat.jpg"));
        const Authorization denied = authorizer->authorize(
            john, s("iam:CreateUser"), s("arn:aws:iam::111122223333:user/alice"));
        QVERIFY(!denied.allowed());
        QVERIFY2(denied.message.startsWith(
                     s("User: arn:aws:iam::111122223333:user/John is not authorized to perform: "
                       "iam:CreateUser on resource: arn:aws:iam::111122223333:user/alice")),
                 qPrintable(denied.message));
        QVERIFY(allowed(signedIn(s("Maria")), "iam:CreateUser"));
        QVERIFY(!allowed(signedIn(s("Sam")), "s3:GetObject"));
        QVERIFY(authorizer->policyErrors().isEmpty());
    }

    void aChangeOfTheDirectoryIsSeenAtOnce()
    {
        const Identity sam = signedIn(s("Sam"));
        QVERIFY(!allowed(sam, "iam:ListUsers"));
        REQUIRE_OK(dir->addUserToGroup(TestDirectory::prod, s("Admins"), s("Sam")));
        QVERIFY(allowed(sam, "iam:ListUsers"));
        REQUIRE_OK(dir->removeUserFromGroup(TestDirectory::prod, s("Admins"), s("Sam")));
        QVERIFY(!allowed(sam, "iam:ListUsers"));
        REQUIRE_OK(dir->attachPolicy(EntityKind::User, TestDirectory::prod, s("Sam"),
                                     s("arn:aws:iam::aws:policy/AdministratorAccess")));
        QVERIFY(allowed(sam, "iam:ListUsers"));
    }

    void aUserReCreatedUnderTheNameIsAnotherPrincipal()
    {
        REQUIRE_OK(dir->createUser(TestDirectory::prod, s("Temp")));
        REQUIRE_OK(dir->addUserToGroup(TestDirectory::prod, s("Admins"), s("Temp")));
        const Identity before = signedIn(s("Temp"));
        QVERIFY(allowed(before, "iam:ListUsers"));
        REQUIRE_OK(dir->removeUserFromGroup(TestDirectory::prod, s("Admins"), s("Temp")));
        REQUIRE_OK(dir->deleteUser(TestDirectory::prod, s("Temp")));
        REQUIRE_OK(dir->createUser(TestDirectory::prod, s("Temp")));
        REQUIRE_OK(dir->addUserToGroup(TestDirectory::prod, s("Admins"), s("Temp")));
        // The old sign-in is not the new user's, whatever the new one may do, in
        // whichever order they ask (at the same time: the same expiry).
        const Identity after = signedIn(s("Temp"));
        QCOMPARE(after.expiresAt, before.expiresAt);
        QVERIFY(!allowed(before, "iam:ListUsers"));
        QVERIFY(allowed(after, "iam:ListUsers"));
        QVERIFY(!allowed(before, "iam:ListUsers"));
    }

    void theCallerAsPoliciesSeeIt()
    {
        Identity john = signedIn(s("John"));
        john.mfaAuthenticated = true;
        john.mfaAuthTime = clock.now().addSecs(-60);
        CallerIdentity caller = authorizer->callerFor(john);
        QCOMPARE(caller.arn, QStringLiteral("arn:aws:iam::111122223333:user/John"));
        QCOMPARE(caller.type, CallerIdentity::Type::User);
        QCOMPARE(caller.userId, john.user.userId);
        QCOMPARE(caller.userName, QStringLiteral("John"));
        QVERIFY(caller.temporaryCredentials);
        QCOMPARE(caller.tokenIssueTime, john.issuedAt);
        QVERIFY(caller.mfaPresent);
        QCOMPARE(caller.mfaAuthTime, john.mfaAuthTime);
        QCOMPARE(caller.now, clock.now());

        // Long-term keys carry no token and no MFA.
        john.credentials = Identity::Credentials::AccessKey;
        caller = authorizer->callerFor(john);
        QVERIFY(!caller.temporaryCredentials);
        QVERIFY(!caller.mfaPresent);
        QVERIFY(!caller.tokenIssueTime.isValid());

        Identity root;
        root.kind = Identity::Kind::Root;
        root.account = {TestDirectory::prod, {}};
        caller = authorizer->callerFor(root);
        QCOMPARE(caller.type, CallerIdentity::Type::Root);
        QCOMPARE(caller.arn, QStringLiteral("arn:aws:iam::111122223333:root"));
        QCOMPARE(caller.userId, TestDirectory::prod);
    }

    void mfaMakesTheCallerDifferent()
    {
        REQUIRE_OK(dir->putInlinePolicy(
            EntityKind::User, TestDirectory::prod, s("Sam"),
            {s("WithMfa"),
             s(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*",)"
               R"("Resource":"*","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]})")}));
        Identity sam = signedIn(s("Sam"));
        QVERIFY(!allowed(sam, "s3:GetObject"));
        sam.mfaAuthenticated = true;
        sam.mfaAuthTime = clock.now();
        QVERIFY(allowed(sam, "s3:GetObject"));
    }

    // aws:ResourceTag/<key> and iam:ResourceTag/<key> carry the tags of the
    // IAM user or role a request acts on (IAM User Guide, "Controlling access
    // to and for IAM users and roles using tags":
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/access_iam-tags.html).
    void resourceTagsOfUsersAndRolesAreInTheContext_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("aws") << s("aws:ResourceTag/project");
        QTest::newRow("iam") << s("iam:ResourceTag/project");
    }
    void resourceTagsOfUsersAndRolesAreInTheContext()
    {
        QFETCH(QString, key);
        REQUIRE_OK(dir->putInlinePolicy(
            EntityKind::User, TestDirectory::prod, s("Sam"),
            {s("SameProject"),
             s(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:Get*",)"
               R"("Resource":"*","Condition":{"StringEquals":{"%1":"blue"}}}]})")
                 .arg(key)}));
        const Identity sam = signedIn(s("Sam"));
        QVERIFY(!allowed(sam, "iam:GetUser", "arn:aws:iam::111122223333:user/John"));
        REQUIRE_OK(dir->tagEntity(EntityKind::User, TestDirectory::prod, s("John"),
                                  {{s("project"), s("blue")}}));
        QVERIFY(allowed(sam, "iam:GetUser", "arn:aws:iam::111122223333:user/John"));
        QVERIFY(!allowed(sam, "iam:GetUser", "arn:aws:iam::111122223333:user/Sam"));
        // The user's whole ARN: another path is another user.
        QVERIFY(!allowed(sam, "iam:GetUser", "arn:aws:iam::111122223333:user/x/John"));
        Role role;
        role.accountId = TestDirectory::prod;
        role.name = s("Blue");
        role.trustPolicy = s(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow",)"
                             R"("Principal":{"AWS":"111122223333"},"Action":"sts:AssumeRole"}]})");
        role.tags = {{s("project"), s("blue")}};
        REQUIRE_OK(dir->createRole(role));
        QVERIFY(allowed(sam, "iam:GetRole", "arn:aws:iam::111122223333:role/Blue"));
        QVERIFY(!allowed(sam, "iam:GetPolicy", "arn:aws:iam::aws:policy/ReadOnlyAccess"));
        REQUIRE_OK(
            dir->untagEntity(EntityKind::User, TestDirectory::prod, s("John"), {s("project")}));
        QVERIFY(!allowed(sam, "iam:GetUser", "arn:aws:iam::111122223333:user/John"));
    }

    // A role session's principal tags are the role's, overridden by its session
    // tags regardless of case
    // (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html).
    void aRoleSessionsPrincipalTagsIncludeItsSessionTags()
    {
        Identity session;
        session.kind = Identity::Kind::RoleSession;
        session.account = {TestDirectory::prod, s("catphoto-prod")};
        session.role.accountId = TestDirectory::prod;
        session.role.name = s("Tagged");
        session.role.tags = {{s("Team"), s("role")}, {s("env"), s("prod")}};
        session.session.arn = s("arn:aws:sts::111122223333:assumed-role/Tagged/s");
        session.session.sessionTags = {{s("team"), s("session")}};
        const CallerIdentity caller = authorizer->callerFor(session);
        QCOMPARE(caller.tags, (TagList{{s("env"), s("prod")}, {s("team"), s("session")}}));
        const RequestContext context = RequestContextBuilder::build(caller);
        QCOMPARE(context.value(s("aws:PrincipalTag/Team")), s("session"));
        QCOMPARE(context.value(s("aws:PrincipalTag/env")), s("prod"));
    }
};

QTEST_GUILESS_MAIN(TestAuthorizer)
#include "tst_authorizer.moc"
