#include "interop/authzdetailsexporter.h"

#include "interop/authzdetailsimporter.h"
#include "interoptesthelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace InteropTest;

namespace {
const QString account = QStringLiteral("111122223333");

QJsonObject findByKey(const QJsonArray& list, const QString& key, const QString& value)
{
    for (const QJsonValue& v : list)
        if (v.toObject().value(key).toString() == value)
            return v.toObject();
    return {};
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString trust()
{
    const QJsonObject statement{
        {QStringLiteral("Effect"), QStringLiteral("Allow")},
        {QStringLiteral("Principal"),
         QJsonObject{{QStringLiteral("AWS"), QStringLiteral("arn:aws:iam::111122223333:root")}}},
        {QStringLiteral("Action"), QStringLiteral("sts:AssumeRole")},
        {QStringLiteral("Condition"),
         QJsonObject{
             {QStringLiteral("Bool"), QJsonObject{{QStringLiteral("aws:MultiFactorAuthPresent"),
                                                   QStringLiteral("true")}}}}}};
    return compact({{QStringLiteral("Version"), QStringLiteral("2012-10-17")},
                    {QStringLiteral("Statement"), QJsonArray{statement}}});
}

QString allowS3()
{
    const QJsonObject statement{{QStringLiteral("Effect"), QStringLiteral("Allow")},
                                {QStringLiteral("Action"), QStringLiteral("s3:Get*")},
                                {QStringLiteral("Resource"), QStringLiteral("*")}};
    return compact({{QStringLiteral("Version"), QStringLiteral("2012-10-17")},
                    {QStringLiteral("Statement"), QJsonArray{statement}}});
}
// Exported JSON without the ids every directory gives its built-in AWS managed policies.
QJsonObject withoutBuiltInIds(const QByteArray& json)
{
    QJsonObject top = QJsonDocument::fromJson(json).object();
    QJsonArray policies = top[QStringLiteral("Policies")].toArray();
    for (qsizetype i = 0; i < policies.size(); ++i) {
        QJsonObject policy = policies[i].toObject();
        if (policy[QStringLiteral("Arn")].toString().startsWith(QLatin1String("arn:aws:iam::aws:")))
            policy.remove(QStringLiteral("PolicyId"));
        policies[i] = policy;
    }
    top[QStringLiteral("Policies")] = policies;
    return top;
}
} // namespace

class TestAuthzDetailsExporter : public QObject
{
    Q_OBJECT

private:
    ManualClock clock{QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9, 250), Qt::UTC)};

    // A directory the console built: every kind of thing the format carries.
    std::unique_ptr<Directory> built()
    {
        auto opened = emptyDirectory(TestEngine::freshLocation(), &clock);
        if (!opened)
            return nullptr;
        std::unique_ptr<Directory> d = std::move(opened).value();
        if (!d->createAccount(account))
            return nullptr;
        const auto policy = d->createPolicy(account, QStringLiteral("S3Read"), allowS3(),
                                            QStringLiteral("/team/"), QStringLiteral("Reads"));
        if (!policy)
            return nullptr;
        clock.advance(60);
        (void)d->createPolicyVersion(policy->arn, allowS3(), true);
        (void)d->createUser(account, QStringLiteral("Ann"), QStringLiteral("/people/"),
                            {{QStringLiteral("team"), QStringLiteral("blue")}});
        (void)d->createGroup(account, QStringLiteral("Readers"));
        (void)d->addUserToGroup(account, QStringLiteral("Readers"), QStringLiteral("Ann"));
        (void)d->attachPolicy(EntityKind::Group, account, QStringLiteral("Readers"), policy->arn);
        (void)d->attachPolicy(EntityKind::User, account, QStringLiteral("Ann"),
                              QStringLiteral("arn:aws:iam::aws:policy/ReadOnlyAccess"));
        (void)d->setPermissionsBoundary(EntityKind::User, account, QStringLiteral("Ann"),
                                        policy->arn);
        (void)d->putInlinePolicy(EntityKind::User, account, QStringLiteral("Ann"),
                                 {QStringLiteral("own"), allowS3()});
        Role role;
        role.accountId = account;
        role.name = QStringLiteral("Auditor");
        role.path = QStringLiteral("/audit/");
        role.description = QStringLiteral("Looks, never touches");
        role.maxSessionDuration = 7200;
        role.trustPolicy = trust();
        role.tags = {{QStringLiteral("k"), QStringLiteral("v")}};
        (void)d->createRole(role);
        (void)d->attachPolicy(EntityKind::Role, account, QStringLiteral("Auditor"),
                              QStringLiteral("arn:aws:iam::aws:policy/SecurityAudit"));
        return d;
    }

    static std::unique_ptr<Directory> reimported(const QByteArray& json, ManualClock* clock)
    {
        auto opened = emptyDirectory(TestEngine::freshLocation(), clock);
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().toString()));
            return nullptr;
        }
        std::unique_ptr<Directory> fresh = std::move(opened).value();
        const auto summary =
            AuthzDetailsImporter(*fresh).importSources({{QStringLiteral("export.json"), json}}, {});
        if (!summary) {
            qWarning("%s", qPrintable(summary.error().toString()));
            return nullptr;
        }
        return fresh;
    }

private slots:
    void init()
    {
        REQUIRE_TEST_ENGINE();
        clock.setNow(QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9, 250), Qt::UTC));
    }
    void cleanup() { TestEngine::dropDatabases(); }

    void writesTheCliFormat()
    {
        auto d = built();
        QVERIFY(d);
        const auto exported = AuthzDetailsExporter(*d).exportAccount(account);
        REQUIRE_OK(exported);
        const QJsonObject top = exported.value();
        QCOMPARE(top.keys(),
                 (QStringList{QStringLiteral("GroupDetailList"), QStringLiteral("Policies"),
                              QStringLiteral("RoleDetailList"), QStringLiteral("UserDetailList")}));
        const QJsonObject ann = top[QStringLiteral("UserDetailList")][0].toObject();
        QCOMPARE(ann[QStringLiteral("UserName")].toString(), QStringLiteral("Ann"));
        QCOMPARE(ann[QStringLiteral("Arn")].toString(),
                 QStringLiteral("arn:aws:iam::111122223333:user/people/Ann"));
        QCOMPARE(ann[QStringLiteral("CreateDate")].toString(),
                 QStringLiteral("2024-05-06T07:09:09.250Z"));
        QCOMPARE(ann[QStringLiteral("GroupList")].toArray(), QJsonArray{QStringLiteral("Readers")});
        QCOMPARE(
            ann[QStringLiteral("UserPolicyList")][0][QStringLiteral("PolicyDocument")].toObject(),
            QJsonDocument::fromJson(allowS3().toUtf8()).object());
        QCOMPARE(
            ann[QStringLiteral("PermissionsBoundary")][QStringLiteral("PermissionsBoundaryArn")]
                .toString(),
            QStringLiteral("arn:aws:iam::111122223333:policy/team/S3Read"));
        QCOMPARE(ann[QStringLiteral("Tags")][0][QStringLiteral("Key")].toString(),
                 QStringLiteral("team"));

        const QJsonObject role = top[QStringLiteral("RoleDetailList")][0].toObject();
        QVERIFY(role[QStringLiteral("AssumeRolePolicyDocument")].isObject());
        QCOMPARE(role[QStringLiteral("MaxSessionDuration")].toInt(), 7200);
        QCOMPARE(role[QStringLiteral("Description")].toString(),
                 QStringLiteral("Looks, never touches"));

        // The account's policy with both versions, and only the AWS managed policies it uses.
        const QJsonArray policies = top[QStringLiteral("Policies")].toArray();
        QCOMPARE(policies.size(), 3);
        const QJsonObject s3 =
            findByKey(policies, QStringLiteral("PolicyName"), QStringLiteral("S3Read"));
        QCOMPARE(s3[QStringLiteral("DefaultVersionId")].toString(), QStringLiteral("v2"));
        QCOMPARE(s3[QStringLiteral("AttachmentCount")].toInt(), 1);
        QCOMPARE(s3[QStringLiteral("PermissionsBoundaryUsageCount")].toInt(), 1);
        QCOMPARE(s3[QStringLiteral("PolicyVersionList")].toArray().size(), 2);
        QCOMPARE(
            s3[QStringLiteral("PolicyVersionList")][0][QStringLiteral("IsDefaultVersion")].toBool(),
            true);
        QCOMPARE(
            s3[QStringLiteral("PolicyVersionList")][1][QStringLiteral("CreateDate")].toString(),
            QStringLiteral("2024-05-06T07:08:09.250Z"));
        QVERIFY(!findByKey(policies, QStringLiteral("PolicyName"), QStringLiteral("ReadOnlyAccess"))
                     .isEmpty());
        QVERIFY(!findByKey(policies, QStringLiteral("PolicyName"), QStringLiteral("SecurityAudit"))
                     .isEmpty());
        QVERIFY(
            findByKey(policies, QStringLiteral("PolicyName"), QStringLiteral("AdministratorAccess"))
                .isEmpty());
    }

    void refusesAnUnknownAccount()
    {
        std::unique_ptr<Directory> d;
        REQUIRE_VALUE(d, emptyDirectory());
        REQUIRE_ERROR(AuthzDetailsExporter(*d).exportAccount(account), "NoSuchEntity",
                      "The account with id 111122223333 cannot be found.");
    }

    void aBuiltDirectorySurvivesTheRoundTrip()
    {
        auto d = built();
        QVERIFY(d);
        const auto json = AuthzDetailsExporter(*d).exportJson(account);
        REQUIRE_OK(json);
        ManualClock sameStart(QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9, 250), Qt::UTC));
        auto fresh = reimported(json.value(), &sameStart);
        QVERIFY(fresh);
        // The console's own text layout becomes the console's formatted layout; the rest is equal.
        QJsonObject expected = snapshot(*d, account);
        QJsonObject actual = snapshot(*fresh, account);
        QCOMPARE(actual[QStringLiteral("users")].toObject().keys(),
                 expected[QStringLiteral("users")].toObject().keys());
        const auto againJson = AuthzDetailsExporter(*fresh).exportJson(account);
        REQUIRE_OK(againJson);
        QCOMPARE(withoutBuiltInIds(againJson.value()), withoutBuiltInIds(json.value()));
        const QJsonObject ann = actual[QStringLiteral("users")][QStringLiteral("Ann")].toObject();
        const QJsonObject annBefore =
            expected[QStringLiteral("users")][QStringLiteral("Ann")].toObject();
        for (const QString& key :
             {QStringLiteral("id"), QStringLiteral("created"), QStringLiteral("path"),
              QStringLiteral("groups"), QStringLiteral("tags"), QStringLiteral("boundary"),
              QStringLiteral("attached")})
            QCOMPARE(ann[key], annBefore[key]);
    }

    void eachSampleSurvivesImportExportImport_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QString>("accountId");
        QTest::newRow("aws cli") << awsCliSample << QString();
        QTest::newRow("cloudmapper") << cloudmapperSample << QString();
        QTest::newRow("cloudsplaining test") << cloudsplainingTestSample << QString();
        QTest::newRow("cloudsplaining example")
            << cloudsplainingExampleSample << QStringLiteral("200611803367");
    }

    void eachSampleSurvivesImportExportImport()
    {
        REQUIRE_SAMPLES();
        QFETCH(QString, sample);
        QFETCH(QString, accountId);
        std::unique_ptr<Directory> first;
        REQUIRE_VALUE(first, emptyDirectory(TestEngine::freshLocation(), &clock));
        const auto summary = AuthzDetailsImporter(*first).importFiles({samplePath(sample)},
                                                                      importOptions(accountId));
        REQUIRE_OK(summary);
        const auto json = AuthzDetailsExporter(*first).exportJson(summary->accountId);
        REQUIRE_OK(json);
        auto second = reimported(json.value(), &clock);
        QVERIFY(second);
        QVERIFY(sameAccount(snapshot(*first, summary->accountId),
                            snapshot(*second, summary->accountId)));
        QCOMPARE(second->userCount(summary->accountId), summary->users);
        QCOMPARE(second->roleCount(summary->accountId), summary->roles);
    }

    // An account imported into an organization gets OrganizationAccountAccessRole;
    // the export leaves it out, so the account exports as it was imported.
    void theAccessRoleIsLeftOut_data() { eachSampleSurvivesImportExportImport_data(); }

    void theAccessRoleIsLeftOut()
    {
        REQUIRE_SAMPLES();
        QFETCH(QString, sample);
        QFETCH(QString, accountId);
        const QString management = QStringLiteral("210987654321");
        const QString roleName = QStringLiteral("OrganizationAccountAccessRole");
        std::unique_ptr<Directory> first;
        REQUIRE_VALUE(first, emptyDirectory(TestEngine::freshLocation(), &clock));
        REQUIRE_OK(first->createAccount(management));
        const auto summary = AuthzDetailsImporter(*first).importFiles({samplePath(sample)},
                                                                      importOptions(accountId));
        REQUIRE_OK(summary);
        // One sample has the role of its own: kept and exported as the account's.
        bool ownRole = false;
        for (const QJsonValue& role : QJsonDocument::fromJson(readSample(sample))
                                          .object()[QStringLiteral("RoleDetailList")]
                                          .toArray())
            ownRole = ownRole || role[QStringLiteral("RoleName")].toString() == roleName;
        QCOMPARE(summary->accessRoleArn.isEmpty(), ownRole);
        QVERIFY(first->role(summary->accountId, roleName));
        const auto json = AuthzDetailsExporter(*first).exportJson(summary->accountId);
        REQUIRE_OK(json);
        int exported = 0;
        for (const QJsonValue& role : QJsonDocument::fromJson(json.value())
                                          .object()[QStringLiteral("RoleDetailList")]
                                          .toArray())
            exported += role[QStringLiteral("RoleName")].toString() == roleName ? 1 : 0;
        QCOMPARE(exported, ownRole ? 1 : 0);
        auto second = reimported(json.value(), &clock);
        QVERIFY(second);
        QCOMPARE(bool(second->role(summary->accountId, roleName)), ownRole);
        if (!ownRole) {
            // Without the added role, the two are the same account.
            REQUIRE_OK(
                first->detachPolicy(EntityKind::Role, summary->accountId, roleName,
                                    QStringLiteral("arn:aws:iam::aws:policy/AdministratorAccess")));
            REQUIRE_OK(first->deleteRole(summary->accountId, roleName));
        }
        QVERIFY(sameAccount(snapshot(*first, summary->accountId),
                            snapshot(*second, summary->accountId)));
    }
};

QTEST_GUILESS_MAIN(TestAuthzDetailsExporter)
#include "tst_authzdetailsexporter.moc"
