// Session tags through StsService: AWS's rules for Tags and TransitiveTagKeys
// on AssumeRole, the sts:TagSession permission, the tags' context keys, role
// chaining, the packed size, and the tags kept with the session.
//
// Source of every rule here unless a test names another: "Passing session tags
// in AWS STS", https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html,
// and the AssumeRole API reference,
// https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html.

#include "common/resultassertions.h"
#include "crypto/passwordhasher.h"
#include "directory/auditevent.h"
#include "directory/demodirectory.h"
#include "directory/directory.h"
#include "iam/clock.h"
#include "model/saml/samltesting.h"
#include "saml/samlresponsesigner.h"
#include "saml/samlsigningkey.h"
#include "secrets/inmemorysecretstore.h"
#include "sts/stsservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString prod = QStringLiteral("111122223333");
const QString john = QStringLiteral("arn:aws:iam::111122223333:user/John");

QString roleArn(const QString& name)
{
    return QStringLiteral("arn:aws:iam::%1:role/%2").arg(prod, name);
}

QString policyJson(const QJsonArray& statements)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("Version"), QStringLiteral("2012-10-17")},
                                  {QStringLiteral("Statement"), statements}})
            .toJson(QJsonDocument::Compact));
}

// A trust statement allowing principal the actions, under an optional condition.
QJsonObject trust(const QString& principal, const QJsonValue& actions,
                  const QJsonObject& condition = {})
{
    QJsonObject statement{
        {QStringLiteral("Effect"), QStringLiteral("Allow")},
        {QStringLiteral("Principal"), QJsonObject{{QStringLiteral("AWS"), principal}}},
        {QStringLiteral("Action"), actions}};
    if (!condition.isEmpty())
        statement.insert(QStringLiteral("Condition"), condition);
    return statement;
}

const QJsonArray assumeAndTag{QStringLiteral("sts:AssumeRole"), QStringLiteral("sts:TagSession")};

Tag tag(const char* key, const char* value)
{
    return Tag{QString::fromUtf8(key), QString::fromUtf8(value)};
}

} // namespace

class TestStsSessionTags : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<Directory> dir;
    std::unique_ptr<InMemorySecretStore> secrets;
    std::unique_ptr<StsService> sts;

    Result<AssumeRoleResult> assume(const StsCaller& caller, const QString& role,
                                    const TagList& tags = {}, const QStringList& transitive = {})
    {
        AssumeRoleRequest request;
        request.roleArn = roleArn(role);
        request.roleSessionName = QStringLiteral("tagged");
        request.tags = tags;
        request.transitiveTagKeys = transitive;
        std::optional<Result<AssumeRoleResult>> outcome;
        sts->assumeRole(caller, request, this,
                        [&](Result<AssumeRoleResult> r) { outcome.emplace(std::move(r)); });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 5000))
            return IamError::serviceFailure(QStringLiteral("never finished"));
        return std::move(*outcome);
    }
    Result<AssumeRoleResult> assumeAsJohn(const QString& role, const TagList& tags = {},
                                          const QStringList& transitive = {})
    {
        return assume(StsCaller::user(prod, QStringLiteral("John")), role, tags, transitive);
    }
    // The session tags the newest audit event of action records, as JSON.
    QJsonObject auditedTags(const QString& action) const
    {
        const QList<AuditEvent> events = dir->auditEventsOf(action);
        if (events.isEmpty())
            return {{QStringLiteral("missing"), action}}; // compares unequal to any expectation
        return QJsonDocument::fromJson(events.last().sessionTags.toUtf8()).object();
    }

    void createRole(const QString& name, const QJsonArray& trustStatements,
                    const TagList& tags = {})
    {
        Role role;
        role.accountId = prod;
        role.name = name;
        role.trustPolicy = policyJson(trustStatements);
        role.tags = tags;
        REQUIRE_OK(dir->createRole(role));
    }

private slots:
    void initTestCase() { PasswordHasher::setCostLog2(10); }

    void init()
    {
        clock =
            std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 28), QTime(12, 0, 0), Qt::UTC));
        auto opened = Directory::open(QStringLiteral(":memory:"), clock.get());
        REQUIRE_OK(opened);
        dir = std::move(opened).value();
        REQUIRE_OK(DemoDirectory::seed(*dir, QStringLiteral("pw")));
        secrets = std::make_unique<InMemorySecretStore>();
        sts = std::make_unique<StsService>(dir.get(), secrets.get(), clock.get());
        // Trusts John by name for both actions: his own policies need not allow them.
        REQUIRE_HELPER(createRole(QStringLiteral("Tagged"), {trust(john, assumeAndTag)},
                                  {tag("Team", "role-team"), tag("env", "prod")}));
        REQUIRE_HELPER(createRole(QStringLiteral("Untaggable"),
                                  {trust(john, QStringLiteral("sts:AssumeRole"))}));
    }

    void cleanup()
    {
        sts.reset();
        secrets.reset();
        dir.reset();
    }

    // "New session tags override existing assumed role or federated user tags
    // with the same tag key, regardless of case."
    void sessionTagsBecomePrincipalTagsOverridingTheRolesOwn()
    {
        AssumeRoleResult result;
        REQUIRE_VALUE(result, assumeAsJohn(QStringLiteral("Tagged"),
                                           {tag("team", "abac"), tag("project", "blue")}));
        const auto stored = dir->temporarySession(result.credentials.accessKeyId);
        QVERIFY(stored);
        QCOMPARE(stored->sessionTags, (TagList{tag("team", "abac"), tag("project", "blue")}));
        QVERIFY(stored->transitiveTagKeys.isEmpty());
        const auto role = dir->roleByArn(roleArn(QStringLiteral("Tagged")));
        QVERIFY(role);
        QCOMPARE(stored->principalTags(role->tags),
                 (TagList{tag("env", "prod"), tag("team", "abac"), tag("project", "blue")}));
    }

    // The session's principal tags decide what the session may do next: here a
    // chained AssumeRole whose trust policy asks for aws:PrincipalTag/project.
    void sessionTagsAreThePrincipalTagsOfTheSessionsRequests()
    {
        const QJsonObject blueOnly{
            {QStringLiteral("StringEquals"),
             QJsonObject{{QStringLiteral("aws:PrincipalTag/project"), QStringLiteral("blue")}}}};
        REQUIRE_HELPER(createRole(QStringLiteral("BlueProject"),
                                  {trust(roleArn(QStringLiteral("Tagged")),
                                         QStringLiteral("sts:AssumeRole"), blueOnly)}));
        AssumeRoleResult blue;
        REQUIRE_VALUE(blue, assumeAsJohn(QStringLiteral("Tagged"), {tag("project", "blue")}));
        REQUIRE_OK(assume(StsCaller::session(blue.credentials.accessKeyId),
                          QStringLiteral("BlueProject")));
        AssumeRoleResult red;
        REQUIRE_VALUE(red, assumeAsJohn(QStringLiteral("Tagged"), {tag("project", "red")}));
        REQUIRE_CODE(
            assume(StsCaller::session(red.credentials.accessKeyId), QStringLiteral("BlueProject")),
            "AccessDenied");
    }

    // "you must have the following permissions-only action in your policy: sts:TagSession"
    void passingTagsNeedsTagSessionInTheTrustPolicy()
    {
        REQUIRE_OK(assumeAsJohn(QStringLiteral("Untaggable")));
        REQUIRE_ERROR(assumeAsJohn(QStringLiteral("Untaggable"), {tag("project", "blue")}),
                      "AccessDenied",
                      QStringLiteral("User: %1 is not authorized to perform: sts:TagSession on "
                                     "resource: %2")
                          .arg(john, roleArn(QStringLiteral("Untaggable"))));
        QVERIFY(dir->temporarySessions().size() == 1); // the refused call issued nothing
    }

    // aws:RequestTag/<key> and aws:TagKeys during the decision, as the page's
    // example trust policy uses them; policy variables compare with the caller's tags.
    void requestTagsAndTagKeysAreInTheDecisionsContext()
    {
        const QJsonObject ownTeamOnly{
            {QStringLiteral("StringEquals"),
             QJsonObject{{QStringLiteral("aws:RequestTag/team"),
                          QStringLiteral("${aws:PrincipalTag/team}")}}},
            {QStringLiteral("ForAllValues:StringEquals"),
             QJsonObject{{QStringLiteral("aws:TagKeys"),
                          QJsonArray{QStringLiteral("team"), QStringLiteral("project")}}}}};
        REQUIRE_HELPER(createRole(QStringLiteral("OwnTeam"),
                                  {trust(john, QStringLiteral("sts:AssumeRole")),
                                   trust(john, QStringLiteral("sts:TagSession"), ownTeamOnly)}));
        // John's own tag is team=photo-app (the demo directory).
        REQUIRE_OK(assumeAsJohn(QStringLiteral("OwnTeam"), {tag("team", "photo-app")}));
        REQUIRE_OK(assumeAsJohn(QStringLiteral("OwnTeam"),
                                {tag("team", "photo-app"), tag("project", "x")}));
        REQUIRE_CODE(assumeAsJohn(QStringLiteral("OwnTeam"), {tag("team", "security")}),
                     "AccessDenied");
        REQUIRE_CODE(assumeAsJohn(QStringLiteral("OwnTeam"),
                                  {tag("team", "photo-app"), tag("cost-center", "1")}),
                     "AccessDenied");
    }

    // The condition keys of sts:TagSession include sts:TransitiveTagKeys.
    void transitiveTagKeysAreInTheDecisionsContext()
    {
        const QJsonObject onlyProjectTransitive{
            {QStringLiteral("ForAllValues:StringEquals"),
             QJsonObject{{QStringLiteral("sts:TransitiveTagKeys"), QStringLiteral("project")}}}};
        REQUIRE_HELPER(
            createRole(QStringLiteral("ProjectTransitive"),
                       {trust(john, QStringLiteral("sts:AssumeRole")),
                        trust(john, QStringLiteral("sts:TagSession"), onlyProjectTransitive)}));
        const TagList tags{tag("project", "blue"), tag("dept", "eng")};
        REQUIRE_OK(assumeAsJohn(QStringLiteral("ProjectTransitive"), tags, {"project"}));
        REQUIRE_CODE(assumeAsJohn(QStringLiteral("ProjectTransitive"), tags, {"dept"}),
                     "AccessDenied");
    }

    // Tag API reference (API_Tag.html): up to 50; key 1-128 and value 0-256
    // characters of [\p{L}\p{Z}\p{N}_.:/=+\-@].
    void tagsOutsideAwsLimitsAreValidationErrors_data()
    {
        QTest::addColumn<TagList>("tags");
        QTest::addColumn<QStringList>("transitive");
        QTest::addColumn<QString>("message");
        TagList many;
        for (int i = 0; i < 51; ++i)
            many << Tag{QStringLiteral("k%1").arg(i), QString()};
        QTest::newRow("51 tags") << many << QStringList()
                                 << QStringLiteral("1 validation error detected: Value '51 "
                                                   "members' at 'tags' failed to satisfy "
                                                   "constraint: Member must have length less "
                                                   "than or equal to 50");
        QTest::newRow("key character")
            << TagList{tag("a*b", "v")} << QStringList()
            << QStringLiteral("1 validation error detected: Value 'a*b' at 'tags.1.member.key' "
                              "failed to satisfy constraint: Member must satisfy regular "
                              "expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+");
        QTest::newRow("empty key")
            << TagList{tag("", "v")} << QStringList()
            << QStringLiteral("1 validation error detected: Value '' at 'tags.1.member.key' "
                              "failed to satisfy constraint: Member must have length greater "
                              "than or equal to 1");
        QTest::newRow("long value")
            << TagList{tag("ok", "x"), Tag{QStringLiteral("k"), QString(257, QLatin1Char('v'))}}
            << QStringList()
            << QStringLiteral("1 validation error detected: Value '%1' at 'tags.2.member.value' "
                              "failed to satisfy constraint: Member must have length less than "
                              "or equal to 256")
                   .arg(QString(257, QLatin1Char('v')));
        QTest::newRow("transitive key character")
            << TagList{tag("a", "v")} << QStringList{QStringLiteral("a!")}
            << QStringLiteral("1 validation error detected: Value 'a!' at "
                              "'transitiveTagKeys.1.member' failed to satisfy constraint: Member "
                              "must satisfy regular expression pattern: "
                              "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+");
    }
    void tagsOutsideAwsLimitsAreValidationErrors()
    {
        QFETCH(TagList, tags);
        QFETCH(QStringList, transitive);
        QFETCH(QString, message);
        REQUIRE_ERROR(assumeAsJohn(QStringLiteral("Tagged"), tags, transitive), "ValidationError",
                      message);
    }

    void unicodeLettersAndSpacesAreAllowed()
    {
        REQUIRE_OK(assumeAsJohn(QStringLiteral("Tagged"), {tag("Kostenstelle Süd", "Größe 1")}));
    }

    // Keys are unique regardless of case ("rules for naming tags"), and every
    // transitive key must be among the tags passed.
    void duplicateKeysAndStrayTransitiveKeysAreRefused()
    {
        REQUIRE_ERROR(
            assumeAsJohn(QStringLiteral("Tagged"), {tag("Project", "a"), tag("project", "b")}),
            "InvalidParameterValue",
            "Duplicate tag keys found. Please note that Tag keys are case insensitive.");
        REQUIRE_ERROR(assumeAsJohn(QStringLiteral("Tagged"), {tag("project", "a")}, {"dept"}),
                      "InvalidParameterValue",
                      "The specified transitive tag key must be included in the requested tags.");
        QVERIFY(dir->temporarySessions().isEmpty());
    }

    // "Chaining roles with session tags": transitive tags pass to the next
    // session and stay transitive; others do not; an inherited transitive tag
    // cannot be passed again ("If you try to pass the Heart = 3 session tag,
    // the operation will fail"); it overrides the next role's own tag.
    void transitiveTagsPassOnThroughRoleChaining()
    {
        REQUIRE_HELPER(createRole(QStringLiteral("Role2"),
                                  {trust(roleArn(QStringLiteral("Tagged")), assumeAndTag)},
                                  {tag("Star", "3"), tag("Sun", "2")}));
        AssumeRoleResult first;
        REQUIRE_VALUE(first, assumeAsJohn(QStringLiteral("Tagged"),
                                          {tag("Star", "1"), tag("Heart", "1"), tag("Moon", "1")},
                                          {"Star", "heart"}));
        const StsCaller firstSession = StsCaller::session(first.credentials.accessKeyId);

        AssumeRoleResult second;
        REQUIRE_VALUE(second, assume(firstSession, QStringLiteral("Role2")));
        QCOMPARE(second.session.sessionTags, (TagList{tag("Star", "1"), tag("Heart", "1")}));
        QCOMPARE(second.session.transitiveTagKeys,
                 (QStringList{QStringLiteral("Star"), QStringLiteral("Heart")}));
        const auto role2 = dir->roleByArn(roleArn(QStringLiteral("Role2")));
        QVERIFY(role2);
        QCOMPARE(second.session.principalTags(role2->tags),
                 (TagList{tag("Sun", "2"), tag("Star", "1"), tag("Heart", "1")}));

        REQUIRE_ERROR(assume(firstSession, QStringLiteral("Role2"), {tag("heart", "3")}),
                      "InvalidParameterValue",
                      "One of the specified transitive tag keys can't be set because it "
                      "conflicts with a transitive tag key from the calling session.");
        // A tag the calling session does not pass on may be set anew.
        AssumeRoleResult third;
        REQUIRE_VALUE(third, assume(firstSession, QStringLiteral("Role2"), {tag("Moon", "2")}));
        QCOMPARE(third.session.sessionTags,
                 (TagList{tag("Moon", "2"), tag("Star", "1"), tag("Heart", "1")}));
    }

    // The audit event of an AssumeRole records the tags it passed as CloudTrail
    // does ("Logging IAM and AWS STS API calls with AWS CloudTrail",
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/cloudtrail-integration.html):
    // tags, transitiveTagKeys, and the calling session's incomingTransitiveTags;
    // refused requests too. Without tags, nothing is added.
    void theTagsPassedAreInTheAuditTrail()
    {
        REQUIRE_HELPER(createRole(QStringLiteral("Role2"),
                                  {trust(roleArn(QStringLiteral("Tagged")), assumeAndTag)}));
        REQUIRE_OK(assumeAsJohn(QStringLiteral("Untaggable")));
        QVERIFY(dir->auditEventsOf(QStringLiteral("AssumeRole")).last().sessionTags.isEmpty());

        AssumeRoleResult first;
        REQUIRE_VALUE(first, assumeAsJohn(QStringLiteral("Tagged"),
                                          {tag("Star", "1"), tag("Moon", "1")}, {"Star"}));
        const QJsonObject passed{
            {QStringLiteral("tags"),
             QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("Star")},
                                    {QStringLiteral("value"), QStringLiteral("1")}},
                        QJsonObject{{QStringLiteral("key"), QStringLiteral("Moon")},
                                    {QStringLiteral("value"), QStringLiteral("1")}}}},
            {QStringLiteral("transitiveTagKeys"), QJsonArray{QStringLiteral("Star")}}};
        QCOMPARE(auditedTags(QStringLiteral("AssumeRole")), passed);

        REQUIRE_OK(assume(StsCaller::session(first.credentials.accessKeyId),
                          QStringLiteral("Role2"), {tag("Sun", "2")}));
        const QJsonObject chained{
            {QStringLiteral("tags"),
             QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("Sun")},
                                    {QStringLiteral("value"), QStringLiteral("2")}}}},
            {QStringLiteral("incomingTransitiveTags"),
             QJsonObject{{QStringLiteral("Star"), QStringLiteral("1")}}}};
        QCOMPARE(auditedTags(QStringLiteral("AssumeRole")), chained);

        REQUIRE_ERROR(assumeAsJohn(QStringLiteral("Untaggable"), {tag("Moon", "2")}),
                      "AccessDenied",
                      QStringLiteral("User: %1 is not authorized to perform: sts:TagSession on "
                                     "resource: %2")
                          .arg(john, roleArn(QStringLiteral("Untaggable"))));
        const AuditEvent refused = dir->auditEventsOf(QStringLiteral("AssumeRole")).last();
        QCOMPARE(refused.outcome, QStringLiteral("Failure"));
        QCOMPARE(QJsonDocument::fromJson(refused.sessionTags.toUtf8()).object(),
                 QJsonObject(
                     {{QStringLiteral("tags"),
                       QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("Moon")},
                                              {QStringLiteral("value"), QStringLiteral("2")}}}}}));
        QVERIFY(!dir->verifyAuditChain());
    }

    // Inherited transitive tags are session tags of the new session too: its
    // role must allow sts:TagSession.
    void inheritedTransitiveTagsNeedTagSession()
    {
        REQUIRE_HELPER(createRole(
            QStringLiteral("NoTags"),
            {trust(roleArn(QStringLiteral("Tagged")), QStringLiteral("sts:AssumeRole"))}));
        AssumeRoleResult plain;
        REQUIRE_VALUE(plain, assumeAsJohn(QStringLiteral("Tagged"), {tag("a", "1")}));
        REQUIRE_OK(
            assume(StsCaller::session(plain.credentials.accessKeyId), QStringLiteral("NoTags")));
        AssumeRoleResult transitive;
        REQUIRE_VALUE(transitive, assumeAsJohn(QStringLiteral("Tagged"), {tag("a", "1")}, {"a"}));
        REQUIRE_CODE(assume(StsCaller::session(transitive.credentials.accessKeyId),
                            QStringLiteral("NoTags")),
                     "AccessDenied");
    }

    // "The total packed size of the session policies and session tags
    // combined is too large ... the error message indicates by percentage".
    void packedSizeCountsTheTags()
    {
        AssumeRoleResult result;
        REQUIRE_VALUE(result, assumeAsJohn(QStringLiteral("Tagged"), {tag("project", "blue")}));
        // 11 of 2,048 packed bytes, rounded up.
        QCOMPARE(result.packedPolicySize, 1);
        TagList large;
        for (int i = 0; i < 50; ++i)
            large << Tag{QStringLiteral("%1").arg(i, 128, 10, QLatin1Char('k')),
                         QString(256, QLatin1Char('v'))};
        // 50 x 384 bytes of 2,048: 937.5 %, rounded up.
        REQUIRE_ERROR(assumeAsJohn(QStringLiteral("Tagged"), large), "PackedPolicyTooLarge",
                      "Packed size of session tags consumes 938% of allotted space.");
    }

    // The tags are kept with the session: a directory opened again (a console
    // restart) knows them and which of them are transitive.
    void tagsPersistWithTheSession()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString path = folder.filePath(QStringLiteral("directory.sqlite"));
        TemporarySession session;
        session.accessKeyId = QStringLiteral("ASIAEXAMPLETAGS00001");
        session.accountId = prod;
        session.callerArn = john;
        session.arn = QStringLiteral("arn:aws:sts::111122223333:assumed-role/Tagged/s");
        session.roleArn = roleArn(QStringLiteral("Tagged"));
        session.assumedRoleId = QStringLiteral("AROAEXAMPLE:s");
        session.sessionName = QStringLiteral("s");
        session.sessionTags = {tag("project", "blue"), tag("dept", "eng")};
        session.transitiveTagKeys = {QStringLiteral("dept")};
        session.issuedAt = clock->now();
        session.expiresAt = clock->now().addSecs(3600);
        {
            auto opened = Directory::open(path, clock.get());
            REQUIRE_OK(opened);
            REQUIRE_OK((*opened)->addTemporarySession(session));
        }
        auto reopened = Directory::open(path, clock.get());
        REQUIRE_OK(reopened);
        const auto stored = (*reopened)->temporarySession(session.accessKeyId);
        QVERIFY(stored);
        QCOMPARE(stored->sessionTags, session.sessionTags);
        QCOMPARE(stored->transitiveTagKeys, session.transitiveTagKeys);
        const auto listed = (*reopened)->temporarySessions();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().sessionTags, session.sessionTags);
    }

    // AssumeRoleWithSAML takes its session tags from the assertion: one
    // https://aws.amazon.com/SAML/Attributes/PrincipalTag:<key> attribute a
    // tag and .../TransitiveTagKeys; the role's trust policy must allow
    // sts:TagSession ("Passing session tags using AssumeRoleWithSAML").
    void samlAssertionsPassSessionTags()
    {
        const QString entityId = QStringLiteral("https://idp.catphoto.example/realms/staff");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto key = SamlSigningKey::generate(QStringLiteral("staff"), now.addDays(-1));
        REQUIRE_OK(key);
        const auto provider = dir->createSamlProvider(
            prod, QStringLiteral("TaggingIdP"),
            QString::fromUtf8(keycloakMetadata(entityId, key->certificateDer())), {});
        REQUIRE_OK(provider);
        const QString providerArn = provider->arn().toString();
        const auto federatedTrust = [&](const QJsonValue& actions) {
            return QJsonObject{{QStringLiteral("Effect"), QStringLiteral("Allow")},
                               {QStringLiteral("Principal"),
                                QJsonObject{{QStringLiteral("Federated"), providerArn}}},
                               {QStringLiteral("Action"), actions}};
        };
        REQUIRE_HELPER(
            createRole(QStringLiteral("FederatedTagged"),
                       {federatedTrust(QJsonArray{QStringLiteral("sts:AssumeRoleWithSAML"),
                                                  QStringLiteral("sts:TagSession")})}));
        REQUIRE_HELPER(createRole(QStringLiteral("FederatedPlain"),
                                  {federatedTrust(QStringLiteral("sts:AssumeRoleWithSAML"))}));
        const auto signIn = [&](const QString& role) -> Result<AssumeRoleResult> {
            SamlAssertion assertion = awsAssertion(now, entityId, roleArn(role), providerArn,
                                                   QStringLiteral("jane@catphoto.example"));
            assertion.principalTags = {tag("project", "catalog"), tag("CostCenter", "12345")};
            assertion.transitiveTagKeys = {QStringLiteral("project")};
            auto xml = SamlResponseSigner::sign(assertion, *key);
            if (!xml)
                return xml.error();
            SamlSignIn request;
            request.principalArn = providerArn;
            request.roleArn = roleArn(role);
            request.samlAssertion = xml->toBase64();
            std::optional<Result<AssumeRoleResult>> outcome;
            sts->assumeRoleWithSaml(
                request, this, [&](Result<AssumeRoleResult> r) { outcome.emplace(std::move(r)); });
            if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 5000))
                return IamError::serviceFailure(QStringLiteral("never finished"));
            return std::move(*outcome);
        };
        AssumeRoleResult result;
        REQUIRE_VALUE(result, signIn(QStringLiteral("FederatedTagged")));
        QCOMPARE(result.session.sessionTags,
                 (TagList{tag("project", "catalog"), tag("CostCenter", "12345")}));
        QCOMPARE(result.session.transitiveTagKeys, QStringList{QStringLiteral("project")});
        // project + catalog + CostCenter + 12345: 29 of 2,048 packed bytes, rounded up.
        QCOMPARE(result.packedPolicySize, 2);
        // Audited as CloudTrail records AssumeRoleWithSAML: principalTags, transitiveTagKeys.
        const QJsonObject audited{
            {QStringLiteral("principalTags"),
             QJsonObject{{QStringLiteral("project"), QStringLiteral("catalog")},
                         {QStringLiteral("CostCenter"), QStringLiteral("12345")}}},
            {QStringLiteral("transitiveTagKeys"), QJsonArray{QStringLiteral("project")}}};
        QCOMPARE(auditedTags(QStringLiteral("AssumeRoleWithSAML")), audited);
        REQUIRE_ERROR(signIn(QStringLiteral("FederatedPlain")), "AccessDenied",
                      "Not authorized to perform sts:TagSession");
        QCOMPARE(dir->auditEventsOf(QStringLiteral("AssumeRoleWithSAML")).last().outcome,
                 QStringLiteral("Failure"));
        QCOMPARE(auditedTags(QStringLiteral("AssumeRoleWithSAML")), audited);
    }

    // The demo's attribute-based role: Noor (tagged project=catalog) may pass
    // her own project as a session tag, no other.
    void theDemosProjectEditorTakesTheCallersOwnProject()
    {
        const StsCaller noor = StsCaller::user(prod, QStringLiteral("Noor"));
        AssumeRoleResult result;
        REQUIRE_VALUE(result, assume(noor, QStringLiteral("ProjectEditor"),
                                     {tag("project", "catalog")}, {"project"}));
        QCOMPARE(result.session.sessionTags, TagList{tag("project", "catalog")});
        REQUIRE_ERROR(assume(noor, QStringLiteral("ProjectEditor"), {tag("project", "photos")}),
                      "AccessDenied",
                      QStringLiteral("User: arn:aws:iam::111122223333:user/Noor is not "
                                     "authorized to perform: sts:TagSession on resource: %1")
                          .arg(roleArn(QStringLiteral("ProjectEditor"))));
        // Without a tag the session has no project, and reads nothing tagged with one.
        AssumeRoleResult untagged;
        REQUIRE_VALUE(untagged, assume(noor, QStringLiteral("ProjectEditor")));
        QVERIFY(untagged.session.sessionTags.isEmpty());
        // John has no project tag: ${aws:PrincipalTag/project} matches nothing.
        REQUIRE_CODE(assumeAsJohn(QStringLiteral("ProjectEditor"), {tag("project", "catalog")}),
                     "AccessDenied");
    }
};

QTEST_GUILESS_MAIN(TestStsSessionTags)
#include "tst_stssessiontags.moc"
