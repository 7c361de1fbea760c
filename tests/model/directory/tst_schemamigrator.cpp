#include "directorytesthelpers.h"

#include "crypto/passwordhasher.h"
#include "directory/auditchain.h"
#include "directory/directory.h"
#include "directory/schemamigrator.h"
#include "directory/sqlconnection.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace DirectoryTest;

class TestSchemaMigrator : public QObject
{
    Q_OBJECT

private:
    // What a file written before version 10 lacks: the organization's units and policies.
    static QStringList undoVersion11() { return {QStringLiteral("DROP TABLE account_quotas")}; }
    // What a file written before version 12 lacks: the session tags.
    static QStringList undoVersion12() { return {QStringLiteral("DROP TABLE session_tags")}; }
    // What a file written before version 13 lacks: the audited session tags.
    static QStringList undoVersion13()
    {
        return {QStringLiteral("ALTER TABLE audit_events DROP COLUMN session_tags")};
    }

    static QStringList undoVersion10()
    {
        return {QStringLiteral("DROP TABLE organization_policy_attachments"),
                QStringLiteral("DROP TABLE account_parents"),
                QStringLiteral("DROP TABLE organization_policies"),
                QStringLiteral("DROP TABLE organizational_units")};
    }

    // Runs statements on a file through a plain connection, outside Directory.
    static QVariantList rawQuery(const QString& path, const QStringList& statements)
    {
        const QString name = QUuid::createUuid().toString();
        QVariantList lastColumn;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                for (const QString& statement : statements) {
                    lastColumn.clear();
                    if (!q.exec(statement))
                        qWarning("%s", qPrintable(statement));
                    while (q.next())
                        lastColumn << q.value(0);
                }
                q.finish();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return lastColumn;
    }

    static QByteArray readAll(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static void writeFile(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

private slots:
    void stepsAreNumberedFromOneWithoutGaps()
    {
        const auto& steps = SchemaMigrator::steps();
        QVERIFY(!steps.isEmpty());
        for (qsizetype i = 0; i < steps.size(); ++i) {
            QCOMPARE(steps[i].version, int(i + 1));
            QVERIFY(!steps[i].description.isEmpty());
        }
        QCOMPARE(SchemaMigrator::latestVersion(), steps.last().version);
        QCOMPARE(Directory::currentSchemaVersion(), SchemaMigrator::latestVersion());
    }

    void aNewFileGetsTheCurrentSchema()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("new.sqlite"));
        QString id;
        {
            auto opened = Directory::open(path);
            REQUIRE_OK(opened);
            QCOMPARE(opened.value()->schemaVersion(), Directory::currentSchemaVersion());
            QCOMPARE(opened.value()->filePath(), path);
            id = opened.value()->directoryId();
        }
        QVERIFY(!QUuid::fromString(id).isNull());
        QCOMPARE(rawQuery(path, {QStringLiteral("PRAGMA user_version")}).value(0).toInt(),
                 Directory::currentSchemaVersion());
        QCOMPARE(rawQuery(path, {QStringLiteral("PRAGMA application_id")}).value(0).toInt(),
                 SchemaMigrator::ApplicationId);
        QCOMPARE(rawQuery(path, {QStringLiteral("PRAGMA journal_mode")}).value(0).toString(),
                 QStringLiteral("wal"));
        const QVariantList tables = rawQuery(
            path,
            {QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")});
        QStringList names;
        for (const QVariant& t : tables)
            names << t.toString();
        const QStringList expected{QStringLiteral("access_keys"),
                                   QStringLiteral("account_parents"),
                                   QStringLiteral("account_quotas"),
                                   QStringLiteral("accounts"),
                                   QStringLiteral("audit_events"),
                                   QStringLiteral("group_inline_policies"),
                                   QStringLiteral("group_policy_attachments"),
                                   QStringLiteral("groups"),
                                   QStringLiteral("login_profiles"),
                                   QStringLiteral("memberships"),
                                   QStringLiteral("meta"),
                                   QStringLiteral("mfa_devices"),
                                   QStringLiteral("organization"),
                                   QStringLiteral("organization_accounts"),
                                   QStringLiteral("organization_policies"),
                                   QStringLiteral("organization_policy_attachments"),
                                   QStringLiteral("organizational_units"),
                                   QStringLiteral("password_history"),
                                   QStringLiteral("password_policies"),
                                   QStringLiteral("policies"),
                                   QStringLiteral("policy_versions"),
                                   QStringLiteral("role_bookmarks"),
                                   QStringLiteral("role_history"),
                                   QStringLiteral("role_inline_policies"),
                                   QStringLiteral("role_policy_attachments"),
                                   QStringLiteral("role_tags"),
                                   QStringLiteral("roles"),
                                   QStringLiteral("root_mfa_devices"),
                                   QStringLiteral("root_users"),
                                   QStringLiteral("saml_providers"),
                                   QStringLiteral("session_tags"),
                                   QStringLiteral("sign_in_failures"),
                                   QStringLiteral("temporary_sessions"),
                                   QStringLiteral("used_saml_assertions"),
                                   QStringLiteral("user_inline_policies"),
                                   QStringLiteral("user_policy_attachments"),
                                   QStringLiteral("user_tags"),
                                   QStringLiteral("users")};
        QCOMPARE(names, expected);
        // Every foreign key has an index whose first column is that key.
        const QVariantList unindexed = rawQuery(
            path, {QStringLiteral("SELECT m.name || '.' || f.\"from\" FROM sqlite_master m"
                                  " JOIN pragma_foreign_key_list(m.name) f"
                                  " WHERE m.type = 'table' AND NOT EXISTS ("
                                  "  SELECT 1 FROM pragma_index_list(m.name) il"
                                  "  JOIN pragma_index_info(il.name) ii ON ii.seqno = 0"
                                  "  WHERE ii.name = f.\"from\")"
                                  " AND NOT EXISTS (SELECT 1 FROM pragma_table_info(m.name) ti"
                                  "  WHERE ti.pk = 1 AND ti.name = f.\"from\")")});
        QVERIFY2(unindexed.isEmpty(), qPrintable(QVariant(unindexed).toStringList().join(u' ')));
    }

    void listingAndCountingUseIndexes()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("plan.sqlite"));
        {
            REQUIRE_OK(Directory::open(path));
        }
        for (const QString& table :
             {QStringLiteral("users"), QStringLiteral("groups"), QStringLiteral("roles")}) {
            const QStringList plans{
                QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM %1 WHERE account_id = '1'"
                               " ORDER BY name_key LIMIT 100 OFFSET 100")
                    .arg(table),
                QStringLiteral("EXPLAIN QUERY PLAN SELECT count(*) FROM %1 WHERE account_id = '1'")
                    .arg(table)};
            // EXPLAIN QUERY PLAN rows: id, parent, notused, detail.
            const QString name = QUuid::createUuid().toString();
            QString text;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                for (const QString& plan : plans) {
                    QVERIFY(q.exec(plan));
                    while (q.next())
                        text += q.value(3).toString() + QLatin1Char('\n');
                }
                q.finish();
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
            QVERIFY2(!text.contains(QStringLiteral("TEMP B-TREE")),
                     qPrintable(text)); // no sort step
            QVERIFY2(text.contains(QStringLiteral("USING")) &&
                         text.contains(QStringLiteral("INDEX")),
                     qPrintable(text));
        }
    }

    void aVersionOneFileIsBroughtToTheCurrentVersionKeepingItsData()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("v1.sqlite"));
        {
            auto dir = Directory::open(path);
            QVERIFY(dir.ok());
            QVERIFY(dir.value()->createAccount(QStringLiteral("111122223333")).ok());
            QVERIFY(dir.value()
                        ->createUser(QStringLiteral("111122223333"), QStringLiteral("John"))
                        .ok());
            QVERIFY(dir.value()
                        ->addMfaDevice(QStringLiteral("111122223333"), QStringLiteral("John"),
                                       QStringLiteral("JohnPhone"))
                        .ok());
        }
        // Undo versions 6 to 2 by hand: what a file written by an old release holds.
        rawQuery(
            path,
            undoVersion13() + undoVersion12() + undoVersion11() + undoVersion10() +
                QStringList{QStringLiteral("DROP TABLE organization_accounts"),
                            QStringLiteral("DROP TABLE root_mfa_devices"),
                            QStringLiteral("DROP TABLE root_users"),
                            QStringLiteral("DROP TABLE saml_providers"),
                            QStringLiteral("DROP TABLE used_saml_assertions"),
                            QStringLiteral("DROP TABLE organization"),
                            QStringLiteral("DROP TABLE role_bookmarks"),
                            QStringLiteral("ALTER TABLE audit_events DROP COLUMN source_address"),
                            QStringLiteral("ALTER TABLE audit_events DROP COLUMN user_agent"),
                            QStringLiteral("DROP TABLE password_history"),
                            QStringLiteral("DROP TABLE password_policies"),
                            QStringLiteral("DROP TABLE temporary_sessions"),
                            QStringLiteral("ALTER TABLE mfa_devices DROP COLUMN last_code_step"),
                            QStringLiteral("PRAGMA user_version = 1")});
        QCOMPARE(rawQuery(path, {QStringLiteral("PRAGMA user_version")}).value(0).toInt(), 1);

        auto reopened = Directory::open(path);
        QVERIFY(reopened.ok());
        Directory& dir = *reopened.value();
        QCOMPARE(dir.schemaVersion(), Directory::currentSchemaVersion());
        QVERIFY(dir.user(QStringLiteral("111122223333"), QStringLiteral("John")));
        const QString serial = QStringLiteral("arn:aws:iam::111122223333:mfa/JohnPhone");
        QVERIFY(dir.acceptMfaCodeStep(serial, 7).ok());
        QVERIFY(!dir.acceptMfaCodeStep(serial, 7).ok());
        QVERIFY(dir.temporarySessions().isEmpty());
    }

    void aVersionTwoFileGetsAPasswordHistoryOfItsCurrentPasswords()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("v2.sqlite"));
        {
            std::unique_ptr<Directory> dir;
            REQUIRE_VALUE(dir, Directory::open(path));
            REQUIRE_OK(dir->createAccount(prod));
            REQUIRE_OK(dir->createUser(prod, QStringLiteral("John")));
            REQUIRE_OK(dir->createUser(prod, QStringLiteral("Ana")));
            REQUIRE_OK(
                dir->setLoginProfile(prod, QStringLiteral("John"), QStringLiteral("$scrypt$john")));
        }
        rawQuery(
            path,
            undoVersion13() + undoVersion12() + undoVersion11() + undoVersion10() +
                QStringList{QStringLiteral("DROP TABLE organization_accounts"),
                            QStringLiteral("DROP TABLE root_mfa_devices"),
                            QStringLiteral("DROP TABLE root_users"),
                            QStringLiteral("DROP TABLE saml_providers"),
                            QStringLiteral("DROP TABLE used_saml_assertions"),
                            QStringLiteral("DROP TABLE organization"),
                            QStringLiteral("DROP TABLE role_bookmarks"),
                            QStringLiteral("ALTER TABLE audit_events DROP COLUMN source_address"),
                            QStringLiteral("ALTER TABLE audit_events DROP COLUMN user_agent"),
                            QStringLiteral("DROP TABLE password_history"),
                            QStringLiteral("DROP TABLE password_policies"),
                            QStringLiteral("PRAGMA user_version = 2")});
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, Directory::open(path));
        QCOMPARE(dir->schemaVersion(), Directory::currentSchemaVersion());
        QCOMPARE(dir->passwordHistory(prod, QStringLiteral("John"), 5),
                 QStringList{QStringLiteral("$scrypt$john")});
        QVERIFY(dir->passwordHistory(prod, QStringLiteral("Ana"), 5).isEmpty());
        QVERIFY(!dir->passwordPolicy(prod));
        PasswordPolicy policy;
        policy.requireNumbers = true;
        REQUIRE_OK(dir->setPasswordPolicy(prod, policy));
        QCOMPARE(*dir->passwordPolicy(prod), policy);
    }

    void aVersionThreeFileKeepsItsAuditChainVerifiable()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("v3.sqlite"));
        QList<AuditEvent> before;
        {
            std::unique_ptr<Directory> dir;
            REQUIRE_VALUE(dir, Directory::open(path));
            for (const char* action : {"ConsoleLogin", "SwitchRole", "iam:CreateUser"}) {
                AuditEvent e;
                e.actorArn = QStringLiteral("arn:aws:iam::111122223333:user/John");
                e.action = QString::fromLatin1(action);
                e.outcome = QStringLiteral("Success");
                REQUIRE_OK(dir->appendAuditEvent(e));
            }
            before = dir->auditEvents();
        }
        // A version 3 audit table: no source columns. Its rows keep their hashes.
        rawQuery(
            path,
            undoVersion13() + undoVersion12() + undoVersion11() + undoVersion10() +
                QStringList{QStringLiteral("DROP TABLE organization_accounts"),
                            QStringLiteral("DROP TABLE root_mfa_devices"),
                            QStringLiteral("DROP TABLE root_users"),
                            QStringLiteral("DROP TABLE saml_providers"),
                            QStringLiteral("DROP TABLE used_saml_assertions"),
                            QStringLiteral("DROP TABLE organization"),
                            QStringLiteral("DROP TABLE role_bookmarks"),
                            QStringLiteral("ALTER TABLE audit_events DROP COLUMN source_address"),
                            QStringLiteral("ALTER TABLE audit_events DROP COLUMN user_agent"),
                            QStringLiteral("PRAGMA user_version = 3")});
        QCOMPARE(rawQuery(path, {QStringLiteral("SELECT count(*) FROM pragma_table_info("
                                                "'audit_events') WHERE name = 'user_agent'")})
                     .value(0)
                     .toInt(),
                 0);

        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, Directory::open(path));
        QCOMPARE(dir->schemaVersion(), SchemaMigrator::latestVersion());
        QVERIFY(!dir->verifyAuditChain());
        const QList<AuditEvent> after = dir->auditEvents();
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < after.size(); ++i) {
            QCOMPARE(after[i].hash, before[i].hash);
            QVERIFY(after[i].sourceAddress.isEmpty());
            QVERIFY(after[i].userAgent.isEmpty());
        }
        // The chain goes on with events that have a source.
        AuditEvent call;
        call.action = QStringLiteral("iam:ListUsers");
        call.sourceAddress = QStringLiteral("127.0.0.1");
        call.userAgent = QStringLiteral("aws-cli/2.15.0");
        REQUIRE_OK(dir->appendAuditEvent(call));
        QVERIFY(!dir->verifyAuditChain());
        QCOMPARE(dir->auditEvents(3).first().userAgent, QStringLiteral("aws-cli/2.15.0"));
    }

    void aVersionFourFileGetsSavedRolesKeepingItsData()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("v4.sqlite"));
        {
            std::unique_ptr<Directory> dir;
            REQUIRE_VALUE(dir, Directory::open(path));
            REQUIRE_OK(dir->createAccount(prod));
            REQUIRE_OK(dir->createUser(prod, QStringLiteral("John")));
        }
        rawQuery(path, undoVersion13() + undoVersion12() + undoVersion11() + undoVersion10() +
                           QStringList{QStringLiteral("DROP TABLE organization_accounts"),
                                       QStringLiteral("DROP TABLE root_mfa_devices"),
                                       QStringLiteral("DROP TABLE root_users"),
                                       QStringLiteral("DROP TABLE saml_providers"),
                                       QStringLiteral("DROP TABLE used_saml_assertions"),
                                       QStringLiteral("DROP TABLE organization"),
                                       QStringLiteral("DROP TABLE role_bookmarks"),
                                       QStringLiteral("PRAGMA user_version = 4")});
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, Directory::open(path));
        QCOMPARE(dir->schemaVersion(), SchemaMigrator::latestVersion());
        QVERIFY(dir->user(prod, QStringLiteral("John")));
        RoleBookmark b;
        b.userArn = QStringLiteral("arn:aws:iam::%1:user/John").arg(prod);
        b.profileName = QStringLiteral("admin");
        b.accountId = prod;
        b.accountInput = prod;
        b.roleName = QStringLiteral("Admin");
        REQUIRE_OK(dir->saveRoleBookmark(b));
        QCOMPARE(dir->roleBookmarks(b.userArn), QList<RoleBookmark>{b});
    }

    void aVersionFiveFileMakesItsFirstAccountTheManagementAccount()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("v5.sqlite"));
        {
            std::unique_ptr<Directory> dir;
            REQUIRE_VALUE(dir, Directory::open(path));
            REQUIRE_OK(dir->createAccount(prod));
            REQUIRE_OK(dir->createAccount(dev));
            REQUIRE_OK(dir->setManagementAccount(dev));
        }
        rawQuery(path, undoVersion13() + undoVersion12() + undoVersion11() + undoVersion10() +
                           QStringList{QStringLiteral("DROP TABLE organization_accounts"),
                                       QStringLiteral("DROP TABLE root_mfa_devices"),
                                       QStringLiteral("DROP TABLE root_users"),
                                       QStringLiteral("DROP TABLE saml_providers"),
                                       QStringLiteral("DROP TABLE used_saml_assertions"),
                                       QStringLiteral("DROP TABLE organization"),
                                       QStringLiteral("PRAGMA user_version = 5")});
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, Directory::open(path));
        QCOMPARE(dir->schemaVersion(), Directory::currentSchemaVersion());
        QCOMPARE(dir->managementAccountId(), prod);
    }

    void aVersionSixFileGetsSamlProviders()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("v6.sqlite"));
        {
            std::unique_ptr<Directory> dir;
            REQUIRE_VALUE(dir, Directory::open(path));
            REQUIRE_OK(dir->createAccount(prod));
        }
        rawQuery(path, undoVersion13() + undoVersion12() + undoVersion11() + undoVersion10() +
                           QStringList{QStringLiteral("DROP TABLE organization_accounts"),
                                       QStringLiteral("DROP TABLE root_mfa_devices"),
                                       QStringLiteral("DROP TABLE root_users"),
                                       QStringLiteral("DROP TABLE saml_providers"),
                                       QStringLiteral("DROP TABLE used_saml_assertions"),
                                       QStringLiteral("PRAGMA user_version = 6")});
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, Directory::open(path));
        QCOMPARE(dir->schemaVersion(), Directory::currentSchemaVersion());
        REQUIRE_OK(dir->createSamlProvider(prod, QStringLiteral("Idp"),
                                           QString(1000, QLatin1Char('m')), {}));
        int providers = 0;
        REQUIRE_VALUE(providers, dir->samlProviderCount(prod));
        QCOMPARE(providers, 1);
    }

    void aVersionSixFileGetsRootUsersKeepingItsAccounts()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("v6.sqlite"));
        {
            std::unique_ptr<Directory> dir;
            REQUIRE_VALUE(dir, Directory::open(path));
            REQUIRE_OK(dir->createAccount(prod, QStringLiteral("catphoto-prod")));
        }
        rawQuery(path, undoVersion13() + undoVersion12() + undoVersion11() + undoVersion10() +
                           QStringList{QStringLiteral("DROP TABLE organization_accounts"),
                                       QStringLiteral("DROP TABLE root_mfa_devices"),
                                       QStringLiteral("DROP TABLE root_users"),
                                       QStringLiteral("DROP TABLE saml_providers"),
                                       QStringLiteral("DROP TABLE used_saml_assertions"),
                                       QStringLiteral("PRAGMA user_version = 6")});
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, Directory::open(path));
        QCOMPARE(dir->schemaVersion(), Directory::currentSchemaVersion());
        QVERIFY(!dir->rootUser(prod));
        REQUIRE_OK(dir->setRootUser(prod, QStringLiteral("root@catphoto-prod.example"),
                                    PasswordHasher::hash(QStringLiteral("pw"))));
        REQUIRE_OK(dir->addRootMfaDevice(prod));
        // The store itself refuses a clear-text password.
        rawQuery(path, {QStringLiteral("UPDATE root_users SET password_hash = 'pw'")});
        QVERIFY(PasswordHasher::verify(QStringLiteral("pw"), dir->rootUser(prod)->passwordHash));
    }

    void aVersionNineFileGetsTheOrganizationsDefaultPolicies()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("v9.sqlite"));
        {
            std::unique_ptr<Directory> dir;
            REQUIRE_VALUE(dir, Directory::open(path));
            REQUIRE_OK(dir->createAccount(prod, QStringLiteral("catphoto-prod")));
            REQUIRE_OK(dir->createAccount(QStringLiteral("444455556666")));
        }
        rawQuery(path, undoVersion13() + undoVersion12() + undoVersion11() + undoVersion10() +
                           QStringList{QStringLiteral("PRAGMA user_version = 9")});
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, Directory::open(path));
        QCOMPARE(dir->schemaVersion(), Directory::currentSchemaVersion());
        const QString rootId = dir->organizationRootId();
        QVERIFY(rootId.startsWith(QLatin1String("r-")));
        // AWS attaches FullAWSAccess and RCPFullAWSAccess to the root and every account.
        for (const QString& target : {rootId, prod, QStringLiteral("444455556666")}) {
            const auto scps =
                dir->policiesForTarget(target, OrganizationPolicy::Type::ServiceControl);
            QCOMPARE(scps.size(), 1);
            QCOMPARE(scps.first().id, QStringLiteral("p-FullAWSAccess"));
            QVERIFY(scps.first().awsManaged);
            QCOMPARE(scps.first().arn, QStringLiteral("arn:aws:organizations::aws:policy/"
                                                      "service_control_policy/p-FullAWSAccess"));
            const auto rcps =
                dir->policiesForTarget(target, OrganizationPolicy::Type::ResourceControl);
            QCOMPARE(rcps.size(), 1);
            QCOMPARE(rcps.first().id, QStringLiteral("p-RCPFullAWSAccess"));
        }
        QCOMPARE(dir->accountsForParent(rootId),
                 (QStringList{prod, QStringLiteral("444455556666")}));
        QVERIFY(dir->organizationalUnits().isEmpty());
    }

    void aVersionTenFileGetsAccountQuotasAtTheirDefaults()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("v10.sqlite"));
        {
            std::unique_ptr<Directory> dir;
            REQUIRE_VALUE(dir, Directory::open(path));
            REQUIRE_OK(dir->createAccount(prod));
        }
        rawQuery(path, undoVersion13() + undoVersion12() + undoVersion11() +
                           QStringList{QStringLiteral("PRAGMA user_version = 10")});
        {
            std::unique_ptr<Directory> dir;
            REQUIRE_VALUE(dir, Directory::open(path));
            QCOMPARE(dir->schemaVersion(), Directory::currentSchemaVersion());
            int perRole = 0;
            REQUIRE_VALUE(perRole, dir->accountQuota(prod, QStringLiteral("PoliciesPerRole")));
            QCOMPARE(perRole, 10);
            REQUIRE_OK(dir->setAccountQuota(prod, QStringLiteral("PoliciesPerRole"), 20));
            REQUIRE_CODE(dir->setAccountQuota(prod, QStringLiteral("PoliciesPerRole"), 9),
                         "InvalidInput");
            REQUIRE_CODE(dir->setAccountQuota(prod, QStringLiteral("UsersPerAccount"), 20),
                         "InvalidInput");
            REQUIRE_CODE(dir->setAccountQuota(QStringLiteral("999999999999"),
                                              QStringLiteral("PoliciesPerRole"), 20),
                         "NoSuchEntity");
        }
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, Directory::open(path));
        int perRole = 0;
        int perUser = 0;
        REQUIRE_VALUE(perRole, dir->accountQuota(prod, QStringLiteral("PoliciesPerRole")));
        REQUIRE_VALUE(perUser, dir->accountQuota(prod, QStringLiteral("PoliciesPerUser")));
        QCOMPARE(perRole, 20);
        QCOMPARE(perUser, 10);
        // The store itself refuses a quota of nothing.
        QVERIFY(rawQuery(path, {QStringLiteral("INSERT INTO account_quotas VALUES ('%1', "
                                               "'PoliciesPerUser', 0)")
                                    .arg(prod),
                                QStringLiteral("SELECT count(*) FROM account_quotas")})
                    .value(0)
                    .toInt() == 1);
    }

    // Version 12: a file of version 11 gains the session tags; its sessions have none.
    void aVersion11FileGainsSessionTags()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("v11.sqlite"));
        TemporarySession session;
        session.accessKeyId = QStringLiteral("ASIAEXAMPLEOLDSESS01");
        session.accountId = prod;
        session.callerArn = QStringLiteral("arn:aws:iam::111122223333:user/John");
        session.arn = QStringLiteral("arn:aws:sts::111122223333:assumed-role/R/s");
        session.roleArn = QStringLiteral("arn:aws:iam::111122223333:role/R");
        session.assumedRoleId = QStringLiteral("AROAEXAMPLE:s");
        session.sessionName = QStringLiteral("s");
        session.issuedAt = QDateTime::currentDateTimeUtc();
        session.expiresAt = session.issuedAt.addSecs(3600);
        {
            std::unique_ptr<Directory> dir;
            REQUIRE_VALUE(dir, Directory::open(path));
            REQUIRE_OK(dir->addTemporarySession(session));
        }
        rawQuery(path, undoVersion13() + undoVersion12() +
                           QStringList{QStringLiteral("PRAGMA user_version = 11")});
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, Directory::open(path));
        QCOMPARE(dir->schemaVersion(), Directory::currentSchemaVersion());
        const auto migrated = dir->temporarySession(session.accessKeyId);
        QVERIFY(migrated);
        QVERIFY(migrated->sessionTags.isEmpty());
        session.accessKeyId = QStringLiteral("ASIAEXAMPLENEWSESS01");
        session.sessionTags = {{QStringLiteral("project"), QStringLiteral("blue")}};
        REQUIRE_OK(dir->addTemporarySession(session));
        QCOMPARE(dir->temporarySession(session.accessKeyId)->sessionTags, session.sessionTags);
    }

    // Version 13: a file of version 12 gains the audited session tags; its
    // events keep their hashes, and tagged events chain on after them.
    void aVersion12FileKeepsItsAuditChainAndRecordsSessionTags()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("v12.sqlite"));
        QList<AuditEvent> before;
        {
            std::unique_ptr<Directory> dir;
            REQUIRE_VALUE(dir, Directory::open(path));
            AuditEvent call;
            call.actorArn = QStringLiteral("arn:aws:iam::111122223333:user/John");
            call.action = QStringLiteral("sts:AssumeRole");
            call.outcome = QStringLiteral("Success");
            call.sourceAddress = QStringLiteral("127.0.0.1");
            REQUIRE_OK(dir->appendAuditEvent(call));
            call.sourceAddress.clear();
            REQUIRE_OK(dir->appendAuditEvent(call));
            before = dir->auditEvents();
        }
        rawQuery(path, undoVersion13() + QStringList{QStringLiteral("PRAGMA user_version = 12")});
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, Directory::open(path));
        QCOMPARE(dir->schemaVersion(), SchemaMigrator::latestVersion());
        QVERIFY(!dir->verifyAuditChain());
        const QList<AuditEvent> after = dir->auditEvents();
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < after.size(); ++i) {
            QCOMPARE(after[i].hash, before[i].hash);
            QVERIFY(after[i].sessionTags.isEmpty());
        }
        AuditEvent tagged;
        tagged.action = QStringLiteral("AssumeRole");
        tagged.sessionTags = QStringLiteral(R"({"tags":[{"key":"project","value":"blue"}]})");
        REQUIRE_OK(dir->appendAuditEvent(tagged));
        QVERIFY(!dir->verifyAuditChain());
        QCOMPARE(dir->auditEvents(2).first().sessionTags, tagged.sessionTags);
        // The tags are part of what the hash vouches for.
        AuditEvent stored = dir->auditEvents(2).first();
        stored.sessionTags = QStringLiteral(R"({"tags":[{"key":"project","value":"red"}]})");
        QVERIFY(!AuditChain::verifies(stored, stored.previousHash));
    }

    void reopeningKeepsDataAndDoesNotReinstallBuiltIns()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("keep.sqlite"));
        QString id;
        {
            std::unique_ptr<Directory> dir;
            REQUIRE_VALUE(dir, Directory::open(path));
            id = dir->directoryId();
            REQUIRE_OK(dir->createAccount(prod, QStringLiteral("catphoto-prod")));
            REQUIRE_OK(dir->createUser(prod, QStringLiteral("John"), QStringLiteral("/dev/"),
                                       {{QStringLiteral("team"), QStringLiteral("a")}}));
        }
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, Directory::open(path));
        QCOMPARE(dir->directoryId(), id);
        QCOMPARE(dir->user(prod, QStringLiteral("john"))->path, QStringLiteral("/dev/"));
        QCOMPARE(dir->user(prod, QStringLiteral("john"))->tags.size(), 1);
        QCOMPARE(dir->findAccount(QStringLiteral("catphoto-prod"))->id, prod);
        QCOMPARE(dir->awsManagedPolicies().size(), 6);
        QCOMPARE(rawQuery(path, {QStringLiteral("SELECT count(*) FROM policies")}).value(0).toInt(),
                 6);
    }

    void eachFileHasItsOwnId()
    {
        QTemporaryDir tmp;
        std::unique_ptr<Directory> a;
        REQUIRE_VALUE(a, Directory::open(tmp.filePath(QStringLiteral("a.sqlite"))));
        std::unique_ptr<Directory> b;
        REQUIRE_VALUE(b, Directory::open(tmp.filePath(QStringLiteral("b.sqlite"))));
        QVERIFY(a->directoryId() != b->directoryId());
    }

    void aNewerSchemaIsRefusedAndTheFileLeftUntouched()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("future.sqlite"));
        {
            std::unique_ptr<Directory> dir;
            REQUIRE_VALUE(dir, Directory::open(path));
            REQUIRE_OK(dir->createAccount(prod));
        }
        const int future = Directory::currentSchemaVersion() + 1;
        rawQuery(path, {QStringLiteral("PRAGMA user_version = %1").arg(future),
                        QStringLiteral("PRAGMA journal_mode = DELETE")});
        const QByteArray before = readAll(path);
        const QStringList filesBefore = QDir(tmp.path()).entryList(QDir::Files);
        QVERIFY(!before.isEmpty());

        const auto opened = Directory::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code(), QStringLiteral("ServiceFailure"));
        const QString message = opened.error().message();
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("schema version %1").arg(future)),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("version %1 this Switchboard supports")
                                      .arg(Directory::currentSchemaVersion())),
                 qPrintable(message));
        QCOMPARE(readAll(path), before);
        QCOMPARE(QDir(tmp.path()).entryList(QDir::Files), filesBefore);
    }

    void aNewerSchemaIsRefusedAlsoWhenOnlyTheConnectionSeesIt()
    {
        // The header check reads the file; a version still in the WAL is caught
        // by the check on the connection, before anything is written.
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("wal.sqlite"));
        {
            REQUIRE_OK(Directory::open(path));
        }
        std::unique_ptr<SqlConnection> connection;
        REQUIRE_VALUE(connection, SqlConnection::open(path));
        REQUIRE_OK(connection->execOnce(QStringLiteral("PRAGMA user_version = 99")));
        SchemaMigrator migrator(*connection);
        QCOMPARE(migrator.currentVersion(), 99);
        const auto checked = migrator.checkCompatible();
        QVERIFY(!checked.ok());
        QVERIFY(checked.error().message().contains(QStringLiteral("schema version 99")));
    }

    void aFileThatIsNotADatabaseIsRefusedUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArray("These are my notes, not a directory.\n").repeated(50);
        QTest::newRow("short") << QByteArray("SQLite");
        QTest::newRow("binary") << QByteArray(4096, '\xff');
    }
    void aFileThatIsNotADatabaseIsRefusedUntouched()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("notes.sqlite"));
        writeFile(path, content);
        const auto opened = Directory::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code(), QStringLiteral("ServiceFailure"));
        QCOMPARE(opened.error().message(),
                 QStringLiteral("The file %1 is not a Switchboard directory: it is not an SQLite "
                                "database.")
                     .arg(path));
        QCOMPARE(readAll(path), content);
        QCOMPARE(QDir(tmp.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("notes.sqlite")});
    }

    void anotherApplicationsDatabaseIsRefusedUntouched()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("other.sqlite"));
        rawQuery(path, {QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT)"),
                        QStringLiteral("INSERT INTO users(email) VALUES ('a@example.com')")});
        const QByteArray before = readAll(path);
        const auto opened = Directory::open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message().contains(QStringLiteral("another application")),
                 qPrintable(opened.error().message()));
        QCOMPARE(readAll(path), before);

        // Stamped with a version, but not by Switchboard.
        const QString stamped = tmp.filePath(QStringLiteral("stamped.sqlite"));
        rawQuery(stamped,
                 {QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("PRAGMA user_version = 1")});
        const QByteArray stampedBefore = readAll(stamped);
        QVERIFY(!Directory::open(stamped).ok());
        QCOMPARE(readAll(stamped), stampedBefore);
    }

    void anEmptyFileBecomesADirectory()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("empty.sqlite"));
        writeFile(path, QByteArray());
        const auto opened = Directory::open(path);
        REQUIRE_OK(opened);
        QVERIFY(opened.value()->isEmpty());
        QCOMPARE(opened.value()->awsManagedPolicies().size(), 6);
    }

    void anUnreadablePathIsReported()
    {
        QTemporaryDir tmp;
        // A folder where the file should be.
        const auto opened = Directory::open(tmp.path());
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code(), QStringLiteral("ServiceFailure"));
        QVERIFY(opened.error().message().contains(tmp.path()));
    }
};

QTEST_GUILESS_MAIN(TestSchemaMigrator)
#include "tst_schemamigrator.moc"
