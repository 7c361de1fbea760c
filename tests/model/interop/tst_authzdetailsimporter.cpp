#include "interop/authzdetailsimporter.h"

#include "interoptesthelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrl>

using namespace InteropTest;

namespace {
const QString cliAccount = QStringLiteral("123456789012");
const QString management = QStringLiteral("111122223333");

QJsonObject allow(const QString& action)
{
    return {{QStringLiteral("Version"), QStringLiteral("2012-10-17")},
            {QStringLiteral("Statement"),
             QJsonArray{QJsonObject{{QStringLiteral("Effect"), QStringLiteral("Allow")},
                                    {QStringLiteral("Action"), action},
                                    {QStringLiteral("Resource"), QStringLiteral("*")}}}}};
}

QJsonObject trustService(const QString& service)
{
    return {{QStringLiteral("Version"), QStringLiteral("2012-10-17")},
            {QStringLiteral("Statement"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("Effect"), QStringLiteral("Allow")},
                 {QStringLiteral("Principal"), QJsonObject{{QStringLiteral("Service"), service}}},
                 {QStringLiteral("Action"), QStringLiteral("sts:AssumeRole")}}}}};
}

QString urlEncoded(const QJsonObject& document)
{
    return QString::fromUtf8(
        QUrl::toPercentEncoding(QString::fromUtf8(QJsonDocument(document).toJson())));
}

QString arn(const QString& kind, const QString& name)
{
    return QStringLiteral("arn:aws:iam::%1:%2/%3").arg(cliAccount, kind, name);
}

AuthzDetailsImporter::Source source(const QString& name, const QJsonObject& top)
{
    return {name, QJsonDocument(top).toJson()};
}

// The file's bytes plus its write-ahead log: what "unchanged" means on disk.
QByteArray onDisk(const QString& path)
{
    QByteArray bytes;
    for (const QString& file : {path, path + QStringLiteral("-wal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
        bytes += '|';
    }
    return bytes;
}

QStringList names(const QList<Group>& groups)
{
    QStringList out;
    for (const Group& g : groups)
        out << g.name;
    return out;
}

QStringList arns(const QList<ManagedPolicy>& policies)
{
    QStringList out;
    for (const ManagedPolicy& p : policies)
        out << p.arn;
    return out;
}
} // namespace

class TestAuthzDetailsImporter : public QObject
{
    Q_OBJECT

private:
    Result<ImportSummary> importSample(Directory& directory, const QString& sample,
                                       const QString& account = {}, bool replace = false)
    {
        return AuthzDetailsImporter(directory).importFiles({samplePath(sample)},
                                                           importOptions(account, replace));
    }

private slots:
    // The "postgres" copy imports into a fresh database of its own per function.
    void init() { REQUIRE_TEST_ENGINE(); }
    void cleanup() { TestEngine::dropDatabases(); }

    void importsTheAwsCliExample()
    {
        REQUIRE_SAMPLES();
        std::unique_ptr<Directory> d;
        REQUIRE_VALUE(d, emptyDirectory());
        QSignalSpy resets(d.get(), &Directory::directoryReset);
        QSignalSpy added(d.get(), &Directory::entityAdded);
        const auto summary = importSample(*d, awsCliSample);
        REQUIRE_OK(summary);
        QCOMPARE(summary->accountId, cliAccount);
        QCOMPARE(summary->users, 3);
        QCOMPARE(summary->groups, 3);
        QCOMPARE(summary->roles, 1);
        QCOMPARE(summary->policies, 2);
        QCOMPARE(summary->awsManagedPolicies, 1); // AmazonEC2FullAccess; the built-ins are kept
        QCOMPARE(resets.size(), 1);               // one bulk change, one reset
        QCOMPARE(added.size(), 0);
        QCOMPARE(d->userCount(cliAccount), 3);
        QCOMPARE(d->policyCount(cliAccount), 2);

        QCOMPARE(names(d->groupsForUser(cliAccount, QStringLiteral("Bob"))),
                 QStringList{QStringLiteral("Admins")});
        QCOMPARE(names(d->groupsForUser(cliAccount, QStringLiteral("Charlie"))),
                 QStringList{QStringLiteral("Dev")});
        const auto alice = d->user(cliAccount, QStringLiteral("Alice"));
        QVERIFY(alice);
        QCOMPARE(alice->userId, QStringLiteral("AIDA1234567890EXAMPLE"));
        QCOMPARE(alice->createDate, QDateTime(QDate(2013, 10, 14), QTime(18, 32, 24), Qt::UTC));
        // The example gives every user the same id: the first keeps it, the others get new ones.
        const auto bob = d->user(cliAccount, QStringLiteral("Bob"));
        QVERIFY(bob->userId.startsWith(QLatin1String("AIDA")));
        QVERIFY(bob->userId != alice->userId);
        QVERIFY(summary->warnings.contains(
            QStringLiteral("%1: UserDetailList[1]: the id AIDA1234567890EXAMPLE is already "
                           "taken; the entity gets %2.")
                .arg(samplePath(awsCliSample), bob->userId)));
        QCOMPARE(d->inlinePolicies(EntityKind::User, cliAccount, QStringLiteral("Bob")).size(), 1);
        QCOMPARE(d->inlinePolicies(EntityKind::User, cliAccount, QStringLiteral("Bob"))[0].name,
                 QStringLiteral("DenyBillingAndIAMPolicy"));

        // AttachedManagedPolicies is an object, not a list, for Admins and Dev.
        QCOMPARE(arns(d->attachedPolicies(EntityKind::Group, cliAccount, QStringLiteral("Admins"))),
                 QStringList{QStringLiteral("arn:aws:iam::aws:policy/AdministratorAccess")});
        QCOMPARE(arns(d->attachedPolicies(EntityKind::Group, cliAccount, QStringLiteral("Dev"))),
                 QStringList{QStringLiteral("arn:aws:iam::aws:policy/PowerUserAccess")});

        const auto role = d->role(cliAccount, QStringLiteral("EC2role"));
        QVERIFY(role);
        const QJsonObject trust = QJsonDocument::fromJson(role->trustPolicy.toUtf8()).object();
        QCOMPARE(trust[QStringLiteral("Statement")][0][QStringLiteral("Principal")]
                      [QStringLiteral("Service")]
                          .toString(),
                 QStringLiteral("ec2.amazonaws.com"));
        // Neither the file nor the directory defines these two AWS managed policies.
        QVERIFY(arns(d->attachedPolicies(EntityKind::Role, cliAccount, QStringLiteral("EC2role")))
                    .isEmpty());
        QVERIFY(summary->warnings.contains(
            QStringLiteral("%1: RoleDetailList[0].AttachedManagedPolicies[0]: the policy "
                           "arn:aws:iam::aws:policy/AmazonS3FullAccess is defined neither in the "
                           "files nor in the directory; the attachment is left out.")
                .arg(samplePath(awsCliSample))));

        const auto ec2 = d->policy(QStringLiteral("arn:aws:iam::aws:policy/AmazonEC2FullAccess"));
        QVERIFY(ec2);
        QVERIFY(ec2->isAwsManaged());
        QCOMPARE(ec2->defaultVersionId, QStringLiteral("v1"));
        // AWS managed policies stay read-only after an import.
        REQUIRE_CODE(d->deletePolicy(ec2->arn), "UnmodifiableEntity");
    }

    void importsTheCloudmapperDemo()
    {
        REQUIRE_SAMPLES();
        std::unique_ptr<Directory> d;
        REQUIRE_VALUE(d, emptyDirectory());
        const auto summary = importSample(*d, cloudmapperSample);
        REQUIRE_OK(summary);
        // Users and groups name account "aws" in their ARNs: they go with the roles' account.
        QCOMPARE(summary->accountId, cliAccount);
        QCOMPARE(summary->users, 2);
        QCOMPARE(summary->groups, 1);
        QCOMPARE(summary->roles, 4);
        QCOMPARE(summary->policies, 1);
        QCOMPARE(summary->awsManagedPolicies, 1);
        QCOMPARE(names(d->groupsForUser(cliAccount, QStringLiteral("USER"))),
                 QStringList{QStringLiteral("GROUP_WITH_BAD_INLINE_POLICY")});
        QCOMPARE(d->user(cliAccount, QStringLiteral("USER_WITH_BAD_INLINE_POLICY"))->createDate,
                 QDateTime(QDate(2021, 3, 13), QTime(18, 42, 9), Qt::UTC));
        const auto badRole = d->role(cliAccount, QStringLiteral("bad_role"));
        QVERIFY(badRole);
        const QJsonObject trust = QJsonDocument::fromJson(badRole->trustPolicy.toUtf8()).object();
        QCOMPARE(trust[QStringLiteral("Statement")][0][QStringLiteral("Principal")]
                      [QStringLiteral("AWS")]
                          .toString(),
                 QStringLiteral("*"));
        const auto level1 = d->role(cliAccount, QStringLiteral("level1"));
        QCOMPARE(level1->path, QStringLiteral("/service-role/"));
        QCOMPARE(badRole->roleId, QStringLiteral("AROAIBATWWYQXZTTALNCE"));
        QVERIFY(level1->roleId != badRole->roleId); // the file repeats the id
        const QString ssm =
            QStringLiteral("arn:aws:iam::aws:policy/service-role/AmazonEC2RoleforSSM");
        QVERIFY(d->policy(ssm));
        QCOMPARE(d->policy(ssm)->defaultVersionId, QStringLiteral("v8"));
        // Its Path says /job-function/, its ARN /service-role/: the ARN is what attachments use.
        QCOMPARE(d->policy(ssm)->path, QStringLiteral("/service-role/"));
        QVERIFY(summary->warnings.contains(
            QStringLiteral("%1: Policies[0].Path: /job-function/ disagrees with the ARN %2; the "
                           "ARN's path /service-role/ is kept.")
                .arg(samplePath(cloudmapperSample), ssm)));
        QCOMPARE(d->policy(ssm)->policyId, QStringLiteral("ANPAID22R6XPJATWOFDK6"));
        QCOMPARE(arns(d->attachedPolicies(EntityKind::Group, cliAccount,
                                          QStringLiteral("GROUP_WITH_BAD_INLINE_POLICY"))),
                 QStringList{ssm});
    }

    void importsTheCloudsplainingTestFile()
    {
        REQUIRE_SAMPLES();
        std::unique_ptr<Directory> d;
        REQUIRE_VALUE(d, emptyDirectory());
        const auto summary = importSample(*d, cloudsplainingTestSample);
        REQUIRE_OK(summary);
        const QString account = QStringLiteral("012345678901");
        QCOMPARE(summary->accountId, account);
        QCOMPARE(summary->users, 3);
        QCOMPARE(summary->groups, 2);
        QCOMPARE(summary->roles, 3);
        QCOMPARE(summary->policies, 2);
        QCOMPARE(summary->awsManagedPolicies, 25); // 30 in the file, 5 of them built in
        QCOMPARE(names(d->groupsForUser(account, QStringLiteral("obama"))),
                 QStringList{QStringLiteral("admin")});
        QCOMPARE(d->user(account, QStringLiteral("obama"))->createDate,
                 QDateTime(QDate(2019, 12, 18), QTime(19, 10, 8), Qt::UTC));
        const QString codeCommit = QStringLiteral("arn:aws:iam::aws:policy/AWSCodeCommitPowerUser");
        QCOMPARE(d->policy(codeCommit)->defaultVersionId, QStringLiteral("v11"));
        const QList<PolicyVersion> versions = d->policyVersions(codeCommit);
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions[0].versionId, QStringLiteral("v11"));
        QCOMPARE(versions[1].versionId, QStringLiteral("v10"));
        QCOMPARE(versions[1].isDefault, false);
        QCOMPARE(d->policy(QStringLiteral("arn:aws:iam::012345678901:policy/NotYourPolicy"))
                     ->defaultVersionId,
                 QStringLiteral("v9"));
    }

    void refusesAFileOfTwoAccountsWithoutAccount()
    {
        REQUIRE_SAMPLES();
        std::unique_ptr<Directory> d;
        REQUIRE_VALUE(d, emptyDirectory());
        const auto summary = importSample(*d, cloudsplainingExampleSample);
        REQUIRE_ERROR(summary, "InvalidInput",
                      "The files hold entities of several accounts: 012345678901 (10 entities), "
                      "200611803367 (163 entities). Choose one with --account.");
        QVERIFY(d->accounts().isEmpty());
    }

    void importsOneAccountOfAFileOfTwo()
    {
        REQUIRE_SAMPLES();
        std::unique_ptr<Directory> d;
        REQUIRE_VALUE(d, emptyDirectory());
        const QString account = QStringLiteral("200611803367");
        const auto summary = importSample(*d, cloudsplainingExampleSample, account);
        REQUIRE_OK(summary);
        QCOMPARE(summary->users, 41);
        QCOMPARE(summary->groups, 3);
        QCOMPARE(summary->roles, 75);
        QCOMPARE(summary->policies, 44);
        QCOMPARE(summary->awsManagedPolicies, 32);
        QVERIFY(summary->warnings.contains(
            QStringLiteral("10 entities of account 012345678901 are left out: the import is of "
                           "account 200611803367.")));
        QCOMPARE(d->accounts().size(), 1);
        QCOMPARE(names(d->groupsForUser(account, QStringLiteral("privesc-sre-user"))),
                 QStringList{QStringLiteral("privesc-sre-group")});
        const auto role =
            d->role(account, QStringLiteral("AWS-QuickSetup-EnableCRecording-1clff_us-east-1"));
        QVERIFY(role);
        QCOMPARE(role->tags.size(), 3);
        QCOMPARE(role->tags[0], (Tag{QStringLiteral("QuickSetupVersion"), QStringLiteral("1.2")}));
        QCOMPARE(role->createDate.date().year(), 2022);
    }

    void refusesAnAccountTheFilesDoNotName()
    {
        REQUIRE_SAMPLES();
        std::unique_ptr<Directory> d;
        REQUIRE_VALUE(d, emptyDirectory());
        REQUIRE_ERROR(importSample(*d, awsCliSample, QStringLiteral("111122223333")),
                      "InvalidInput",
                      "The files are of 123456789012 (9 entities), not of account 111122223333.");
        REQUIRE_ERROR(importSample(*d, awsCliSample, QStringLiteral("nosuchalias")), "InvalidInput",
                      "nosuchalias is neither a 12-digit account id nor an alias of the "
                      "directory.");
        QVERIFY(d->accounts().isEmpty());
    }

    void readsUrlEncodedDocumentsAsObjects()
    {
        const QJsonObject user{
            {QStringLiteral("UserName"), QStringLiteral("Ann")},
            {QStringLiteral("Arn"), arn(QStringLiteral("user"), QStringLiteral("Ann"))},
            {QStringLiteral("UserPolicyList"),
             QJsonArray{QJsonObject{{QStringLiteral("PolicyName"), QStringLiteral("encoded")},
                                    {QStringLiteral("PolicyDocument"),
                                     urlEncoded(allow(QStringLiteral("s3:Get*")))}},
                        QJsonObject{{QStringLiteral("PolicyName"), QStringLiteral("object")},
                                    {QStringLiteral("PolicyDocument"),
                                     allow(QStringLiteral("s3:Get*"))}}}}};
        const QJsonObject role{{QStringLiteral("RoleName"), QStringLiteral("Lambda")},
                               {QStringLiteral("AssumeRolePolicyDocument"),
                                urlEncoded(trustService(QStringLiteral("lambda.amazonaws.com")))}};
        const QJsonObject policy{
            {QStringLiteral("PolicyName"), QStringLiteral("Reader")},
            {QStringLiteral("Arn"), arn(QStringLiteral("policy"), QStringLiteral("Reader"))},
            {QStringLiteral("PolicyVersionList"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("VersionId"), QStringLiteral("v2")},
                 {QStringLiteral("IsDefaultVersion"), true},
                 {QStringLiteral("Document"), urlEncoded(allow(QStringLiteral("s3:List*")))}}}}};
        std::unique_ptr<Directory> d;
        REQUIRE_VALUE(d, emptyDirectory());
        const auto summary = AuthzDetailsImporter(*d).importSources(
            {source(QStringLiteral("raw.json"),
                    {{QStringLiteral("UserDetailList"), QJsonArray{user}},
                     {QStringLiteral("RoleDetailList"), QJsonArray{role}},
                     {QStringLiteral("Policies"), QJsonArray{policy}}})},
            {});
        REQUIRE_OK(summary);
        const QList<InlinePolicy> inlines =
            d->inlinePolicies(EntityKind::User, cliAccount, QStringLiteral("Ann"));
        QCOMPARE(inlines.size(), 2);
        QCOMPARE(inlines[0].name, QStringLiteral("encoded"));
        QCOMPARE(inlines[0].document, inlines[1].document); // one text, whichever way it came
        QCOMPARE(QJsonDocument::fromJson(inlines[0].document.toUtf8()).object(),
                 allow(QStringLiteral("s3:Get*")));
        QCOMPARE(QJsonDocument::fromJson(
                     d->role(cliAccount, QStringLiteral("Lambda"))->trustPolicy.toUtf8())
                     .object(),
                 trustService(QStringLiteral("lambda.amazonaws.com")));
        const auto version =
            d->defaultPolicyVersion(arn(QStringLiteral("policy"), QStringLiteral("Reader")));
        QVERIFY(version);
        QCOMPARE(version->versionId, QStringLiteral("v2"));
        QCOMPARE(QJsonDocument::fromJson(version->document.toUtf8()).object(),
                 allow(QStringLiteral("s3:List*")));
    }

    void readsTheThreeDateStyles()
    {
        QJsonArray groups;
        const QStringList dates{QStringLiteral("2013-10-14T18:32:24Z"),
                                QStringLiteral("2013-10-14T18:32:24+00:00"),
                                QStringLiteral("2013-10-14 18:32:24+00:00")};
        for (qsizetype i = 0; i < dates.size(); ++i)
            groups.append(QJsonObject{
                {QStringLiteral("GroupName"), QStringLiteral("g%1").arg(i)},
                {QStringLiteral("Arn"), arn(QStringLiteral("group"), QStringLiteral("g%1").arg(i))},
                {QStringLiteral("CreateDate"), dates[i]}});
        std::unique_ptr<Directory> d;
        REQUIRE_VALUE(d, emptyDirectory());
        REQUIRE_OK(AuthzDetailsImporter(*d).importSources(
            {source(QStringLiteral("dates.json"), {{QStringLiteral("GroupDetailList"), groups}})},
            {}));
        const QDateTime expected(QDate(2013, 10, 14), QTime(18, 32, 24), Qt::UTC);
        for (qsizetype i = 0; i < dates.size(); ++i)
            QCOMPARE(d->group(cliAccount, QStringLiteral("g%1").arg(i))->createDate, expected);
    }

    void twoPagesGiveTheSameAsTheWhole()
    {
        REQUIRE_SAMPLES();
        const QJsonObject whole = QJsonDocument::fromJson(readSample(awsCliSample)).object();
        // Page 1: users and policies; page 2: groups and roles (users reference groups of page 2).
        const QJsonObject first{
            {QStringLiteral("UserDetailList"), whole[QStringLiteral("UserDetailList")]},
            {QStringLiteral("Policies"), whole[QStringLiteral("Policies")]},
            {QStringLiteral("IsTruncated"), true},
            {QStringLiteral("Marker"), QStringLiteral("page2")}};
        const QJsonObject second{
            {QStringLiteral("GroupDetailList"), whole[QStringLiteral("GroupDetailList")]},
            {QStringLiteral("RoleDetailList"), whole[QStringLiteral("RoleDetailList")]},
            {QStringLiteral("IsTruncated"), false}};
        ManualClock clock(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
        std::unique_ptr<Directory> paged;
        REQUIRE_VALUE(paged, emptyDirectory(TestEngine::freshLocation(), &clock));
        const auto pagedSummary = AuthzDetailsImporter(*paged).importSources(
            {source(QStringLiteral("page1.json"), first),
             source(QStringLiteral("page2.json"), second)},
            {});
        REQUIRE_OK(pagedSummary);
        std::unique_ptr<Directory> single;
        REQUIRE_VALUE(single, emptyDirectory(TestEngine::freshLocation(), &clock));
        REQUIRE_OK(AuthzDetailsImporter(*single).importSources(
            {source(QStringLiteral("whole.json"), whole)}, {}));
        QCOMPARE(pagedSummary->users, 3);
        QCOMPARE(pagedSummary->groups, 3);
        QCOMPARE(names(paged->groupsForUser(cliAccount, QStringLiteral("Alice"))),
                 QStringList{QStringLiteral("Admins")});
        // Ids the file repeats are replaced at random: compare those entities without them.
        QJsonObject a = snapshot(*paged, cliAccount);
        QJsonObject b = snapshot(*single, cliAccount);
        for (QJsonObject* s : {&a, &b})
            for (const QString& section :
                 {QStringLiteral("users"), QStringLiteral("groups"), QStringLiteral("policies")}) {
                QJsonObject entities = s->value(section).toObject();
                for (const QString& name : entities.keys()) {
                    QJsonObject e = entities.value(name).toObject();
                    if (!e.value(QStringLiteral("id"))
                             .toString()
                             .contains(QLatin1String("EXAMPLE")))
                        e.remove(QStringLiteral("id"));
                    entities.insert(name, e);
                }
                s->insert(section, entities);
            }
        QVERIFY(sameAccount(b, a));
    }

    void aBrokenFileChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("second");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad json") << QByteArray("{\"UserDetailList\": [")
                                  << QStringLiteral("broken.json: 1:21: not valid JSON: ");
        // Deep inside: the fourth role's trust policy has an Effect AWS does not know.
        QJsonObject top = QJsonDocument::fromJson(readSample(cloudmapperSample)).object();
        QJsonArray roles = top[QStringLiteral("RoleDetailList")].toArray();
        if (roles.size() == 4) {
            QJsonObject role = roles[3].toObject();
            QJsonObject trust = role[QStringLiteral("AssumeRolePolicyDocument")].toObject();
            QJsonArray statements = trust[QStringLiteral("Statement")].toArray();
            QJsonObject statement = statements[0].toObject();
            statement[QStringLiteral("Effect")] = QStringLiteral("Perhaps");
            statements[0] = statement;
            trust[QStringLiteral("Statement")] = statements;
            role[QStringLiteral("AssumeRolePolicyDocument")] = trust;
            roles[3] = role;
        }
        top[QStringLiteral("RoleDetailList")] = roles;
        QTest::newRow("bad trust policy")
            << QJsonDocument(top).toJson()
            << QStringLiteral("broken.json: RoleDetailList[3].AssumeRolePolicyDocument: "
                              "MalformedPolicyDocument: ");
        // Only the directory sees this one, after the groups and half the users are stored.
        QJsonObject badName = QJsonDocument::fromJson(readSample(cloudmapperSample)).object();
        QJsonArray users = badName[QStringLiteral("UserDetailList")].toArray();
        if (users.size() == 2) {
            QJsonObject user = users[1].toObject();
            user[QStringLiteral("UserName")] = QStringLiteral("no spaces allowed");
            users[1] = user;
        }
        badName[QStringLiteral("UserDetailList")] = users;
        QTest::newRow("bad user name")
            << QJsonDocument(badName).toJson()
            << QStringLiteral("broken.json: UserDetailList[1]: ValidationError: ");
    }

    void aBrokenFileChangesNothing()
    {
        REQUIRE_SAMPLES();
        QFETCH(QByteArray, second);
        QFETCH(QString, message);
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("directory.sqlite"));
        std::unique_ptr<Directory> d;
        REQUIRE_VALUE(d, emptyDirectory(path));
        REQUIRE_OK(d->createAccount(QStringLiteral("111122223333")));
        REQUIRE_OK(d->createUser(QStringLiteral("111122223333"), QStringLiteral("Keep")));
        QSignalSpy resets(d.get(), &Directory::directoryReset);
        const QByteArray before = onDisk(path);
        const QJsonObject keptSnapshot = snapshot(*d, QStringLiteral("111122223333"));

        const auto summary = AuthzDetailsImporter(*d).importSources(
            {{QStringLiteral("good.json"), readSample(awsCliSample)},
             {QStringLiteral("broken.json"), second}},
            importOptions(cliAccount));
        QVERIFY(!summary.ok());
        QCOMPARE(summary.error().code(), QStringLiteral("MalformedImportFile"));
        QVERIFY2(summary.error().message().startsWith(message),
                 qPrintable(summary.error().message()));
        QCOMPARE(onDisk(path), before);
        QCOMPARE(resets.size(), 0);
        QVERIFY(!d->findAccount(cliAccount));
        QCOMPARE(d->accounts().size(), 1);
        QVERIFY(sameAccount(keptSnapshot, snapshot(*d, QStringLiteral("111122223333"))));
        QVERIFY(!d->policy(QStringLiteral("arn:aws:iam::aws:policy/AmazonEC2FullAccess")));
    }

    void anUnreadableFileIsNamed()
    {
        std::unique_ptr<Directory> d;
        REQUIRE_VALUE(d, emptyDirectory());
        const auto summary =
            AuthzDetailsImporter(*d).importFiles({QStringLiteral("/nonexistent/x.json")}, {});
        QVERIFY(!summary.ok());
        QCOMPARE(summary.error().code(), QStringLiteral("MalformedImportFile"));
        QVERIFY2(summary.error().message().startsWith(
                     QStringLiteral("/nonexistent/x.json: $: cannot be read: ")),
                 qPrintable(summary.error().message()));
    }

    void anAccountWithEntitiesIsReplacedOnlyWhenAsked()
    {
        REQUIRE_SAMPLES();
        std::unique_ptr<Directory> d;
        REQUIRE_VALUE(d, emptyDirectory());
        REQUIRE_OK(importSample(*d, awsCliSample));
        REQUIRE_OK(d->createUser(cliAccount, QStringLiteral("Extra")));
        const QJsonObject before = snapshot(*d, cliAccount);

        const auto refused = importSample(*d, awsCliSample);
        REQUIRE_ERROR(refused, "AccountNotEmpty",
                      "Account 123456789012 already has 10 users, groups, roles or policies; "
                      "import with --replace to replace them.");
        QCOMPARE(refused.error().httpStatus(), 409);
        QVERIFY(sameAccount(before, snapshot(*d, cliAccount)));

        const auto replaced = importSample(*d, awsCliSample, cliAccount, true);
        REQUIRE_OK(replaced);
        QCOMPARE(replaced->users, 3);
        QVERIFY(!d->user(cliAccount, QStringLiteral("Extra")));
        QCOMPARE(d->userCount(cliAccount), 3);
        QCOMPARE(d->user(cliAccount, QStringLiteral("Alice"))->userId,
                 QStringLiteral("AIDA1234567890EXAMPLE"));
        // The AWS managed policy the first import added is shared and stays.
        QCOMPARE(replaced->awsManagedPolicies, 0);
    }

    void replacingKeepsUsersWithKeys()
    {
        REQUIRE_SAMPLES();
        std::unique_ptr<Directory> d;
        REQUIRE_VALUE(d, emptyDirectory());
        REQUIRE_OK(importSample(*d, awsCliSample));
        REQUIRE_OK(d->addAccessKey(cliAccount, QStringLiteral("Bob"),
                                   QStringLiteral("AKIAIOSFODNN7EXAMPLE")));
        REQUIRE_ERROR(importSample(*d, awsCliSample, cliAccount, true), "DeleteConflict",
                      "Cannot replace account 123456789012: user Bob has access keys or MFA "
                      "devices; delete them first.");
        QCOMPARE(d->userCount(cliAccount), 3);
        QCOMPARE(d->accessKeys(cliAccount, QStringLiteral("Bob")).size(), 1);
    }

    void quotasAreNotAppliedToWhatAwsAccepted()
    {
        // A managed policy over 6,144 characters, and a user in 11 groups with 11 policies.
        QJsonArray actions;
        for (int i = 0; i < 400; ++i)
            actions.append(QStringLiteral("s3:GetObjectVersionTagging%1").arg(i));
        QJsonObject big = allow(QStringLiteral("s3:GetObject"));
        QJsonArray statements = big[QStringLiteral("Statement")].toArray();
        QJsonObject statement = statements[0].toObject();
        statement[QStringLiteral("Action")] = actions;
        statements[0] = statement;
        big[QStringLiteral("Statement")] = statements;
        QJsonArray groups;
        QJsonArray groupNames;
        QJsonArray policies;
        QJsonArray attached;
        for (int i = 0; i < 11; ++i) {
            const QString name = QStringLiteral("g%1").arg(i);
            groups.append(QJsonObject{{QStringLiteral("GroupName"), name}});
            groupNames.append(name);
            const QString policyName = QStringLiteral("p%1").arg(i);
            policies.append(QJsonObject{
                {QStringLiteral("PolicyName"), policyName},
                {QStringLiteral("Arn"), arn(QStringLiteral("policy"), policyName)},
                {QStringLiteral("PolicyVersionList"),
                 QJsonArray{QJsonObject{{QStringLiteral("VersionId"), QStringLiteral("v1")},
                                        {QStringLiteral("IsDefaultVersion"), true},
                                        {QStringLiteral("Document"),
                                         i == 0 ? big : allow(QStringLiteral("s3:*"))}}}}});
            attached.append(QJsonObject{
                {QStringLiteral("PolicyName"), policyName},
                {QStringLiteral("PolicyArn"), arn(QStringLiteral("policy"), policyName)}});
        }
        const QJsonObject user{
            {QStringLiteral("UserName"), QStringLiteral("Busy")},
            {QStringLiteral("Arn"), arn(QStringLiteral("user"), QStringLiteral("Busy"))},
            {QStringLiteral("GroupList"), groupNames},
            {QStringLiteral("AttachedManagedPolicies"), attached}};
        std::unique_ptr<Directory> d;
        REQUIRE_VALUE(d, emptyDirectory());
        const auto summary = AuthzDetailsImporter(*d).importSources(
            {source(QStringLiteral("quotas.json"),
                    {{QStringLiteral("UserDetailList"), QJsonArray{user}},
                     {QStringLiteral("GroupDetailList"), groups},
                     {QStringLiteral("Policies"), policies}})},
            {});
        REQUIRE_OK(summary);
        QCOMPARE(d->groupsForUser(cliAccount, QStringLiteral("Busy")).size(), 11);
        QCOMPARE(d->attachedPolicies(EntityKind::User, cliAccount, QStringLiteral("Busy")).size(),
                 11);
        const auto stored =
            d->defaultPolicyVersion(arn(QStringLiteral("policy"), QStringLiteral("p0")));
        QVERIFY(stored);
        QVERIFY(stored->document.size() > 6144);
        // The console's own edits still meet the quotas.
        REQUIRE_CODE(d->createPolicyVersion(arn(QStringLiteral("policy"), QStringLiteral("p0")),
                                            stored->document, true),
                     "LimitExceeded");
    }

    void missingOptionalFieldsGetDefaults()
    {
        std::unique_ptr<Directory> d;
        REQUIRE_VALUE(d, emptyDirectory());
        const QJsonObject top{
            {QStringLiteral("UserDetailList"),
             QJsonArray{QJsonObject{{QStringLiteral("UserName"), QStringLiteral("Ann")}}}},
            {QStringLiteral("RoleDetailList"),
             QJsonArray{QJsonObject{{QStringLiteral("RoleName"), QStringLiteral("Ec2")},
                                    {QStringLiteral("AssumeRolePolicyDocument"),
                                     trustService(QStringLiteral("ec2.amazonaws.com"))}}}}};
        REQUIRE_OK(
            AuthzDetailsImporter(*d).importSources({source(QStringLiteral("min.json"), top)},
                                                   importOptions(QStringLiteral("444455556666"))));
        const auto ann = d->user(QStringLiteral("444455556666"), QStringLiteral("Ann"));
        QVERIFY(ann);
        QCOMPARE(ann->path, QStringLiteral("/"));
        QVERIFY(ann->userId.startsWith(QLatin1String("AIDA")));
        QVERIFY(ann->createDate.isValid());
        const auto role = d->role(QStringLiteral("444455556666"), QStringLiteral("Ec2"));
        QCOMPARE(role->maxSessionDuration, 3600);
        QVERIFY(role->roleId.startsWith(QLatin1String("AROA")));

        // Without --account and without ARNs, nobody can tell the account.
        std::unique_ptr<Directory> other;
        REQUIRE_VALUE(other, emptyDirectory());
        REQUIRE_ERROR(AuthzDetailsImporter(*other).importSources(
                          {source(QStringLiteral("min.json"), top)}, {}),
                      "InvalidInput",
                      "The files name no account id in their ARNs; choose the account with "
                      "--account.");
    }

    // ---- the organization: a new account gets OrganizationAccountAccessRole

    void theFirstAccountImportedIsTheManagementAccountAndGetsNoAccessRole()
    {
        REQUIRE_SAMPLES();
        std::unique_ptr<Directory> d;
        REQUIRE_VALUE(d, emptyDirectory());
        const auto summary = importSample(*d, awsCliSample);
        REQUIRE_OK(summary);
        QCOMPARE(d->managementAccountId(), cliAccount);
        QVERIFY(summary->accessRoleArn.isEmpty());
        QVERIFY(!d->role(cliAccount, QStringLiteral("OrganizationAccountAccessRole")));
        QCOMPARE(d->roleCount(cliAccount), 1);
    }

    void aNewAccountGetsTheAccessRole_data()
    {
        QTest::addColumn<int>("access");
        QTest::addColumn<QStringList>("attached");
        QTest::newRow("admin (default)")
            << int(OrganizationAccessRole::Access::Admin)
            << QStringList{QStringLiteral("arn:aws:iam::aws:policy/AdministratorAccess")};
        QTest::newRow("read-only") << int(OrganizationAccessRole::Access::ReadOnly)
                                   << QStringList{QStringLiteral("arn:aws:iam::aws:policy/"
                                                                 "ReadOnlyAccess"),
                                                  QStringLiteral("arn:aws:iam::aws:policy/"
                                                                 "SecurityAudit")};
    }

    void aNewAccountGetsTheAccessRole()
    {
        REQUIRE_SAMPLES();
        QFETCH(int, access);
        QFETCH(QStringList, attached);
        std::unique_ptr<Directory> d;
        REQUIRE_VALUE(d, emptyDirectory());
        REQUIRE_OK(d->createAccount(management));
        AuthzDetailsImporter::Options options;
        options.accessRole = OrganizationAccessRole::Access(access);
        const auto summary =
            AuthzDetailsImporter(*d).importFiles({samplePath(awsCliSample)}, options);
        REQUIRE_OK(summary);
        QCOMPARE(d->managementAccountId(), management);
        QCOMPARE(summary->roles, 1); // the file's roles
        QCOMPARE(d->roleCount(cliAccount), 2);
        const auto role = d->role(cliAccount, QStringLiteral("OrganizationAccountAccessRole"));
        QVERIFY(role);
        QCOMPARE(summary->accessRoleArn,
                 QStringLiteral("arn:aws:iam::123456789012:role/OrganizationAccountAccessRole"));
        QCOMPARE(QJsonDocument::fromJson(role->trustPolicy.toUtf8()).object(),
                 QJsonDocument::fromJson(
                     R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":)"
                     R"({"AWS":"arn:aws:iam::111122223333:root"},"Action":"sts:AssumeRole"}]})")
                     .object());
        QCOMPARE(role->tags, (TagList{{QStringLiteral("switchboard:added-by"),
                                       QStringLiteral("organization-import")}}));
        QStringList policies = arns(d->attachedPolicies(EntityKind::Role, cliAccount, role->name));
        policies.sort();
        QCOMPARE(policies, attached);
    }

    void noneAddsNoAccessRole()
    {
        REQUIRE_SAMPLES();
        std::unique_ptr<Directory> d;
        REQUIRE_VALUE(d, emptyDirectory());
        REQUIRE_OK(d->createAccount(management));
        AuthzDetailsImporter::Options options;
        options.accessRole = OrganizationAccessRole::Access::None;
        const auto summary =
            AuthzDetailsImporter(*d).importFiles({samplePath(awsCliSample)}, options);
        REQUIRE_OK(summary);
        QVERIFY(summary->accessRoleArn.isEmpty());
        QCOMPARE(d->roleCount(cliAccount), 1);
    }

    void anAccountThatExistsGetsNoAccessRole()
    {
        REQUIRE_SAMPLES();
        std::unique_ptr<Directory> d;
        REQUIRE_VALUE(d, emptyDirectory());
        REQUIRE_OK(d->createAccount(management));
        REQUIRE_OK(d->createAccount(cliAccount)); // empty: imported into, not created
        REQUIRE_OK(importSample(*d, awsCliSample));
        QCOMPARE(d->roleCount(cliAccount), 1);

        // Replacing an imported account brings the files' roles and adds none;
        // the role the organization added stays, the way in for the management
        // account (someone switched into it may be the one replacing).
        std::unique_ptr<Directory> other;
        REQUIRE_VALUE(other, emptyDirectory());
        REQUIRE_OK(other->createAccount(management));
        REQUIRE_OK(importSample(*other, awsCliSample));
        QCOMPARE(other->roleCount(cliAccount), 2);
        const auto added = other->role(cliAccount, QStringLiteral("OrganizationAccountAccessRole"));
        QVERIFY(added);
        const auto replaced = importSample(*other, awsCliSample, {}, true);
        REQUIRE_OK(replaced);
        QVERIFY(replaced->accessRoleArn.isEmpty());
        QCOMPARE(other->roleCount(cliAccount), 2);
        const auto kept = other->role(cliAccount, QStringLiteral("OrganizationAccountAccessRole"));
        QVERIFY(kept);
        QCOMPARE(kept->roleId, added->roleId);
        // An account holding only that role counts as empty: no replace needed.
        std::unique_ptr<Directory> third;
        REQUIRE_VALUE(third, emptyDirectory());
        REQUIRE_OK(third->createAccount(management));
        REQUIRE_OK(third->createAccount(cliAccount));
        REQUIRE_OK(OrganizationAccessRole::create(*third, cliAccount, management,
                                                  OrganizationAccessRole::Access::ReadOnly));
        REQUIRE_OK(importSample(*third, awsCliSample));
        QCOMPARE(third->roleCount(cliAccount), 2);
    }

    void theFilesOwnAccessRoleIsKept()
    {
        std::unique_ptr<Directory> d;
        REQUIRE_VALUE(d, emptyDirectory());
        REQUIRE_OK(d->createAccount(management));
        const QJsonObject trust = trustService(QStringLiteral("ec2.amazonaws.com"));
        const QJsonObject top{
            {QStringLiteral("RoleDetailList"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("RoleName"), QStringLiteral("OrganizationAccountAccessRole")},
                 {QStringLiteral("Path"), QStringLiteral("/")},
                 {QStringLiteral("Arn"),
                  arn(QStringLiteral("role"), QStringLiteral("OrganizationAccountAccessRole"))},
                 {QStringLiteral("AssumeRolePolicyDocument"), urlEncoded(trust)}}}}};
        const auto summary =
            AuthzDetailsImporter(*d).importSources({source(QStringLiteral("own.json"), top)}, {});
        REQUIRE_OK(summary);
        QVERIFY(summary->accessRoleArn.isEmpty());
        QCOMPARE(d->roleCount(cliAccount), 1);
        const auto role = d->role(cliAccount, QStringLiteral("OrganizationAccountAccessRole"));
        QVERIFY(role);
        QCOMPARE(QJsonDocument::fromJson(role->trustPolicy.toUtf8()).object(), trust);
        QVERIFY(!OrganizationAccessRole::isAdded(*role));
        QVERIFY(d->attachedPolicies(EntityKind::Role, cliAccount, role->name).isEmpty());
    }

    // The plan says what the import will do, before anything changes, so it
    // can be authorized action by action.
    void thePlanNamesEveryActionOnItsResource()
    {
        REQUIRE_SAMPLES();
        std::unique_ptr<Directory> d;
        REQUIRE_VALUE(d, emptyDirectory());
        const auto sources = AuthzDetailsImporter::readFiles({samplePath(awsCliSample)});
        REQUIRE_OK(sources);

        // The first account of an empty directory asks nothing.
        const auto first = AuthzDetailsImporter(*d).plan(sources.value(), {});
        REQUIRE_OK(first);
        QCOMPARE(first->target, ImportPlan::Target::FirstAccount);
        QVERIFY(first->actions.isEmpty());

        // A new account is the organization's: CreateAccount, undone by CloseAccount.
        REQUIRE_OK(d->createAccount(management));
        const auto created = AuthzDetailsImporter(*d).plan(sources.value(), {});
        REQUIRE_OK(created);
        QCOMPARE(created->target, ImportPlan::Target::NewAccount);
        QCOMPARE(created->actions, QList<ConsoleAction>{ConsoleAction::createAccount()});
        QCOMPARE(created->undoActions.size(), 1);
        QCOMPARE(created->undoActions.first().action, QStringLiteral("organizations:CloseAccount"));
        QVERIFY(!d->findAccount(cliAccount)); // planning changed nothing

        // An account that exists: every IAM action, once, on its resource.
        REQUIRE_OK(d->createAccount(cliAccount));
        const auto existing = AuthzDetailsImporter(*d).plan(sources.value(), {});
        REQUIRE_OK(existing);
        QCOMPARE(existing->target, ImportPlan::Target::ExistingAccount);
        const QList<ConsoleAction>& actions = existing->actions;
        const QString users = QStringLiteral("arn:aws:iam::123456789012:user/");
        QVERIFY(actions.contains(ConsoleAction::createUser(users + QStringLiteral("Alice"))));
        QVERIFY(actions.contains(ConsoleAction::addUserToGroup(
            QStringLiteral("arn:aws:iam::123456789012:group/Admins"))));
        QVERIFY(actions.contains(
            ConsoleAction::putInlinePolicy(EntityKind::User, users + QStringLiteral("Bob"))));
        QVERIFY(actions.contains(
            ConsoleAction::createRole(QStringLiteral("arn:aws:iam::123456789012:role/EC2role"))));
        QVERIFY(actions.contains(ConsoleAction::attachPolicy(
            EntityKind::Role, QStringLiteral("arn:aws:iam::123456789012:role/EC2role"))));
        QVERIFY(actions.contains(ConsoleAction::createPolicy(
            QStringLiteral("arn:aws:iam::123456789012:policy/S3-read-only-specific-bucket"))));
        for (const ConsoleAction& action : actions)
            QCOMPARE(actions.count(action), 1);
        // Undoing it deletes what it created, last first.
        QCOMPARE(existing->undoActions.size(), actions.size());
        QCOMPARE(existing->undoActions.first(), actions.last().inverse());
        QVERIFY(existing->undoActions.contains(
            ConsoleAction::deleteUser(users + QStringLiteral("Alice"))));

        // Replacing asks for the deletes of what the account has first.
        REQUIRE_OK(AuthzDetailsImporter(*d).importFiles({samplePath(awsCliSample)}, {}));
        AuthzDetailsImporter::Options replace;
        replace.replace = true;
        const auto replacing = AuthzDetailsImporter(*d).plan(sources.value(), replace);
        REQUIRE_OK(replacing);
        QCOMPARE(replacing->actions.first().action.left(10), QStringLiteral("iam:Remove"));
        QVERIFY(
            replacing->actions.indexOf(ConsoleAction::deleteUser(users + QStringLiteral("Alice"))) <
            replacing->actions.indexOf(ConsoleAction::createUser(users + QStringLiteral("Alice"))));
    }
};

QTEST_GUILESS_MAIN(TestAuthzDetailsImporter)
#include "tst_authzdetailsimporter.moc"
