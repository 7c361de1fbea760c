#include "common/resultassertions.h"
#include "iamendpointtesting.h"

#include <QUrl>

namespace {
const QString trust = QStringLiteral(
    R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow",)"
    R"("Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sts:AssumeRole"}]})");
const QString readOnly = QStringLiteral("arn:aws:iam::aws:policy/ReadOnlyAccess");
const QString inlineDocument =
    QStringLiteral(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow",)"
                   R"("Action":"s3:GetObject","Resource":"*"}]})");
} // namespace

class TestIamRoleOperations : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<IamEndpointTesting> t;
    Directory& dir() { return *t->demo->dir; }

    IamEndpointTesting::Answer createRole(const QString& name)
    {
        return t->call(QStringLiteral("Maria"), form({"Action", "CreateRole", "RoleName", name,
                                                      "AssumeRolePolicyDocument", trust}));
    }

private slots:
    void init()
    {
        t = std::make_unique<IamEndpointTesting>();
        REQUIRE_OK(t->start(
            QStringList{QStringLiteral("Maria"), QStringLiteral("Paulo"), QStringLiteral("Sam")}));
    }
    void cleanup() { t.reset(); }

    void listRolesPagesThroughEveryRole()
    {
        QStringList names;
        QString marker;
        int pages = 0;
        do {
            auto request = form({"Action", "ListRoles", "MaxItems", "2"});
            if (!marker.isEmpty())
                request.append({QStringLiteral("Marker"), marker});
            const auto answer = t->call(QStringLiteral("Maria"), request);
            QCOMPARE(answer.status, 200);
            const QStringList page = answer.texts(QStringLiteral("RoleName"));
            QVERIFY(page.size() <= 2);
            names += page;
            marker = answer.text(QStringLiteral("IsTruncated")) == QLatin1String("true")
                         ? answer.text(QStringLiteral("Marker"))
                         : QString();
            QVERIFY(++pages < 10);
        } while (!marker.isEmpty());
        QStringList expected;
        for (const Role& role : dir().roles(IamEndpointTesting::Account))
            expected << role.name;
        QCOMPARE(names, expected);
        QVERIFY(pages >= 3);

        const auto none = t->call(QStringLiteral("Maria"),
                                  form({"Action", "ListRoles", "PathPrefix", "/nowhere/"}));
        QCOMPARE(none.texts(QStringLiteral("RoleName")), QStringList());
        QCOMPARE(none.text(QStringLiteral("IsTruncated")), QStringLiteral("false"));
    }

    void getRoleAnswersTheEncodedTrustPolicy()
    {
        const auto answer = t->call(QStringLiteral("Maria"),
                                    form({"Action", "GetRole", "RoleName", "CatPhotoApp"}));
        QCOMPARE(answer.status, 200);
        const Role role = *dir().role(IamEndpointTesting::Account, QStringLiteral("CatPhotoApp"));
        QCOMPARE(answer.text(QStringLiteral("Arn")), role.arn().toString());
        QCOMPARE(answer.text(QStringLiteral("RoleId")), role.roleId);
        const QString encoded = answer.text(QStringLiteral("AssumeRolePolicyDocument"));
        QVERIFY(!encoded.contains(QLatin1Char('{')));
        QCOMPARE(QUrl::fromPercentEncoding(encoded.toLatin1()), role.trustPolicy);

        const auto missing =
            t->call(QStringLiteral("Maria"), form({"Action", "GetRole", "RoleName", "Nope"}));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.code(), QStringLiteral("NoSuchEntity"));
        QCOMPARE(missing.text(QStringLiteral("Message")),
                 QStringLiteral("The role with name Nope cannot be found."));
    }

    void createRoleStoresEveryParameter()
    {
        const auto answer =
            t->call(QStringLiteral("Maria"),
                    form({"Action", "CreateRole", "RoleName", "Uploader",
                          "AssumeRolePolicyDocument", trust, "Path", "/app/", "Description",
                          "uploads", "MaxSessionDuration", "7200", "PermissionsBoundary", readOnly,
                          "Tags.member.1.Key", "team", "Tags.member.1.Value", "photo"}));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.text(QStringLiteral("Arn")),
                 QStringLiteral("arn:aws:iam::111122223333:role/app/Uploader"));
        const auto role = dir().role(IamEndpointTesting::Account, QStringLiteral("Uploader"));
        QVERIFY(role);
        QCOMPARE(role->path, QStringLiteral("/app/"));
        QCOMPARE(role->description, QStringLiteral("uploads"));
        QCOMPARE(role->maxSessionDuration, 7200);
        QCOMPARE(role->permissionsBoundaryArn, readOnly);
        QCOMPARE(role->tags.size(), 1);
        QCOMPARE(answer.text(QStringLiteral("PermissionsBoundaryArn")), readOnly);
    }

    void createRoleRefusesDuplicatesBadDocumentsAndDurations()
    {
        const auto duplicate = createRole(QStringLiteral("catphotoapp"));
        QCOMPARE(duplicate.status, 409);
        QCOMPARE(duplicate.code(), QStringLiteral("EntityAlreadyExists"));

        const auto malformed =
            t->call(QStringLiteral("Maria"), form({"Action", "CreateRole", "RoleName", "Broken",
                                                   "AssumeRolePolicyDocument", "{not json"}));
        QCOMPARE(malformed.status, 400);
        QCOMPARE(malformed.code(), QStringLiteral("MalformedPolicyDocument"));

        const auto tooLong =
            t->call(QStringLiteral("Maria"),
                    form({"Action", "CreateRole", "RoleName", "Long", "AssumeRolePolicyDocument",
                          trust, "MaxSessionDuration", "50000"}));
        QCOMPARE(tooLong.status, 400);
        QCOMPARE(tooLong.code(), QStringLiteral("ValidationError"));

        const auto noTrust =
            t->call(QStringLiteral("Maria"), form({"Action", "CreateRole", "RoleName", "NoTrust"}));
        QCOMPARE(noTrust.code(), QStringLiteral("ValidationError"));
        QVERIFY(!dir().role(IamEndpointTesting::Account, QStringLiteral("Broken")));
        QVERIFY(!dir().role(IamEndpointTesting::Account, QStringLiteral("Long")));
    }

    void updatesChangeOnlyWhatTheyAreGiven()
    {
        QCOMPARE(createRole(QStringLiteral("Worker")).status, 200);
        auto answer = t->call(
            QStringLiteral("Maria"),
            form({"Action", "UpdateRole", "RoleName", "Worker", "MaxSessionDuration", "10800"}));
        QCOMPARE(answer.status, 200);
        answer =
            t->call(QStringLiteral("Maria"), form({"Action", "UpdateRoleDescription", "RoleName",
                                                   "Worker", "Description", "does work"}));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.text(QStringLiteral("Description")), QStringLiteral("does work"));
        QCOMPARE(answer.text(QStringLiteral("MaxSessionDuration")), QStringLiteral("10800"));

        const QString newTrust = QString(trust).replace(QStringLiteral("111122223333:root"),
                                                        QStringLiteral("444455556666:root"));
        answer =
            t->call(QStringLiteral("Maria"), form({"Action", "UpdateAssumeRolePolicy", "RoleName",
                                                   "Worker", "PolicyDocument", newTrust}));
        QCOMPARE(answer.status, 200);
        const auto role = dir().role(IamEndpointTesting::Account, QStringLiteral("Worker"));
        QCOMPARE(role->trustPolicy, newTrust);
        QCOMPARE(role->description, QStringLiteral("does work"));
        QCOMPARE(role->maxSessionDuration, 10800);

        const auto missing =
            t->call(QStringLiteral("Maria"), form({"Action", "UpdateRole", "RoleName", "Nope"}));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.code(), QStringLiteral("NoSuchEntity"));
    }

    void tagsAndBoundary()
    {
        QCOMPARE(createRole(QStringLiteral("Tagged")).status, 200);
        auto answer = t->call(QStringLiteral("Maria"),
                              form({"Action", "TagRole", "RoleName", "Tagged", "Tags.member.1.Key",
                                    "a", "Tags.member.1.Value", "1", "Tags.member.2.Key", "b",
                                    "Tags.member.2.Value", "2"}));
        QCOMPARE(answer.status, 200);
        answer =
            t->call(QStringLiteral("Maria"),
                    form({"Action", "UntagRole", "RoleName", "Tagged", "TagKeys.member.1", "a"}));
        QCOMPARE(answer.status, 200);
        answer = t->call(QStringLiteral("Maria"),
                         form({"Action", "ListRoleTags", "RoleName", "Tagged"}));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.texts(QStringLiteral("Key")), QStringList{QStringLiteral("b")});
        QCOMPARE(answer.text(QStringLiteral("IsTruncated")), QStringLiteral("false"));

        answer = t->call(QStringLiteral("Maria"),
                         form({"Action", "PutRolePermissionsBoundary", "RoleName", "Tagged",
                               "PermissionsBoundary", readOnly}));
        QCOMPARE(answer.status, 200);
        QCOMPARE(dir()
                     .role(IamEndpointTesting::Account, QStringLiteral("Tagged"))
                     ->permissionsBoundaryArn,
                 readOnly);
        answer = t->call(QStringLiteral("Maria"),
                         form({"Action", "DeleteRolePermissionsBoundary", "RoleName", "Tagged"}));
        QCOMPARE(answer.status, 200);
        QVERIFY(dir()
                    .role(IamEndpointTesting::Account, QStringLiteral("Tagged"))
                    ->permissionsBoundaryArn.isEmpty());
    }

    void attachedPolicies()
    {
        QCOMPARE(createRole(QStringLiteral("Reader")).status, 200);
        auto answer = t->call(
            QStringLiteral("Maria"),
            form({"Action", "AttachRolePolicy", "RoleName", "Reader", "PolicyArn", readOnly}));
        QCOMPARE(answer.status, 200);
        answer = t->call(QStringLiteral("Maria"),
                         form({"Action", "ListAttachedRolePolicies", "RoleName", "Reader"}));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.texts(QStringLiteral("PolicyArn")), QStringList{readOnly});
        QCOMPARE(answer.texts(QStringLiteral("PolicyName")),
                 QStringList{QStringLiteral("ReadOnlyAccess")});

        // A role with policies cannot be deleted.
        answer =
            t->call(QStringLiteral("Maria"), form({"Action", "DeleteRole", "RoleName", "Reader"}));
        QCOMPARE(answer.status, 409);
        QCOMPARE(answer.code(), QStringLiteral("DeleteConflict"));

        answer = t->call(QStringLiteral("Maria"),
                         form({"Action", "AttachRolePolicy", "RoleName", "Reader", "PolicyArn",
                               "arn:aws:iam::aws:policy/NoSuchPolicy"}));
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.code(), QStringLiteral("NoSuchEntity"));

        answer = t->call(QStringLiteral("Maria"), form({"Action", "DetachRolePolicy", "RoleName",
                                                        "Reader", "PolicyArn", readOnly}));
        QCOMPARE(answer.status, 200);
        QVERIFY(dir()
                    .attachedPolicies(EntityKind::Role, IamEndpointTesting::Account,
                                      QStringLiteral("Reader"))
                    .isEmpty());
        answer =
            t->call(QStringLiteral("Maria"), form({"Action", "DeleteRole", "RoleName", "Reader"}));
        QCOMPARE(answer.status, 200);
        QVERIFY(!dir().role(IamEndpointTesting::Account, QStringLiteral("Reader")));
    }

    void inlinePolicies()
    {
        QCOMPARE(createRole(QStringLiteral("Inline")).status, 200);
        auto answer = t->call(QStringLiteral("Maria"),
                              form({"Action", "PutRolePolicy", "RoleName", "Inline", "PolicyName",
                                    "Get", "PolicyDocument", inlineDocument}));
        QCOMPARE(answer.status, 200);
        answer =
            t->call(QStringLiteral("Maria"),
                    form({"Action", "GetRolePolicy", "RoleName", "Inline", "PolicyName", "Get"}));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.text(QStringLiteral("RoleName")), QStringLiteral("Inline"));
        QCOMPARE(
            QUrl::fromPercentEncoding(answer.text(QStringLiteral("PolicyDocument")).toLatin1()),
            inlineDocument);
        answer = t->call(QStringLiteral("Maria"),
                         form({"Action", "ListRolePolicies", "RoleName", "Inline"}));
        QCOMPARE(answer.texts(QStringLiteral("member")), QStringList{QStringLiteral("Get")});

        answer =
            t->call(QStringLiteral("Maria"), form({"Action", "PutRolePolicy", "RoleName", "Inline",
                                                   "PolicyName", "Bad", "PolicyDocument", "[]"}));
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.code(), QStringLiteral("MalformedPolicyDocument"));

        answer = t->call(QStringLiteral("Maria"), form({"Action", "DeleteRolePolicy", "RoleName",
                                                        "Inline", "PolicyName", "Get"}));
        QCOMPARE(answer.status, 200);
        answer =
            t->call(QStringLiteral("Maria"),
                    form({"Action", "GetRolePolicy", "RoleName", "Inline", "PolicyName", "Get"}));
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.code(), QStringLiteral("NoSuchEntity"));
    }

    void deniedReadsAndEditsChangeNothing()
    {
        // Paulo has no policies at all.
        const auto read = t->call(QStringLiteral("Paulo"),
                                  form({"Action", "GetRole", "RoleName", "CatPhotoApp"}));
        QCOMPARE(read.status, 403);
        QCOMPARE(read.code(), QStringLiteral("AccessDenied"));
        QVERIFY(read.text(QStringLiteral("Message"))
                    .startsWith(QStringLiteral(
                        "User: arn:aws:iam::111122223333:user/Paulo is not authorized to "
                        "perform: iam:GetRole on resource: ")));
        const auto list = t->call(QStringLiteral("Paulo"), form({"Action", "ListRoles"}));
        QCOMPARE(list.code(), QStringLiteral("AccessDenied"));

        // Sam may read IAM but not change it.
        const int roles = dir().roleCount(IamEndpointTesting::Account);
        const auto samReads =
            t->call(QStringLiteral("Sam"), form({"Action", "GetRole", "RoleName", "CatPhotoApp"}));
        QCOMPARE(samReads.status, 200);
        const auto samCreates =
            t->call(QStringLiteral("Sam"), form({"Action", "CreateRole", "RoleName", "SamsRole",
                                                 "AssumeRolePolicyDocument", trust}));
        QCOMPARE(samCreates.status, 403);
        QCOMPARE(samCreates.code(), QStringLiteral("AccessDenied"));
        const auto samAttaches = t->call(
            QStringLiteral("Sam"),
            form({"Action", "AttachRolePolicy", "RoleName", "CatPhotoApp", "PolicyArn", readOnly}));
        QCOMPARE(samAttaches.code(), QStringLiteral("AccessDenied"));
        QCOMPARE(dir().roleCount(IamEndpointTesting::Account), roles);
        QVERIFY(!dir().role(IamEndpointTesting::Account, QStringLiteral("SamsRole")));
        for (const ManagedPolicy& p : dir().attachedPolicies(
                 EntityKind::Role, IamEndpointTesting::Account, QStringLiteral("CatPhotoApp")))
            QVERIFY(p.arn != readOnly);
    }
};

QTEST_GUILESS_MAIN(TestIamRoleOperations)
#include "tst_iamroleoperations.moc"
