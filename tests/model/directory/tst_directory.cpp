#include "directorytesthelpers.h"

#include "common/rawsql.h"
#include "common/testengine.h"
#include "crypto/owneronlyfile.h"

#include "crypto/passwordhasher.h"
#include "directory/auditchain.h"
#include "directory/demodirectory.h"
#include "directory/directory.h"
#include "iam/clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <optional>
#include <thread>

#include <sys/stat.h>

using namespace DirectoryTest;

class TestDirectory : public QObject
{
    Q_OBJECT

private:
    ManualClock clock{QDateTime(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC)};

    // A new directory on this run's engine with the prod account.
    Result<std::unique_ptr<Directory>> fresh()
    {
        auto opened = Directory::open(TestEngine::freshLocation(), &clock);
        if (!opened)
            return opened.error();
        if (const auto created =
                opened.value()->createAccount(prod, QStringLiteral("catphoto-prod"));
            !created)
            return created.error();
        return opened;
    }

    static QString awsPolicy(const QString& name)
    {
        return QStringLiteral("arn:aws:iam::aws:policy/") + name;
    }

    static QStringList userNames(const QList<User>& users)
    {
        QStringList names;
        for (const User& u : users)
            names << u.name;
        return names;
    }

    // Runs a SQL statement on the file through a connection of its own, as
    // someone with access to the file could.
    static bool rawExec(const QString& path, const QStringList& statements)
    {
        return RawSql::exec(path, statements);
    }

private slots:
    void initTestCase() { PasswordHasher::setCostLog2(10); }
    void init() { REQUIRE_TEST_ENGINE(); }
    void cleanup() { TestEngine::dropDatabases(); }

    // ---- the file

    void theFileAndItsWalAndShmAreTheOwnersOnlyUnderTheUsualUmask()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("directory.sqlite"));
        const mode_t previousUmask = ::umask(022);
        auto opened = Directory::open(path, &clock);
        const bool written =
            opened && opened.value()->createAccount(QStringLiteral("111122223333"));
        ::umask(previousUmask);
        QVERIFY(written);
        for (const QString& file :
             {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            QVERIFY2(QFile::exists(file), qPrintable(file));
            QCOMPARE(OwnerOnlyFile::mode(file), 0600);
        }
    }

    // ---- accounts

    void theFirstAccountIsTheManagementAccount()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, Directory::open(TestEngine::freshLocation(), &clock));
        QCOMPARE(dir->managementAccountId(), QString());
        REQUIRE_OK(dir->createAccount(dev));
        REQUIRE_OK(dir->createAccount(prod));
        QCOMPARE(dir->managementAccountId(), dev);
        QSignalSpy changed(dir.get(), &Directory::accountsChanged);
        REQUIRE_OK(dir->setManagementAccount(prod));
        QCOMPARE(dir->managementAccountId(), prod);
        QCOMPARE(changed.count(), 1);
        REQUIRE_ERROR(dir->setManagementAccount(QStringLiteral("999999999999")), "NoSuchEntity",
                      "The account with id 999999999999 cannot be found.");
        QVERIFY(!dir->setManagementAccount(QStringLiteral("aws")));
        QCOMPARE(dir->managementAccountId(), prod);
    }

    void accountsByIdOrAliasAndNothingElseIsCreated()
    {
        auto opened = Directory::open(TestEngine::freshLocation(), &clock);
        QVERIFY(opened.ok());
        auto dir = std::move(opened).value();
        QVERIFY(dir->isEmpty());
        QSignalSpy changed(dir.get(), &Directory::accountsChanged);
        REQUIRE_OK(dir->createAccount(prod, QStringLiteral("catphoto-prod")));
        REQUIRE_OK(dir->createAccount(dev));
        QCOMPARE(changed.count(), 2);
        QVERIFY(!dir->isEmpty());
        QCOMPARE(dir->accounts().size(), 2);
        QCOMPARE(dir->findAccount(QStringLiteral("CatPhoto-Prod"))->id, prod);
        QCOMPARE(dir->findAccount(prod)->alias, QStringLiteral("catphoto-prod"));
        QCOMPARE(dir->findAccount(dev)->displayName(), dev);
        QVERIFY(!dir->findAccount(QStringLiteral("aws")));
        QVERIFY(!dir->findAccount(QStringLiteral("999999999999")));
        for (const QString& account : {prod, dev}) {
            QCOMPARE(dir->userCount(account), 0);
            QCOMPARE(dir->groupCount(account), 0);
            QCOMPARE(dir->roleCount(account), 0);
            QCOMPARE(dir->policyCount(account), 0);
        }
        QCOMPARE(dir->auditEventCount(), 0);
    }

    void accountRules()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        REQUIRE_CODE(dir->createAccount(QStringLiteral("12345")), "ValidationError");
        REQUIRE_CODE(dir->createAccount(QStringLiteral("aws")), "ValidationError");
        REQUIRE_CODE(dir->createAccount(dev, QStringLiteral("Has Space")), "ValidationError");
        REQUIRE_ERROR(dir->createAccount(prod), "EntityAlreadyExists",
                      "Account 111122223333 already exists.");
        REQUIRE_ERROR(dir->createAccount(dev, QStringLiteral("catphoto-prod")),
                      "EntityAlreadyExists", "The account alias catphoto-prod already exists.");
        QCOMPARE(dir->accounts().size(), 1);
        REQUIRE_ERROR(dir->createUser(dev, QStringLiteral("John")), "NoSuchEntity",
                      "The account with id 444455556666 cannot be found.");
    }

    // ---- names, paths and case

    void userNamesFollowTheRules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("John") << true;
        QTest::newRow("every allowed symbol") << QStringLiteral("a+b=c,d.e@f_g-h") << true;
        QTest::newRow("64 characters") << QString(64, QLatin1Char('a')) << true;
        QTest::newRow("65 characters") << QString(65, QLatin1Char('a')) << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("space") << QStringLiteral("John Doe") << false;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
        QTest::newRow("non-ASCII") << QStringLiteral("Jo\u00e3o") << false;
    }
    void userNamesFollowTheRules()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        const auto created = dir->createUser(prod, name);
        QCOMPARE(created.ok(), valid);
        if (!valid) {
            QCOMPARE(created.error().code(), QStringLiteral("ValidationError"));
            QVERIFY(created.error().message().contains(QStringLiteral("'userName'")));
            QCOMPARE(dir->userCount(prod), 0);
        }
    }

    void groupAndRoleNameLengthsDiffer()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        REQUIRE_OK(dir->createGroup(prod, QString(128, QLatin1Char('g'))));
        REQUIRE_CODE(dir->createGroup(prod, QString(129, QLatin1Char('g'))), "ValidationError");
        REQUIRE_OK(dir->createRole(role(prod, QString(64, QLatin1Char('r')))));
        REQUIRE_CODE(dir->createRole(role(prod, QString(65, QLatin1Char('r')))), "ValidationError");
    }

    void pathsFollowTheRules_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("valid");
        QTest::newRow("root") << QStringLiteral("/") << true;
        QTest::newRow("nested") << QStringLiteral("/contractors/eu/") << true;
        QTest::newRow("no leading slash") << QStringLiteral("dev/") << false;
        QTest::newRow("no trailing slash") << QStringLiteral("/dev") << false;
        QTest::newRow("space") << QStringLiteral("/a b/") << false;
        QTest::newRow("too long") << QStringLiteral("/") + QString(511, QLatin1Char('p')) +
                                         QStringLiteral("/")
                                  << false;
    }
    void pathsFollowTheRules()
    {
        QFETCH(QString, path);
        QFETCH(bool, valid);
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        const auto created = dir->createUser(prod, QStringLiteral("John"), path);
        QCOMPARE(created.ok(), valid);
        if (valid)
            QCOMPARE(created->arn().toString(), QStringLiteral("arn:aws:iam::111122223333:user") +
                                                    path + QStringLiteral("John"));
        else
            QCOMPARE(created.error().code(), QStringLiteral("ValidationError"));
    }

    void namesAreUniqueIgnoringCaseButKeepTheirCase()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        REQUIRE_OK(dir->createAccount(dev));
        REQUIRE_OK(dir->createUser(prod, QStringLiteral("John")));
        REQUIRE_ERROR(dir->createUser(prod, QStringLiteral("john")), "EntityAlreadyExists",
                      "User with name john already exists.");
        REQUIRE_ERROR(dir->createUser(prod, QStringLiteral("John"), QStringLiteral("/other/")),
                      "EntityAlreadyExists", "User with name John already exists.");
        REQUIRE_OK(dir->createUser(dev, QStringLiteral("john"))); // another account
        REQUIRE_OK(dir->createGroup(prod, QStringLiteral("Admins")));
        REQUIRE_ERROR(dir->createGroup(prod, QStringLiteral("admins")), "EntityAlreadyExists",
                      "Group with name admins already exists.");
        REQUIRE_OK(dir->createRole(role(prod, QStringLiteral("Auditor"))));
        REQUIRE_ERROR(dir->createRole(role(prod, QStringLiteral("AUDITOR"))), "EntityAlreadyExists",
                      "Role with name AUDITOR already exists.");
        REQUIRE_OK(dir->createPolicy(prod, QStringLiteral("S3Read"), allowS3()));
        REQUIRE_ERROR(dir->createPolicy(prod, QStringLiteral("s3read"), allowS3()),
                      "EntityAlreadyExists",
                      "A policy called s3read already exists. Duplicate names are not allowed.");

        QCOMPARE(dir->user(prod, QStringLiteral("JOHN"))->name, QStringLiteral("John"));
        QCOMPARE(dir->group(prod, QStringLiteral("ADMINS"))->name, QStringLiteral("Admins"));
        QCOMPARE(dir->role(prod, QStringLiteral("auditor"))->name, QStringLiteral("Auditor"));
        QCOMPARE(dir->userCount(prod), 1);
        QCOMPARE(dir->groupCount(prod), 1);
    }

    void createdEntitiesCarryIdsDatesAndArns()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        const auto user = dir->createUser(prod, QStringLiteral("John"), QStringLiteral("/dev/"),
                                          {{QStringLiteral("team"), QStringLiteral("app")}});
        REQUIRE_OK(user);
        QVERIFY(user->userId.startsWith(QStringLiteral("AIDA")));
        QCOMPARE(user->userId.size(), 21);
        QCOMPARE(user->createDate, clock.now());
        QCOMPARE(user->tags, (TagList{{QStringLiteral("team"), QStringLiteral("app")}}));
        QCOMPARE(dir->userById(user->userId)->name, QStringLiteral("John"));
        const auto group = dir->createGroup(prod, QStringLiteral("Devs"));
        QVERIFY(group->groupId.startsWith(QStringLiteral("AGPA")));
        Role r = role(prod, QStringLiteral("App"));
        r.path = QStringLiteral("/service/");
        r.description = QStringLiteral("The application");
        r.maxSessionDuration = 7200;
        const auto created = dir->createRole(r);
        REQUIRE_OK(created);
        QVERIFY(created->roleId.startsWith(QStringLiteral("AROA")));
        QCOMPARE(created->maxSessionDuration, 7200);
        QCOMPARE(created->description, QStringLiteral("The application"));
        QCOMPARE(created->trustPolicy, r.trustPolicy);
        const QString arn = QStringLiteral("arn:aws:iam::111122223333:role/service/App");
        QCOMPARE(created->arn().toString(), arn);
        QCOMPARE(dir->roleByArn(arn)->roleId, created->roleId);
        QVERIFY(!dir->roleByArn(QStringLiteral("arn:aws:iam::111122223333:role/App")));
        QVERIFY(!dir->roleByArn(QStringLiteral("arn:aws:iam::111122223333:user/service/App")));
        const auto policy = dir->createPolicy(prod, QStringLiteral("P"), allowS3(),
                                              QStringLiteral("/team/"), QStringLiteral("d"));
        QVERIFY(policy->policyId.startsWith(QStringLiteral("ANPA")));
        QCOMPARE(policy->arn, QStringLiteral("arn:aws:iam::111122223333:policy/team/P"));
        QCOMPARE(policy->defaultVersionId, QStringLiteral("v1"));
        QCOMPARE(policy->description, QStringLiteral("d"));
    }

    void roleSettingsAreValidated()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        Role r = role(prod, QStringLiteral("R"));
        r.maxSessionDuration = 3599;
        REQUIRE_CODE(dir->createRole(r), "ValidationError");
        r.maxSessionDuration = 43201;
        REQUIRE_CODE(dir->createRole(r), "ValidationError");
        r.maxSessionDuration = 43200;
        r.description = QString(1001, QLatin1Char('d'));
        REQUIRE_CODE(dir->createRole(r), "ValidationError");
        r.description.clear();
        REQUIRE_OK(dir->createRole(r));
        REQUIRE_CODE(dir->updateRole(prod, QStringLiteral("R"), QStringLiteral("x"), 100),
                     "ValidationError");
        const auto updated =
            dir->updateRole(prod, QStringLiteral("r"), QStringLiteral("New"), 3600);
        REQUIRE_OK(updated);
        QCOMPARE(updated->description, QStringLiteral("New"));
        QCOMPARE(updated->maxSessionDuration, 3600);
        REQUIRE_ERROR(dir->updateRole(prod, QStringLiteral("X"), QString(), 3600), "NoSuchEntity",
                      "The role with name X cannot be found.");
        const auto trust =
            dir->updateAssumeRolePolicy(prod, QStringLiteral("R"), trustAccount(dev));
        REQUIRE_OK(trust);
        QCOMPARE(trust->trustPolicy, trustAccount(dev));
        REQUIRE_CODE(dir->updateAssumeRolePolicy(prod, QStringLiteral("R"), QStringLiteral("{")),
                     "MalformedPolicyDocument");
        QCOMPARE(dir->role(prod, QStringLiteral("R"))->trustPolicy, trustAccount(dev));
    }

    void renamesKeepRelationsAndRefuseTakenNames()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        REQUIRE_OK(dir->createUser(prod, QStringLiteral("John")));
        REQUIRE_OK(dir->createUser(prod, QStringLiteral("Maria")));
        REQUIRE_OK(dir->createGroup(prod, QStringLiteral("Devs")));
        REQUIRE_OK(dir->addUserToGroup(prod, QStringLiteral("Devs"), QStringLiteral("John")));
        REQUIRE_ERROR(dir->renameUser(prod, QStringLiteral("John"), QStringLiteral("maria")),
                      "EntityAlreadyExists", "User with name maria already exists.");
        REQUIRE_CODE(dir->renameUser(prod, QStringLiteral("John"), QStringLiteral("a b")),
                     "ValidationError");
        const auto renamed = dir->renameUser(prod, QStringLiteral("john"), QStringLiteral("Johnny"),
                                             QStringLiteral("/dev/"));
        REQUIRE_OK(renamed);
        QCOMPARE(renamed->arn().toString(),
                 QStringLiteral("arn:aws:iam::111122223333:user/dev/Johnny"));
        QVERIFY(!dir->user(prod, QStringLiteral("John")));
        QCOMPARE(userNames(dir->usersInGroup(prod, QStringLiteral("Devs"))),
                 QStringList{QStringLiteral("Johnny")});
        // Changing only the case of one's own name is allowed.
        REQUIRE_OK(dir->renameUser(prod, QStringLiteral("Johnny"), QStringLiteral("JOHNNY")));
        QCOMPARE(dir->user(prod, QStringLiteral("johnny"))->name, QStringLiteral("JOHNNY"));
        const auto group =
            dir->renameGroup(prod, QStringLiteral("Devs"), QStringLiteral("Developers"));
        REQUIRE_OK(group);
        QCOMPARE(dir->groupsForUser(prod, QStringLiteral("JOHNNY")).first().name,
                 QStringLiteral("Developers"));
        REQUIRE_ERROR(dir->renameGroup(prod, QStringLiteral("Nope"), QStringLiteral("X")),
                      "NoSuchEntity", "The group with name Nope cannot be found.");
    }

    // ---- missing things

    void missingEntitiesAnswerNoSuchEntity()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        REQUIRE_ERROR(dir->deleteUser(prod, QStringLiteral("Bob")), "NoSuchEntity",
                      "The user with name Bob cannot be found.");
        REQUIRE_ERROR(dir->deleteRole(prod, QStringLiteral("X")), "NoSuchEntity",
                      "The role with name X cannot be found.");
        REQUIRE_ERROR(dir->deleteGroup(prod, QStringLiteral("G")), "NoSuchEntity",
                      "The group with name G cannot be found.");
        REQUIRE_OK(dir->createUser(prod, QStringLiteral("John")));
        const QString missing = QStringLiteral("arn:aws:iam::111122223333:policy/Missing");
        REQUIRE_ERROR(dir->attachPolicy(EntityKind::User, prod, QStringLiteral("John"), missing),
                      "NoSuchEntity",
                      "Policy arn:aws:iam::111122223333:policy/Missing does not exist or is not "
                      "attachable.");
        REQUIRE_ERROR(dir->deletePolicy(missing), "NoSuchEntity",
                      "Policy arn:aws:iam::111122223333:policy/Missing does not exist or is not "
                      "attachable.");
        REQUIRE_ERROR(dir->addUserToGroup(prod, QStringLiteral("G"), QStringLiteral("John")),
                      "NoSuchEntity", "The group with name G cannot be found.");
        REQUIRE_ERROR(dir->deleteInlinePolicy(EntityKind::User, prod, QStringLiteral("John"),
                                              QStringLiteral("P")),
                      "NoSuchEntity", "The user policy with name P cannot be found.");
        REQUIRE_ERROR(dir->deleteLoginProfile(prod, QStringLiteral("John")), "NoSuchEntity",
                      "Login Profile for User John cannot be found.");
        QVERIFY(!dir->user(prod, QStringLiteral("Bob")));
        QVERIFY(dir->groupsForUser(prod, QStringLiteral("Bob")).isEmpty());
        QVERIFY(dir->attachedPolicies(EntityKind::User, prod, QStringLiteral("Bob")).isEmpty());
    }

    void customerPoliciesAttachOnlyInTheirAccount()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        REQUIRE_OK(dir->createAccount(dev));
        REQUIRE_OK(dir->createUser(dev, QStringLiteral("Rosa")));
        const auto policy = dir->createPolicy(prod, QStringLiteral("ProdOnly"), allowS3());
        REQUIRE_ERROR(
            dir->attachPolicy(EntityKind::User, dev, QStringLiteral("Rosa"), policy->arn),
            "NoSuchEntity",
            QStringLiteral("Policy %1 does not exist or is not attachable.").arg(policy->arn));
        REQUIRE_OK(dir->attachPolicy(EntityKind::User, dev, QStringLiteral("Rosa"),
                                     awsPolicy(QStringLiteral("ReadOnlyAccess"))));
    }

    // ---- quotas

    void groupsPerUserQuota()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        REQUIRE_OK(dir->createUser(prod, QStringLiteral("John")));
        for (int i = 0; i < 11; ++i)
            REQUIRE_OK(dir->createGroup(prod, QStringLiteral("G%1").arg(i)));
        for (int i = 0; i < 10; ++i)
            REQUIRE_OK(
                dir->addUserToGroup(prod, QStringLiteral("G%1").arg(i), QStringLiteral("John")));
        // Joining a group one is already in changes nothing and is not refused.
        REQUIRE_OK(dir->addUserToGroup(prod, QStringLiteral("g0"), QStringLiteral("john")));
        REQUIRE_ERROR(dir->addUserToGroup(prod, QStringLiteral("G10"), QStringLiteral("John")),
                      "LimitExceeded", "Cannot exceed quota for GroupsPerUser: 10");
        QCOMPARE(dir->groupsForUser(prod, QStringLiteral("John")).size(), 10);
        QVERIFY(dir->usersInGroup(prod, QStringLiteral("G10")).isEmpty());
        REQUIRE_OK(dir->removeUserFromGroup(prod, QStringLiteral("G0"), QStringLiteral("John")));
        REQUIRE_CODE(dir->removeUserFromGroup(prod, QStringLiteral("G0"), QStringLiteral("John")),
                     "NoSuchEntity");
        REQUIRE_OK(dir->addUserToGroup(prod, QStringLiteral("G10"), QStringLiteral("John")));
    }

    void attachedPoliciesQuota_data()
    {
        QTest::addColumn<EntityKind>("kind");
        QTest::addColumn<QString>("quota");
        QTest::newRow("user") << EntityKind::User << QStringLiteral("PoliciesPerUser");
        QTest::newRow("group") << EntityKind::Group << QStringLiteral("PoliciesPerGroup");
        QTest::newRow("role") << EntityKind::Role << QStringLiteral("PoliciesPerRole");
    }
    void attachedPoliciesQuota()
    {
        QFETCH(EntityKind, kind);
        QFETCH(QString, quota);
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        const QString name = QStringLiteral("E");
        if (kind == EntityKind::User)
            REQUIRE_OK(dir->createUser(prod, name));
        else if (kind == EntityKind::Group)
            REQUIRE_OK(dir->createGroup(prod, name));
        else
            REQUIRE_OK(dir->createRole(role(prod, name)));
        QStringList arns;
        for (int i = 0; i < 11; ++i)
            arns << dir->createPolicy(prod, QStringLiteral("P%1").arg(i), allowS3())->arn;
        for (int i = 0; i < 10; ++i)
            REQUIRE_OK(dir->attachPolicy(kind, prod, name, arns[i]));
        REQUIRE_OK(dir->attachPolicy(kind, prod, name, arns[0])); // already attached
        REQUIRE_ERROR(dir->attachPolicy(kind, prod, name, arns[10]), "LimitExceeded",
                      QStringLiteral("Cannot exceed quota for %1: 10").arg(quota));
        QCOMPARE(dir->attachedPolicies(kind, prod, name).size(), 10);
        QCOMPARE(dir->policy(arns[0])->attachmentCount, 1);
        QCOMPARE(dir->policy(arns[10])->attachmentCount, 0);
        QCOMPARE(dir->policyAttachments(arns[0]),
                 (QList<Directory::EntityRef>{{kind, prod, name}}));
        REQUIRE_OK(dir->detachPolicy(kind, prod, name, arns[0]));
        REQUIRE_ERROR(dir->detachPolicy(kind, prod, name, arns[0]), "NoSuchEntity",
                      QStringLiteral("Policy %1 was not found.").arg(arns[0]));
        REQUIRE_OK(dir->attachPolicy(kind, prod, name, arns[10]));
    }

    void attachmentsAreListedFromBothSides()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        const QString admin = awsPolicy(QStringLiteral("AdministratorAccess"));
        REQUIRE_OK(dir->createUser(prod, QStringLiteral("Maria")));
        REQUIRE_OK(dir->createGroup(prod, QStringLiteral("Admins")));
        REQUIRE_OK(dir->createRole(role(prod, QStringLiteral("BreakGlass"))));
        REQUIRE_OK(dir->attachPolicy(EntityKind::Role, prod, QStringLiteral("BreakGlass"), admin));
        REQUIRE_OK(dir->attachPolicy(EntityKind::Group, prod, QStringLiteral("Admins"), admin));
        REQUIRE_OK(dir->attachPolicy(EntityKind::User, prod, QStringLiteral("Maria"), admin));
        const QList<Directory::EntityRef> expected{
            {EntityKind::User, prod, QStringLiteral("Maria")},
            {EntityKind::Group, prod, QStringLiteral("Admins")},
            {EntityKind::Role, prod, QStringLiteral("BreakGlass")}};
        QCOMPARE(dir->policyAttachments(admin), expected);
        QCOMPARE(dir->policy(admin)->attachmentCount, 3);
        QCOMPARE(
            dir->attachedPolicies(EntityKind::Group, prod, QStringLiteral("admins")).first().arn,
            admin);
        REQUIRE_CODE(dir->attachPolicy(EntityKind::Policy, prod, QStringLiteral("x"), admin),
                     "InvalidInput");
    }

    // A failed count is an error, never zero: the access key quota is not
    // bypassed when its query fails (here: every read of the table errors,
    // while writes still reach it through a trigger).
    void aQuotaCheckFailsClosedWhenItsCountFails()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("quota.sqlite"));
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, Directory::open(path, &clock));
        REQUIRE_OK(dir->createAccount(prod, QStringLiteral("catphoto-prod")));
        REQUIRE_OK(dir->createUser(prod, QStringLiteral("John")));
        REQUIRE_OK(dir->addAccessKey(prod, QStringLiteral("John"),
                                     QStringLiteral("AKIAIOSFODNN7EXAMPLE")));
        REQUIRE_OK(dir->addAccessKey(prod, QStringLiteral("John"),
                                     QStringLiteral("AKIAI44QH8DHBEXAMPLE")));
        QVERIFY(rawExec(
            path,
            {QStringLiteral("ALTER TABLE access_keys RENAME TO access_keys_kept"),
             QStringLiteral("CREATE VIEW access_keys AS SELECT * FROM access_keys_kept"
                            " WHERE abs(-9223372036854775808) IS NOT NULL"),
             QStringLiteral("CREATE TRIGGER access_keys_insert INSTEAD OF INSERT ON access_keys"
                            " BEGIN INSERT INTO access_keys_kept(access_key_id, user_id, active,"
                            " create_date) VALUES (NEW.access_key_id, NEW.user_id, NEW.active,"
                            " NEW.create_date); END")}));
        REQUIRE_CODE(
            dir->addAccessKey(prod, QStringLiteral("John"), QStringLiteral("AKIAAAAAAAAAAAAAAAAA")),
            "ServiceFailure");
        QVERIFY(
            rawExec(path, {QStringLiteral("DROP VIEW access_keys"),
                           QStringLiteral("ALTER TABLE access_keys_kept RENAME TO access_keys")}));
        QCOMPARE(dir->accessKeys(prod, QStringLiteral("John")).size(), 2);
    }

    // The lockout's queries fail closed: an unreadable failure count is an
    // error, not "no failures yet".
    void signInFailureQueriesFailClosed()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("lockout.sqlite"));
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, Directory::open(path, &clock));
        REQUIRE_OK(dir->recordSignInFailure(prod, QStringLiteral("ghost")));
        const QDateTime start = clock.now().addSecs(-60);
        QCOMPARE(dir->signInFailuresSince(prod, QStringLiteral("ghost"), start).value(), 1);
        QVERIFY(rawExec(path, {QStringLiteral("ALTER TABLE sign_in_failures RENAME TO kept")}));
        REQUIRE_CODE(dir->signInFailuresSince(prod, QStringLiteral("ghost"), start),
                     "ServiceFailure");
        REQUIRE_CODE(dir->lastSignInFailure(prod, QStringLiteral("ghost")), "ServiceFailure");
    }

    void accessKeysQuotaAndLifecycle()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        REQUIRE_OK(dir->createUser(prod, QStringLiteral("John")));
        const QString k1 = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
        const QString k2 = QStringLiteral("AKIAI44QH8DHBEXAMPLE");
        REQUIRE_CODE(
            dir->addAccessKey(prod, QStringLiteral("John"), QStringLiteral("ASIAIOSFODNN7EXAMPLE")),
            "ValidationError");
        const auto first = dir->addAccessKey(prod, QStringLiteral("John"), k1);
        REQUIRE_OK(first);
        QVERIFY(first->active);
        QCOMPARE(first->userName, QStringLiteral("John"));
        QVERIFY(first->lastUsed.isNull());
        REQUIRE_OK(dir->addAccessKey(prod, QStringLiteral("john"), k2));
        REQUIRE_ERROR(
            dir->addAccessKey(prod, QStringLiteral("John"), QStringLiteral("AKIAAAAAAAAAAAAAAAAA")),
            "LimitExceeded", "Cannot exceed quota for AccessKeysPerUser: 2");
        REQUIRE_OK(dir->setAccessKeyActive(k1, false));
        QVERIFY(!dir->accessKey(k1)->active);
        clock.advance(60);
        REQUIRE_OK(dir->recordAccessKeyUse(k2, QStringLiteral("s3")));
        QCOMPARE(dir->accessKey(k2)->lastUsed, clock.now());
        QCOMPARE(dir->accessKey(k2)->lastUsedService, QStringLiteral("s3"));
        REQUIRE_OK(dir->deleteAccessKey(k1));
        REQUIRE_ERROR(dir->deleteAccessKey(k1), "NoSuchEntity",
                      "The Access Key with id AKIAIOSFODNN7EXAMPLE cannot be found.");
        QCOMPARE(dir->accessKeys(prod, QStringLiteral("John")).size(), 1);
    }

    void mfaDevicesQuotaAndNames()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        REQUIRE_OK(dir->createUser(prod, QStringLiteral("John")));
        REQUIRE_OK(dir->createUser(prod, QStringLiteral("Ana")));
        const auto device =
            dir->addMfaDevice(prod, QStringLiteral("John"), QStringLiteral("John-phone"));
        REQUIRE_OK(device);
        QCOMPARE(device->serialNumber, QStringLiteral("arn:aws:iam::111122223333:mfa/John-phone"));
        QCOMPARE(device->enableDate, clock.now());
        REQUIRE_ERROR(dir->addMfaDevice(prod, QStringLiteral("Ana"), QStringLiteral("John-phone")),
                      "EntityAlreadyExists",
                      "MFADevice entity at the same path and name already exists.");
        REQUIRE_CODE(dir->addMfaDevice(prod, QStringLiteral("John"), QStringLiteral("bad name")),
                     "ValidationError");
        for (int i = 1; i < 8; ++i)
            REQUIRE_OK(
                dir->addMfaDevice(prod, QStringLiteral("John"), QStringLiteral("d%1").arg(i)));
        REQUIRE_ERROR(dir->addMfaDevice(prod, QStringLiteral("John"), QStringLiteral("d8")),
                      "LimitExceeded", "Cannot exceed quota for MFADevicesPerUser: 8");
        QCOMPARE(dir->mfaDevices(prod, QStringLiteral("John")).size(), 8);
        REQUIRE_OK(dir->removeMfaDevice(device->serialNumber));
        REQUIRE_CODE(dir->removeMfaDevice(device->serialNumber), "NoSuchEntity");
        QCOMPARE(dir->mfaDevices(prod, QStringLiteral("John")).size(), 7);
    }

    void tagsMergeIgnoringKeyCase()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        REQUIRE_OK(dir->createUser(prod, QStringLiteral("John"), QStringLiteral("/"),
                                   {{QStringLiteral("team"), QStringLiteral("a")},
                                    {QStringLiteral("cost-center"), QStringLiteral("1")}}));
        REQUIRE_OK(dir->tagEntity(EntityKind::User, prod, QStringLiteral("John"),
                                  {{QStringLiteral("Team"), QStringLiteral("b")},
                                   {QStringLiteral("owner"), QStringLiteral("ana")}}));
        QCOMPARE(dir->user(prod, QStringLiteral("John"))->tags,
                 (TagList{{QStringLiteral("Team"), QStringLiteral("b")},
                          {QStringLiteral("cost-center"), QStringLiteral("1")},
                          {QStringLiteral("owner"), QStringLiteral("ana")}}));
        REQUIRE_ERROR(dir->tagEntity(EntityKind::User, prod, QStringLiteral("John"),
                                     {{QStringLiteral("k"), QStringLiteral("1")},
                                      {QStringLiteral("K"), QStringLiteral("2")}}),
                      "InvalidInput",
                      "Duplicate tag keys found. Please note that Tag keys are case insensitive.");
        REQUIRE_CODE(dir->tagEntity(EntityKind::User, prod, QStringLiteral("John"),
                                    {{QStringLiteral("bad*key"), QStringLiteral("1")}}),
                     "ValidationError");
        REQUIRE_CODE(dir->tagEntity(EntityKind::Group, prod, QStringLiteral("John"), {}),
                     "InvalidInput");
        REQUIRE_OK(dir->untagEntity(EntityKind::User, prod, QStringLiteral("John"),
                                    {QStringLiteral("TEAM"), QStringLiteral("absent")}));
        QCOMPARE(dir->user(prod, QStringLiteral("John"))->tags.size(), 2);
        TagList many;
        for (int i = 0; i < 48; ++i)
            many.append({QStringLiteral("k%1").arg(i), QString()});
        REQUIRE_OK(dir->tagEntity(EntityKind::User, prod, QStringLiteral("John"), many));
        REQUIRE_ERROR(dir->tagEntity(EntityKind::User, prod, QStringLiteral("John"),
                                     {{QStringLiteral("one-too-many"), QString()}}),
                      "LimitExceeded", "Cannot exceed quota for TagsPerUser: 50");
        QCOMPARE(dir->user(prod, QStringLiteral("John"))->tags.size(), 50);
        many.append({QStringLiteral("x"), QString()});
        many.append({QStringLiteral("y"), QString()});
        many.append({QStringLiteral("z"), QString()});
        REQUIRE_CODE(dir->createUser(prod, QStringLiteral("Ana"), QStringLiteral("/"), many),
                     "ValidationError");
        Role r = role(prod, QStringLiteral("R"));
        r.tags = {{QStringLiteral("env"), QStringLiteral("prod")}};
        REQUIRE_OK(dir->createRole(r));
        QCOMPARE(dir->role(prod, QStringLiteral("R"))->tags, r.tags);
    }

    void permissionsBoundaries()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        REQUIRE_OK(dir->createUser(prod, QStringLiteral("Kiri")));
        REQUIRE_OK(dir->createGroup(prod, QStringLiteral("G")));
        const auto boundary = dir->createPolicy(prod, QStringLiteral("Boundary"), allowS3());
        REQUIRE_OK(dir->setPermissionsBoundary(EntityKind::User, prod, QStringLiteral("Kiri"),
                                               boundary->arn));
        QCOMPARE(dir->user(prod, QStringLiteral("Kiri"))->permissionsBoundaryArn, boundary->arn);
        QCOMPARE(dir->users(prod).first().permissionsBoundaryArn, boundary->arn);
        REQUIRE_ERROR(dir->deletePolicy(boundary->arn), "DeleteConflict",
                      "Cannot delete a policy attached to entities.");
        REQUIRE_CODE(dir->setPermissionsBoundary(EntityKind::Group, prod, QStringLiteral("G"),
                                                 boundary->arn),
                     "InvalidInput");
        REQUIRE_CODE(
            dir->setPermissionsBoundary(EntityKind::User, prod, QStringLiteral("Kiri"),
                                        QStringLiteral("arn:aws:iam::111122223333:policy/No")),
            "NoSuchEntity");
        REQUIRE_OK(
            dir->setPermissionsBoundary(EntityKind::User, prod, QStringLiteral("Kiri"), QString()));
        QVERIFY(dir->user(prod, QStringLiteral("Kiri"))->permissionsBoundaryArn.isEmpty());
        REQUIRE_OK(dir->deletePolicy(boundary->arn));
        Role r = role(prod, QStringLiteral("R"));
        r.permissionsBoundaryArn = awsPolicy(QStringLiteral("ReadOnlyAccess"));
        REQUIRE_OK(dir->createRole(r));
        QCOMPARE(dir->role(prod, QStringLiteral("R"))->permissionsBoundaryArn,
                 r.permissionsBoundaryArn);
    }

    // ---- delete conflicts

    void deletingAUserNeedsEverythingRemovedFirst()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        const QString john = QStringLiteral("John");
        const QString admin = awsPolicy(QStringLiteral("AdministratorAccess"));
        const QString key = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
        REQUIRE_OK(dir->createUser(prod, john));
        REQUIRE_OK(dir->createGroup(prod, QStringLiteral("Devs")));
        REQUIRE_OK(dir->addUserToGroup(prod, QStringLiteral("Devs"), john));
        REQUIRE_OK(dir->attachPolicy(EntityKind::User, prod, john, admin));
        REQUIRE_OK(
            dir->putInlinePolicy(EntityKind::User, prod, john, {QStringLiteral("P"), allowS3()}));
        const auto mfa = dir->addMfaDevice(prod, john, QStringLiteral("phone"));
        REQUIRE_OK(dir->addAccessKey(prod, john, key));
        REQUIRE_OK(dir->setLoginProfile(prod, john, PasswordHasher::hash(QStringLiteral("pw"))));

        const QString prefix = QStringLiteral("Cannot delete entity, must ");
        REQUIRE_ERROR(dir->deleteUser(prod, john), "DeleteConflict",
                      prefix + QStringLiteral("delete login profile first."));
        REQUIRE_OK(dir->deleteLoginProfile(prod, john));
        REQUIRE_ERROR(dir->deleteUser(prod, john), "DeleteConflict",
                      prefix + QStringLiteral("delete access keys first."));
        REQUIRE_OK(dir->deleteAccessKey(key));
        REQUIRE_ERROR(dir->deleteUser(prod, john), "DeleteConflict",
                      prefix + QStringLiteral("delete MFA device first."));
        REQUIRE_OK(dir->removeMfaDevice(mfa->serialNumber));
        REQUIRE_ERROR(dir->deleteUser(prod, john), "DeleteConflict",
                      prefix + QStringLiteral("delete policies first."));
        REQUIRE_OK(dir->deleteInlinePolicy(EntityKind::User, prod, john, QStringLiteral("p")));
        REQUIRE_ERROR(dir->deleteUser(prod, john), "DeleteConflict",
                      prefix + QStringLiteral("detach all policies first."));
        REQUIRE_OK(dir->detachPolicy(EntityKind::User, prod, john, admin));
        REQUIRE_ERROR(dir->deleteUser(prod, john), "DeleteConflict",
                      prefix + QStringLiteral("remove user from all groups first."));
        REQUIRE_OK(dir->removeUserFromGroup(prod, QStringLiteral("Devs"), john));
        QVERIFY(dir->user(prod, john));
        REQUIRE_OK(dir->deleteUser(prod, john));
        QVERIFY(!dir->user(prod, john));
        QCOMPARE(dir->userCount(prod), 0);
    }

    void deletingAGroupOrRoleNeedsItEmptied()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        const QString prefix = QStringLiteral("Cannot delete entity, must ");
        const QString admin = awsPolicy(QStringLiteral("AdministratorAccess"));
        REQUIRE_OK(dir->createUser(prod, QStringLiteral("John")));
        REQUIRE_OK(dir->createGroup(prod, QStringLiteral("Devs")));
        REQUIRE_OK(dir->addUserToGroup(prod, QStringLiteral("Devs"), QStringLiteral("John")));
        REQUIRE_OK(dir->putInlinePolicy(EntityKind::Group, prod, QStringLiteral("Devs"),
                                        {QStringLiteral("P"), allowS3()}));
        REQUIRE_OK(dir->attachPolicy(EntityKind::Group, prod, QStringLiteral("Devs"), admin));
        REQUIRE_ERROR(dir->deleteGroup(prod, QStringLiteral("Devs")), "DeleteConflict",
                      prefix + QStringLiteral("remove users from group first."));
        REQUIRE_OK(dir->removeUserFromGroup(prod, QStringLiteral("Devs"), QStringLiteral("John")));
        REQUIRE_ERROR(dir->deleteGroup(prod, QStringLiteral("Devs")), "DeleteConflict",
                      prefix + QStringLiteral("delete policies first."));
        REQUIRE_OK(dir->deleteInlinePolicy(EntityKind::Group, prod, QStringLiteral("Devs"),
                                           QStringLiteral("P")));
        REQUIRE_ERROR(dir->deleteGroup(prod, QStringLiteral("Devs")), "DeleteConflict",
                      prefix + QStringLiteral("detach all policies first."));
        REQUIRE_OK(dir->detachPolicy(EntityKind::Group, prod, QStringLiteral("Devs"), admin));
        REQUIRE_OK(dir->deleteGroup(prod, QStringLiteral("devs")));
        QCOMPARE(dir->groupCount(prod), 0);

        REQUIRE_OK(dir->createRole(role(prod, QStringLiteral("R"))));
        REQUIRE_OK(dir->putInlinePolicy(EntityKind::Role, prod, QStringLiteral("R"),
                                        {QStringLiteral("P"), allowS3()}));
        REQUIRE_OK(dir->attachPolicy(EntityKind::Role, prod, QStringLiteral("R"), admin));
        REQUIRE_ERROR(dir->deleteRole(prod, QStringLiteral("R")), "DeleteConflict",
                      prefix + QStringLiteral("delete policies first."));
        REQUIRE_OK(dir->deleteInlinePolicy(EntityKind::Role, prod, QStringLiteral("R"),
                                           QStringLiteral("P")));
        REQUIRE_ERROR(dir->deleteRole(prod, QStringLiteral("R")), "DeleteConflict",
                      prefix + QStringLiteral("detach all policies first."));
        REQUIRE_OK(dir->detachPolicy(EntityKind::Role, prod, QStringLiteral("R"), admin));
        REQUIRE_OK(dir->deleteRole(prod, QStringLiteral("R")));
        QVERIFY(!dir->role(prod, QStringLiteral("R")));
    }

    void deletingAnAttachedPolicyIsRefused()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        REQUIRE_OK(dir->createUser(prod, QStringLiteral("John")));
        const auto policy = dir->createPolicy(prod, QStringLiteral("P"), allowS3());
        REQUIRE_OK(dir->createPolicyVersion(policy->arn, allowS3(), false));
        REQUIRE_OK(dir->attachPolicy(EntityKind::User, prod, QStringLiteral("John"), policy->arn));
        REQUIRE_ERROR(dir->deletePolicy(policy->arn), "DeleteConflict",
                      "Cannot delete a policy attached to entities.");
        QVERIFY(dir->policy(policy->arn));
        REQUIRE_OK(dir->detachPolicy(EntityKind::User, prod, QStringLiteral("John"), policy->arn));
        REQUIRE_OK(dir->deletePolicy(policy->arn));
        QVERIFY(!dir->policy(policy->arn));
        QVERIFY(dir->policyVersions(policy->arn).isEmpty());
        QCOMPARE(dir->policyCount(prod), 0);
    }

    // ---- policy versions

    void policyVersionsKeepOneDefaultAndAtMostFive()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        const auto policy = dir->createPolicy(prod, QStringLiteral("P"), policyOfSize(100));
        REQUIRE_OK(policy);
        const QString arn = policy->arn;
        for (int size = 101; size <= 104; ++size) {
            clock.advance(1);
            const auto version = dir->createPolicyVersion(arn, policyOfSize(size), false);
            REQUIRE_OK(version);
            QCOMPARE(version->versionId, QStringLiteral("v%1").arg(size - 99));
            QVERIFY(!version->isDefault);
        }
        // CreatePolicyVersion's LimitExceeded as IAM words it (IAM User Guide,
        // versioning IAM policies: "A managed policy can have up to five versions"
        // https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-versioning.html).
        REQUIRE_ERROR(dir->createPolicyVersion(arn, policyOfSize(105), true), "LimitExceeded",
                      "A managed policy can have up to 5 versions. Before you create a new "
                      "version, you must delete an existing version.");
        const auto defaults = [&] {
            const QList<PolicyVersion> versions = dir->policyVersions(arn);
            return std::count_if(versions.begin(), versions.end(),
                                 [](const PolicyVersion& v) { return v.isDefault; });
        };
        QCOMPARE(dir->policyVersions(arn).size(), 5);
        QCOMPARE(dir->policyVersions(arn).first().versionId, QStringLiteral("v5")); // newest first
        QCOMPARE(defaults(), 1);
        QCOMPARE(dir->defaultPolicyVersion(arn)->versionId, QStringLiteral("v1"));

        REQUIRE_OK(dir->setDefaultPolicyVersion(arn, QStringLiteral("v3")));
        QCOMPARE(defaults(), 1);
        QCOMPARE(dir->policy(arn)->defaultVersionId, QStringLiteral("v3"));
        QCOMPARE(dir->defaultPolicyVersion(arn)->document, policyOfSize(102));
        REQUIRE_ERROR(dir->deletePolicyVersion(arn, QStringLiteral("v3")), "DeleteConflict",
                      "Cannot delete the default version of a policy.");
        REQUIRE_ERROR(
            dir->setDefaultPolicyVersion(arn, QStringLiteral("v9")), "NoSuchEntity",
            QStringLiteral("Policy %1 version v9 does not exist or is not attachable.").arg(arn));
        REQUIRE_CODE(dir->setDefaultPolicyVersion(arn, QStringLiteral("nine")), "ValidationError");
        REQUIRE_OK(dir->deletePolicyVersion(arn, QStringLiteral("v1")));
        REQUIRE_CODE(dir->deletePolicyVersion(arn, QStringLiteral("v1")), "NoSuchEntity");
        // Version ids are never reused, as in AWS.
        const auto next = dir->createPolicyVersion(arn, policyOfSize(106), true);
        REQUIRE_OK(next);
        QCOMPARE(next->versionId, QStringLiteral("v6"));
        QVERIFY(next->isDefault);
        QCOMPARE(defaults(), 1);
        QCOMPARE(dir->policy(arn)->updateDate, clock.now());
        REQUIRE_CODE(dir->createPolicyVersion(arn, QStringLiteral("nope"), false),
                     "LimitExceeded"); // the quota is checked before the document
    }

    void awsManagedPoliciesAreBuiltInAndReadOnly()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        QStringList names;
        for (const ManagedPolicy& p : dir->awsManagedPolicies()) {
            names << p.name;
            QVERIFY(p.isAwsManaged());
            QCOMPARE(p.arn, awsPolicy(p.name));
            QCOMPARE(p.path, QStringLiteral("/"));
            QVERIFY(!p.description.isEmpty());
            QVERIFY(QJsonDocument::fromJson(dir->defaultPolicyVersion(p.arn)->document.toUtf8())
                        .isObject());
        }
        QCOMPARE(names, (QStringList{
                            QStringLiteral("AdministratorAccess"), QStringLiteral("IAMFullAccess"),
                            QStringLiteral("IAMReadOnlyAccess"), QStringLiteral("PowerUserAccess"),
                            QStringLiteral("ReadOnlyAccess"), QStringLiteral("SecurityAudit")}));
        QCOMPARE(dir->policyCount(prod), 0); // not the account's own
        const QString admin = awsPolicy(QStringLiteral("AdministratorAccess"));
        const QString message =
            QStringLiteral("Policy %1 is an AWS managed policy and cannot be modified.").arg(admin);
        REQUIRE_ERROR(dir->createPolicyVersion(admin, allowS3(), true), "UnmodifiableEntity",
                      message);
        REQUIRE_ERROR(dir->setDefaultPolicyVersion(admin, QStringLiteral("v1")),
                      "UnmodifiableEntity", message);
        REQUIRE_ERROR(dir->deletePolicyVersion(admin, QStringLiteral("v1")), "UnmodifiableEntity",
                      message);
        REQUIRE_ERROR(dir->deletePolicy(admin), "UnmodifiableEntity", message);
        REQUIRE_CODE(dir->createPolicy(QStringLiteral("aws"), QStringLiteral("Mine"), allowS3()),
                     "UnmodifiableEntity");
        QCOMPARE(dir->policyVersions(admin).size(), 1);
        const QString document = dir->defaultPolicyVersion(admin)->document;
        QVERIFY(document.contains(QStringLiteral("\"Action\": \"*\"")));
    }

    // ---- policy documents

    void policyDocumentsAreChecked_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("code");
        QTest::newRow("not JSON") << QStringLiteral("{\"Version\": ")
                                  << QStringLiteral("MalformedPolicyDocument");
        QTest::newRow("an array") << QStringLiteral("[]")
                                  << QStringLiteral("MalformedPolicyDocument");
        QTest::newRow("empty") << QString() << QStringLiteral("ValidationError");
        QTest::newRow("U+0100") << allowS3().replace(QStringLiteral("s3:*"),
                                                     QStringLiteral("s3:\u0100"))
                                << QStringLiteral("ValidationError");
        QTest::newRow("control character")
            << allowS3().replace(QStringLiteral("s3:*"), QStringLiteral("s3:\u0001"))
            << QStringLiteral("ValidationError");
        QTest::newRow("Latin-1 and whitespace are fine")
            << allowS3()
                   .replace(QStringLiteral("\"*\"}"),
                            QStringLiteral("\"arn:aws:s3:::caf\u00e9/*\"}"))
                   .replace(QLatin1Char(','), QStringLiteral(",\r\n\t"))
            << QString();
    }
    void policyDocumentsAreChecked()
    {
        QFETCH(QString, document);
        QFETCH(QString, code);
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        REQUIRE_OK(dir->createUser(prod, QStringLiteral("John")));
        const auto managed = dir->createPolicy(prod, QStringLiteral("P"), document);
        const auto inlined = dir->putInlinePolicy(EntityKind::User, prod, QStringLiteral("John"),
                                                  {QStringLiteral("I"), document});
        Role r = role(prod, QStringLiteral("R"));
        // A valid identity policy is no trust policy: the valid case checks a trust policy of its
        // own.
        r.trustPolicy =
            code.isEmpty() ? trustAccount(prod).replace(QLatin1Char(','), QStringLiteral(",\r\n\t"))
                           : document;
        const auto trust = dir->createRole(r);
        for (const IamError& error : {managed.ok() ? IamError() : managed.error(), inlined.error(),
                                      trust.ok() ? IamError() : trust.error()})
            QCOMPARE(error.code(), code);
        // AWS's words only: where the error is, the editor shows beside them.
        if (code == QLatin1String("MalformedPolicyDocument"))
            QCOMPARE(managed.error().message(), QStringLiteral("Syntax errors in policy."));
        if (!code.isEmpty()) {
            QCOMPARE(dir->policyCount(prod), 0);
            QVERIFY(dir->inlinePolicies(EntityKind::User, prod, QStringLiteral("John")).isEmpty());
            QCOMPARE(dir->roleCount(prod), 0);
        }
    }

    void managedAndTrustPolicySizesIgnoreWhitespace()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        const QString padding = QString(3000, QLatin1Char(' ')) + QStringLiteral("\n\t\r");
        REQUIRE_OK(dir->createPolicy(prod, QStringLiteral("Max"), policyOfSize(6144, padding)));
        REQUIRE_ERROR(dir->createPolicy(prod, QStringLiteral("TooBig"), policyOfSize(6145)),
                      "LimitExceeded", "Cannot exceed quota for PolicySize: 6144");
        Role r = role(prod, QStringLiteral("R"));
        r.trustPolicy = trustPolicyOfSize(2048, padding);
        REQUIRE_OK(dir->createRole(r));
        r.name = QStringLiteral("R2");
        r.trustPolicy = trustPolicyOfSize(2049);
        REQUIRE_ERROR(dir->createRole(r), "LimitExceeded",
                      "Cannot exceed quota for ACLSizePerRole: 2048");
        REQUIRE_ERROR(
            dir->updateAssumeRolePolicy(prod, QStringLiteral("R"), trustPolicyOfSize(2049)),
            "LimitExceeded", "Cannot exceed quota for ACLSizePerRole: 2048");
    }

    void inlinePoliciesShareOneQuotaPerEntity_data()
    {
        QTest::addColumn<EntityKind>("kind");
        QTest::addColumn<int>("limit");
        QTest::newRow("user") << EntityKind::User << 2048;
        QTest::newRow("group") << EntityKind::Group << 5120;
        QTest::newRow("role") << EntityKind::Role << 10240;
    }
    void inlinePoliciesShareOneQuotaPerEntity()
    {
        QFETCH(EntityKind, kind);
        QFETCH(int, limit);
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        const QString name = QStringLiteral("E");
        if (kind == EntityKind::User)
            REQUIRE_OK(dir->createUser(prod, name));
        else if (kind == EntityKind::Group)
            REQUIRE_OK(dir->createGroup(prod, name));
        else
            REQUIRE_OK(dir->createRole(role(prod, name)));
        const QString message = QStringLiteral("Maximum policy size of %1 bytes exceeded for %2 E")
                                    .arg(limit)
                                    .arg(entityKindName(kind));
        REQUIRE_ERROR(dir->putInlinePolicy(kind, prod, name,
                                           {QStringLiteral("All"), policyOfSize(limit + 1)}),
                      "LimitExceeded", message);
        REQUIRE_OK(dir->putInlinePolicy(
            kind, prod, name,
            {QStringLiteral("All"), policyOfSize(limit, QStringLiteral("  \n  "))}));
        // Replacing a policy does not count the old text.
        REQUIRE_OK(dir->putInlinePolicy(kind, prod, name,
                                        {QStringLiteral("ALL"), policyOfSize(limit / 2)}));
        QCOMPARE(dir->inlinePolicies(kind, prod, name).size(), 1);
        QCOMPARE(dir->inlinePolicies(kind, prod, name).first().name, QStringLiteral("ALL"));
        REQUIRE_OK(dir->putInlinePolicy(
            kind, prod, name, {QStringLiteral("Other"), policyOfSize(limit - limit / 2)}));
        REQUIRE_ERROR(
            dir->putInlinePolicy(kind, prod, name, {QStringLiteral("Third"), policyOfSize(100)}),
            "LimitExceeded", message);
        QCOMPARE(dir->inlinePolicies(kind, prod, name).size(), 2);
        REQUIRE_CODE(
            dir->putInlinePolicy(kind, prod, name, {QStringLiteral("bad name"), allowS3()}),
            "ValidationError");
    }

    // ---- login profiles and sign-in failures

    void loginProfilesKeepOnlyHashes()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        REQUIRE_OK(dir->createUser(prod, QStringLiteral("John")));
        QVERIFY(!dir->user(prod, QStringLiteral("John"))->hasConsolePassword);
        REQUIRE_CODE(dir->setLoginProfile(prod, QStringLiteral("John"), QStringLiteral("hunter2")),
                     "InvalidInput");
        QVERIFY(!dir->loginProfile(prod, QStringLiteral("John")));
        const QString hash = PasswordHasher::hash(QStringLiteral("hunter2"));
        REQUIRE_OK(dir->setLoginProfile(prod, QStringLiteral("John"), hash, true));
        const auto profile = dir->loginProfile(prod, QStringLiteral("john"));
        QVERIFY(profile);
        QCOMPARE(profile->passwordHash, hash);
        QVERIFY(profile->passwordResetRequired);
        QCOMPARE(profile->createDate, clock.now());
        const auto user = dir->user(prod, QStringLiteral("John"));
        QVERIFY(user->hasConsolePassword);
        QVERIFY(user->passwordResetRequired);
        REQUIRE_OK(dir->setLoginProfile(prod, QStringLiteral("John"), hash, false));
        QVERIFY(!dir->loginProfile(prod, QStringLiteral("John"))->passwordResetRequired);
        REQUIRE_CODE(dir->setLoginProfile(prod, QStringLiteral("Nobody"), hash), "NoSuchEntity");
    }

    void rootUsersKeepAnEmailUniqueInTheDirectoryAndOnlyAHash()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        REQUIRE_OK(dir->createAccount(dev, QStringLiteral("catphoto-dev")));
        QSignalSpy accountsChanged(dir.get(), &Directory::accountsChanged);
        QVERIFY(!dir->rootUser(prod));
        REQUIRE_CODE(dir->setRootUser(prod, QStringLiteral("root@catphoto-prod.example"),
                                      QStringLiteral("hunter2")),
                     "InvalidInput");
        REQUIRE_CODE(dir->setRootUser(prod, QStringLiteral("not an email"),
                                      PasswordHasher::hash(QStringLiteral("pw"))),
                     "ValidationError");
        REQUIRE_CODE(dir->setRootUser(QStringLiteral("999999999999"),
                                      QStringLiteral("root@nowhere.example"),
                                      PasswordHasher::hash(QStringLiteral("pw"))),
                     "NoSuchEntity");
        QVERIFY(!dir->rootUser(prod));

        const QString hash = PasswordHasher::hash(QStringLiteral("Root-pass-1"));
        const auto root =
            dir->setRootUser(prod, QStringLiteral(" Root@CatPhoto-Prod.example "), hash);
        REQUIRE_OK(root);
        QCOMPARE(accountsChanged.size(), 1);
        QCOMPARE(root->email, QStringLiteral("Root@CatPhoto-Prod.example"));
        QCOMPARE(root->arn(), QStringLiteral("arn:aws:iam::111122223333:root"));
        QCOMPARE(root->createDate, clock.now());
        QCOMPARE(dir->rootUser(prod)->passwordHash, hash);
        QCOMPARE(dir->rootUserByEmail(QStringLiteral("root@catphoto-prod.EXAMPLE"))->accountId,
                 prod);
        QVERIFY(!dir->rootUserByEmail(QStringLiteral("root@catphoto-dev.example")));
        // Another account cannot take the address, in any case.
        REQUIRE_CODE(dir->setRootUser(dev, QStringLiteral("ROOT@catphoto-prod.example"), hash),
                     "EntityAlreadyExists");
        REQUIRE_OK(dir->setRootUser(dev, QStringLiteral("root@catphoto-dev.example"), hash));

        clock.advance(60);
        const QString newHash = PasswordHasher::hash(QStringLiteral("Root-pass-2"));
        REQUIRE_CODE(dir->setRootPassword(prod, QStringLiteral("Root-pass-2")), "InvalidInput");
        REQUIRE_OK(dir->setRootPassword(prod, newHash));
        QCOMPARE(dir->rootUser(prod)->passwordHash, newHash);
        QCOMPARE(dir->rootUser(prod)->passwordLastSet, clock.now());
        QCOMPARE(dir->rootUser(prod)->createDate, clock.now().addSecs(-60));
    }

    void rootMfaDevicesShareTheAccountsSerialsAndAcceptACodeStepOnce()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        REQUIRE_CODE(dir->addRootMfaDevice(prod), "NoSuchEntity");
        REQUIRE_OK(dir->setRootUser(prod, QStringLiteral("root@catphoto-prod.example"),
                                    PasswordHasher::hash(QStringLiteral("pw"))));
        const auto device = dir->addRootMfaDevice(prod);
        REQUIRE_OK(device);
        QCOMPARE(device->serialNumber,
                 QStringLiteral("arn:aws:iam::111122223333:mfa/root-account-mfa-device"));
        QCOMPARE(device->accountId, prod);
        QVERIFY(device->userName.isEmpty());
        QCOMPARE(dir->rootMfaDevices(prod).size(), 1);
        REQUIRE_CODE(dir->addRootMfaDevice(prod), "EntityAlreadyExists");
        // A user's device cannot take the root's serial either.
        REQUIRE_OK(dir->createUser(prod, QStringLiteral("John")));
        REQUIRE_CODE(
            dir->addMfaDevice(prod, QStringLiteral("John"), RootUser::defaultMfaDeviceName()),
            "EntityAlreadyExists");
        QVERIFY(dir->mfaDevices(prod, QStringLiteral("John")).isEmpty());

        REQUIRE_OK(dir->acceptMfaCodeStep(device->serialNumber, 77));
        REQUIRE_CODE(dir->acceptMfaCodeStep(device->serialNumber, 77), "AccessDenied");
        REQUIRE_OK(dir->acceptMfaCodeStep(device->serialNumber, 78));
        REQUIRE_OK(dir->removeMfaDevice(device->serialNumber));
        QVERIFY(dir->rootMfaDevices(prod).isEmpty());
        QVERIFY(!dir->mfaDevice(device->serialNumber));
        REQUIRE_CODE(dir->removeMfaDevice(device->serialNumber), "NoSuchEntity");
    }

    void signInFailuresAreCountedPerTypedName()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        const QDateTime start = clock.now();
        for (int i = 0; i < 3; ++i) {
            REQUIRE_OK(
                dir->recordSignInFailure(QStringLiteral("CatPhoto-Prod"), QStringLiteral("Ghost")));
            clock.advance(60);
        }
        REQUIRE_OK(dir->recordSignInFailure(prod, QStringLiteral("ghost")));
        QCOMPARE(dir->signInFailuresSince(QStringLiteral("catphoto-prod"), QStringLiteral("GHOST"),
                                          start)
                     .value(),
                 3);
        QCOMPARE(dir->signInFailuresSince(QStringLiteral("catphoto-prod"), QStringLiteral("ghost"),
                                          start.addSecs(90))
                     .value(),
                 1);
        QCOMPARE(dir->signInFailuresSince(prod, QStringLiteral("ghost"), start).value(), 1);
        QCOMPARE(dir->lastSignInFailure(QStringLiteral("catphoto-prod"), QStringLiteral("ghost"))
                     .value(),
                 start.addSecs(120));
        REQUIRE_OK(
            dir->clearSignInFailures(QStringLiteral("CATPHOTO-PROD"), QStringLiteral("Ghost")));
        QCOMPARE(dir->signInFailuresSince(QStringLiteral("catphoto-prod"), QStringLiteral("ghost"),
                                          start)
                     .value(),
                 0);
        QVERIFY(dir->lastSignInFailure(QStringLiteral("catphoto-prod"), QStringLiteral("ghost"))
                    .value()
                    .isNull());
        QCOMPARE(dir->signInFailuresSince(prod, QStringLiteral("ghost"), start).value(), 1);
    }

    // ---- temporary sessions and MFA codes

    void temporarySessionsAreRecordedListedAndEnded()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        QSignalSpy changed(dir.get(), &Directory::temporarySessionsChanged);
        TemporarySession s;
        s.accessKeyId = QStringLiteral("ASIAEXAMPLE000000001");
        s.accountId = prod;
        s.callerArn = QStringLiteral("arn:aws:iam::111122223333:user/John");
        s.arn = QStringLiteral("arn:aws:sts::111122223333:assumed-role/Auditor/John");
        s.roleArn = QStringLiteral("arn:aws:iam::111122223333:role/Auditor");
        s.assumedRoleId = QStringLiteral("AROAEXAMPLE:John");
        s.sessionName = QStringLiteral("John");
        s.sessionPolicyArns = {QStringLiteral("arn:aws:iam::aws:policy/ReadOnlyAccess"),
                               QStringLiteral("arn:aws:iam::aws:policy/SecurityAudit")};
        s.mfaAuthenticated = true;
        s.issuedAt = clock.now();
        s.expiresAt = clock.now().addSecs(900);
        REQUIRE_OK(dir->addTemporarySession(s));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!dir->openConsoleSession(s.callerArn, clock.now()));
        REQUIRE_OK(dir->markConsoleSession(
            s.accessKeyId, s.callerArn, QStringLiteral("Auditor @ prod"), QStringLiteral("Green")));
        REQUIRE_CODE(dir->markConsoleSession(QStringLiteral("ASIANOSUCHSESSION000"), s.callerArn,
                                             QString(), QString()),
                     "NoSuchEntity");
        REQUIRE_CODE(dir->addTemporarySession(s), "EntityAlreadyExists");

        const auto read = dir->temporarySession(s.accessKeyId);
        QVERIFY(read);
        QCOMPARE(read->arn, s.arn);
        QCOMPARE(read->sessionPolicyArns, s.sessionPolicyArns);
        QVERIFY(read->mfaAuthenticated);
        QCOMPARE(read->expiresAt, s.expiresAt);
        QVERIFY(read->endedAt.isNull());
        QCOMPARE(read->displayName, QStringLiteral("Auditor @ prod"));
        QCOMPARE(read->color, QStringLiteral("green"));
        QCOMPARE(dir->openConsoleSession(s.callerArn, clock.now())->accessKeyId, s.accessKeyId);
        QCOMPARE(dir->temporarySessions(clock.now()).size(), 1);
        // Past its expiry a session is no longer open, though it is still listed.
        QVERIFY(!dir->openConsoleSession(s.callerArn, clock.now().addSecs(900)));
        QCOMPARE(dir->temporarySessions(clock.now().addSecs(901)).size(), 0);
        QCOMPARE(dir->temporarySessions().size(), 1);

        clock.advance(60);
        REQUIRE_OK(dir->endTemporarySession(s.accessKeyId, QStringLiteral("SwitchBack")));
        // Ending again keeps the first end.
        clock.advance(60);
        REQUIRE_OK(dir->endTemporarySession(s.accessKeyId, QStringLiteral("Expired")));
        const auto ended = dir->temporarySession(s.accessKeyId);
        QCOMPARE(ended->endReason, QStringLiteral("SwitchBack"));
        QCOMPARE(ended->endedAt, clock.now().addSecs(-60));
        QVERIFY(!dir->openConsoleSession(s.callerArn, clock.now()));
        REQUIRE_CODE(dir->endTemporarySession(QStringLiteral("ASIANOSUCHSESSION000"),
                                              QStringLiteral("Revoked")),
                     "NoSuchEntity");

        TemporarySession backwards = s;
        backwards.accessKeyId = QStringLiteral("ASIAEXAMPLE000000002");
        backwards.expiresAt = s.issuedAt;
        REQUIRE_CODE(dir->addTemporarySession(backwards), "InvalidInput");
        TemporarySession longTerm = s;
        longTerm.accessKeyId = QStringLiteral("AKIAEXAMPLE000000003");
        QVERIFY(!dir->addTemporarySession(longTerm).ok());
        QCOMPARE(dir->temporarySessions().size(), 1);
    }

    void anMfaCodeStepIsAcceptedOnce()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        REQUIRE_OK(dir->createUser(prod, QStringLiteral("John")));
        const auto device =
            dir->addMfaDevice(prod, QStringLiteral("John"), QStringLiteral("JohnPhone"));
        REQUIRE_OK(device);
        QCOMPARE(dir->mfaDevice(device->serialNumber)->userName, QStringLiteral("John"));
        QVERIFY(!dir->mfaDevice(QStringLiteral("arn:aws:iam::111122223333:mfa/None")));
        REQUIRE_OK(dir->acceptMfaCodeStep(device->serialNumber, 1000));
        REQUIRE_ERROR(dir->acceptMfaCodeStep(device->serialNumber, 1000), "AccessDenied",
                      "MultiFactorAuthentication failed with invalid MFA one time pass code.");
        REQUIRE_CODE(dir->acceptMfaCodeStep(device->serialNumber, 999), "AccessDenied");
        REQUIRE_OK(dir->acceptMfaCodeStep(device->serialNumber, 1001));
        REQUIRE_CODE(
            dir->acceptMfaCodeStep(QStringLiteral("arn:aws:iam::111122223333:mfa/None"), 5),
            "NoSuchEntity");
    }

    // ---- role history

    void roleHistoryKeepsFiveDistinctRolesNewestFirst()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        const auto john = dir->createUser(prod, QStringLiteral("John"), QStringLiteral("/dev/"));
        const QString arn = john->arn().toString();
        const auto entry = [&](const QString& roleName, const QString& color) {
            return RoleHistoryEntry{arn,
                                    dev,
                                    QStringLiteral("catphoto-dev"),
                                    roleName,
                                    roleName + QStringLiteral(" @ dev"),
                                    color,
                                    QDateTime()};
        };
        for (int i = 1; i <= 7; ++i) {
            clock.advance(10);
            REQUIRE_OK(dir->recordRoleHistory(
                entry(QStringLiteral("Role%1").arg(i), QStringLiteral("blue"))));
        }
        const auto names = [&] {
            QStringList out;
            for (const RoleHistoryEntry& e : dir->roleHistory(arn))
                out << e.roleName;
            return out;
        };
        QCOMPARE(names(), (QStringList{QStringLiteral("Role7"), QStringLiteral("Role6"),
                                       QStringLiteral("Role5"), QStringLiteral("Role4"),
                                       QStringLiteral("Role3")}));
        // Switching again to a listed role moves it to the top, once, with its new settings.
        REQUIRE_OK(dir->recordRoleHistory(entry(QStringLiteral("role4"), QStringLiteral("Red"))));
        QCOMPARE(names(), (QStringList{QStringLiteral("role4"), QStringLiteral("Role7"),
                                       QStringLiteral("Role6"), QStringLiteral("Role5"),
                                       QStringLiteral("Role3")}));
        const RoleHistoryEntry top = dir->roleHistory(arn).first();
        QCOMPARE(top.color, QStringLiteral("red"));
        QCOMPARE(top.accountId, dev);
        QCOMPARE(top.accountInput, QStringLiteral("catphoto-dev"));
        QCOMPARE(top.usedAt, clock.now());
        QCOMPARE(top.userArn, arn);
        REQUIRE_CODE(dir->recordRoleHistory(entry(QStringLiteral("X"), QStringLiteral("purple"))),
                     "InvalidInput");
        RoleHistoryEntry stranger = entry(QStringLiteral("X"), QStringLiteral("red"));
        stranger.userArn = QStringLiteral("arn:aws:iam::111122223333:user/Nobody");
        REQUIRE_ERROR(dir->recordRoleHistory(stranger), "NoSuchEntity",
                      "The user with name Nobody cannot be found.");
        QCOMPARE(dir->roleHistory(arn).size(), 5);
        QVERIFY(dir->roleHistory(stranger.userArn).isEmpty());
    }

    // ---- saved roles

    void savedRolesAreAUsersOwnAndUniqueByProfileName()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        const QString john = dir->createUser(prod, QStringLiteral("John"), QStringLiteral("/dev/"))
                                 ->arn()
                                 .toString();
        const QString ana = dir->createUser(prod, QStringLiteral("Ana"))->arn().toString();
        QSignalSpy changed(dir.get(), &Directory::roleBookmarksChanged);
        RoleBookmark admin;
        admin.userArn = john;
        admin.profileName = QStringLiteral("admin");
        admin.accountId = dev;
        admin.accountInput = QStringLiteral("catphoto-dev");
        admin.roleName = QStringLiteral("ops/Admin");
        admin.displayName = QStringLiteral("Dev admin");
        admin.color = QStringLiteral("Orange");
        admin.durationSeconds = 7200;
        admin.sessionName = QStringLiteral("john");
        admin.mfaSerial = QStringLiteral("arn:aws:iam::111122223333:mfa/JohnPhone");
        admin.externalId = QStringLiteral("x-1");
        admin.region = QStringLiteral("eu-west-1");
        admin.sourceProfile = QStringLiteral("default");
        REQUIRE_OK(dir->saveRoleBookmark(admin));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toString(), john);
        RoleBookmark reader = admin;
        reader.profileName = QStringLiteral("Admin"); // profile names keep their case
        reader.accountId.clear();                     // an alias this directory does not know
        reader.accountInput = QStringLiteral("elsewhere");
        reader.durationSeconds.reset();
        REQUIRE_OK(dir->saveRoleBookmark(reader));

        // Colors are kept as DisplayColor ids.
        RoleBookmark expectedAdmin = admin;
        expectedAdmin.color = QStringLiteral("orange");
        RoleBookmark expectedReader = reader;
        expectedReader.color = QStringLiteral("orange");
        QCOMPARE(dir->roleBookmarks(john), (QList<RoleBookmark>{expectedAdmin, expectedReader}));
        QVERIFY(dir->roleBookmarks(ana).isEmpty());

        // Saving a profile again replaces it.
        RoleBookmark again = admin;
        again.roleName = QStringLiteral("Reader");
        again.color = QStringLiteral("green");
        REQUIRE_OK(dir->saveRoleBookmark(again));
        const QList<RoleBookmark> saved = dir->roleBookmarks(john);
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved.last().roleName, QStringLiteral("Reader"));
        QCOMPARE(saved.last().profileName, QStringLiteral("admin"));

        REQUIRE_OK(dir->removeRoleBookmark(john, QStringLiteral("Admin")));
        QCOMPARE(dir->roleBookmarks(john).size(), 1);
        REQUIRE_ERROR(dir->removeRoleBookmark(john, QStringLiteral("Admin")), "NoSuchEntity",
                      "There is no saved role Admin.");
        QCOMPARE(changed.size(), 4);
    }

    void savedRolesAreChecked()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        const QString john = dir->createUser(prod, QStringLiteral("John"))->arn().toString();
        RoleBookmark b;
        b.userArn = john;
        b.profileName = QStringLiteral("p");
        b.accountId = dev;
        b.accountInput = dev;
        b.roleName = QStringLiteral("Reader");
        REQUIRE_OK(dir->saveRoleBookmark(b));
        RoleBookmark bad = b;
        bad.color = QStringLiteral("purple");
        REQUIRE_CODE(dir->saveRoleBookmark(bad), "InvalidInput");
        bad = b;
        bad.accountId = QStringLiteral("1234");
        REQUIRE_CODE(dir->saveRoleBookmark(bad), "InvalidInput");
        bad = b;
        bad.profileName.clear();
        REQUIRE_CODE(dir->saveRoleBookmark(bad), "InvalidInput");
        bad = b;
        bad.durationSeconds = 0;
        REQUIRE_CODE(dir->saveRoleBookmark(bad), "InvalidInput");
        bad = b;
        bad.userArn = QStringLiteral("arn:aws:iam::111122223333:user/Nobody");
        REQUIRE_ERROR(dir->saveRoleBookmark(bad), "NoSuchEntity",
                      "The user with name Nobody cannot be found.");
        bad.userArn = QStringLiteral("arn:aws:iam::111122223333:role/Reader");
        REQUIRE_CODE(dir->saveRoleBookmark(bad), "InvalidInput");
        QCOMPARE(dir->roleBookmarks(john), QList<RoleBookmark>{b});
    }

    void savedRolesGoWithTheirUser()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        const QString john = dir->createUser(prod, QStringLiteral("John"))->arn().toString();
        RoleBookmark b;
        b.userArn = john;
        b.profileName = QStringLiteral("p");
        b.accountId = dev;
        b.accountInput = dev;
        b.roleName = QStringLiteral("Reader");
        REQUIRE_OK(dir->saveRoleBookmark(b));
        REQUIRE_OK(dir->deleteUser(prod, QStringLiteral("John")));
        REQUIRE_OK(dir->createUser(prod, QStringLiteral("John")));
        QVERIFY(dir->roleBookmarks(john).isEmpty());
    }

    // ---- audit trail

    // Two connections on one directory (two consoles), writing at once: no
    // creation is lost and the audit trail stays one chain.
    void twoConnectionsWritingAtOnceLoseNothing()
    {
        QTemporaryDir tmp;
        const QString location = TestEngine::onPostgres()
                                     ? TestEngine::freshLocation()
                                     : tmp.filePath(QStringLiteral("directory.sqlite"));
        {
            auto first = Directory::open(location, &clock);
            REQUIRE_OK(first);
            REQUIRE_OK(first.value()->createAccount(prod));
        }
        constexpr int perWriter = 50;
        std::atomic<int> failures{0};
        // Each thread has its own connection; the real clock, which is thread-safe.
        const auto writer = [&](int which) {
            auto opened = Directory::open(location);
            if (!opened) {
                ++failures;
                return;
            }
            Directory& dir = *opened.value();
            for (int i = 0; i < perWriter; ++i) {
                if (!dir.createUser(prod, QStringLiteral("writer%1-user%2").arg(which).arg(i)))
                    ++failures;
                AuditEvent event;
                event.actorArn =
                    QStringLiteral("arn:aws:iam::111122223333:user/Writer%1").arg(which);
                event.action = QStringLiteral("CreateUser");
                event.target = QString::number(i);
                event.outcome = QStringLiteral("Success");
                if (!dir.appendAuditEvent(event))
                    ++failures;
            }
        };
        std::thread first(writer, 1);
        std::thread second(writer, 2);
        first.join();
        second.join();
        QCOMPARE(failures.load(), 0);
        auto reopened = Directory::open(location, &clock);
        REQUIRE_OK(reopened);
        QCOMPARE(reopened.value()->userCount(prod), 2 * perWriter);
        QCOMPARE(reopened.value()->auditEventCount(), 2 * perWriter);
        QCOMPARE(reopened.value()->verifyAuditChain(), std::nullopt);
    }

    // One name claimed by two connections at once (a second console creating
    // it while the first's transaction is still open): one user, and AWS's
    // EntityAlreadyExists for the other, names compared ignoring case.
    void theSameNameFromTwoConnectionsGivesOneUserAndEntityAlreadyExists()
    {
        QTemporaryDir tmp;
        const QString location = TestEngine::sharedLocation(tmp);
        auto opened = Directory::open(location, &clock);
        REQUIRE_OK(opened);
        Directory& first = *opened.value();
        REQUIRE_OK(first.createAccount(prod));
        std::atomic<bool> ready{false};
        std::atomic<bool> go{false};
        std::atomic<bool> racing{false};
        std::optional<Result<User>> second;
        std::thread racer([&] {
            auto other = Directory::open(location);
            ready = true;
            if (!other) {
                second.emplace(other.error());
                racing = true;
                return;
            }
            while (!go)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            racing = true;
            second.emplace(other.value()->createUser(prod, QStringLiteral("racer")));
        });
        while (!ready)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        const auto held = first.runInTransaction([&]() -> Result<void> {
            if (auto r = first.createUser(prod, QStringLiteral("Racer")); !r)
                return r.error();
            go = true;
            while (!racing)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            // The racer is now inside its createUser, waiting for this transaction.
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            return {};
        });
        racer.join();
        REQUIRE_OK(held);
        QVERIFY(second.has_value());
        REQUIRE_ERROR(*second, "EntityAlreadyExists", "User with name racer already exists.");
        QCOMPARE(userNames(first.users(prod)), QStringList{QStringLiteral("Racer")});
    }

    // Two consoles opening one new directory at once: one seeds the demo,
    // the other waits for it and finds it seeded.
    void twoConsolesOpeningANewDirectorySeedTheDemoOnce()
    {
        QTemporaryDir tmp;
        const QString location = TestEngine::sharedLocation(tmp);
        std::atomic<int> seeded{0};
        std::atomic<int> foundSeeded{0};
        QStringList errors;
        std::mutex errorsLock;
        const auto console = [&] {
            auto opened = Directory::open(location);
            const auto demo =
                opened ? DemoDirectory::seedNew(*opened.value(), QStringLiteral("Demo-Password-1"))
                       : Result<std::optional<QList<DemoDirectory::Credential>>>(opened.error());
            if (!demo) {
                const std::lock_guard lock(errorsLock);
                errors << demo.error().toString();
            } else if (demo->has_value()) {
                ++seeded;
            } else {
                ++foundSeeded;
            }
        };
        std::thread a(console);
        std::thread b(console);
        a.join();
        b.join();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(seeded.load(), 1);
        QCOMPARE(foundSeeded.load(), 1);

        auto reference = Directory::open(QStringLiteral(":memory:"), &clock);
        REQUIRE_OK(reference);
        REQUIRE_OK(DemoDirectory::seed(*reference.value(), QStringLiteral("Demo-Password-1")));
        auto reopened = Directory::open(location, &clock);
        REQUIRE_OK(reopened);
        QCOMPARE(reopened.value()->accounts().size(), reference.value()->accounts().size());
        for (const Account& account : reference.value()->accounts())
            QCOMPARE(userNames(reopened.value()->users(account.id)),
                     userNames(reference.value()->users(account.id)));
        // Seeded for good: a later console leaves it as it is.
        const auto later = DemoDirectory::seedNew(*reopened.value());
        REQUIRE_OK(later);
        QVERIFY(!later->has_value());
    }

    // A seed that fails midway leaves nothing behind, and the next console
    // opening the directory seeds it.
    void aFailedSeedLeavesNothingAndTheNextOpenSeeds()
    {
        QTemporaryDir tmp;
        const QString location = TestEngine::sharedLocation(tmp);
        QJsonObject definition =
            QJsonDocument::fromJson(DemoDirectory::builtInDefinition()).object();
        QJsonObject organization = definition.value(QLatin1String("organization")).toObject();
        QJsonArray policies = organization.value(QLatin1String("policies")).toArray();
        // The organization comes last: everything else is made before this fails.
        policies.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("Broken")},
                                    {QStringLiteral("type"), QStringLiteral("NO_SUCH_TYPE")}});
        organization.insert(QStringLiteral("policies"), policies);
        definition.insert(QStringLiteral("organization"), organization);
        {
            auto dir = Directory::open(location, &clock);
            REQUIRE_OK(dir);
            const auto broken =
                DemoDirectory::seedNew(*dir.value(), QStringLiteral("Demo-Password-1"),
                                       QJsonDocument(definition).toJson());
            REQUIRE_CODE(broken, "InvalidInput");
            QVERIFY(dir.value()->isEmpty());
            // The demo's own service control policies went with the rest.
            const QList<OrganizationPolicy> scps =
                dir.value()->organizationPolicies(OrganizationPolicy::Type::ServiceControl);
            QVERIFY(std::all_of(scps.cbegin(), scps.cend(),
                                [](const OrganizationPolicy& p) { return p.awsManaged; }));
        }
        auto dir = Directory::open(location, &clock);
        REQUIRE_OK(dir);
        const auto seeded = DemoDirectory::seedNew(*dir.value(), QStringLiteral("Demo-Password-1"));
        REQUIRE_OK(seeded);
        QVERIFY(seeded->has_value());
        QVERIFY(!seeded->value().isEmpty());
        QVERIFY(!dir.value()->isEmpty());
    }

    // What is not a directory is refused in the words of the engine it is on,
    // and nothing is written to it.
    void aDatabaseOfAnotherApplicationIsRefusedInItsEnginesWords()
    {
        QTemporaryDir tmp;
        const QString location = TestEngine::sharedLocation(tmp);
        QVERIFY(TestEngine::exec(location, {QStringLiteral("CREATE TABLE invoices (id INTEGER)")}));
        if (!TestEngine::onPostgres()) {
            REQUIRE_ERROR(Directory::open(location, &clock), "ServiceFailure",
                          QStringLiteral("The file %1 is an SQLite database of another "
                                         "application, not a Switchboard directory.")
                              .arg(location));
            return;
        }
        REQUIRE_ERROR(Directory::open(location, &clock), "ServiceFailure",
                      QStringLiteral("The database %1 holds tables of another application, not a "
                                     "Switchboard directory. Give the directory a database of "
                                     "its own.")
                          .arg(location));
        // A schema stamp that cannot be read: the database, not a file format, is named.
        QVERIFY(TestEngine::exec(location,
                                 {QStringLiteral("CREATE TABLE switchboard_schema (x INTEGER)")}));
        const auto unreadable = Directory::open(location, &clock);
        REQUIRE_CODE(unreadable, "ServiceFailure");
        QVERIFY2(unreadable.error().message().startsWith(
                     QStringLiteral("Cannot read the schema of the directory database %1 (")
                         .arg(location)),
                 qPrintable(unreadable.error().message()));
        QVERIFY(!unreadable.error().message().contains(QStringLiteral("SQLite")));
    }

    void auditEventsAreHashChained()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        QSignalSpy appended(dir.get(), &Directory::auditEventAppended);
        QList<AuditEvent> stored;
        for (int i = 0; i < 3; ++i) {
            clock.advance(1);
            AuditEvent e;
            e.actorArn = QStringLiteral("arn:aws:iam::111122223333:user/John");
            e.action = QStringLiteral("SwitchRole");
            e.target = QStringLiteral("arn:aws:iam::111122223333:role/R%1").arg(i);
            e.outcome = QStringLiteral("Success");
            const auto r = dir->appendAuditEvent(e);
            REQUIRE_OK(r);
            stored << r.value();
        }
        QCOMPARE(appended.count(), 3);
        const QList<AuditEvent> events = dir->auditEvents();
        QCOMPARE(events.size(), 3);
        QCOMPARE(dir->auditEventCount(), 3);
        QString previous = AuditChain::genesisHash();
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(events[i].sequence, i + 1);
            QCOMPARE(events[i].previousHash, previous);
            QCOMPARE(events[i].hash, AuditChain::hash(previous, events[i]));
            QCOMPARE(events[i].hash, stored[i].hash);
            QCOMPARE(events[i].time, stored[i].time);
            previous = events[i].hash;
        }
        QCOMPARE(dir->auditEvents(1, 1).first().sequence, 2);
        QVERIFY(!dir->verifyAuditChain());
    }

    void aTamperedAuditEventIsFound()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("audit.sqlite"));
        {
            std::unique_ptr<Directory> dir;
            REQUIRE_VALUE(dir, Directory::open(path, &clock));
            for (int i = 0; i < 4; ++i) {
                AuditEvent e;
                e.action = QStringLiteral("ConsoleLogin");
                e.detail = QStringLiteral("event %1").arg(i);
                REQUIRE_OK(dir->appendAuditEvent(e));
            }
        }
        // The store itself refuses to rewrite history...
        QVERIFY(!rawExec(
            path, {QStringLiteral("UPDATE audit_events SET detail = 'x' WHERE sequence = 2")}));
        QVERIFY(!rawExec(path, {QStringLiteral("DELETE FROM audit_events WHERE sequence = 2")}));
        {
            std::unique_ptr<Directory> dir;
            REQUIRE_VALUE(dir, Directory::open(path, &clock));
            QVERIFY(!dir->verifyAuditChain());
        }
        // ...and someone who goes around it is found by recomputing the chain.
        QVERIFY(rawExec(
            path,
            {QStringLiteral("DROP TRIGGER audit_events_no_update"),
             QStringLiteral("UPDATE audit_events SET detail = 'harmless' WHERE sequence = 3")}));
        {
            std::unique_ptr<Directory> dir;
            REQUIRE_VALUE(dir, Directory::open(path, &clock));
            QCOMPARE(dir->verifyAuditChain(), std::optional<qint64>(3));
        }
        QVERIFY(rawExec(path, {QStringLiteral("DROP TRIGGER audit_events_no_delete"),
                               QStringLiteral("DELETE FROM audit_events WHERE sequence = 2")}));
        {
            std::unique_ptr<Directory> dir;
            REQUIRE_VALUE(dir, Directory::open(path, &clock));
            QCOMPARE(dir->verifyAuditChain(), std::optional<qint64>(2));
        }
    }

    void theSourceOfACallIsStoredAndReadBack()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        AuditEvent console;
        console.action = QStringLiteral("ConsoleLogin");
        console.outcome = QStringLiteral("Success");
        AuditEvent endpoint = console;
        endpoint.action = QStringLiteral("iam:ListUsers");
        endpoint.sourceAddress = QStringLiteral("127.0.0.1");
        endpoint.userAgent = QStringLiteral("aws-cli/2.15.0 Python/3.11.6 Linux/6.1.0");
        AuditEvent agentOnly = console;
        agentOnly.userAgent = QStringLiteral("Boto3/1.34.0");
        REQUIRE_OK(dir->appendAuditEvent(console));
        const auto stored = dir->appendAuditEvent(endpoint);
        REQUIRE_OK(stored);
        QCOMPARE(stored.value().sourceAddress, endpoint.sourceAddress);
        REQUIRE_OK(dir->appendAuditEvent(agentOnly));

        const QList<AuditEvent> events = dir->auditEvents();
        QCOMPARE(events.size(), 3);
        QCOMPARE(events[0].sourceAddress, QString());
        QCOMPARE(events[0].userAgent, QString());
        QCOMPARE(events[1].sourceAddress, QStringLiteral("127.0.0.1"));
        QCOMPARE(events[1].userAgent, QStringLiteral("aws-cli/2.15.0 Python/3.11.6 Linux/6.1.0"));
        QCOMPARE(events[2].sourceAddress, QString());
        QCOMPARE(events[2].userAgent, QStringLiteral("Boto3/1.34.0"));
        QCOMPARE(events[1].hash, stored.value().hash);
        QVERIFY(!dir->verifyAuditChain());
    }

    void aTamperedSourceIsFound_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<qint64>("broken");
        QTest::newRow("address changed")
            << QStringLiteral(
                   "UPDATE audit_events SET source_address = '10.0.0.9' WHERE sequence = 2")
            << qint64(2);
        QTest::newRow("user agent changed")
            << QStringLiteral("UPDATE audit_events SET user_agent = 'curl/8.0' WHERE sequence = 2")
            << qint64(2);
        QTest::newRow("address erased")
            << QStringLiteral("UPDATE audit_events SET source_address = '', user_agent = ''"
                              " WHERE sequence = 2")
            << qint64(2);
        QTest::newRow("address added to a console event")
            << QStringLiteral(
                   "UPDATE audit_events SET source_address = '10.0.0.9' WHERE sequence = 1")
            << qint64(1);
    }
    void aTamperedSourceIsFound()
    {
        QFETCH(QString, statement);
        QFETCH(qint64, broken);
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("audit.sqlite"));
        {
            std::unique_ptr<Directory> dir;
            REQUIRE_VALUE(dir, Directory::open(path, &clock));
            AuditEvent e;
            e.action = QStringLiteral("ConsoleLogin");
            REQUIRE_OK(dir->appendAuditEvent(e));
            e.action = QStringLiteral("iam:ListUsers");
            e.sourceAddress = QStringLiteral("127.0.0.1");
            e.userAgent = QStringLiteral("aws-cli/2.15.0");
            REQUIRE_OK(dir->appendAuditEvent(e));
            QVERIFY(!dir->verifyAuditChain());
        }
        QVERIFY(rawExec(path, {QStringLiteral("DROP TRIGGER audit_events_no_update"), statement}));
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, Directory::open(path, &clock));
        QCOMPARE(dir->verifyAuditChain(), std::optional<qint64>(broken));
    }

    // ---- signals and transactions

    void signalsComeOnceAfterCommit()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        QSignalSpy added(dir.get(), &Directory::entityAdded);
        QSignalSpy membership(dir.get(), &Directory::membershipAdded);
        int seenInside = -1;
        REQUIRE_OK(dir->runInTransaction([&]() -> Result<void> {
            if (auto r = dir->createUser(prod, QStringLiteral("John")); !r)
                return r.error();
            if (auto r = dir->createGroup(prod, QStringLiteral("Devs")); !r)
                return r.error();
            if (auto r = dir->addUserToGroup(prod, QStringLiteral("devs"), QStringLiteral("JOHN"));
                !r)
                return r;
            seenInside = int(added.count() + membership.count());
            return {};
        }));
        QCOMPARE(seenInside, 0);
        QCOMPARE(added.count(), 2);
        QCOMPARE(added.at(0).at(0).value<EntityKind>(), EntityKind::User);
        QCOMPARE(added.at(0).at(2).toString(), QStringLiteral("John"));
        QCOMPARE(added.at(1).at(0).value<EntityKind>(), EntityKind::Group);
        QCOMPARE(membership.count(), 1);
        // Stored names, not as typed.
        QCOMPARE(membership.first(),
                 (QVariantList{prod, QStringLiteral("Devs"), QStringLiteral("John")}));
    }

    void aRolledBackTransactionEmitsNothingAndLeavesNothing()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        QSignalSpy added(dir.get(), &Directory::entityAdded);
        QSignalSpy reset(dir.get(), &Directory::directoryReset);
        const auto result = dir->runInTransaction([&]() -> Result<void> {
            if (auto r = dir->createUser(prod, QStringLiteral("John")); !r)
                return r.error();
            if (auto r = dir->createGroup(prod, QStringLiteral("Devs")); !r)
                return r.error();
            return IamError::validation(QStringLiteral("changed my mind"));
        });
        QCOMPARE(result.error().message(), QStringLiteral("changed my mind"));
        QCOMPARE(added.count(), 0);
        QCOMPARE(reset.count(), 0);
        QVERIFY(!dir->user(prod, QStringLiteral("John")));
        QCOMPARE(dir->groupCount(prod), 0);
        // The directory still works normally afterwards.
        REQUIRE_OK(dir->createUser(prod, QStringLiteral("John")));
        QCOMPARE(added.count(), 1);
    }

    void aFailedNestedCallIsUndoneOnItsOwn()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        QSignalSpy added(dir.get(), &Directory::entityAdded);
        REQUIRE_OK(dir->runInTransaction([&]() -> Result<void> {
            if (auto r = dir->createUser(prod, QStringLiteral("John")); !r)
                return r.error();
            // A nested unit that wrote something and then failed...
            const auto inner = dir->runInTransaction([&]() -> Result<void> {
                if (auto r = dir->createUser(prod, QStringLiteral("Ana")); !r)
                    return r.error();
                return dir->createUser(prod, QStringLiteral("not valid")).error();
            });
            if (inner)
                return IamError::serviceFailure(QStringLiteral("the inner unit should fail"));
            // ...is undone, and the outer one carries on.
            return dir->createGroup(prod, QStringLiteral("Devs")).ok() ? Result<void>()
                                                                       : Result<void>(IamError());
        }));
        QVERIFY(dir->user(prod, QStringLiteral("John")));
        QVERIFY(!dir->user(prod, QStringLiteral("Ana")));
        QVERIFY(dir->group(prod, QStringLiteral("Devs")));
        QStringList names;
        for (const QList<QVariant>& args : added)
            names << args.at(2).toString();
        QCOMPARE(names, (QStringList{QStringLiteral("John"), QStringLiteral("Devs")}));
    }

    void bulkChangesEmitOneReset()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        QSignalSpy added(dir.get(), &Directory::entityAdded);
        QSignalSpy accounts(dir.get(), &Directory::accountsChanged);
        QSignalSpy reset(dir.get(), &Directory::directoryReset);
        REQUIRE_OK(dir->runBulkChange([&]() -> Result<void> {
            if (auto r = dir->createAccount(dev); !r)
                return r.error();
            for (int i = 0; i < 20; ++i)
                if (auto r = dir->createUser(dev, QStringLiteral("U%1").arg(i)); !r)
                    return r.error();
            return {};
        }));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(added.count(), 0);
        QCOMPARE(accounts.count(), 0);
        QCOMPARE(dir->userCount(dev), 20);
    }

    // Each new name is claimed under a lock held to the end of the transaction. On
    // PostgreSQL a lock per name would fill the server's lock table (some thousands
    // of locks, shared by every connection) in a bulk import of 50,000 users; the
    // claims share a bounded set of locks instead.
    void aBulkChangeHoldsABoundedNumberOfLocks()
    {
        const QString location = TestEngine::freshLocation();
        auto opened = Directory::open(location, &clock);
        REQUIRE_OK(opened);
        Directory& dir = *opened.value();
        REQUIRE_OK(dir.createAccount(prod));
        const int users = 3000;
        // 1,024 for names and one for the audit trail's head, whatever the number of names.
        const QString atMostSoManyLocks = QStringLiteral(
            "DO $$ BEGIN IF (SELECT count(*) FROM pg_locks WHERE locktype = 'advisory') > 1025"
            " THEN RAISE EXCEPTION 'too many locks'; END IF; END $$");
        bool fewLocks = true;
        REQUIRE_OK(dir.runBulkChange([&]() -> Result<void> {
            for (int i = 0; i < users; ++i)
                if (auto r = dir.createUser(prod, QStringLiteral("bulk-%1").arg(i)); !r)
                    return r.error();
            if (TestEngine::onPostgres()) // SQLite has no such locks
                fewLocks = TestEngine::exec(location, {atMostSoManyLocks});
            return {};
        }));
        QVERIFY(fewLocks);
        QCOMPARE(dir.userCount(prod), users);
    }

    void everyKindOfChangeIsSignalled()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        REQUIRE_OK(dir->createUser(prod, QStringLiteral("John")));
        REQUIRE_OK(dir->createGroup(prod, QStringLiteral("Devs")));
        QSignalSpy changed(dir.get(), &Directory::entityChanged);
        QSignalSpy renamed(dir.get(), &Directory::entityRenamed);
        QSignalSpy removed(dir.get(), &Directory::entityRemoved);
        QSignalSpy attachments(dir.get(), &Directory::attachmentsChanged);
        QSignalSpy membershipRemoved(dir.get(), &Directory::membershipRemoved);
        const QString admin = awsPolicy(QStringLiteral("AdministratorAccess"));

        REQUIRE_OK(dir->tagEntity(EntityKind::User, prod, QStringLiteral("john"),
                                  {{QStringLiteral("k"), QStringLiteral("v")}}));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.last(), (QVariantList{QVariant::fromValue(EntityKind::User), prod,
                                               QStringLiteral("John")}));
        REQUIRE_OK(dir->attachPolicy(EntityKind::Group, prod, QStringLiteral("Devs"), admin));
        QCOMPARE(attachments.count(), 1);
        QCOMPARE(attachments.last(), (QVariantList{admin, QVariant::fromValue(EntityKind::Group),
                                                   prod, QStringLiteral("Devs")}));
        REQUIRE_OK(dir->renameUser(prod, QStringLiteral("John"), QStringLiteral("Johnny")));
        QCOMPARE(renamed.count(), 1);
        QCOMPARE(renamed.last(), (QVariantList{QVariant::fromValue(EntityKind::User), prod,
                                               QStringLiteral("John"), QStringLiteral("Johnny")}));
        REQUIRE_OK(dir->addUserToGroup(prod, QStringLiteral("Devs"), QStringLiteral("Johnny")));
        REQUIRE_OK(
            dir->removeUserFromGroup(prod, QStringLiteral("Devs"), QStringLiteral("Johnny")));
        QCOMPARE(membershipRemoved.count(), 1);
        REQUIRE_OK(dir->deleteUser(prod, QStringLiteral("Johnny")));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.last(), (QVariantList{QVariant::fromValue(EntityKind::User), prod,
                                               QStringLiteral("Johnny")}));
        // Refused calls are not signalled.
        REQUIRE_CODE(dir->deleteGroup(prod, QStringLiteral("Devs")), "DeleteConflict");
        QCOMPARE(removed.count(), 1);
        QCOMPARE(changed.count(), 1);
    }

    void aFailedCallLeavesTheFileAsItWas()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("d.sqlite"));
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, Directory::open(path, &clock));
        REQUIRE_OK(dir->createAccount(prod));
        REQUIRE_OK(dir->createUser(prod, QStringLiteral("John")));
        REQUIRE_OK(dir->createGroup(prod, QStringLiteral("Devs")));
        const QByteArray before = fileBytes(path);
        QVERIFY(!before.isEmpty());

        REQUIRE_CODE(dir->createUser(prod, QStringLiteral("john")), "EntityAlreadyExists");
        REQUIRE_CODE(dir->deleteGroup(prod, QStringLiteral("Nope")), "NoSuchEntity");
        TagList tooMany;
        for (int i = 0; i < 51; ++i)
            tooMany.append({QStringLiteral("k%1").arg(i), QString()});
        REQUIRE_CODE(dir->tagEntity(EntityKind::User, prod, QStringLiteral("John"), tooMany),
                     "ValidationError");
        // Fails after it has written: the user row, then its tags.
        REQUIRE_CODE(dir->runInTransaction([&]() -> Result<void> {
            if (auto r = dir->addUserToGroup(prod, QStringLiteral("Devs"), QStringLiteral("John"));
                !r)
                return r;
            return dir
                ->createUser(prod, QStringLiteral("Ana"), QStringLiteral("/"),
                             {{QStringLiteral("a"), QString()}, {QStringLiteral("A"), QString()}})
                .error();
        }),
                     "InvalidInput");
        QCOMPARE(fileBytes(path), before);
        QVERIFY(dir->usersInGroup(prod, QStringLiteral("Devs")).isEmpty());
    }

    // ---- lazy listing

    void listingIsOrderedIgnoringCaseAndPaged()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        QStringList expected;
        QRandomGenerator random(42);
        REQUIRE_OK(dir->runBulkChange([&]() -> Result<void> {
            for (int i = 0; i < 250; ++i) {
                QString name = QStringLiteral("user%1").arg(random.bounded(100000));
                if (i % 3 == 0)
                    name[0] = QLatin1Char('U');
                if (expected.contains(name, Qt::CaseInsensitive))
                    continue;
                expected << name;
                const TagList tags{{QStringLiteral("n"), QString::number(i)}};
                if (auto r = dir->createUser(prod, name, QStringLiteral("/"), tags); !r)
                    return r.error();
            }
            return {};
        }));
        std::sort(expected.begin(), expected.end(),
                  [](const QString& a, const QString& b) { return a.toLower() < b.toLower(); });
        QCOMPARE(dir->userCount(prod), int(expected.size()));
        QStringList paged;
        for (int offset = 0; offset < dir->userCount(prod); offset += 100) {
            const QList<User> page = dir->users(prod, offset, 100);
            QVERIFY(page.size() <= 100);
            for (const User& u : page) {
                QCOMPARE(u.tags.size(), 1); // tags come with the page
                paged << u.name;
            }
        }
        QCOMPARE(paged, expected);
        QCOMPARE(userNames(dir->users(prod)), expected);
        QVERIFY(dir->users(prod, 10000, 100).isEmpty());
        QCOMPARE(userNames(dir->users(prod, 5, 3)), expected.mid(5, 3));
    }

    void otherListsAreOrderedAndCounted()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        for (const char* name : {"zeta", "Alpha", "beta"}) {
            REQUIRE_OK(dir->createGroup(prod, QString::fromLatin1(name)));
            REQUIRE_OK(dir->createRole(role(prod, QString::fromLatin1(name))));
            REQUIRE_OK(dir->createPolicy(prod, QString::fromLatin1(name), allowS3()));
        }
        const QStringList expected{QStringLiteral("Alpha"), QStringLiteral("beta"),
                                   QStringLiteral("zeta")};
        QStringList groups, roles, policies;
        for (const Group& g : dir->groups(prod))
            groups << g.name;
        for (const Role& r : dir->roles(prod, 0, 10))
            roles << r.name;
        for (const ManagedPolicy& p : dir->policies(prod))
            policies << p.name;
        QCOMPARE(groups, expected);
        QCOMPARE(roles, expected);
        QCOMPARE(policies, expected);
        QCOMPARE(dir->groups(prod, 1, 1).first().name, QStringLiteral("beta"));
        QCOMPARE(dir->groupCount(prod), 3);
        QCOMPARE(dir->roleCount(prod), 3);
        QCOMPARE(dir->policyCount(prod), 3);
    }

    // ---- SAML providers

    void samlProvidersLifecycleAndRules()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        const QString metadata(1200, QLatin1Char('m'));
        const QDateTime until(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
        QSignalSpy changed(dir.get(), &Directory::samlProvidersChanged);
        const auto created =
            dir->createSamlProvider(prod, QStringLiteral("CatPhotoIdP"), metadata, until);
        REQUIRE_OK(created);
        QCOMPARE(created->arn().toString(),
                 QStringLiteral("arn:aws:iam::111122223333:saml-provider/CatPhotoIdP"));
        QCOMPARE(created->createDate, clock.now());
        QCOMPARE(changed.size(), 1);
        const QString arn = created->arn().toString();
        const auto read = dir->samlProvider(arn);
        QVERIFY(read.has_value());
        QCOMPARE(read->metadataDocument, metadata);
        QCOMPARE(read->validUntil, until);
        REQUIRE_ERROR(dir->createSamlProvider(prod, QStringLiteral("catphotoidp"), metadata, until),
                      "EntityAlreadyExists", "SAMLProvider with name catphotoidp already exists.");
        REQUIRE_CODE(dir->createSamlProvider(prod, QStringLiteral("bad name"), metadata, until),
                     "ValidationError");
        REQUIRE_CODE(dir->createSamlProvider(prod, QString(129, QLatin1Char('a')), metadata, until),
                     "ValidationError");
        REQUIRE_CODE(dir->createSamlProvider(QStringLiteral("999999999999"), QStringLiteral("X"),
                                             metadata, until),
                     "NoSuchEntity");

        const QString newer(1500, QLatin1Char('n'));
        REQUIRE_OK(dir->updateSamlProvider(arn, newer, until.addYears(1)));
        QCOMPARE(dir->samlProvider(arn)->metadataDocument, newer);
        QCOMPARE(dir->samlProviders(prod).size(), 1);
        REQUIRE_OK(dir->deleteSamlProvider(arn));
        REQUIRE_ERROR(dir->deleteSamlProvider(arn), "NoSuchEntity",
                      "Manifest not found for arn " + arn);
        REQUIRE_CODE(dir->updateSamlProvider(arn, newer, until), "NoSuchEntity");
        QVERIFY(dir->samlProviders(prod).isEmpty());
    }

    void samlProvidersQuota()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        const QString metadata(1000, QLatin1Char('m'));
        for (int i = 0; i < 100; ++i)
            REQUIRE_OK(dir->createSamlProvider(prod, QStringLiteral("p%1").arg(i), metadata, {}));
        REQUIRE_ERROR(dir->createSamlProvider(prod, QStringLiteral("one-more"), metadata, {}),
                      "LimitExceeded", "Cannot exceed quota for SAMLProvidersPerAccount: 100");
    }

    // The quota is the account's own: a full account leaves another's room alone.
    void samlProvidersQuotaIsPerAccount()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        const QString dev = QStringLiteral("444455556666");
        REQUIRE_OK(dir->createAccount(dev, QStringLiteral("catphoto-dev")));
        const QString metadata(1000, QLatin1Char('m'));
        for (int i = 0; i < 100; ++i)
            REQUIRE_OK(dir->createSamlProvider(prod, QStringLiteral("p%1").arg(i), metadata, {}));
        REQUIRE_CODE(dir->createSamlProvider(prod, QStringLiteral("one-more"), metadata, {}),
                     "LimitExceeded");
        REQUIRE_OK(dir->createSamlProvider(dev, QStringLiteral("p0"), metadata, {}));
        QCOMPARE(dir->samlProviders(dev).size(), 1);
    }

    void samlAssertionsAreUsedOnceUntilTheyExpire()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        const QString provider = QStringLiteral("arn:aws:iam::111122223333:saml-provider/X");
        const QDateTime end = clock.now().addSecs(300);
        REQUIRE_OK(dir->useSamlAssertion(provider, QStringLiteral("_a1"), end));
        REQUIRE_ERROR(dir->useSamlAssertion(provider, QStringLiteral("_a1"), end),
                      "InvalidIdentityToken", "SAML Assertion ID already used");
        REQUIRE_OK(dir->useSamlAssertion(provider, QStringLiteral("_a2"), end));
        REQUIRE_OK(
            dir->useSamlAssertion(QStringLiteral("arn:aws:iam::111122223333:saml-provider/Y"),
                                  QStringLiteral("_a1"), end));
        // Once expired the record goes: the assertion itself is refused for its time by then.
        clock.advance(301);
        REQUIRE_OK(dir->useSamlAssertion(provider, QStringLiteral("_a1"), clock.now().addSecs(60)));
    }

    void samlProviderEditsAreUndoable()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        const QString metadata(1000, QLatin1Char('m'));
        auto change = dir->recordChange([&]() -> Result<void> {
            auto r = dir->createSamlProvider(prod, QStringLiteral("Idp"), metadata, {});
            if (!r)
                return r.error();
            return {};
        });
        REQUIRE_OK(change);
        QCOMPARE(dir->samlProviderCount(prod).value(), 1);
        QSignalSpy changed(dir.get(), &Directory::samlProvidersChanged);
        REQUIRE_OK(dir->revertChange(*change));
        QCOMPARE(dir->samlProviderCount(prod).value(), 0);
        QCOMPARE(changed.size(), 1);
        REQUIRE_OK(dir->reapplyChange(*change));
        QCOMPARE(dir->samlProviderCount(prod).value(), 1);
    }

    // ---- import: a create with provenance

    void createMakesFreshIdsAndDatesWhereImportKeepsTheRecordedOnes()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        const QDateTime recorded(QDate(2019, 6, 1), QTime(12, 30), Qt::UTC);
        User draft;
        draft.accountId = prod;
        draft.name = QStringLiteral("Imported");
        draft.path = QStringLiteral("/ops/");
        draft.userId = QStringLiteral("AIDAEXAMPLEEXAMPLE01");
        draft.createDate = recorded;
        draft.tags = {{QStringLiteral("team"), QStringLiteral("ops")}};
        User imported;
        REQUIRE_VALUE(imported, dir->importUser(draft));
        QCOMPARE(imported.userId, draft.userId);
        QCOMPARE(imported.createDate, recorded);
        const auto stored = dir->user(prod, QStringLiteral("imported"));
        QVERIFY(stored);
        QCOMPARE(stored->userId, draft.userId);
        QCOMPARE(stored->createDate, recorded);
        QCOMPARE(stored->path, QStringLiteral("/ops/"));
        QCOMPARE(stored->tags, draft.tags);

        // The same recorded id again is taken: the second user gets a fresh one.
        draft.name = QStringLiteral("Second");
        User second;
        REQUIRE_VALUE(second, dir->importUser(draft));
        QVERIFY(second.userId.startsWith(QLatin1String("AIDA")));
        QVERIFY(second.userId != draft.userId);

        // Created: a fresh id and the current time, whatever the caller had.
        User created;
        REQUIRE_VALUE(created, dir->createUser(prod, QStringLiteral("Created")));
        QVERIFY(created.userId.startsWith(QLatin1String("AIDA")));
        QCOMPARE(created.createDate, clock.now());
        QCOMPARE(dir->user(prod, QStringLiteral("Created"))->createDate, clock.now());

        Group group;
        group.accountId = prod;
        group.name = QStringLiteral("Recorded");
        group.groupId = QStringLiteral("AGPAEXAMPLEEXAMPLE01");
        group.createDate = recorded;
        REQUIRE_OK(dir->importGroup(group));
        QCOMPARE(dir->group(prod, group.name)->groupId, group.groupId);
        QCOMPARE(dir->group(prod, group.name)->createDate, recorded);

        Role r = role(prod, QStringLiteral("RecordedRole"));
        r.roleId = QStringLiteral("AROAEXAMPLEEXAMPLE01");
        r.createDate = recorded;
        r.permissionsBoundaryArn = awsPolicy(QStringLiteral("ReadOnlyAccess"));
        REQUIRE_OK(dir->importRole(r));
        const auto storedRole = dir->role(prod, r.name);
        QVERIFY(storedRole);
        QCOMPARE(storedRole->roleId, r.roleId);
        QCOMPARE(storedRole->createDate, recorded);
        QCOMPARE(storedRole->permissionsBoundaryArn, r.permissionsBoundaryArn);
    }

    void createAndImportRefuseTheSameWay()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        REQUIRE_OK(dir->createUser(prod, QStringLiteral("Taken")));
        User draft;
        draft.accountId = prod;
        draft.name = QStringLiteral("TAKEN");
        REQUIRE_ERROR(dir->importUser(draft), "EntityAlreadyExists",
                      "User with name TAKEN already exists.");
        REQUIRE_ERROR(dir->createUser(prod, QStringLiteral("TAKEN")), "EntityAlreadyExists",
                      "User with name TAKEN already exists.");
        draft.name = QStringLiteral("Bad name!");
        REQUIRE_CODE(dir->importUser(draft), "ValidationError");
        REQUIRE_CODE(dir->createUser(prod, draft.name), "ValidationError");
        draft.name = QStringLiteral("Tagged");
        draft.tags = {{QStringLiteral("k"), QStringLiteral("1")}, {QStringLiteral("K"), {}}};
        REQUIRE_ERROR(dir->importUser(draft), "InvalidInput",
                      "Duplicate tag keys found. Please note that Tag keys are case insensitive.");
        REQUIRE_ERROR(dir->createUser(prod, draft.name, QStringLiteral("/"), draft.tags),
                      "InvalidInput",
                      "Duplicate tag keys found. Please note that Tag keys are case insensitive.");
        QCOMPARE(dir->userCount(prod), 1);
    }

    void importHoldsDocumentsToTheGrammarButNotToTheSizeQuotas()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        Role big = role(prod, QStringLiteral("Big"));
        big.trustPolicy = trustPolicyOfSize(4096);
        REQUIRE_ERROR(dir->createRole(big), "LimitExceeded",
                      "Cannot exceed quota for ACLSizePerRole: 2048");
        REQUIRE_OK(dir->importRole(big));
        QCOMPARE(dir->role(prod, QStringLiteral("Big"))->trustPolicy, big.trustPolicy);

        REQUIRE_ERROR(dir->createPolicy(prod, QStringLiteral("Big"), policyOfSize(6145)),
                      "LimitExceeded", "Cannot exceed quota for PolicySize: 6144");
        const QDateTime recorded(QDate(2020, 1, 2), QTime(3, 4), Qt::UTC);
        ManagedPolicy managed;
        managed.accountId = prod;
        managed.name = QStringLiteral("Big");
        managed.createDate = recorded;
        managed.updateDate = recorded.addDays(1);
        const QList<PolicyVersion> versions{
            {QStringLiteral("v1"), allowS3(), false, recorded},
            {QStringLiteral("v3"), policyOfSize(6145), true, recorded.addDays(1)}};
        ManagedPolicy imported;
        REQUIRE_VALUE(imported, dir->importPolicy(managed, versions));
        QCOMPARE(imported.defaultVersionId, QStringLiteral("v3"));
        QCOMPARE(imported.createDate, recorded);
        QCOMPARE(imported.updateDate, recorded.addDays(1));
        const QList<PolicyVersion> stored = dir->policyVersions(imported.arn);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored[0].versionId, QStringLiteral("v3"));
        QCOMPARE(stored[0].createDate, recorded.addDays(1));
        QCOMPARE(stored[1].createDate, recorded);
        // Numbering goes on after the highest recorded version.
        PolicyVersion next;
        REQUIRE_VALUE(next, dir->createPolicyVersion(imported.arn, allowS3(), false));
        QCOMPARE(next.versionId, QStringLiteral("v4"));

        REQUIRE_OK(dir->createUser(prod, QStringLiteral("U")));
        const InlinePolicy inlineBig{QStringLiteral("Big"), policyOfSize(2049)};
        REQUIRE_CODE(dir->putInlinePolicy(EntityKind::User, prod, QStringLiteral("U"), inlineBig),
                     "LimitExceeded");
        REQUIRE_OK(dir->importInlinePolicy(EntityKind::User, prod, QStringLiteral("U"), inlineBig));
        QCOMPARE(dir->inlinePolicies(EntityKind::User, prod, QStringLiteral("U")).size(), 1);
        // The grammar still holds.
        REQUIRE_CODE(dir->importInlinePolicy(EntityKind::User, prod, QStringLiteral("U"),
                                             {QStringLiteral("Broken"), QStringLiteral("{")}),
                     "MalformedPolicyDocument");
    }

    void importedMembershipsAndAttachmentsAreNotHeldToCountQuotas()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        REQUIRE_OK(dir->createUser(prod, QStringLiteral("John")));
        for (int i = 0; i < 11; ++i) {
            REQUIRE_OK(dir->createGroup(prod, QStringLiteral("G%1").arg(i)));
            REQUIRE_OK(dir->createPolicy(prod, QStringLiteral("P%1").arg(i), allowS3()));
        }
        const QString policyArn = QStringLiteral("arn:aws:iam::%1:policy/P%2").arg(prod).arg(10);
        for (int i = 0; i < 10; ++i) {
            REQUIRE_OK(
                dir->addUserToGroup(prod, QStringLiteral("G%1").arg(i), QStringLiteral("John")));
            REQUIRE_OK(
                dir->attachPolicy(EntityKind::User, prod, QStringLiteral("John"),
                                  QStringLiteral("arn:aws:iam::%1:policy/P%2").arg(prod).arg(i)));
        }
        REQUIRE_CODE(dir->addUserToGroup(prod, QStringLiteral("G10"), QStringLiteral("John")),
                     "LimitExceeded");
        REQUIRE_CODE(dir->attachPolicy(EntityKind::User, prod, QStringLiteral("John"), policyArn),
                     "LimitExceeded");
        QSignalSpy joined(dir.get(), &Directory::membershipAdded);
        REQUIRE_OK(dir->importMembership(prod, QStringLiteral("G10"), QStringLiteral("John")));
        REQUIRE_OK(
            dir->importAttachment(EntityKind::User, prod, QStringLiteral("John"), policyArn));
        QCOMPARE(dir->groupsForUser(prod, QStringLiteral("John")).size(), 11);
        QCOMPARE(dir->attachedPolicies(EntityKind::User, prod, QStringLiteral("John")).size(), 11);
        // Importing what is already there changes nothing, like creating it again.
        REQUIRE_OK(dir->importMembership(prod, QStringLiteral("G10"), QStringLiteral("John")));
        QCOMPARE(joined.size(), 1);
        QCOMPARE(dir->groupsForUser(prod, QStringLiteral("John")).size(), 11);
    }

    void anImportIsUndoneAndRedoneWithItsIdsAndDates()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, fresh());
        const QDateTime recorded(QDate(2018, 2, 3), QTime(4, 5), Qt::UTC);
        User draft;
        draft.accountId = prod;
        draft.name = QStringLiteral("Undone");
        draft.userId = QStringLiteral("AIDAEXAMPLEEXAMPLE02");
        draft.createDate = recorded;
        auto change = dir->recordChange([&]() -> Result<void> {
            if (auto r = dir->importUser(draft); !r)
                return r.error();
            return dir->importAttachment(EntityKind::User, prod, draft.name,
                                         awsPolicy(QStringLiteral("ReadOnlyAccess")));
        });
        REQUIRE_OK(change);
        REQUIRE_OK(dir->revertChange(*change));
        QVERIFY(!dir->user(prod, draft.name));
        REQUIRE_OK(dir->reapplyChange(*change));
        const auto back = dir->user(prod, draft.name);
        QVERIFY(back);
        QCOMPARE(back->userId, draft.userId);
        QCOMPARE(back->createDate, recorded);
        QCOMPARE(dir->attachedPolicies(EntityKind::User, prod, draft.name).size(), 1);
    }

    void directoriesAreIndependentAndReleaseTheirConnection()
    {
        // The directories' own (not the test server's, made with the first database).
        const auto connections = [] {
            return QSqlDatabase::connectionNames()
                .filter(QStringLiteral("switchboard-directory-"))
                .size();
        };
        const qsizetype before = connections();
        // On PostgreSQL each also listens for other consoles' changes on a second connection.
        const int perDirectory = TestEngine::onPostgres() ? 2 : 1;
        {
            std::unique_ptr<Directory> a;
            REQUIRE_VALUE(a, fresh());
            std::unique_ptr<Directory> b;
            REQUIRE_VALUE(b, fresh());
            QCOMPARE(connections(), before + 2 * perDirectory);
            REQUIRE_OK(a->createUser(prod, QStringLiteral("OnlyInA")));
            QVERIFY(!b->user(prod, QStringLiteral("OnlyInA")));
            QVERIFY(a->directoryId() != b->directoryId());
        }
        QCOMPARE(connections(), before);
    }
};

QTEST_GUILESS_MAIN(TestDirectory)
#include "tst_directory.moc"
