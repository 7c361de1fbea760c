#include "audittestdirectory.h"
#include "common/resultassertions.h"
#include "common/testdata.h"

#include "audit/auditqueries.h"
#include "interop/authzdetailsimporter.h"

#include <QFile>

#include <QTest>

using namespace AuditTest;

namespace {

// "principal | via, ... | policy, ... | conditional" per path, for exact comparison.
QStringList describe(const QList<AccessPath>& paths)
{
    QStringList out;
    for (const AccessPath& p : paths)
        out << QStringLiteral("%1 | %2 | %3 | %4")
                   .arg(p.principalArn, p.via.join(QStringLiteral(", ")),
                        p.policies.join(QStringLiteral(", ")),
                        p.conditional ? QStringLiteral("conditional") : QStringLiteral("always"));
    return out;
}

QStringList principals(const QList<AssumeGrant>& grants)
{
    QStringList out;
    for (const AssumeGrant& g : grants)
        out << g.principalArn;
    return out;
}

template <typename Entity>
QStringList names(const QList<Entity>& entities)
{
    QStringList out;
    for (const Entity& e : entities)
        out << e.name;
    return out;
}

const QString breakGlass = prodArn(QStringLiteral("role/BreakGlassAdmin"));
const QString securityEngineer = prodArn(QStringLiteral("role/SecurityEngineer"));
const QString crossAccountAuditor =
    QStringLiteral("arn:aws:iam::444455556666:role/CrossAccountAuditor");
const QString john = prodArn(QStringLiteral("user/John"));
const QString ana = prodArn(QStringLiteral("user/Ana"));
const QString maria = prodArn(QStringLiteral("user/Maria"));

} // namespace

class TestAuditQueries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_ENGINE();
        REQUIRE_VALUE(m_demo, demo());
    }
    // The demo lives for the whole run: its database goes at the end.
    void cleanupTestCase()
    {
        m_demo.reset();
        TestEngine::dropDatabases();
    }

    void membersAndGroups()
    {
        AuditQueries queries(m_demo.get());
        QCOMPARE(
            names(queries.members(prod, QStringLiteral("Developers"))),
            (QStringList{QStringLiteral("Ana"), QStringLiteral("John"), QStringLiteral("Kiri")}));
        QCOMPARE(names(queries.members(prod, QStringLiteral("Interns"))), QStringList());
        QCOMPARE(names(queries.groups(prod, QStringLiteral("Sam"))),
                 QStringList{QStringLiteral("SecurityEngineers")});
        QCOMPARE(names(queries.groups(prod, QStringLiteral("Paulo"))), QStringList());
    }

    // Maria through Admins; BreakGlassAdmin itself; and everyone who may switch to it with MFA.
    // Kiri is a developer too, but the contractor boundary leaves no sts:AssumeRole.
    void whoCanCreateUser()
    {
        AuditQueries queries(m_demo.get());
        const QString always = QStringLiteral("attached policy AdministratorAccess | always");
        const QString viaBreakGlass =
            QStringLiteral(" | ") + breakGlass +
            QStringLiteral(" | attached policy AdministratorAccess | conditional");
        QCOMPARE(describe(queries.whoCan(QStringLiteral("iam:CreateUser"),
                                         prodArn(QStringLiteral("user/New")), prod)),
                 (QStringList{breakGlass + QStringLiteral(" |  | ") + always, ana + viaBreakGlass,
                              john + viaBreakGlass,
                              maria + QStringLiteral(" | arn:aws:iam::111122223333:group/Admins"
                                                     " | group Admins: attached policy "
                                                     "AdministratorAccess | always"),
                              maria + viaBreakGlass}));
    }

    // Across both accounts: Rosa in dev through PowerUserAccess, prod developers also through
    // the dev account's auditor role.
    void whoCanReadUploadsEverywhere()
    {
        AuditQueries queries(m_demo.get());
        const QStringList paths =
            describe(queries.whoCan(QStringLiteral("s3:GetObject"),
                                    QStringLiteral("arn:aws:s3:::catphoto-uploads/cat.jpg")));
        QVERIFY(paths.contains(prodArn(QStringLiteral("user/contractors/Kiri")) +
                               QStringLiteral(" | arn:aws:iam::111122223333:group/Developers | "
                                              "group Developers: attached policy "
                                              "DeveloperAccess | always")));
        QVERIFY(paths.contains(john + QStringLiteral(" | ") + crossAccountAuditor +
                               QStringLiteral(" | attached policy ReadOnlyAccess | always")));
        QVERIFY(paths.contains(QStringLiteral(
            "arn:aws:iam::444455556666:user/Rosa | arn:aws:iam::444455556666:group/Developers | "
            "group Developers: attached policy PowerUserAccess | always")));
        QVERIFY(
            paths.contains(prodArn(QStringLiteral("role/CatPhotoApp")) +
                           QStringLiteral(" |  | attached policy CatPhotoUploadsAccess | always")));
        // Paulo is in no group and Sam's audit policies read configuration, not objects.
        for (const QString& path : paths) {
            QVERIFY2(!path.startsWith(prodArn(QStringLiteral("user/Paulo"))), qPrintable(path));
            QVERIFY2(!path.startsWith(prodArn(QStringLiteral("user/Sam"))), qPrintable(path));
        }
        QCOMPARE(paths.size(), 16);
    }

    // Trusted by the account root: every user whose own policies allow sts:AssumeRole on it.
    void whoCanAssumeSecurityEngineer()
    {
        AuditQueries queries(m_demo.get());
        const QList<AssumeGrant> grants = queries.whoCanAssume(securityEngineer);
        QCOMPARE(principals(grants), (QStringList{ana, john, maria, breakGlass}));
        for (const AssumeGrant& grant : grants) {
            QVERIFY(!grant.requiresMfa);
            QVERIFY(grant.externalId.isEmpty());
            QVERIFY(grant.conditions.isEmpty());
            QVERIFY(grant.identityAllows);
            QVERIFY(!grant.outsideDirectory);
        }
        QCOMPARE(grants.at(3).kind, EntityKind::Role);
        QCOMPARE(grants.at(0).kind, EntityKind::User);
    }

    void whoCanAssumeBreakGlassNeedsMfa()
    {
        AuditQueries queries(m_demo.get());
        const QList<AssumeGrant> grants = queries.whoCanAssume(breakGlass);
        QCOMPARE(principals(grants), (QStringList{ana, john, maria}));
        for (const AssumeGrant& grant : grants) {
            QVERIFY(grant.requiresMfa);
            QCOMPARE(grant.conditions, QStringList());
        }
    }

    void whoCanAssumeOutsideTheDirectory()
    {
        AuditQueries queries(m_demo.get());
        const QList<AssumeGrant> vendor =
            queries.whoCanAssume(prodArn(QStringLiteral("role/VendorAccess")));
        QCOMPARE(vendor.size(), 1);
        QCOMPARE(vendor.at(0).principalArn, QStringLiteral("arn:aws:iam::999988887777:root"));
        QCOMPARE(vendor.at(0).externalId, QStringLiteral("catphoto-7Q2KX9"));
        QVERIFY(vendor.at(0).outsideDirectory);
        QVERIFY(!vendor.at(0).identityAllows);

        const QList<AssumeGrant> app =
            queries.whoCanAssume(prodArn(QStringLiteral("role/CatPhotoApp")));
        QCOMPARE(principals(app), QStringList{QStringLiteral("ec2.amazonaws.com")});

        const QList<AssumeGrant> federated =
            queries.whoCanAssume(prodArn(QStringLiteral("role/FederatedReadOnly")));
        QCOMPARE(principals(federated),
                 QStringList{prodArn(QStringLiteral("saml-provider/CatPhotoIdP"))});
        QCOMPARE(federated.at(0).conditions,
                 QStringList{
                     QStringLiteral("SAML:aud StringEquals https://signin.aws.amazon.com/saml")});

        QVERIFY(queries.whoCanAssume(prodArn(QStringLiteral("role/Nope"))).isEmpty());
    }

    void johnsReach()
    {
        AuditQueries queries(m_demo.get());
        const QList<ReachedRole> reached = queries.reach(john);
        QCOMPARE(reached.size(), 4);
        QCOMPARE(reached.at(0).roleArn, breakGlass);
        QVERIFY(reached.at(0).conditional);
        // DeveloperAccess allows sts:AssumeRole on the demo's ProjectEditor too
        // (its trust policy trusts the account); without a project tag the
        // session reads nothing there.
        QCOMPARE(reached.at(1).roleArn, prodArn(QStringLiteral("role/ProjectEditor")));
        QCOMPARE(reached.at(2).roleArn, securityEngineer);
        QCOMPARE(reached.at(2).path, (QStringList{john, securityEngineer}));
        QVERIFY(!reached.at(2).conditional);
        QCOMPARE(reached.at(3).roleArn, crossAccountAuditor);
        for (const ReachedRole& role : reached) {
            QCOMPARE(role.hops, 1);
            QVERIFY(!role.chained);
        }
        // Sam's audit policies allow no sts:AssumeRole; Kiri's boundary neither.
        QVERIFY(queries.reach(prodArn(QStringLiteral("user/Sam"))).isEmpty());
        QVERIFY(queries.reach(prodArn(QStringLiteral("user/contractors/Kiri"))).isEmpty());
        QVERIFY(queries.reach(prodArn(QStringLiteral("user/Nobody"))).isEmpty());
    }

    // The demo's attribute-based role: a ProjectEditor session reads the users whose
    // project tag is the session's own (aws:ResourceTag/project against
    // ${aws:PrincipalTag/project}). The directory knows the users' tags: one without
    // a project tag is read by no session at all, a definite answer; Noor's record
    // depends on the session tag its caller passes (sts:TagSession), so conditional.
    void whoCanDecidesTheDemosProjectTag()
    {
        AuditQueries queries(m_demo.get());
        const QString editor = prodArn(QStringLiteral("role/ProjectEditor"));
        auto throughEditor = [&](const QString& user) {
            QStringList out;
            for (const QString& path : describe(queries.whoCan(
                     QStringLiteral("iam:GetUser"), prodArn(QStringLiteral("user/") + user), prod)))
                if (path.contains(editor))
                    out << path;
            return out;
        };
        QCOMPARE(throughEditor(QStringLiteral("Sam")), QStringList());
        const QStringList noor = throughEditor(QStringLiteral("Noor"));
        QVERIFY(noor.contains(editor +
                              QStringLiteral(" |  | inline policy SameProjectOnly | conditional")));
        QVERIFY(noor.contains(prodArn(QStringLiteral("user/Noor")) + QStringLiteral(" | ") +
                              editor +
                              QStringLiteral(" | inline policy SameProjectOnly | conditional")));
    }

    // Tag conditions are decided from the tags the directory knows: the user's own,
    // the resource's, and a role's when no session of it can carry session tags.
    // Other conditions stay conditional.
    void tagConditionsAreDecidedWhereTheTagsAreKnown()
    {
        std::unique_ptr<Directory> directory;
        REQUIRE_VALUE(directory, empty());
        const TagList cats{{QStringLiteral("team"), QStringLiteral("cats")}};
        REQUIRE_OK(directory->tagEntity(EntityKind::User, prod, QStringLiteral("Eve"), cats));
        REQUIRE_OK(directory->createUser(prod, QStringLiteral("Tom"), QStringLiteral("/"), cats));
        REQUIRE_OK(directory->createUser(prod, QStringLiteral("Dan"), QStringLiteral("/"),
                                         {{QStringLiteral("team"), QStringLiteral("dogs")}}));
        const QString eve = prodArn(QStringLiteral("user/Eve"));
        const QJsonArray sameTeam{
            statement(QStringLiteral("Allow"), QStringLiteral("iam:GetUser"), QStringLiteral("*"),
                      {{QStringLiteral("StringEquals"),
                        QJsonObject{{QStringLiteral("aws:ResourceTag/team"),
                                     QStringLiteral("${aws:PrincipalTag/team}")}}}})};
        // Only Eve may become Fixed; Tagged also takes session tags from its account.
        Role fixed;
        fixed.accountId = prod;
        fixed.name = QStringLiteral("Fixed");
        fixed.trustPolicy = trust(eve);
        fixed.tags = cats;
        REQUIRE_OK(directory->createRole(fixed));
        Role tagged = fixed;
        tagged.name = QStringLiteral("Tagged");
        tagged.trustPolicy = document({QJsonObject{
            {QStringLiteral("Effect"), QStringLiteral("Allow")},
            {QStringLiteral("Principal"),
             QJsonObject{{QStringLiteral("AWS"), prodArn(QStringLiteral("root"))}}},
            {QStringLiteral("Action"),
             QJsonArray{QStringLiteral("sts:AssumeRole"), QStringLiteral("sts:TagSession")}}}});
        REQUIRE_OK(directory->createRole(tagged));
        for (const QString& name :
             {QStringLiteral("Eve"), QStringLiteral("Fixed"), QStringLiteral("Tagged")})
            REQUIRE_OK(putPolicy(*directory,
                                 name == QLatin1String("Eve") ? EntityKind::User : EntityKind::Role,
                                 name, QStringLiteral("SameTeam"), sameTeam));
        // Tom may read himself only from the office: a condition nobody knows.
        REQUIRE_OK(putPolicy(
            *directory, EntityKind::User, QStringLiteral("Tom"), QStringLiteral("FromTheOffice"),
            {statement(
                QStringLiteral("Allow"), QStringLiteral("iam:GetUser"), QStringLiteral("*"),
                {{QStringLiteral("StringEquals"),
                  QJsonObject{{QStringLiteral("aws:ResourceTag/team"), QStringLiteral("cats")}}},
                 {QStringLiteral("IpAddress"),
                  QJsonObject{{QStringLiteral("aws:SourceIp"), QStringLiteral("10.0.0.0/8")}}}})}));

        AuditQueries queries(directory.get());
        const QString sameTeamPolicy = QStringLiteral("inline policy SameTeam");
        const QString fixedArn = prodArn(QStringLiteral("role/Fixed"));
        const QString taggedArn = prodArn(QStringLiteral("role/Tagged"));
        const QString tom = prodArn(QStringLiteral("user/Tom"));
        // Eve may become Fixed (its trust names her), not Tagged (no identity policy lets her).
        QCOMPARE(
            describe(queries.whoCan(QStringLiteral("iam:GetUser"), tom, prod)),
            (QStringList{
                fixedArn + QStringLiteral(" |  | ") + sameTeamPolicy + QStringLiteral(" | always"),
                taggedArn + QStringLiteral(" |  | ") + sameTeamPolicy +
                    QStringLiteral(" | conditional"),
                eve + QStringLiteral(" |  | ") + sameTeamPolicy + QStringLiteral(" | always"),
                eve + QStringLiteral(" | ") + fixedArn + QStringLiteral(" | ") + sameTeamPolicy +
                    QStringLiteral(" | always"),
                tom + QStringLiteral(" |  | inline policy FromTheOffice | "
                                     "conditional")}));
        // Dan is of another team: neither Eve nor Fixed may read him, whatever the request.
        QCOMPARE(describe(queries.whoCan(QStringLiteral("iam:GetUser"),
                                         prodArn(QStringLiteral("user/Dan")), prod)),
                 QStringList{taggedArn + QStringLiteral(" |  | ") + sameTeamPolicy +
                             QStringLiteral(" | conditional")});
    }

    // Eve -> A -> B -> C -> A: the chain is followed, noted, and cut where it comes back.
    void chainsAndCycles()
    {
        std::unique_ptr<Directory> directory;
        REQUIRE_VALUE(directory, empty());
        const QString eve = prodArn(QStringLiteral("user/Eve"));
        const QString a = prodArn(QStringLiteral("role/A"));
        const QString b = prodArn(QStringLiteral("role/B"));
        const QString c = prodArn(QStringLiteral("role/C"));
        REQUIRE_OK(createRole(*directory, QStringLiteral("A"), trust(eve)));
        REQUIRE_OK(createRole(*directory, QStringLiteral("B"), trust(a)));
        REQUIRE_OK(createRole(*directory, QStringLiteral("C"), trust(b)));
        QVERIFY(directory->updateAssumeRolePolicy(prod, QStringLiteral("A"),
                                                  trust(QJsonArray{eve, c})));
        const QJsonArray assumeAll{statement(
            QStringLiteral("Allow"), QStringLiteral("sts:AssumeRole"), QStringLiteral("*"))};
        for (const QString& role : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")})
            REQUIRE_OK(
                putPolicy(*directory, EntityKind::Role, role, QStringLiteral("Switch"), assumeAll));
        REQUIRE_OK(putPolicy(*directory, EntityKind::Role, QStringLiteral("C"),
                             QStringLiteral("Data"),
                             {statement(QStringLiteral("Allow"), QStringLiteral("dynamodb:*"),
                                        QStringLiteral("*"))}));

        AuditQueries queries(directory.get());
        const QList<ReachedRole> reached = queries.reach(eve);
        QCOMPARE(reached.size(), 3);
        QCOMPARE(reached.at(0).path, (QStringList{eve, a}));
        QVERIFY(!reached.at(0).chained);
        QCOMPARE(reached.at(1).path, (QStringList{eve, a, b}));
        QCOMPARE(reached.at(1).hops, 2);
        QVERIFY(reached.at(1).chained);
        QCOMPARE(reached.at(2).path, (QStringList{eve, a, b, c}));
        QCOMPARE(reached.at(2).hops, 3);
        QVERIFY(reached.at(2).chained);

        // Eve needs no policy of her own: A's trust names her.
        QCOMPARE(
            describe(queries.whoCan(QStringLiteral("dynamodb:GetItem"), QStringLiteral("*"))),
            (QStringList{
                a + QStringLiteral(" | ") + b + QStringLiteral(", ") + c +
                    QStringLiteral(" | inline policy Data | always"),
                b + QStringLiteral(" | ") + c + QStringLiteral(" | inline policy Data | always"),
                c + QStringLiteral(" |  | inline policy Data | always"),
                eve + QStringLiteral(" | ") + a + QStringLiteral(", ") + b + QStringLiteral(", ") +
                    c + QStringLiteral(" | inline policy Data | always")}));
        const QList<AssumeGrant> grants = queries.whoCanAssume(a);
        QCOMPARE(principals(grants), (QStringList{eve, c}));
        QVERIFY(!grants.at(0).identityAllows); // named in the trust policy: needs no policy
        QVERIFY(grants.at(1).identityAllows);
    }

    // An explicit deny wins; a condition makes an allow conditional; a boundary limits.
    void denyConditionAndBoundary()
    {
        std::unique_ptr<Directory> directory;
        REQUIRE_VALUE(directory, empty());
        const QString eve = prodArn(QStringLiteral("user/Eve"));
        QVERIFY(directory->createUser(prod, QStringLiteral("Dan")));
        QVERIFY(directory->createUser(prod, QStringLiteral("Bo")));
        const QJsonArray all{
            statement(QStringLiteral("Allow"), QStringLiteral("*"), QStringLiteral("*"))};
        REQUIRE_OK(putPolicy(*directory, EntityKind::User, QStringLiteral("Eve"),
                             QStringLiteral("All"), all));
        REQUIRE_OK(putPolicy(*directory, EntityKind::User, QStringLiteral("Dan"),
                             QStringLiteral("All"), all));
        REQUIRE_OK(putPolicy(
            *directory, EntityKind::User, QStringLiteral("Dan"), QStringLiteral("NoBuckets"),
            {statement(QStringLiteral("Deny"), QStringLiteral("s3:*"), QStringLiteral("*"))}));
        REQUIRE_OK(putPolicy(
            *directory, EntityKind::User, QStringLiteral("Bo"), QStringLiteral("FromOffice"),
            {statement(QStringLiteral("Allow"), QStringLiteral("s3:GetObject"), QStringLiteral("*"),
                       QJsonObject{{QStringLiteral("IpAddress"),
                                    QJsonObject{{QStringLiteral("aws:SourceIp"),
                                                 QStringLiteral("10.0.0.0/8")}}}})}));
        AuditQueries queries(directory.get());
        QCOMPARE(describe(queries.whoCan(QStringLiteral("s3:GetObject"),
                                         QStringLiteral("arn:aws:s3:::b/k"), prod)),
                 (QStringList{prodArn(QStringLiteral("user/Bo")) +
                                  QStringLiteral(" |  | inline policy FromOffice | conditional"),
                              eve + QStringLiteral(" |  | inline policy All | always")}));

        const auto boundary = directory->createPolicy(
            prod, QStringLiteral("OnlyEc2"),
            document({statement(QStringLiteral("Allow"), QStringLiteral("ec2:*"),
                                QStringLiteral("*"))}));
        QVERIFY(boundary);
        QVERIFY(directory->setPermissionsBoundary(EntityKind::User, prod, QStringLiteral("Eve"),
                                                  boundary->arn));
        QVERIFY(
            queries.whoCan(QStringLiteral("s3:GetObject"), QStringLiteral("arn:aws:s3:::b/k"), prod)
                .size() == 1);
        QCOMPARE(
            queries.whoCan(QStringLiteral("ec2:RunInstances"), QStringLiteral("*"), prod).size(),
            2);
    }

    // The bulk read is kept between questions: each kind of change is seen by the next one.
    void answersFollowChanges()
    {
        std::unique_ptr<Directory> directory;
        REQUIRE_VALUE(directory, empty());
        const QString eve = prodArn(QStringLiteral("user/Eve"));
        const QString action = QStringLiteral("s3:GetObject");
        const QString object = QStringLiteral("arn:aws:s3:::b/k");
        AuditQueries queries(directory.get());
        auto readers = [&] {
            QStringList arns;
            for (const AccessPath& path : queries.whoCan(action, object, prod))
                arns << path.principalArn;
            return arns;
        };
        QCOMPARE(readers(), QStringList());
        QVERIFY(directory->createGroup(prod, QStringLiteral("Readers")));
        REQUIRE_OK(putPolicy(*directory, EntityKind::Group, QStringLiteral("Readers"),
                             QStringLiteral("Read"),
                             {statement(QStringLiteral("Allow"), action, QStringLiteral("*"))}));
        QCOMPARE(readers(), QStringList());
        REQUIRE_OK(
            directory->addUserToGroup(prod, QStringLiteral("Readers"), QStringLiteral("Eve")));
        QCOMPARE(readers(), QStringList{eve});
        QVERIFY(directory->createUser(prod, QStringLiteral("Dan")));
        REQUIRE_OK(
            directory->addUserToGroup(prod, QStringLiteral("Readers"), QStringLiteral("Dan")));
        QCOMPARE(readers(), (QStringList{prodArn(QStringLiteral("user/Dan")), eve}));
        REQUIRE_OK(
            directory->removeUserFromGroup(prod, QStringLiteral("Readers"), QStringLiteral("Eve")));
        QCOMPARE(readers(), QStringList{prodArn(QStringLiteral("user/Dan"))});

        const auto role = createRole(*directory, QStringLiteral("Ops"), trust(eve));
        QVERIFY(role);
        QCOMPARE(principals(queries.whoCanAssume(role->arn().toString())), QStringList{eve});
        QCOMPARE(queries.reach(eve).size(), 1);
        QVERIFY(directory->updateAssumeRolePolicy(prod, QStringLiteral("Ops"),
                                                  trust(prodArn(QStringLiteral("user/Dan")))));
        QCOMPARE(principals(queries.whoCanAssume(role->arn().toString())),
                 QStringList{prodArn(QStringLiteral("user/Dan"))});
        QCOMPARE(queries.reach(eve).size(), 0);
    }

    // The AWS CLI documentation's export: Bob is an admin too, but his inline policy denies
    // iam:*; Charlie's PowerUserAccess leaves IAM out; only EC2 may assume EC2role.
    void awsCliSample()
    {
        const QString file =
            QStringLiteral("aws-cli-examples-iam-get-account-authorization-details.output.json");
        REQUIRE_TESTDATA(samplePath(file));
        std::unique_ptr<Directory> directory;
        REQUIRE_VALUE(directory, sample(file));
        AuditQueries queries(directory.get());
        const QString account = QStringLiteral("123456789012");
        QCOMPARE(names(queries.members(account, QStringLiteral("Admins"))),
                 (QStringList{QStringLiteral("Alice"), QStringLiteral("Bob")}));
        QCOMPARE(names(queries.groups(account, QStringLiteral("Charlie"))),
                 QStringList{QStringLiteral("Dev")});
        QCOMPARE(describe(queries.whoCan(QStringLiteral("iam:CreateUser"), QStringLiteral("*"),
                                         account)),
                 QStringList{QStringLiteral(
                     "arn:aws:iam::123456789012:user/Alice | arn:aws:iam::123456789012:group/Admins"
                     " | group Admins: attached policy AdministratorAccess | always")});
        const QList<AssumeGrant> ec2 =
            queries.whoCanAssume(QStringLiteral("arn:aws:iam::123456789012:role/EC2role"));
        QCOMPARE(principals(ec2), QStringList{QStringLiteral("ec2.amazonaws.com")});
        QVERIFY(ec2.at(0).outsideDirectory);
    }

    // CloudMapper's demo: bad_role trusts {"AWS": "*"}, so every user and role of the
    // account can become it, and through it do what its inline policy allows.
    void cloudMapperSample()
    {
        const QString file =
            QStringLiteral("cloudmapper-demo-iam-get-account-authorization-details.json");
        REQUIRE_TESTDATA(samplePath(file));
        std::unique_ptr<Directory> directory;
        REQUIRE_VALUE(directory, sample(file));
        AuditQueries queries(directory.get());
        const QString badRole = QStringLiteral("arn:aws:iam::123456789012:role/bad_role");
        QCOMPARE(
            principals(queries.whoCanAssume(badRole)),
            (QStringList{
                QStringLiteral("arn:aws:iam::123456789012:user/USER"),
                QStringLiteral("arn:aws:iam::123456789012:user/USER_WITH_BAD_INLINE_POLICY"),
                QStringLiteral("arn:aws:iam::123456789012:role/exfiller"),
                QStringLiteral("arn:aws:iam::123456789012:role/service-role/level1"),
                QStringLiteral("arn:aws:iam::123456789012:role/level3"), QStringLiteral("*")}));
        const QList<AccessPath> creators = queries.whoCan(
            QStringLiteral("iam:CreateUser"), QStringLiteral("*"), QStringLiteral("123456789012"));
        QCOMPARE(creators.size(), 6);
        for (const AccessPath& path : creators.mid(1))
            QCOMPARE(path.via, QStringList{badRole});
    }

    void cloudsplainingSamples()
    {
        const QString file = QStringLiteral("cloudsplaining-test-files-example-authz-details.json");
        REQUIRE_TESTDATA(samplePath(file));
        std::unique_ptr<Directory> small;
        REQUIRE_VALUE(small, sample(file));
        AuditQueries queries(small.get());
        const QString account = QStringLiteral("012345678901");
        QCOMPARE(
            names(queries.members(account, QStringLiteral("admin"))),
            (QStringList{QStringLiteral("obama"), QStringLiteral("userwithlotsofpermissions")}));
        const QList<AccessPath> creators =
            queries.whoCan(QStringLiteral("iam:CreateUser"), QStringLiteral("*"), account);
        QCOMPARE(creators.size(), 2);
        QCOMPARE(creators.at(0).policies,
                 (QStringList{QStringLiteral("attached policy AdministratorAccess"),
                              QStringLiteral("group admin: attached policy AdministratorAccess")}));

        // The privilege-escalation lab: starting role -> intermediate role -> an admin role,
        // each trust naming the role before it.
        const QString labFile = QStringLiteral("cloudsplaining-examples-files-example.json");
        REQUIRE_TESTDATA(samplePath(labFile));
        std::unique_ptr<Directory> large;
        REQUIRE_VALUE(large, sample(labFile, QStringLiteral("200611803367")));
        AuditQueries lab(large.get());
        const QString role = QStringLiteral("arn:aws:iam::200611803367:role/");
        const QList<ReachedRole> reached =
            lab.reach(role + QStringLiteral("privesc-AssumeRole-starting-role"));
        QVERIFY(reached.size() >= 2);
        QCOMPARE(reached.at(0).roleArn,
                 role + QStringLiteral("privesc-AssumeRole-intermediate-role"));
        QVERIFY(!reached.at(0).chained);
        QCOMPARE(reached.at(1).roleArn, role + QStringLiteral("privesc-AssumeRole-ending-role"));
        QCOMPARE(reached.at(1).hops, 2);
        QVERIFY(reached.at(1).chained);
        const QList<AssumeGrant> sre = lab.whoCanAssume(role + QStringLiteral("privesc-sre-role"));
        QCOMPARE(principals(sre),
                 QStringList{QStringLiteral("arn:aws:iam::200611803367:user/privesc-sre-user")});
        QVERIFY(
            !sre.at(0).identityAllows); // named in the trust policy: no policy of its own needed
    }

private:
    static QString samplePath(const QString& file)
    {
        return TestData::path(QStringLiteral("authz-details/") + file);
    }

    static Result<std::unique_ptr<Directory>> sample(const QString& file,
                                                     const QString& accountId = {})
    {
        auto opened = Directory::open(TestEngine::freshLocation());
        if (!opened)
            return opened.error();
        AuthzDetailsImporter::Options options;
        options.accountId = accountId;
        if (const auto imported =
                AuthzDetailsImporter(*opened.value()).importFiles({samplePath(file)}, options);
            !imported)
            return imported.error();
        return opened;
    }

    std::unique_ptr<Directory> m_demo;
};

QTEST_GUILESS_MAIN(TestAuditQueries)
#include "tst_auditqueries.moc"
