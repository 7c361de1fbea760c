#include "admintesting.h"

#include "admin/directoryadmin.h"
#include "common/rawsql.h"
#include "common/testengine.h"
#include "console/accesskeymanager.h"
#include "crypto/passwordhasher.h"
#include "democonsole.h"
#include "directory/directory.h"
#include "model/directory/directorydump.h"
#include "saml/samlmetadata.h"
#include "saml/samlsigningkey.h"
#include "testdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace AdminTest;

namespace {

QString sampleFile()
{
    return TestData::path(QStringLiteral(
        "authz-details/aws-cli-examples-iam-get-account-authorization-details.output.json"));
}

QList<AuthzDetailsImporter::Source> sample()
{
    const auto sources = AuthzDetailsImporter::readFiles({sampleFile()});
    return sources ? sources.value() : QList<AuthzDetailsImporter::Source>();
}

AuthzDetailsImporter::Options importOptions(bool replace = false)
{
    AuthzDetailsImporter::Options options;
    options.replace = replace;
    return options;
}

// One operation of the console, as the data-driven authorization test runs it.
struct Operation
{
    const char* name;
    QString action;   // the IAM action John lacks
    QString resource; // the resource it is asked on
    std::function<Result<void>(DirectoryAdmin&)> run;
};

template <typename T>
Result<void> done(const Result<T>& r)
{
    return r ? Result<void>() : Result<void>(r.error());
}

const QString userArnPrefix = QStringLiteral("arn:aws:iam::111122223333:user/");
const QString groupArnPrefix = QStringLiteral("arn:aws:iam::111122223333:group/");
const QString roleArnPrefix = QStringLiteral("arn:aws:iam::111122223333:role/");

const QString samlArnPrefix = QStringLiteral("arn:aws:iam::111122223333:saml-provider/");

// An identity provider's metadata with a signing certificate made once for these tests.
const QString& samlMetadata()
{
    static const QString document = [] {
        const auto key = SamlSigningKey::generate(
            QStringLiteral("Okta"), QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
        return QString::fromUtf8(SamlMetadata::build(QStringLiteral("http://www.okta.com/exk1"),
                                                     key->certificateDer(),
                                                     QStringLiteral("https://okta.example/sso")));
    }();
    return document;
}

const QList<Operation>& operations()
{
    static const QList<Operation> all{
        {"CreateSAMLProvider", QStringLiteral("iam:CreateSAMLProvider"),
         samlArnPrefix + QStringLiteral("Okta"),
         [](DirectoryAdmin& a) {
             return done(a.createSamlProvider(prod, QStringLiteral("Okta"), samlMetadata()));
         }},
        {"UpdateSAMLProvider", QStringLiteral("iam:UpdateSAMLProvider"),
         samlArnPrefix + QStringLiteral("Existing"),
         [](DirectoryAdmin& a) {
             return done(a.updateSamlProvider(samlArnPrefix + QStringLiteral("Existing"),
                                              samlMetadata() + QStringLiteral("\n")));
         }},
        {"DeleteSAMLProvider", QStringLiteral("iam:DeleteSAMLProvider"),
         samlArnPrefix + QStringLiteral("Existing"),
         [](DirectoryAdmin& a) {
             return a.deleteSamlProvider(samlArnPrefix + QStringLiteral("Existing"));
         }},
        {"CreateUser", QStringLiteral("iam:CreateUser"), userArnPrefix + QStringLiteral("alice"),
         [](DirectoryAdmin& a) {
             NewUserRequest request;
             request.accountId = prod;
             request.name = QStringLiteral("alice");
             return done(a.createUser(request));
         }},
        {"UpdateUser", QStringLiteral("iam:UpdateUser"), userArnPrefix + QStringLiteral("Paulo"),
         [](DirectoryAdmin& a) {
             return done(a.updateUser(prod, QStringLiteral("Paulo"), QStringLiteral("Paolo"), {}));
         }},
        {"UpdateLoginProfile", QStringLiteral("iam:UpdateLoginProfile"),
         userArnPrefix + QStringLiteral("Paulo"),
         [](DirectoryAdmin& a) {
             return a.setConsolePassword(prod, QStringLiteral("Paulo"),
                                         QStringLiteral("Str0ng!Passw0rd"), false);
         }},
        {"DeleteLoginProfile", QStringLiteral("iam:DeleteLoginProfile"),
         userArnPrefix + QStringLiteral("Paulo"),
         [](DirectoryAdmin& a) { return a.removeConsolePassword(prod, QStringLiteral("Paulo")); }},
        {"DeleteUser", QStringLiteral("iam:DeleteUser"), userArnPrefix + QStringLiteral("Temp"),
         [](DirectoryAdmin& a) { return a.deleteUser(prod, QStringLiteral("Temp")); }},
        {"CreateGroup", QStringLiteral("iam:CreateGroup"), groupArnPrefix + QStringLiteral("Ops"),
         [](DirectoryAdmin& a) { return done(a.createGroup(prod, QStringLiteral("Ops"))); }},
        {"UpdateGroup", QStringLiteral("iam:UpdateGroup"),
         groupArnPrefix + QStringLiteral("Interns"),
         [](DirectoryAdmin& a) {
             return done(
                 a.updateGroup(prod, QStringLiteral("Interns"), QStringLiteral("Trainees"), {}));
         }},
        {"DeleteGroup", QStringLiteral("iam:DeleteGroup"), groupArnPrefix + QStringLiteral("Empty"),
         [](DirectoryAdmin& a) { return a.deleteGroup(prod, QStringLiteral("Empty")); }},
        {"AddUserToGroup", QStringLiteral("iam:AddUserToGroup"),
         groupArnPrefix + QStringLiteral("Interns"),
         [](DirectoryAdmin& a) {
             return a.addUsersToGroup(prod, QStringLiteral("Interns"), {QStringLiteral("Paulo")});
         }},
        {"RemoveUserFromGroup", QStringLiteral("iam:RemoveUserFromGroup"),
         groupArnPrefix + QStringLiteral("Developers"),
         [](DirectoryAdmin& a) {
             return a.removeUsersFromGroup(prod, QStringLiteral("Developers"),
                                           {QStringLiteral("Ana")});
         }},
        {"CreateRole", QStringLiteral("iam:CreateRole"), roleArnPrefix + QStringLiteral("NewRole"),
         [](DirectoryAdmin& a) { return done(a.createRole(newRole(QStringLiteral("NewRole")))); }},
        {"UpdateRole", QStringLiteral("iam:UpdateRole"),
         roleArnPrefix + QStringLiteral("SecurityEngineer"),
         [](DirectoryAdmin& a) {
             return done(a.updateRole(prod, QStringLiteral("SecurityEngineer"),
                                      QStringLiteral("Covers for Sam"), 7200));
         }},
        {"UpdateAssumeRolePolicy", QStringLiteral("iam:UpdateAssumeRolePolicy"),
         roleArnPrefix + QStringLiteral("SecurityEngineer"),
         [](DirectoryAdmin& a) {
             return done(
                 a.updateAssumeRolePolicy(prod, QStringLiteral("SecurityEngineer"), trustProd()));
         }},
        {"PutUserPermissionsBoundary", QStringLiteral("iam:PutUserPermissionsBoundary"),
         userArnPrefix + QStringLiteral("Paulo"),
         [](DirectoryAdmin& a) {
             return a.setPermissionsBoundary(EntityKind::User, prod, QStringLiteral("Paulo"),
                                             policyArn(QStringLiteral("boundaries/"
                                                                      "ContractorBoundary")));
         }},
        {"DeleteUserPermissionsBoundary", QStringLiteral("iam:DeleteUserPermissionsBoundary"),
         QStringLiteral("arn:aws:iam::111122223333:user/contractors/Kiri"),
         [](DirectoryAdmin& a) {
             return a.setPermissionsBoundary(EntityKind::User, prod, QStringLiteral("Kiri"), {});
         }},
        {"DeleteRole", QStringLiteral("iam:DeleteRole"),
         roleArnPrefix + QStringLiteral("CatPhotoApp"),
         [](DirectoryAdmin& a) { return a.deleteRole(prod, QStringLiteral("CatPhotoApp"), true); }},
        {"CreatePolicy", QStringLiteral("iam:CreatePolicy"), policyArn(QStringLiteral("New")),
         [](DirectoryAdmin& a) {
             return done(
                 a.createPolicy(prod, QStringLiteral("New"), allow(QStringLiteral("s3:*"))));
         }},
        {"CreatePolicyVersion", QStringLiteral("iam:CreatePolicyVersion"),
         policyArn(QStringLiteral("Spare")),
         [](DirectoryAdmin& a) {
             return done(a.createPolicyVersion(policyArn(QStringLiteral("Spare")),
                                               allow(QStringLiteral("ec2:*")), true));
         }},
        {"SetDefaultPolicyVersion", QStringLiteral("iam:SetDefaultPolicyVersion"),
         policyArn(QStringLiteral("Spare")),
         [](DirectoryAdmin& a) {
             return a.setDefaultPolicyVersion(policyArn(QStringLiteral("Spare")),
                                              QStringLiteral("v2"));
         }},
        {"DeletePolicyVersion", QStringLiteral("iam:DeletePolicyVersion"),
         policyArn(QStringLiteral("Spare")),
         [](DirectoryAdmin& a) {
             return a.deletePolicyVersion(policyArn(QStringLiteral("Spare")), QStringLiteral("v2"));
         }},
        {"DeletePolicy", QStringLiteral("iam:DeletePolicy"), policyArn(QStringLiteral("Spare")),
         [](DirectoryAdmin& a) { return a.deletePolicy(policyArn(QStringLiteral("Spare"))); }},
        {"PutUserPolicy", QStringLiteral("iam:PutUserPolicy"),
         userArnPrefix + QStringLiteral("Paulo"),
         [](DirectoryAdmin& a) {
             return a.putInlinePolicy(EntityKind::User, prod, QStringLiteral("Paulo"),
                                      {QStringLiteral("Extra"), allow(QStringLiteral("s3:*"))});
         }},
        {"DeleteGroupPolicy", QStringLiteral("iam:DeleteGroupPolicy"),
         groupArnPrefix + QStringLiteral("Developers"),
         [](DirectoryAdmin& a) {
             return a.deleteInlinePolicy(EntityKind::Group, prod, QStringLiteral("Developers"),
                                         QStringLiteral("ProtectProductionDatabase"));
         }},
        {"AttachGroupPolicy", QStringLiteral("iam:AttachGroupPolicy"),
         groupArnPrefix + QStringLiteral("Interns"),
         [](DirectoryAdmin& a) {
             return a.attachPolicies(EntityKind::Group, prod, QStringLiteral("Interns"),
                                     {awsPolicyArn(QStringLiteral("ReadOnlyAccess"))});
         }},
        {"DetachRolePolicy", QStringLiteral("iam:DetachRolePolicy"),
         roleArnPrefix + QStringLiteral("CatPhotoApp"),
         [](DirectoryAdmin& a) {
             return a.detachPolicy(EntityKind::Role, prod, QStringLiteral("CatPhotoApp"),
                                   policyArn(QStringLiteral("CatPhotoUploadsAccess")));
         }},
        {"TagUser", QStringLiteral("iam:TagUser"), userArnPrefix + QStringLiteral("Paulo"),
         [](DirectoryAdmin& a) {
             return a.tagEntity(EntityKind::User, prod, QStringLiteral("Paulo"),
                                {{QStringLiteral("floor"), QStringLiteral("3")}});
         }},
        {"UntagRole", QStringLiteral("iam:UntagRole"), roleArnPrefix + QStringLiteral("Tagged"),
         [](DirectoryAdmin& a) {
             return a.untagEntity(EntityKind::Role, prod, QStringLiteral("Tagged"),
                                  {QStringLiteral("env")});
         }},
        {"UpdateAccountPasswordPolicy", QStringLiteral("iam:UpdateAccountPasswordPolicy"),
         QStringLiteral("*"),
         [](DirectoryAdmin& a) {
             PasswordPolicy policy;
             policy.minimumLength = 12;
             return a.setPasswordPolicy(prod, policy);
         }},
        {"DeleteAccountPasswordPolicy", QStringLiteral("iam:DeleteAccountPasswordPolicy"),
         QStringLiteral("*"), [](DirectoryAdmin& a) { return a.deletePasswordPolicy(prod); }},
    };
    return all;
}

} // namespace

class TestDirectoryAdmin : public QObject
{
    Q_OBJECT

private:
    const QString john = QStringLiteral("John");
    const QString maria = QStringLiteral("Maria");
    const QString strong = QStringLiteral("Str0ng!Passw0rd");

    // What the operations need besides the demo directory, made behind the console's back.
    static void addFixtures(DemoConsole& c)
    {
        Directory& dir = *c.dir;
        QVERIFY(dir.createUser(prod, QStringLiteral("Temp")).ok());
        QVERIFY(dir.createGroup(prod, QStringLiteral("Empty")).ok());
        QVERIFY(
            dir.createPolicy(prod, QStringLiteral("Spare"), allow(QStringLiteral("s3:*"))).ok());
        QVERIFY(dir.createPolicyVersion(policyArn(QStringLiteral("Spare")),
                                        allow(QStringLiteral("s3:Get*")), false)
                    .ok());
        Role tagged = newRole(QStringLiteral("Tagged"));
        tagged.tags = {{QStringLiteral("env"), QStringLiteral("prod")}};
        QVERIFY(dir.createRole(tagged).ok());
        QVERIFY(dir.setPasswordPolicy(prod, PasswordPolicy()).ok());
        QVERIFY(dir.createSamlProvider(prod, QStringLiteral("Existing"), samlMetadata(), {}).ok());
    }

    static QStringList groupMembers(const DemoConsole& c, const QString& group)
    {
        QStringList names;
        for (const User& user : c.dir->usersInGroup(prod, group))
            names << user.name;
        names.sort();
        return names;
    }

    // A console user (password "pw") whose only permission is action.
    static void addUserAllowedOnly(DemoConsole& c, const QString& name, const QString& action)
    {
        REQUIRE_OK(c.dir->createUser(prod, name));
        REQUIRE_OK(c.dir->setLoginProfile(prod, name, PasswordHasher::hash(QStringLiteral("pw"))));
        REQUIRE_OK(c.dir->putInlinePolicy(EntityKind::User, prod, name,
                                          {QStringLiteral("Only"), allow(action)}));
    }

    static AuditEvent lastEvent(const DemoConsole& c)
    {
        const QList<AuditEvent> events = c.dir->auditEvents();
        return events.isEmpty() ? AuditEvent() : events.last();
    }

private slots:
    void initTestCase() { PasswordHasher::setCostLog2(10); }
    void init() { REQUIRE_TEST_ENGINE(); }
    void cleanup() { TestEngine::dropDatabases(); }

    // --- every operation is authorized as the active identity ------------

    void johnIsDeniedAndMariaAllowedEachOperation_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < operations().size(); ++i)
            QTest::newRow(operations().at(i).name) << i;
    }

    void johnIsDeniedAndMariaAllowedEachOperation()
    {
        QFETCH(int, index);
        const Operation& operation = operations().at(index);
        {
            OPEN_DEMO_CONSOLE(c);
            REQUIRE_HELPER(addFixtures(c));
            REQUIRE_OK(c.signIn(john));
            DirectoryAdmin admin(c.session.get(), c.dir.get(), c.accessKeys.get(),
                                 c.mfaDevices.get());
            QSignalSpy edited(&admin, &DirectoryAdmin::edited);
            const int events = c.dir->auditEventCount();
            const Result<void> r = operation.run(admin);
            REQUIRE_CODE(r, "AccessDenied");
            // An action on "*" has no resource-level permissions: no "on resource".
            const QString onResource = operation.resource == QLatin1String("*")
                                           ? QStringLiteral(" because")
                                           : QStringLiteral(" on resource: ") + operation.resource;
            const QString expected =
                QStringLiteral("User: arn:aws:iam::111122223333:user/John is not authorized to "
                               "perform: %1%2")
                    .arg(operation.action, onResource);
            QVERIFY2(r.error().message().startsWith(expected), qPrintable(r.error().message()));
            QCOMPARE(admin.undoStack()->count(), 0);
            QCOMPARE(edited.size(), 0);
            QCOMPARE(c.dir->auditEventCount(), events + 1);
            const AuditEvent event = lastEvent(c);
            QCOMPARE(event.outcome, QStringLiteral("Failure"));
            QCOMPARE(event.detail, QStringLiteral("AccessDenied"));
            QCOMPARE(event.actorArn, userArnPrefix + john);
        }
        {
            OPEN_DEMO_CONSOLE(c);
            REQUIRE_HELPER(addFixtures(c));
            REQUIRE_OK(c.signIn(maria));
            DirectoryAdmin admin(c.session.get(), c.dir.get(), c.accessKeys.get(),
                                 c.mfaDevices.get());
            QSignalSpy edited(&admin, &DirectoryAdmin::edited);
            REQUIRE_OK(operation.run(admin));
            QCOMPARE(admin.undoStack()->count(), 1);
            QCOMPARE(edited.size(), 1);
            QCOMPARE(edited.at(0).at(0).toString(), admin.undoStack()->text(0));
            const AuditEvent event = lastEvent(c);
            QCOMPARE(event.outcome, QStringLiteral("Success"));
            QCOMPARE(event.action, operation.action);
            QCOMPARE(event.actorArn, userArnPrefix + maria);
            // And it can be undone by her.
            REQUIRE_OK(admin.undo());
            QCOMPARE(admin.undoStack()->index(), 0);
        }
    }

    void aSwitchedRoleCanWhatTheRoleCan()
    {
        OPEN_DEMO_CONSOLE(c);
        Role groupAdmin = newRole(QStringLiteral("GroupAdmin"));
        QVERIFY(c.dir->createRole(groupAdmin).ok());
        QVERIFY(c.dir
                    ->putInlinePolicy(EntityKind::Role, prod, QStringLiteral("GroupAdmin"),
                                      {QStringLiteral("Groups"),
                                       QStringLiteral("{\"Version\":\"2012-10-17\",\"Statement\":"
                                                      "[{\"Effect\":\"Allow\",\"Action\":"
                                                      "[\"iam:CreateGroup\",\"iam:DeleteGroup\"],"
                                                      "\"Resource\":\"arn:aws:iam::111122223333:"
                                                      "group/*\"}]}")})
                    .ok());
        REQUIRE_OK(c.signIn(maria));
        REQUIRE_OK(c.switchTo(QStringLiteral("catphoto-prod"), QStringLiteral("GroupAdmin")));
        DirectoryAdmin admin(c.session.get(), c.dir.get(), c.accessKeys.get(), c.mfaDevices.get());
        REQUIRE_OK(admin.createGroup(prod, QStringLiteral("Ops")));
        // Maria herself could; the role cannot.
        NewUserRequest request;
        request.accountId = prod;
        request.name = QStringLiteral("alice");
        const auto user = admin.createUser(request);
        REQUIRE_CODE(user, "AccessDenied");
        QVERIFY2(user.error().message().contains(QStringLiteral("assumed-role/GroupAdmin/")),
                 qPrintable(user.error().message()));
        REQUIRE_OK(admin.undo()); // iam:DeleteGroup: the role may
        QVERIFY(!c.dir->group(prod, QStringLiteral("Ops")));
        // The security engineer's role only reads IAM.
        c.session->switchBack();
        REQUIRE_OK(c.switchTo(QStringLiteral("catphoto-prod"), QStringLiteral("SecurityEngineer")));
        REQUIRE_CODE(admin.createGroup(prod, QStringLiteral("Ops")), "AccessDenied");
        REQUIRE_CODE(admin.redo(), "AccessDenied");
        QCOMPARE(admin.undoStack()->index(), 0);
    }

    // --- SAML providers -----------------------------------------------------

    void samlProvidersNeedUsableMetadataAndAreUndoable()
    {
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.signIn(maria));
        DirectoryAdmin admin(c.session.get(), c.dir.get(), c.accessKeys.get(), c.mfaDevices.get());
        REQUIRE_CODE(admin.createSamlProvider(prod, QStringLiteral("Broken"),
                                              QString(1200, QLatin1Char('x'))),
                     "InvalidInput");
        QCOMPARE(admin.undoStack()->count(), 0);
        const auto created = admin.createSamlProvider(prod, QStringLiteral("Okta"), samlMetadata());
        REQUIRE_OK(created);
        QCOMPARE(created->validUntil,
                 QDateTime(QDate(2036, 1, 1), QTime(0, 0), Qt::UTC).addDays(-2));
        const QString arn = created->arn().toString();
        const auto listed = admin.listSamlProviders(prod);
        REQUIRE_OK(listed);
        QCOMPARE(listed->size(), 1);
        REQUIRE_OK(admin.samlProvider(arn));
        REQUIRE_OK(admin.deleteSamlProvider(arn));
        REQUIRE_CODE(admin.samlProvider(arn), "NoSuchEntity");
        REQUIRE_OK(admin.undo()); // the delete
        REQUIRE_OK(admin.samlProvider(arn));
        REQUIRE_OK(admin.undo()); // the create
        QVERIFY(!c.dir->samlProvider(arn));
    }

    void readingSamlProvidersIsAuthorizedToo()
    {
        OPEN_DEMO_CONSOLE(c);
        QVERIFY(
            c.dir->createSamlProvider(prod, QStringLiteral("Existing"), samlMetadata(), {}).ok());
        // Paulo has no IAM permissions at all.
        REQUIRE_OK(c.signIn(QStringLiteral("Paulo")));
        DirectoryAdmin admin(c.session.get(), c.dir.get(), c.accessKeys.get(), c.mfaDevices.get());
        REQUIRE_CODE(admin.listSamlProviders(prod), "AccessDenied");
        REQUIRE_CODE(admin.samlProvider(samlArnPrefix + QStringLiteral("Existing")),
                     "AccessDenied");
    }

    // --- users ------------------------------------------------------------

    void mariaCreatesAUserWithPasswordGroupsAndTags()
    {
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.signIn(maria));
        DirectoryAdmin admin(c.session.get(), c.dir.get(), c.accessKeys.get(), c.mfaDevices.get());
        NewUserRequest request;
        request.accountId = prod;
        request.name = QStringLiteral("alice");
        request.path = QStringLiteral("/eng/");
        request.tags = {{QStringLiteral("team"), QStringLiteral("photo-app")}};
        request.consolePassword = strong;
        request.passwordResetRequired = true;
        request.groups = {QStringLiteral("Developers"), QStringLiteral("interns")};
        const auto user = admin.createUser(request);
        REQUIRE_OK(user);
        QCOMPARE(user->arn().toString(),
                 QStringLiteral("arn:aws:iam::111122223333:user/eng/alice"));
        QVERIFY(user->userId.startsWith(QStringLiteral("AIDA")));
        QVERIFY(user->hasConsolePassword);
        QVERIFY(user->passwordResetRequired);
        QCOMPARE(user->tags, request.tags);
        QCOMPARE(c.dir->groupsForUser(prod, QStringLiteral("alice")).size(), 2);
        const auto profile = c.dir->loginProfile(prod, QStringLiteral("alice"));
        QVERIFY(profile && PasswordHasher::verify(strong, profile->passwordHash));
        QCOMPARE(admin.undoStack()->count(), 1);
        QCOMPARE(admin.undoStack()->text(0), QStringLiteral("Create user alice"));
        const AuditEvent event = lastEvent(c);
        QCOMPARE(event.action, QStringLiteral("iam:CreateUser"));
        QCOMPARE(event.target, QStringLiteral("arn:aws:iam::111122223333:user/eng/alice"));
        QCOMPARE(event.outcome, QStringLiteral("Success"));
        for (const AuditEvent& e : c.dir->auditEvents())
            QVERIFY(!e.detail.contains(strong));
    }

    // No edit goes unrecorded: when the audit trail refuses the event, the
    // edit is rolled back with it, and an undo is put back.
    void anEditWhoseAuditWriteFailsDoesNotHappen()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("directory.sqlite"));
        OPEN_DEMO_CONSOLE(c, path);
        REQUIRE_OK(c.signIn(maria));
        DirectoryAdmin admin(c.session.get(), c.dir.get(), c.accessKeys.get(), c.mfaDevices.get());
        NewUserRequest request;
        request.accountId = prod;
        request.name = QStringLiteral("alice");
        REQUIRE_OK(admin.createUser(request));
        QVERIFY(RawSql::refuseAuditWrites(path));

        request.name = QStringLiteral("bob");
        REQUIRE_CODE(admin.createUser(request), "ServiceFailure");
        QVERIFY(!c.dir->user(prod, QStringLiteral("bob")));
        QCOMPARE(admin.undoStack()->count(), 1);

        REQUIRE_CODE(admin.undo(), "ServiceFailure");
        QVERIFY(c.dir->user(prod, QStringLiteral("alice")));
    }

    // Saved roles and their record are one: when the audit trail refuses the
    // event, no role is saved and the import fails with the write's error.
    void savedRolesWhoseAuditWriteFailsAreNotSaved()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("directory.sqlite"));
        OPEN_DEMO_CONSOLE(c, path);
        REQUIRE_OK(c.signIn(maria));
        DirectoryAdmin admin(c.session.get(), c.dir.get());
        const auto writeConfig = [&](const QString& name, const QString& profile) {
            QFile file(tmp.filePath(name));
            const QByteArray text =
                QStringLiteral("[profile %1]\nrole_arn = "
                               "arn:aws:iam::111122223333:role/SecurityEngineer\n")
                    .arg(profile)
                    .toUtf8();
            return file.open(QIODevice::WriteOnly) && file.write(text) == text.size()
                       ? file.fileName()
                       : QString();
        };
        const QString first = writeConfig(QStringLiteral("first"), QStringLiteral("sec"));
        QVERIFY(!first.isEmpty());
        const auto imported = admin.importSavedRoles(first);
        REQUIRE_OK(imported.recorded);
        REQUIRE_OK(imported.summary);
        QCOMPARE(c.session->roleBookmarks().size(), 1);
        QCOMPARE(c.auditActions().last(), QStringLiteral("ImportAwsConfig:Success"));

        QVERIFY(RawSql::refuseAuditWrites(path));
        const int events = int(c.dir->auditEvents().size());
        const QString second = writeConfig(QStringLiteral("second"), QStringLiteral("other"));
        QVERIFY(!second.isEmpty());
        const auto refused = admin.importSavedRoles(second);
        REQUIRE_CODE(refused.recorded, "ServiceFailure");
        QVERIFY(!refused.summary);
        QCOMPARE(refused.summary.error(), refused.recorded.error());
        QCOMPARE(c.session->roleBookmarks().size(), 1);
        QCOMPARE(c.dir->auditEvents().size(), events);
    }

    void namesAreUniqueIgnoringCase()
    {
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.signIn(maria));
        DirectoryAdmin admin(c.session.get(), c.dir.get(), c.accessKeys.get(), c.mfaDevices.get());
        NewUserRequest request;
        request.accountId = prod;
        request.name = QStringLiteral("JOHN");
        REQUIRE_ERROR(admin.createUser(request), "EntityAlreadyExists",
                      "User with name JOHN already exists.");
        REQUIRE_CODE(admin.createGroup(prod, QStringLiteral("developers")), "EntityAlreadyExists");
        REQUIRE_CODE(admin.createRole(newRole(QStringLiteral("securityengineer"))),
                     "EntityAlreadyExists");
        REQUIRE_CODE(admin.updateUser(prod, QStringLiteral("Ana"), QStringLiteral("maria"), {}),
                     "EntityAlreadyExists");
        QCOMPARE(admin.undoStack()->count(), 0);
        const AuditEvent event = lastEvent(c);
        QCOMPARE(event.outcome, QStringLiteral("Failure"));
        QCOMPARE(event.detail, QStringLiteral("EntityAlreadyExists"));
    }

    void aUserInTenGroupsJoinsNoEleventh()
    {
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.signIn(maria));
        DirectoryAdmin admin(c.session.get(), c.dir.get(), c.accessKeys.get(), c.mfaDevices.get());
        // Paulo is in no group yet.
        for (int i = 1; i <= 10; ++i) {
            REQUIRE_OK(admin.createGroup(prod, QStringLiteral("G%1").arg(i)));
            REQUIRE_OK(admin.addUsersToGroup(prod, QStringLiteral("G%1").arg(i),
                                             {QStringLiteral("Paulo")}));
        }
        const int commands = admin.undoStack()->count();
        REQUIRE_ERROR(admin.addUsersToGroup(prod, QStringLiteral("Interns"),
                                            {QStringLiteral("Ana"), QStringLiteral("Paulo")}),
                      "LimitExceeded", "Cannot exceed quota for GroupsPerUser: 10");
        // One command: Ana did not join either.
        QVERIFY(c.dir->usersInGroup(prod, QStringLiteral("Interns")).isEmpty());
        QCOMPARE(admin.undoStack()->count(), commands);
        // Members already in are skipped.
        REQUIRE_OK(admin.addUsersToGroup(prod, QStringLiteral("G1"), {QStringLiteral("Paulo")}));
        QCOMPARE(admin.undoStack()->count(), commands);
        NewUserRequest request;
        request.accountId = prod;
        request.name = QStringLiteral("alice");
        for (int i = 1; i <= 10; ++i)
            request.groups << QStringLiteral("G%1").arg(i);
        request.groups << QStringLiteral("Interns");
        REQUIRE_CODE(admin.createUser(request), "LimitExceeded");
        QVERIFY(!c.dir->user(prod, QStringLiteral("alice")));
    }

    // --- compound edits: one transaction, one undo step, each action authorized and audited ---

    void groupMembersAreSetAsOneEdit()
    {
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.signIn(maria));
        DirectoryAdmin admin(c.session.get(), c.dir.get(), c.accessKeys.get(), c.mfaDevices.get());
        const int events = c.dir->auditEventCount();
        // Auditors has Li: Sam and Paulo join, Li leaves.
        REQUIRE_OK(admin.setGroupMembers(prod, QStringLiteral("Auditors"),
                                         {QStringLiteral("Sam"), QStringLiteral("Paulo")}));
        QCOMPARE(groupMembers(c, QStringLiteral("Auditors")),
                 QStringList({QStringLiteral("Paulo"), QStringLiteral("Sam")}));
        QCOMPARE(admin.undoStack()->count(), 1);
        const QList<AuditEvent> recorded = c.dir->auditEvents().mid(events);
        QCOMPARE(recorded.size(), 2);
        QCOMPARE(recorded.at(0).action, QStringLiteral("iam:AddUserToGroup"));
        QCOMPARE(recorded.at(1).action, QStringLiteral("iam:RemoveUserFromGroup"));
        QCOMPARE(recorded.at(1).target, groupArnPrefix + QStringLiteral("Auditors"));
        REQUIRE_OK(admin.undo());
        QCOMPARE(groupMembers(c, QStringLiteral("Auditors")), QStringList({QStringLiteral("Li")}));
        QCOMPARE(admin.undoStack()->index(), 0);
        // Nothing to change is no edit.
        REQUIRE_OK(admin.setGroupMembers(prod, QStringLiteral("Auditors"), {QStringLiteral("Li")}));
        QCOMPARE(admin.undoStack()->index(), 0);
        REQUIRE_CODE(admin.setGroupMembers(prod, QStringLiteral("Nobody"), {}), "NoSuchEntity");
        REQUIRE_CODE(admin.updateRoleSettings(prod, QStringLiteral("Nobody"), {}, 3600, {}),
                     "NoSuchEntity");
        // Whether it exists is not told to someone who may not ask.
        c.session->signOut();
        REQUIRE_OK(c.signIn(john));
        REQUIRE_CODE(admin.setGroupMembers(prod, QStringLiteral("Nobody"), {}), "AccessDenied");
        REQUIRE_CODE(admin.updateRoleSettings(prod, QStringLiteral("Nobody"), {}, 3600, {}),
                     "AccessDenied");
    }

    void aGroupMembersEditDeniedInPartChangesNothing()
    {
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_HELPER(
            addUserAllowedOnly(c, QStringLiteral("Adder"), QStringLiteral("iam:AddUserToGroup")));
        REQUIRE_OK(c.signIn(QStringLiteral("Adder")));
        DirectoryAdmin admin(c.session.get(), c.dir.get(), c.accessKeys.get(), c.mfaDevices.get());
        const auto denied =
            admin.setGroupMembers(prod, QStringLiteral("Auditors"), {QStringLiteral("Sam")});
        REQUIRE_CODE(denied, "AccessDenied");
        QVERIFY2(denied.error().message().contains(QStringLiteral("iam:RemoveUserFromGroup")),
                 qPrintable(denied.error().message()));
        QCOMPARE(groupMembers(c, QStringLiteral("Auditors")), QStringList({QStringLiteral("Li")}));
        QCOMPARE(admin.undoStack()->count(), 0);
        // Adding alone is what Adder may do.
        REQUIRE_OK(admin.setGroupMembers(prod, QStringLiteral("Auditors"),
                                         {QStringLiteral("Li"), QStringLiteral("Sam")}));
        QCOMPARE(groupMembers(c, QStringLiteral("Auditors")),
                 QStringList({QStringLiteral("Li"), QStringLiteral("Sam")}));
    }

    void aGroupMembersEditFailingHalfwayChangesNothing()
    {
        OPEN_DEMO_CONSOLE(c);
        for (int i = 1; i <= 10; ++i) {
            const QString group = QStringLiteral("Team%1").arg(i);
            REQUIRE_OK(c.dir->createGroup(prod, group));
            REQUIRE_OK(c.dir->addUserToGroup(prod, group, QStringLiteral("Paulo")));
        }
        REQUIRE_OK(c.signIn(maria));
        DirectoryAdmin admin(c.session.get(), c.dir.get(), c.accessKeys.get(), c.mfaDevices.get());
        // Ana joins first, then Paulo cannot: Ana does not stay, Li does not leave.
        REQUIRE_ERROR(admin.setGroupMembers(prod, QStringLiteral("Auditors"),
                                            {QStringLiteral("Ana"), QStringLiteral("Paulo")}),
                      "LimitExceeded", "Cannot exceed quota for GroupsPerUser: 10");
        QCOMPARE(groupMembers(c, QStringLiteral("Auditors")), QStringList({QStringLiteral("Li")}));
        QCOMPARE(admin.undoStack()->count(), 0);
    }

    void roleSettingsAreOneEdit()
    {
        OPEN_DEMO_CONSOLE(c);
        Role role = newRole(QStringLiteral("Deployer"));
        role.description = QStringLiteral("Deploys");
        role.permissionsBoundaryArn = policyArn(QStringLiteral("boundaries/ContractorBoundary"));
        REQUIRE_OK(c.dir->createRole(role));
        REQUIRE_OK(c.signIn(maria));
        DirectoryAdmin admin(c.session.get(), c.dir.get(), c.accessKeys.get(), c.mfaDevices.get());
        const int events = c.dir->auditEventCount();
        const auto updated = admin.updateRoleSettings(prod, QStringLiteral("Deployer"),
                                                      QStringLiteral("Ships"), 7200, {});
        REQUIRE_OK(updated);
        QCOMPARE(updated->description, QStringLiteral("Ships"));
        QCOMPARE(updated->maxSessionDuration, 7200);
        QVERIFY(updated->permissionsBoundaryArn.isEmpty());
        QCOMPARE(admin.undoStack()->count(), 1);
        const QList<AuditEvent> recorded = c.dir->auditEvents().mid(events);
        QCOMPARE(recorded.size(), 2);
        QCOMPARE(recorded.at(0).action, QStringLiteral("iam:UpdateRole"));
        QCOMPARE(recorded.at(1).action, QStringLiteral("iam:DeleteRolePermissionsBoundary"));
        REQUIRE_OK(admin.undo());
        const auto restored = c.dir->role(prod, QStringLiteral("Deployer"));
        QVERIFY(restored);
        QCOMPARE(restored->description, QStringLiteral("Deploys"));
        QCOMPARE(restored->maxSessionDuration, 3600);
        QCOMPARE(restored->permissionsBoundaryArn, role.permissionsBoundaryArn);

        // The boundary fails after the settings were written: neither stays.
        REQUIRE_CODE(admin.updateRoleSettings(prod, QStringLiteral("Deployer"),
                                              QStringLiteral("Ships"), 7200,
                                              policyArn(QStringLiteral("NoSuchPolicy"))),
                     "NoSuchEntity");
        QCOMPARE(c.dir->role(prod, QStringLiteral("Deployer"))->description,
                 QStringLiteral("Deploys"));
        QCOMPARE(c.dir->role(prod, QStringLiteral("Deployer"))->maxSessionDuration, 3600);
        QCOMPARE(admin.undoStack()->index(), 0);
    }

    void aRoleSettingsEditDeniedInPartChangesNothing()
    {
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.dir->createRole(newRole(QStringLiteral("Deployer"))));
        REQUIRE_HELPER(
            addUserAllowedOnly(c, QStringLiteral("Editor"), QStringLiteral("iam:UpdateRole")));
        REQUIRE_OK(c.signIn(QStringLiteral("Editor")));
        DirectoryAdmin admin(c.session.get(), c.dir.get(), c.accessKeys.get(), c.mfaDevices.get());
        const auto denied = admin.updateRoleSettings(
            prod, QStringLiteral("Deployer"), QStringLiteral("Ships"), 7200,
            policyArn(QStringLiteral("boundaries/ContractorBoundary")));
        REQUIRE_CODE(denied, "AccessDenied");
        QVERIFY2(
            denied.error().message().contains(QStringLiteral("iam:PutRolePermissionsBoundary")),
            qPrintable(denied.error().message()));
        QVERIFY(c.dir->role(prod, QStringLiteral("Deployer"))->description.isEmpty());
        QCOMPARE(admin.undoStack()->count(), 0);
    }

    void tenManagedPoliciesAndFiveVersionsAtMost()
    {
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.signIn(maria));
        DirectoryAdmin admin(c.session.get(), c.dir.get(), c.accessKeys.get(), c.mfaDevices.get());
        QStringList arns;
        for (int i = 1; i <= 11; ++i) {
            const auto policy = admin.createPolicy(prod, QStringLiteral("P%1").arg(i),
                                                   allow(QStringLiteral("s3:*")));
            REQUIRE_OK(policy);
            arns << policy->arn;
        }
        REQUIRE_ERROR(admin.attachPolicies(EntityKind::User, prod, QStringLiteral("Paulo"), arns),
                      "LimitExceeded", "Cannot exceed quota for PoliciesPerUser: 10");
        QVERIFY(c.dir->attachedPolicies(EntityKind::User, prod, QStringLiteral("Paulo")).isEmpty());
        REQUIRE_OK(
            admin.attachPolicies(EntityKind::User, prod, QStringLiteral("Paulo"), arns.mid(0, 10)));
        QCOMPARE(c.dir->attachedPolicies(EntityKind::User, prod, QStringLiteral("Paulo")).size(),
                 10);

        for (int v = 2; v <= 5; ++v) {
            const auto version =
                admin.createPolicyVersion(arns.first(), allow(QStringLiteral("ec2:*")), v == 5);
            REQUIRE_OK(version);
            QCOMPARE(version->versionId, QStringLiteral("v%1").arg(v));
        }
        REQUIRE_CODE(admin.createPolicyVersion(arns.first(), allow(QStringLiteral("ec2:*")), false),
                     "LimitExceeded");
        REQUIRE_CODE(admin.deletePolicyVersion(arns.first(), QStringLiteral("v5")),
                     "DeleteConflict"); // the default
        REQUIRE_OK(admin.setDefaultPolicyVersion(arns.first(), QStringLiteral("v2")));
        REQUIRE_OK(admin.deletePolicyVersion(arns.first(), QStringLiteral("v5")));
        QCOMPARE(c.dir->policyVersions(arns.first()).size(), 4);
    }

    void deletingAUserWithDependentsIsADeleteConflict()
    {
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.signIn(maria));
        DirectoryAdmin admin(c.session.get(), c.dir.get(), c.accessKeys.get(), c.mfaDevices.get());
        const UserDependents dependents = admin.userDependents(prod, john);
        QVERIFY(!dependents.isEmpty());
        QVERIFY(dependents.hasLoginProfile);
        QCOMPARE(dependents.groups.size(), 1);
        QCOMPARE(dependents.groups.first().name, QStringLiteral("Developers"));
        QVERIFY(dependents.accessKeys.isEmpty());
        REQUIRE_ERROR(admin.deleteUser(prod, john), "DeleteConflict",
                      "Cannot delete entity, must delete login profile first.");
        QVERIFY(c.dir->user(prod, john));
        QCOMPARE(admin.undoStack()->count(), 0);

        REQUIRE_CODE(admin.deleteGroup(prod, QStringLiteral("Developers")), "DeleteConflict");
        REQUIRE_OK(admin.deleteGroup(prod, QStringLiteral("Developers"), true));
        QVERIFY(!c.dir->group(prod, QStringLiteral("Developers")));
        QVERIFY(c.dir->groupsForUser(prod, john).isEmpty());
        REQUIRE_OK(admin.undo());
        QCOMPARE(c.dir->usersInGroup(prod, QStringLiteral("Developers")).size(), 3);
        QCOMPARE(
            c.dir->attachedPolicies(EntityKind::Group, prod, QStringLiteral("Developers")).size(),
            1);
        QCOMPARE(
            c.dir->inlinePolicies(EntityKind::Group, prod, QStringLiteral("Developers")).size(), 1);

        REQUIRE_CODE(admin.deleteRole(prod, QStringLiteral("CatPhotoApp")), "DeleteConflict");
        REQUIRE_CODE(admin.deletePolicy(policyArn(QStringLiteral("DeveloperAccess"))),
                     "DeleteConflict");
        REQUIRE_OK(admin.deletePolicy(policyArn(QStringLiteral("DeveloperAccess")), true));
        QVERIFY(!c.dir->policy(policyArn(QStringLiteral("DeveloperAccess"))));
        REQUIRE_OK(admin.undo());
        QCOMPARE(c.dir->policyAttachments(policyArn(QStringLiteral("DeveloperAccess"))).size(), 1);
    }

    void theConsoleDeleteRemovesEverythingAndIsUndoableWithoutSecrets()
    {
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.signIn(maria));
        DirectoryAdmin admin(c.session.get(), c.dir.get(), c.accessKeys.get(), c.mfaDevices.get());
        REQUIRE_OK(admin.putInlinePolicy(EntityKind::User, prod, john,
                                         {QStringLiteral("Extra"), allow(QStringLiteral("s3:*"))}));
        REQUIRE_OK(admin.attachPolicies(EntityKind::User, prod, john,
                                        {awsPolicyArn(QStringLiteral("ReadOnlyAccess"))}));
        const int commands = admin.undoStack()->count();
        const auto deleted = AsyncTesting::waitForResult<void>(
            [&](auto done) { admin.deleteUserWithDependents(prod, john, std::move(done)); }, 5000);
        QVERIFY(deleted.has_value());
        REQUIRE_OK(*deleted);
        QVERIFY(!c.dir->user(prod, john));
        QCOMPARE(admin.undoStack()->count(), commands + 1);
        REQUIRE_OK(admin.undo());
        const auto back = c.dir->user(prod, john);
        QVERIFY(back && back->hasConsolePassword);
        QCOMPARE(c.dir->groupsForUser(prod, john).size(), 1);
        QCOMPARE(c.dir->inlinePolicies(EntityKind::User, prod, john).size(), 1);
        QCOMPARE(c.dir->attachedPolicies(EntityKind::User, prod, john).size(), 1);
        REQUIRE_OK(c.signIn(john)); // the same password works again
    }

    void theConsoleDeleteOfAUserWithKeysRemovesSecretsAndIsFinal()
    {
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.signIn(maria));
        DirectoryAdmin admin(c.session.get(), c.dir.get(), c.accessKeys.get(), c.mfaDevices.get());
        REQUIRE_OK(admin.createGroup(prod, QStringLiteral("Ops")));
        const auto key = AsyncTesting::waitForResult<NewAccessKey>(
            [&](auto done) { c.accessKeys->create(prod, QStringLiteral("Ana"), done); }, 5000);
        QVERIFY(key && key->ok());
        QCOMPARE(c.secretKeys().size(), 1);
        const auto deleted = AsyncTesting::waitForResult<void>(
            [&](auto done) {
                admin.deleteUserWithDependents(prod, QStringLiteral("Ana"), std::move(done));
            },
            5000);
        QVERIFY(deleted.has_value());
        REQUIRE_OK(*deleted);
        QVERIFY(!c.dir->user(prod, QStringLiteral("Ana")));
        QVERIFY(c.secretKeys().isEmpty());
        QCOMPARE(admin.undoStack()->count(), 1); // only "Create group Ops"
        QCOMPARE(admin.undoStack()->text(0), QStringLiteral("Create group Ops"));
    }

    void johnCannotDeleteThroughTheConsoleDelete()
    {
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.signIn(john));
        DirectoryAdmin admin(c.session.get(), c.dir.get(), c.accessKeys.get(), c.mfaDevices.get());
        const auto deleted = AsyncTesting::waitForResult<void>(
            [&](auto done) {
                admin.deleteUserWithDependents(prod, QStringLiteral("Ana"), std::move(done));
            },
            5000);
        QVERIFY(deleted.has_value());
        REQUIRE_CODE(*deleted, "AccessDenied");
        QVERIFY(c.dir->user(prod, QStringLiteral("Ana")));
    }

    // --- passwords ----------------------------------------------------------

    void withoutAPolicyAwsDefaultApplies()
    {
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.signIn(maria));
        DirectoryAdmin admin(c.session.get(), c.dir.get(), c.accessKeys.get(), c.mfaDevices.get());
        QCOMPARE(admin.effectivePasswordPolicy(prod), PasswordPolicy::awsDefault());
        NewUserRequest request;
        request.accountId = prod;
        request.name = QStringLiteral("alice");
        request.consolePassword = QStringLiteral("abcdefgh");
        REQUIRE_CODE(admin.createUser(request), "PasswordPolicyViolation");
        QVERIFY(!c.dir->user(prod, QStringLiteral("alice")));
        QCOMPARE(admin.undoStack()->count(), 0);
        QCOMPARE(lastEvent(c).detail, QStringLiteral("PasswordPolicyViolation"));
    }

    void theAccountPolicyAppliesOnCreateAndReset()
    {
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.signIn(maria));
        DirectoryAdmin admin(c.session.get(), c.dir.get(), c.accessKeys.get(), c.mfaDevices.get());
        PasswordPolicy policy;
        policy.minimumLength = 12;
        policy.requireSymbols = true;
        policy.passwordReusePrevention = 2;
        REQUIRE_OK(admin.setPasswordPolicy(prod, policy));
        QCOMPARE(admin.effectivePasswordPolicy(prod), policy);
        PasswordPolicy wrong = policy;
        wrong.minimumLength = 4;
        REQUIRE_CODE(admin.setPasswordPolicy(prod, wrong), "ValidationError");

        NewUserRequest request;
        request.accountId = prod;
        request.name = QStringLiteral("alice");
        request.consolePassword = QStringLiteral("Abcdefgh1234");
        // AWS's message as IAM sends it; the unmet rule is shown beside it (violations()).
        REQUIRE_ERROR(admin.createUser(request), "PasswordPolicyViolation",
                      "Password does not conform to the account password policy.");
        QCOMPARE(admin.effectivePasswordPolicy(prod).violations(request.consolePassword),
                 QStringList{QStringLiteral(
                     "Password must contain at least one non-alphanumeric character (! @ # $ % "
                     "^ & * ( ) _ + - = [ ] { } | ').")});
        request.consolePassword = QStringLiteral("Abcdefgh123!");
        REQUIRE_OK(admin.createUser(request));

        const QString first = QStringLiteral("first-password!");
        const QString second = QStringLiteral("second-password!");
        REQUIRE_CODE(admin.setConsolePassword(prod, john, QStringLiteral("short!"), false),
                     "PasswordPolicyViolation");
        REQUIRE_OK(admin.setConsolePassword(prod, john, first, true));
        QVERIFY(c.dir->user(prod, john)->passwordResetRequired);
        REQUIRE_OK(admin.setConsolePassword(prod, john, second, false));
        // The last two passwords are refused, an older one is not.
        REQUIRE_ERROR(admin.setConsolePassword(prod, john, first, false), "PasswordPolicyViolation",
                      "Policy constraint violation with password reuse prevention during "
                      "password change.");
        REQUIRE_CODE(admin.setConsolePassword(prod, john, second, false),
                     "PasswordPolicyViolation");
        REQUIRE_OK(admin.setConsolePassword(prod, john, QStringLiteral("third-password!"), false));
        REQUIRE_OK(admin.setConsolePassword(prod, john, first, false));

        REQUIRE_OK(admin.removeConsolePassword(prod, john));
        QVERIFY(!c.dir->loginProfile(prod, john));
        REQUIRE_CODE(admin.removeConsolePassword(prod, john), "NoSuchEntity");
        REQUIRE_OK(admin.undo());
        QVERIFY(PasswordHasher::verify(first, c.dir->loginProfile(prod, john)->passwordHash));

        REQUIRE_OK(admin.deletePasswordPolicy(prod));
        QCOMPARE(admin.effectivePasswordPolicy(prod), PasswordPolicy::awsDefault());
        REQUIRE_CODE(admin.deletePasswordPolicy(prod), "NoSuchEntity");
        REQUIRE_OK(admin.undo());
        QCOMPARE(*c.dir->passwordPolicy(prod), policy);
        const AuditEvent event = lastEvent(c);
        QCOMPARE(event.action, QStringLiteral("iam:UpdateAccountPasswordPolicy"));
    }

    // --- roles, boundaries, tags ---------------------------------------------

    void rolesAreCreatedWithPoliciesAndEdited()
    {
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.signIn(maria));
        DirectoryAdmin admin(c.session.get(), c.dir.get(), c.accessKeys.get(), c.mfaDevices.get());
        Role role = newRole(QStringLiteral("Deployer"));
        role.path = QStringLiteral("/ci/");
        role.description = QStringLiteral("Deploys the service");
        role.permissionsBoundaryArn = policyArn(QStringLiteral("boundaries/ContractorBoundary"));
        role.tags = {{QStringLiteral("env"), QStringLiteral("prod")}};
        const auto created =
            admin.createRole(role, {awsPolicyArn(QStringLiteral("ReadOnlyAccess")),
                                    policyArn(QStringLiteral("CatPhotoUploadsAccess"))});
        REQUIRE_OK(created);
        QVERIFY(created->roleId.startsWith(QStringLiteral("AROA")));
        QCOMPARE(c.dir->attachedPolicies(EntityKind::Role, prod, QStringLiteral("Deployer")).size(),
                 2);
        QCOMPARE(c.dir->role(prod, QStringLiteral("Deployer"))->permissionsBoundaryArn,
                 role.permissionsBoundaryArn);

        const auto updated =
            admin.updateRole(prod, QStringLiteral("Deployer"), QStringLiteral("Deploys"), 7200);
        REQUIRE_OK(updated);
        QCOMPARE(updated->maxSessionDuration, 7200);
        REQUIRE_CODE(admin.updateRole(prod, QStringLiteral("Deployer"), {}, 60), "ValidationError");
        REQUIRE_CODE(
            admin.updateAssumeRolePolicy(prod, QStringLiteral("Deployer"), QStringLiteral("{")),
            "MalformedPolicyDocument");
        REQUIRE_OK(
            admin.setPermissionsBoundary(EntityKind::Role, prod, QStringLiteral("Deployer"), {}));
        QVERIFY(c.dir->role(prod, QStringLiteral("Deployer"))->permissionsBoundaryArn.isEmpty());
        REQUIRE_OK(admin.undo());
        QCOMPARE(c.dir->role(prod, QStringLiteral("Deployer"))->permissionsBoundaryArn,
                 role.permissionsBoundaryArn);

        REQUIRE_OK(admin.tagEntity(EntityKind::Role, prod, QStringLiteral("Deployer"),
                                   {{QStringLiteral("ENV"), QStringLiteral("dev")}}));
        QCOMPARE(c.dir->role(prod, QStringLiteral("Deployer"))->tags.size(), 1);
        REQUIRE_OK(admin.undo());
        QCOMPARE(c.dir->role(prod, QStringLiteral("Deployer"))->tags, role.tags);
        REQUIRE_OK(admin.untagEntity(EntityKind::Role, prod, QStringLiteral("Deployer"),
                                     {QStringLiteral("env")}));
        QVERIFY(c.dir->role(prod, QStringLiteral("Deployer"))->tags.isEmpty());

        REQUIRE_CODE(admin.deleteRole(prod, QStringLiteral("Deployer")), "DeleteConflict");
        REQUIRE_OK(admin.deleteRole(prod, QStringLiteral("Deployer"), true));
        QVERIFY(!c.dir->role(prod, QStringLiteral("Deployer")));
        REQUIRE_OK(admin.undo());
        QCOMPARE(c.dir->role(prod, QStringLiteral("Deployer"))->roleId, created->roleId);
    }

    void renamingAUserNeedsBothArns()
    {
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.signIn(maria));
        DirectoryAdmin admin(c.session.get(), c.dir.get(), c.accessKeys.get(), c.mfaDevices.get());
        const auto renamed = admin.updateUser(prod, QStringLiteral("Paulo"),
                                              QStringLiteral("Paolo"), QStringLiteral("/sales/"));
        REQUIRE_OK(renamed);
        QCOMPARE(renamed->arn().toString(),
                 QStringLiteral("arn:aws:iam::111122223333:user/sales/Paolo"));
        QCOMPARE(admin.undoStack()->text(0), QStringLiteral("Rename user Paulo to Paolo"));
        QSignalSpy renamedSignal(c.dir.get(), &Directory::entityRenamed);
        REQUIRE_OK(admin.undo());
        QCOMPARE(renamedSignal.size(), 1);
        QCOMPARE(renamedSignal.at(0).at(2).toString(), QStringLiteral("Paolo"));
        QCOMPARE(renamedSignal.at(0).at(3).toString(), QStringLiteral("Paulo"));
        QCOMPARE(c.dir->user(prod, QStringLiteral("Paulo"))->path, QStringLiteral("/"));

        const auto group =
            admin.updateGroup(prod, QStringLiteral("Interns"), QStringLiteral("Trainees"), {});
        REQUIRE_OK(group);
        QCOMPARE(group->name, QStringLiteral("Trainees"));
        REQUIRE_CODE(admin.updateGroup(prod, QStringLiteral("Nobody"), QStringLiteral("X"), {}),
                     "NoSuchEntity");
    }

    // --- imports and the organization ---------------------------------

    // An import is authorized as every action it performs: iam:Create* alone
    // does not replace an account, and a refusal changes nothing at all.
    void anImportByAUserWithOnlyCreateIsRefusedAndChangesNothing()
    {
        REQUIRE_TESTDATA(sampleFile());
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("d.sqlite"));
        OPEN_DEMO_CONSOLE(c, path);
        const QString target = QStringLiteral("123456789012");
        const QString iris = QStringLiteral("Iris");
        REQUIRE_OK(c.dir->createAccount(target));
        REQUIRE_OK(c.dir->createUser(target, iris));
        REQUIRE_OK(
            c.dir->setLoginProfile(target, iris, PasswordHasher::hash(QStringLiteral("pw"))));
        REQUIRE_OK(c.dir->putInlinePolicy(
            EntityKind::User, target, iris,
            {QStringLiteral("CreateOnly"), allow(QStringLiteral("iam:Create*"))}));
        REQUIRE_OK(c.session->signIn(target, iris, QStringLiteral("pw")));
        DirectoryAdmin admin(c.session.get(), c.dir.get(), c.accessKeys.get(), c.mfaDevices.get());
        const QStringList before = DirectoryTest::dumpEntityTables(path);
        const int events = c.dir->auditEventCount();

        const auto replaced = admin.importAuthzDetails(sample(), importOptions(true));
        REQUIRE_CODE(replaced, "AccessDenied");
        QVERIFY2(replaced.error().message().startsWith(
                     QStringLiteral("User: arn:aws:iam::123456789012:user/Iris is not authorized "
                                    "to perform: iam:DeleteUserPolicy on resource: "
                                    "arn:aws:iam::123456789012:user/Iris")),
                 qPrintable(replaced.error().message()));
        QCOMPARE(DirectoryTest::dumpEntityTables(path), before);
        QCOMPARE(admin.undoStack()->count(), 0);
        QCOMPARE(c.dir->auditEventCount(), events + 1);
        QCOMPARE(lastEvent(c).action, DirectoryAdmin::importEventName());
        QCOMPARE(lastEvent(c).outcome, QStringLiteral("Failure"));

        // Allowed to delete too, the first action the files need beyond creating is refused.
        REQUIRE_OK(c.dir->putInlinePolicy(
            EntityKind::User, target, iris,
            {QStringLiteral("Clear"), allow(QStringLiteral("iam:Delete*"))}));
        REQUIRE_OK(c.dir->putInlinePolicy(
            EntityKind::User, target, iris,
            {QStringLiteral("Detach"), allow(QStringLiteral("iam:Detach*"))}));
        const QStringList granted = DirectoryTest::dumpEntityTables(path);
        const auto created = admin.importAuthzDetails(sample(), importOptions(true));
        REQUIRE_CODE(created, "AccessDenied");
        const QString message = created.error().message();
        QVERIFY2(message.contains(QStringLiteral("is not authorized to perform: iam:")) &&
                     !message.contains(QStringLiteral("perform: iam:Create")) &&
                     !message.contains(QStringLiteral("perform: iam:Delete")),
                 qPrintable(message));
        QCOMPARE(DirectoryTest::dumpEntityTables(path), granted);
        QVERIFY(c.dir->user(target, iris));
    }

    void createAccountIsRefusedWithoutThePermission()
    {
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.signIn(john));
        DirectoryAdmin admin(c.session.get(), c.dir.get(), c.accessKeys.get(), c.mfaDevices.get());
        const int accounts = int(c.dir->accounts().size());
        NewAccountRequest request;
        request.name = QStringLiteral("Cat photo test");
        request.root.email = QStringLiteral("test@catphoto.example");
        const auto created = admin.createMemberAccount(request);
        REQUIRE_CODE(created, "AccessDenied");
        QVERIFY2(created.error().message().startsWith(QStringLiteral(
                     "User: arn:aws:iam::111122223333:user/John is not authorized "
                     "to perform: organizations:CreateAccount because no identity-based "
                     "policy allows")),
                 qPrintable(created.error().message()));
        QCOMPARE(c.dir->accounts().size(), accounts);
        QCOMPARE(lastEvent(c).action, QStringLiteral("organizations:CreateAccount"));
        QCOMPARE(lastEvent(c).outcome, QStringLiteral("Failure"));
    }

    // Maria, an administrator of the management account, adds an account:
    // it gets the role the management account switches into.
    void mariaAddsAMemberAccount()
    {
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.signIn(maria));
        DirectoryAdmin admin(c.session.get(), c.dir.get(), c.accessKeys.get(), c.mfaDevices.get());
        NewAccountRequest request;
        request.name = QStringLiteral("Cat photo test");
        request.root.email = QStringLiteral("test@catphoto.example");
        request.accessRole = OrganizationAccessRole::Access::ReadOnly;
        const auto made = admin.createMemberAccount(request);
        REQUIRE_OK(made);
        const MemberAccount* created = &made->account;
        QCOMPARE(created->name, request.name);
        QCOMPARE(created->email, request.root.email);
        QVERIFY(c.dir->findAccount(created->accountId));
        // Its root user signs in with the email and the password shown once.
        QCOMPARE(made->generatedRootPassword.size(), 16);
        {
            ConsoleSession root(c.dir.get(), &c.clock);
            REQUIRE_OK(root.signInRoot(request.root.email, made->generatedRootPassword));
            QCOMPARE(root.identity().account.id, created->accountId);
        }
        const auto role = c.dir->role(created->accountId, OrganizationAccessRole::roleName());
        QVERIFY(role);
        QVERIFY(role->trustPolicy.contains(QStringLiteral("arn:aws:iam::111122223333:root")));
        REQUIRE_OK(c.switchTo(created->accountId, OrganizationAccessRole::roleName()));
        QVERIFY(c.allowed(QStringLiteral("iam:ListUsers"),
                          QStringLiteral("arn:aws:iam::%1:user/").arg(created->accountId)));
        c.session->switchBack();
        // One undo step takes the account out again (organizations:CloseAccount).
        REQUIRE_OK(admin.undo());
        QVERIFY(!c.dir->findAccount(created->accountId));
        // A caller of a member account cannot, whatever its policies say.
        const QString dev = QStringLiteral("444455556666");
        const QString auditor = QStringLiteral("CrossAccountAuditor");
        REQUIRE_OK(c.dir->attachPolicy(EntityKind::Role, dev, auditor,
                                       awsPolicyArn(QStringLiteral("AdministratorAccess"))));
        REQUIRE_OK(c.switchTo(dev, auditor));
        QVERIFY(c.allowed(QStringLiteral("organizations:CreateAccount")));
        const auto fromMember = admin.createMemberAccount(request);
        REQUIRE_CODE(fromMember, "AccessDenied");
        QVERIFY2(fromMember.error().message().contains(QStringLiteral("management account")),
                 qPrintable(fromMember.error().message()));
    }

    // The whole import is one undo step: undo removes all of it, account included.
    void anImportIsOneUndoStep()
    {
        REQUIRE_TESTDATA(sampleFile());
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("d.sqlite"));
        OPEN_DEMO_CONSOLE(c, path);
        REQUIRE_OK(c.signIn(maria));
        DirectoryAdmin admin(c.session.get(), c.dir.get(), c.accessKeys.get(), c.mfaDevices.get());
        const QStringList before = DirectoryTest::dumpEntityTables(path);
        const auto summary = admin.importAuthzDetails(sample(), importOptions());
        REQUIRE_OK(summary);
        QCOMPARE(summary->users, 3);
        QCOMPARE(admin.undoStack()->count(), 1);
        QCOMPARE(admin.undoStack()->text(0), QStringLiteral("Import account 123456789012"));
        QCOMPARE(lastEvent(c).action, DirectoryAdmin::importEventName());
        QCOMPARE(lastEvent(c).outcome, QStringLiteral("Success"));
        const QStringList imported = DirectoryTest::dumpEntityTables(path);
        QVERIFY(imported != before);
        REQUIRE_OK(admin.undo());
        QCOMPARE(DirectoryTest::dumpEntityTables(path), before);
        REQUIRE_OK(admin.redo());
        QCOMPARE(DirectoryTest::dumpEntityTables(path), imported);
    }

    // Replacing an account is authorized inside it: Maria's own policies are
    // prod's; switched into the account's OrganizationAccountAccessRole she may.
    void replaceIsAuthorizedInsideTheTargetAccount()
    {
        REQUIRE_TESTDATA(sampleFile());
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.signIn(maria));
        DirectoryAdmin admin(c.session.get(), c.dir.get(), c.accessKeys.get(), c.mfaDevices.get());
        REQUIRE_OK(admin.importAuthzDetails(sample(), importOptions()));
        const QString target = QStringLiteral("123456789012");
        REQUIRE_OK(c.dir->createUser(target, QStringLiteral("Extra")));

        const auto fromProd = admin.importAuthzDetails(sample(), importOptions(true));
        REQUIRE_CODE(fromProd, "AccessDenied");
        QVERIFY2(fromProd.error().message().contains(
                     QStringLiteral("arn:aws:iam::111122223333:user/Maria is not authorized")),
                 qPrintable(fromProd.error().message()));
        QVERIFY(c.dir->user(target, QStringLiteral("Extra")));

        REQUIRE_OK(c.switchTo(target, OrganizationAccessRole::roleName()));
        const auto inside = admin.importAuthzDetails(sample(), importOptions(true));
        REQUIRE_OK(inside);
        QVERIFY(!c.dir->user(target, QStringLiteral("Extra")));
        QCOMPARE(c.dir->userCount(target), 3);
        // The way in stays: the replace keeps the role the organization added.
        QVERIFY(c.dir->role(target, OrganizationAccessRole::roleName()));
        QVERIFY(c.allowed(QStringLiteral("iam:ListUsers"),
                          QStringLiteral("arn:aws:iam::123456789012:user/")));
    }

    // The first import founds the organization: nobody could sign in yet.
    void theFirstImportIntoAnEmptyDirectoryNeedsNoCaller()
    {
        REQUIRE_TESTDATA(sampleFile());
        auto opened = Directory::open(TestEngine::freshLocation());
        REQUIRE_OK(opened);
        Directory& dir = *opened.value();
        ConsoleSession session(&dir, Clock::system());
        DirectoryAdmin admin(&session, &dir);
        const auto first = admin.importAuthzDetails(sample(), importOptions());
        REQUIRE_OK(first);
        QCOMPARE(dir.managementAccountId(), QStringLiteral("123456789012"));
        QVERIFY(!dir.role(QStringLiteral("123456789012"), OrganizationAccessRole::roleName()));
        // After that, an import is a caller's.
        const auto second = admin.importAuthzDetails(sample(), importOptions(true));
        REQUIRE_CODE(second, "AccessDenied");
        QCOMPARE(dir.userCount(QStringLiteral("123456789012")), 3);
    }

    // --- per-account quotas (issue 17 item 5) -----------------------------
    // IAM and AWS STS quotas, "IAM object quotas": users 5,000, groups 300,
    // roles 1,000, customer managed policies 1,500 per account:
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
    // LimitExceeded reads "Cannot exceed quota for <Name>: <limit>", as IAM answers
    // (e.g. "Cannot exceed quota for UsersPerAccount: 5000").

    void creationStopsAtTheAccountQuotas_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QString>("message");
        QTest::newRow("users") << int(EntityKind::User) << 5000
                               << "Cannot exceed quota for UsersPerAccount: 5000";
        QTest::newRow("groups") << int(EntityKind::Group) << 300
                                << "Cannot exceed quota for GroupsPerAccount: 300";
        QTest::newRow("roles") << int(EntityKind::Role) << 1000
                               << "Cannot exceed quota for RolesPerAccount: 1000";
        QTest::newRow("policies") << int(EntityKind::Policy) << 1500
                                  << "Cannot exceed quota for PoliciesPerAccount: 1500";
    }

    void creationStopsAtTheAccountQuotas()
    {
        QFETCH(int, kind);
        QFETCH(int, limit);
        QFETCH(QString, message);
        const auto entityKind = EntityKind(kind);
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.signIn(maria));
        DirectoryAdmin admin(c.session.get(), c.dir.get(), c.accessKeys.get(), c.mfaDevices.get());
        auto create = [&](const QString& name) -> Result<void> {
            switch (entityKind) {
            case EntityKind::User: {
                NewUserRequest request;
                request.accountId = prod;
                request.name = name;
                return done(admin.createUser(request));
            }
            case EntityKind::Group:
                return done(admin.createGroup(prod, name));
            case EntityKind::Role:
                return done(admin.createRole(newRole(name)));
            case EntityKind::Policy:
                return done(admin.createPolicy(prod, name, allow(QStringLiteral("s3:*"))));
            }
            return IamError::serviceFailure(QStringLiteral("unknown kind"));
        };
        // Filled up to one below the quota behind the console's back, in one transaction.
        const auto held = c.dir->entityCount(entityKind, prod);
        REQUIRE_OK(held);
        REQUIRE_OK(c.dir->runBulkChange([&]() -> Result<void> {
            for (int i = *held; i < limit - 1; ++i) {
                const QString name = QStringLiteral("fill%1").arg(i);
                Result<void> r;
                switch (entityKind) {
                case EntityKind::User:
                    r = done(c.dir->createUser(prod, name));
                    break;
                case EntityKind::Group:
                    r = done(c.dir->createGroup(prod, name));
                    break;
                case EntityKind::Role:
                    r = done(c.dir->createRole(newRole(name)));
                    break;
                case EntityKind::Policy:
                    r = done(c.dir->createPolicy(prod, name, allow(QStringLiteral("s3:*"))));
                    break;
                }
                if (!r)
                    return r;
            }
            return {};
        }));
        REQUIRE_OK(create(QStringLiteral("last")));
        QCOMPARE(*c.dir->entityCount(entityKind, prod), limit);
        const int events = c.dir->auditEventCount();
        REQUIRE_ERROR(create(QStringLiteral("oneTooMany")), "LimitExceeded", message);
        QCOMPARE(create(QStringLiteral("oneTooMany")).error().httpStatus(), 409);
        QCOMPARE(*c.dir->entityCount(entityKind, prod), limit);
        QCOMPARE(admin.undoStack()->count(), 1);
        QVERIFY(c.dir->auditEventCount() > events);
        QCOMPARE(lastEvent(c).detail, QStringLiteral("LimitExceeded"));
        // Another account has its own quota.
        REQUIRE_OK(c.dir->entityCount(entityKind, QStringLiteral("444455556666")));
    }

    // "Managed policies per role/user: 10 ... can be increased to 20" (IAM
    // object quotas, same page); the account's setting raises the limit.
    void managedPoliciesPerUserAndRoleRiseTo20AsTheAccountAllows()
    {
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.signIn(maria));
        DirectoryAdmin admin(c.session.get(), c.dir.get(), c.accessKeys.get(), c.mfaDevices.get());
        QStringList arns;
        for (int i = 1; i <= 21; ++i) {
            const auto policy = admin.createPolicy(prod, QStringLiteral("Q%1").arg(i),
                                                   allow(QStringLiteral("s3:*")));
            REQUIRE_OK(policy);
            arns << policy->arn;
        }
        REQUIRE_OK(admin.createRole(newRole(QStringLiteral("Wide"))));
        REQUIRE_OK(
            admin.attachPolicies(EntityKind::Role, prod, QStringLiteral("Wide"), arns.mid(0, 10)));
        REQUIRE_ERROR(
            admin.attachPolicies(EntityKind::Role, prod, QStringLiteral("Wide"), {arns.at(10)}),
            "LimitExceeded", "Cannot exceed quota for PoliciesPerRole: 10");

        // Raising it is servicequotas:RequestServiceQuotaIncrease, which Paulo (no policies) lacks.
        {
            OPEN_DEMO_CONSOLE(other);
            REQUIRE_OK(other.signIn(QStringLiteral("Paulo")));
            DirectoryAdmin paulos(other.session.get(), other.dir.get(), other.accessKeys.get(),
                                  other.mfaDevices.get());
            const auto denied = paulos.setManagedPoliciesQuota(prod, EntityKind::Role, 20);
            REQUIRE_CODE(denied, "AccessDenied");
            QVERIFY2(denied.error().message().contains(
                         QStringLiteral("servicequotas:RequestServiceQuotaIncrease on resource: "
                                        "arn:aws:servicequotas:*:111122223333:iam/*")),
                     qPrintable(denied.error().message()));
            QCOMPARE(*other.dir->accountQuota(prod, QStringLiteral("PoliciesPerRole")), 10);
        }
        REQUIRE_ERROR(admin.setManagedPoliciesQuota(prod, EntityKind::Role, 21), "InvalidInput",
                      "The quota PoliciesPerRole can be 10 to 20, not 21.");
        REQUIRE_CODE(admin.setManagedPoliciesQuota(prod, EntityKind::Group, 20), "InvalidInput");
        REQUIRE_OK(admin.setManagedPoliciesQuota(prod, EntityKind::Role, 20));
        QCOMPARE(*c.dir->accountQuota(prod, QStringLiteral("PoliciesPerRole")), 20);
        QCOMPARE(*c.dir->accountQuota(prod, QStringLiteral("PoliciesPerUser")), 10);
        QCOMPARE(
            *c.dir->accountQuota(QStringLiteral("444455556666"), QStringLiteral("PoliciesPerRole")),
            10);
        REQUIRE_OK(
            admin.attachPolicies(EntityKind::Role, prod, QStringLiteral("Wide"), arns.mid(10, 10)));
        REQUIRE_ERROR(
            admin.attachPolicies(EntityKind::Role, prod, QStringLiteral("Wide"), {arns.at(20)}),
            "LimitExceeded", "Cannot exceed quota for PoliciesPerRole: 20");
        // Users keep theirs until it is raised too; groups stay at 10.
        REQUIRE_OK(
            admin.attachPolicies(EntityKind::User, prod, QStringLiteral("Paulo"), arns.mid(0, 10)));
        REQUIRE_ERROR(
            admin.attachPolicies(EntityKind::User, prod, QStringLiteral("Paulo"), {arns.at(10)}),
            "LimitExceeded", "Cannot exceed quota for PoliciesPerUser: 10");
        // The setting is one undo step.
        REQUIRE_OK(admin.undo()); // the failed attach made no step: this undoes Paulo's
        REQUIRE_OK(admin.undo()); // the second ten of Wide
        REQUIRE_OK(admin.undo()); // the quota
        QCOMPARE(*c.dir->accountQuota(prod, QStringLiteral("PoliciesPerRole")), 10);
    }

    // An export of an account that holds more than the quotas is imported as
    // it is (AWS let the account hold it), with a warning in the summary.
    void anImportOverTheQuotaIsNotRefusedButWarned()
    {
        const QString account = QStringLiteral("123456789012");
        QJsonArray groups;
        for (int i = 0; i < 301; ++i)
            groups.append(
                QJsonObject{{QStringLiteral("Path"), QStringLiteral("/")},
                            {QStringLiteral("GroupName"), QStringLiteral("g%1").arg(i)},
                            {QStringLiteral("GroupId"),
                             QStringLiteral("AGPA%1").arg(i, 17, 10, QLatin1Char('0'))},
                            {QStringLiteral("Arn"),
                             QStringLiteral("arn:aws:iam::%1:group/g%2").arg(account).arg(i)},
                            {QStringLiteral("CreateDate"), QStringLiteral("2024-01-01T00:00:00Z")},
                            {QStringLiteral("GroupPolicyList"), QJsonArray()},
                            {QStringLiteral("AttachedManagedPolicies"), QJsonArray()}});
        const QJsonObject details{{QStringLiteral("UserDetailList"), QJsonArray()},
                                  {QStringLiteral("GroupDetailList"), groups},
                                  {QStringLiteral("RoleDetailList"), QJsonArray()},
                                  {QStringLiteral("Policies"), QJsonArray()}};
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.signIn(maria));
        DirectoryAdmin admin(c.session.get(), c.dir.get(), c.accessKeys.get(), c.mfaDevices.get());
        const auto summary = admin.importAuthzDetails(
            {{QStringLiteral("many-groups.json"), QJsonDocument(details).toJson()}},
            importOptions());
        REQUIRE_OK(summary);
        QCOMPARE(summary->groups, 301);
        QCOMPARE(*c.dir->entityCount(EntityKind::Group, account), 301);
        QVERIFY2(summary->warnings.contains(
                     QStringLiteral("The account holds 301 group entities: creating another is "
                                    "refused (Cannot exceed quota for GroupsPerAccount: 300).")),
                 qPrintable(summary->warnings.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestDirectoryAdmin)
#include "tst_directoryadmin.moc"
