#include "demoendpoint.h"

#include "directory/loginprofile.h"

#include <QTest>

using P = EndpointTestClient::Parameters;

// The user operations of the endpoint's IAM API, driven in-process as a
// signed client: Maria is the demo's administrator, John a developer
// without IAM permissions.
class TestIamUserOperations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void updateUserRenamesAndMoves()
    {
        OPEN_DEMO_ENDPOINT(d);
        auto maria = d.clientAs(QStringLiteral("Maria"));
        REQUIRE_ANSWER_OK(maria->call(QStringLiteral("UpdateUser"),
                                      P{{QStringLiteral("UserName"), QStringLiteral("Paulo")},
                                        {QStringLiteral("NewUserName"), QStringLiteral("Paolo")},
                                        {QStringLiteral("NewPath"), QStringLiteral("/sales/")}}));
        const auto user =
            maria->call(QStringLiteral("GetUser"), P{{QStringLiteral("UserName"), "Paolo"}});
        REQUIRE_ANSWER_OK(user);
        QCOMPARE(user.value(QStringLiteral("User/Path")), QStringLiteral("/sales/"));
        QCOMPARE(user.value(QStringLiteral("User/Arn")),
                 QStringLiteral("arn:aws:iam::111122223333:user/sales/Paolo"));
        QVERIFY(!d.demo->dir->user(DemoEndpoint::account, QStringLiteral("Paulo")));

        const auto missing = maria->call(QStringLiteral("UpdateUser"),
                                         P{{QStringLiteral("UserName"), QStringLiteral("Nobody")},
                                           {QStringLiteral("NewUserName"), QStringLiteral("X")}});
        REQUIRE_ANSWER_ERROR(missing, 404, "NoSuchEntity");
    }

    void tagsAreAddedListedPagedAndRemoved()
    {
        OPEN_DEMO_ENDPOINT(d);
        auto maria = d.clientAs(QStringLiteral("Maria"));
        REQUIRE_ANSWER_OK(maria->call(QStringLiteral("TagUser"),
                                      P{{QStringLiteral("UserName"), QStringLiteral("Paulo")},
                                        {QStringLiteral("Tags.member.1.Key"), "project"},
                                        {QStringLiteral("Tags.member.1.Value"), "cats"}}));
        // Two pages of one tag each: team, project.
        const auto first = maria->call(QStringLiteral("ListUserTags"),
                                       P{{QStringLiteral("UserName"), QStringLiteral("Paulo")},
                                         {QStringLiteral("MaxItems"), QStringLiteral("1")}});
        REQUIRE_ANSWER_OK(first);
        QCOMPARE(first.values(QStringLiteral("Tags/member/Key")).size(), 1);
        QCOMPARE(first.value(QStringLiteral("IsTruncated")), QStringLiteral("true"));
        const QString marker = first.value(QStringLiteral("Marker"));
        QVERIFY(!marker.isEmpty());
        const auto second = maria->call(QStringLiteral("ListUserTags"),
                                        P{{QStringLiteral("UserName"), QStringLiteral("Paulo")},
                                          {QStringLiteral("MaxItems"), QStringLiteral("1")},
                                          {QStringLiteral("Marker"), marker}});
        REQUIRE_ANSWER_OK(second);
        QCOMPARE(second.value(QStringLiteral("IsTruncated")), QStringLiteral("false"));
        QVERIFY(!second.has(QStringLiteral("Marker")));
        QStringList keys = first.values(QStringLiteral("Tags/member/Key")) +
                           second.values(QStringLiteral("Tags/member/Key"));
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("project"), QStringLiteral("team")}));

        REQUIRE_ANSWER_OK(maria->call(QStringLiteral("UntagUser"),
                                      P{{QStringLiteral("UserName"), QStringLiteral("Paulo")},
                                        {QStringLiteral("TagKeys.member.1"), "project"}}));
        const auto after = maria->call(QStringLiteral("ListUserTags"),
                                       P{{QStringLiteral("UserName"), QStringLiteral("Paulo")}});
        QCOMPARE(after.values(QStringLiteral("Tags/member/Key")),
                 QStringList{QStringLiteral("team")});

        REQUIRE_ANSWER_ERROR(
            maria->call(QStringLiteral("ListUserTags"), P{{QStringLiteral("UserName"), "Nobody"}}),
            404, "NoSuchEntity");
        const auto noTags = maria->call(QStringLiteral("TagUser"),
                                        P{{QStringLiteral("UserName"), QStringLiteral("Paulo")}});
        REQUIRE_ANSWER_ERROR(noTags, 400, "ValidationError");
        const auto badMarker = maria->call(QStringLiteral("ListUserTags"),
                                           P{{QStringLiteral("UserName"), "Paulo"},
                                             {QStringLiteral("Marker"), QStringLiteral("nope")}});
        REQUIRE_ANSWER_ERROR(badMarker, 400, "ValidationError");
    }

    void listGroupsForUser()
    {
        OPEN_DEMO_ENDPOINT(d);
        auto maria = d.clientAs(QStringLiteral("Maria"));
        const auto groups = maria->call(QStringLiteral("ListGroupsForUser"),
                                        P{{QStringLiteral("UserName"), QStringLiteral("John")}});
        REQUIRE_ANSWER_OK(groups);
        QCOMPARE(groups.values(QStringLiteral("Groups/member/GroupName")),
                 QStringList{QStringLiteral("Developers")});
        QCOMPARE(groups.value(QStringLiteral("Groups/member/Arn")),
                 QStringLiteral("arn:aws:iam::111122223333:group/Developers"));
        REQUIRE_ANSWER_ERROR(maria->call(QStringLiteral("ListGroupsForUser"),
                                         P{{QStringLiteral("UserName"), "Nobody"}}),
                             404, "NoSuchEntity");
    }

    void permissionsBoundaryIsPutAndDeleted()
    {
        OPEN_DEMO_ENDPOINT(d);
        auto maria = d.clientAs(QStringLiteral("Maria"));
        const QString boundary =
            QStringLiteral("arn:aws:iam::111122223333:policy/boundaries/ContractorBoundary");
        REQUIRE_ANSWER_OK(maria->call(QStringLiteral("PutUserPermissionsBoundary"),
                                      P{{QStringLiteral("UserName"), QStringLiteral("Paulo")},
                                        {QStringLiteral("PermissionsBoundary"), boundary}}));
        const auto user =
            maria->call(QStringLiteral("GetUser"), P{{QStringLiteral("UserName"), "Paulo"}});
        QCOMPARE(user.value(QStringLiteral("PermissionsBoundary/PermissionsBoundaryArn")),
                 boundary);
        REQUIRE_ANSWER_OK(maria->call(QStringLiteral("DeleteUserPermissionsBoundary"),
                                      P{{QStringLiteral("UserName"), QStringLiteral("Paulo")}}));
        QVERIFY(d.demo->dir->user(DemoEndpoint::account, QStringLiteral("Paulo"))
                    ->permissionsBoundaryArn.isEmpty());
        REQUIRE_ANSWER_ERROR(maria->call(QStringLiteral("DeleteUserPermissionsBoundary"),
                                         P{{QStringLiteral("UserName"), "Nobody"}}),
                             404, "NoSuchEntity");
    }

    void loginProfileLifecycle()
    {
        OPEN_DEMO_ENDPOINT(d);
        auto maria = d.clientAs(QStringLiteral("Maria"));
        REQUIRE_ANSWER_OK(
            maria->call(QStringLiteral("CreateUser"), P{{QStringLiteral("UserName"), "Zoe"}}));
        const QString password = QStringLiteral("Sw1tchboard!Pass");
        const auto created =
            maria->call(QStringLiteral("CreateLoginProfile"),
                        P{{QStringLiteral("UserName"), QStringLiteral("Zoe")},
                          {QStringLiteral("Password"), password},
                          {QStringLiteral("PasswordResetRequired"), QStringLiteral("true")}});
        REQUIRE_ANSWER_OK(created);
        QCOMPARE(created.value(QStringLiteral("LoginProfile/UserName")), QStringLiteral("Zoe"));
        QCOMPARE(created.value(QStringLiteral("LoginProfile/PasswordResetRequired")),
                 QStringLiteral("true"));
        QVERIFY(created.has(QStringLiteral("LoginProfile/CreateDate")));
        QVERIFY(!created.body.contains(password.toUtf8())); // never echoed

        REQUIRE_ANSWER_ERROR(maria->call(QStringLiteral("CreateLoginProfile"),
                                         P{{QStringLiteral("UserName"), QStringLiteral("Zoe")},
                                           {QStringLiteral("Password"), password}}),
                             409, "EntityAlreadyExists");

        const auto got = maria->call(QStringLiteral("GetLoginProfile"),
                                     P{{QStringLiteral("UserName"), QStringLiteral("Zoe")}});
        REQUIRE_ANSWER_OK(got);
        QCOMPARE(got.value(QStringLiteral("LoginProfile/UserName")), QStringLiteral("Zoe"));

        REQUIRE_ANSWER_OK(
            maria->call(QStringLiteral("UpdateLoginProfile"),
                        P{{QStringLiteral("UserName"), QStringLiteral("Zoe")},
                          {QStringLiteral("Password"), QStringLiteral("An0ther!Password")},
                          {QStringLiteral("PasswordResetRequired"), QStringLiteral("false")}}));
        QVERIFY(!d.demo->dir->loginProfile(DemoEndpoint::account, QStringLiteral("Zoe"))
                     ->passwordResetRequired);
        // The account's password policy decides.
        const auto weak = maria->call(QStringLiteral("UpdateLoginProfile"),
                                      P{{QStringLiteral("UserName"), QStringLiteral("Zoe")},
                                        {QStringLiteral("Password"), QStringLiteral("a")}});
        QVERIFY2(!weak.ok(), qPrintable(weak.describe()));
        QCOMPARE(weak.status, 400);

        REQUIRE_ANSWER_OK(maria->call(QStringLiteral("DeleteLoginProfile"),
                                      P{{QStringLiteral("UserName"), QStringLiteral("Zoe")}}));
        const auto gone = maria->call(QStringLiteral("GetLoginProfile"),
                                      P{{QStringLiteral("UserName"), QStringLiteral("Zoe")}});
        REQUIRE_ANSWER_ERROR(gone, 404, "NoSuchEntity");
        QCOMPARE(gone.errorMessage(),
                 QStringLiteral("Login Profile for User Zoe cannot be found."));
        REQUIRE_ANSWER_ERROR(maria->call(QStringLiteral("DeleteLoginProfile"),
                                         P{{QStringLiteral("UserName"), QStringLiteral("Zoe")}}),
                             404, "NoSuchEntity");
        REQUIRE_ANSWER_ERROR(maria->call(QStringLiteral("CreateLoginProfile"),
                                         P{{QStringLiteral("UserName"), QStringLiteral("Zoe")}}),
                             400, "ValidationError");
    }

    void listMfaDevicesDefaultsToTheCaller()
    {
        OPEN_DEMO_ENDPOINT(d);
        auto maria = d.clientAs(QStringLiteral("Maria"));
        const auto own = maria->call(QStringLiteral("ListMFADevices"));
        REQUIRE_ANSWER_OK(own);
        QVERIFY(own.body.contains("<MFADevices"));
        QCOMPARE(own.value(QStringLiteral("IsTruncated")), QStringLiteral("false"));
        REQUIRE_ANSWER_ERROR(maria->call(QStringLiteral("ListMFADevices"),
                                         P{{QStringLiteral("UserName"), "Nobody"}}),
                             404, "NoSuchEntity");
    }

    void aUserWithoutIamRightsIsDenied()
    {
        OPEN_DEMO_ENDPOINT(d);
        auto john = d.clientAs(QStringLiteral("John"));
        const auto read = john->call(QStringLiteral("ListUserTags"),
                                     P{{QStringLiteral("UserName"), QStringLiteral("Maria")}});
        REQUIRE_ANSWER_ERROR(read, 403, "AccessDenied");
        QVERIFY2(read.errorMessage().startsWith(DemoEndpoint::deniedPrefix(
                     QStringLiteral("John"), QStringLiteral("iam:ListUserTags"),
                     DemoEndpoint::userArn(QStringLiteral("Maria")))),
                 qPrintable(read.errorMessage()));

        const TagList before = d.demo->dir->user(DemoEndpoint::account, "Maria")->tags;
        const auto edit = john->call(QStringLiteral("TagUser"),
                                     P{{QStringLiteral("UserName"), QStringLiteral("Maria")},
                                       {QStringLiteral("Tags.member.1.Key"), "team"},
                                       {QStringLiteral("Tags.member.1.Value"), "mine"}});
        REQUIRE_ANSWER_ERROR(edit, 403, "AccessDenied");
        QVERIFY2(edit.errorMessage().startsWith(DemoEndpoint::deniedPrefix(
                     QStringLiteral("John"), QStringLiteral("iam:TagUser"),
                     DemoEndpoint::userArn(QStringLiteral("Maria")))),
                 qPrintable(edit.errorMessage()));
        QCOMPARE(d.demo->dir->user(DemoEndpoint::account, "Maria")->tags, before);

        const auto rename = john->call(QStringLiteral("UpdateUser"),
                                       P{{QStringLiteral("UserName"), QStringLiteral("Maria")},
                                         {QStringLiteral("NewUserName"), "Mallory"}});
        REQUIRE_ANSWER_ERROR(rename, 403, "AccessDenied");
        QVERIFY(d.demo->dir->user(DemoEndpoint::account, QStringLiteral("Maria")));
        REQUIRE_ANSWER_ERROR(
            john->call(QStringLiteral("GetLoginProfile"), P{{QStringLiteral("UserName"), "Maria"}}),
            403, "AccessDenied");
    }
};

QTEST_GUILESS_MAIN(TestIamUserOperations)
#include "tst_iamuseroperations.moc"
