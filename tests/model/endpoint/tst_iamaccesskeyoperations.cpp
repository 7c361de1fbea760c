#include "demoendpoint.h"

#include <QTest>

using P = EndpointTestClient::Parameters;

// Access keys through the endpoint: made and removed by the session's
// AccessKeyManager, so a new key signs at once and a deleted one is refused.
class TestIamAccessKeyOperations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aCreatedKeySignsUntilItIsDeleted()
    {
        OPEN_DEMO_ENDPOINT(d);
        auto maria = d.clientAs(QStringLiteral("Maria"));
        const auto created = maria->call(QStringLiteral("CreateAccessKey"),
                                         P{{QStringLiteral("UserName"), QStringLiteral("Maria")}});
        REQUIRE_ANSWER_OK(created);
        const QString id = created.value(QStringLiteral("AccessKey/AccessKeyId"));
        const QString secret = created.value(QStringLiteral("AccessKey/SecretAccessKey"));
        QVERIFY(id.startsWith(QStringLiteral("AKIA")));
        QCOMPARE(secret.size(), 40);
        QCOMPARE(created.value(QStringLiteral("AccessKey/UserName")), QStringLiteral("Maria"));
        QCOMPARE(created.value(QStringLiteral("AccessKey/Status")), QStringLiteral("Active"));
        QVERIFY(created.has(QStringLiteral("AccessKey/CreateDate")));

        EndpointTestClient withNewKey(&d.endpoint, [&d] { return d.now(); });
        withNewKey.setCredentials(id, SecureBytes::fromUtf8(secret));
        REQUIRE_ANSWER_OK(withNewKey.call(QStringLiteral("ListUsers")));

        // The listing never shows a secret.
        const auto listed = maria->call(QStringLiteral("ListAccessKeys"));
        REQUIRE_ANSWER_OK(listed);
        QCOMPARE(listed.values(QStringLiteral("AccessKeyMetadata/member/AccessKeyId")).size(), 2);
        QVERIFY(listed.values(QStringLiteral("AccessKeyMetadata/member/AccessKeyId")).contains(id));
        QVERIFY(!listed.body.contains(secret.toLatin1()));
        QVERIFY(!listed.has(QStringLiteral("SecretAccessKey")));

        REQUIRE_ANSWER_OK(maria->call(QStringLiteral("UpdateAccessKey"),
                                      P{{QStringLiteral("AccessKeyId"), id},
                                        {QStringLiteral("Status"), QStringLiteral("Inactive")}}));
        REQUIRE_ANSWER_ERROR(withNewKey.call(QStringLiteral("ListUsers")), 403,
                             "InvalidClientTokenId");
        REQUIRE_ANSWER_OK(maria->call(QStringLiteral("UpdateAccessKey"),
                                      P{{QStringLiteral("UserName"), QStringLiteral("Maria")},
                                        {QStringLiteral("AccessKeyId"), id},
                                        {QStringLiteral("Status"), QStringLiteral("Active")}}));
        REQUIRE_ANSWER_OK(withNewKey.call(QStringLiteral("ListUsers")));

        REQUIRE_ANSWER_OK(
            maria->call(QStringLiteral("DeleteAccessKey"), P{{QStringLiteral("AccessKeyId"), id}}));
        REQUIRE_ANSWER_ERROR(withNewKey.call(QStringLiteral("ListUsers")), 403,
                             "InvalidClientTokenId");
        QVERIFY(!d.demo->dir->accessKey(id));
        QVERIFY(!d.demo->secretKeys().join(QLatin1Char(' ')).contains(id));
    }

    void keysOfAnotherUser()
    {
        OPEN_DEMO_ENDPOINT(d);
        auto maria = d.clientAs(QStringLiteral("Maria"));
        const auto created = maria->call(QStringLiteral("CreateAccessKey"),
                                         P{{QStringLiteral("UserName"), QStringLiteral("Paulo")}});
        REQUIRE_ANSWER_OK(created);
        const QString id = created.value(QStringLiteral("AccessKey/AccessKeyId"));
        const auto listed = maria->call(QStringLiteral("ListAccessKeys"),
                                        P{{QStringLiteral("UserName"), QStringLiteral("Paulo")}});
        QCOMPARE(listed.values(QStringLiteral("AccessKeyMetadata/member/AccessKeyId")),
                 QStringList{id});
        QCOMPARE(listed.value(QStringLiteral("AccessKeyMetadata/member/UserName")),
                 QStringLiteral("Paulo"));
        // Without UserName the key must be the caller's.
        REQUIRE_ANSWER_ERROR(
            maria->call(QStringLiteral("DeleteAccessKey"), P{{QStringLiteral("AccessKeyId"), id}}),
            404, "NoSuchEntity");
        REQUIRE_ANSWER_OK(maria->call(QStringLiteral("DeleteAccessKey"),
                                      P{{QStringLiteral("UserName"), QStringLiteral("Paulo")},
                                        {QStringLiteral("AccessKeyId"), id}}));
    }

    void errors()
    {
        OPEN_DEMO_ENDPOINT(d);
        auto maria = d.clientAs(QStringLiteral("Maria"));
        const auto unknown =
            maria->call(QStringLiteral("DeleteAccessKey"),
                        P{{QStringLiteral("AccessKeyId"), "AKIAAAAAAAAAAAAAAAAA"}});
        REQUIRE_ANSWER_ERROR(unknown, 404, "NoSuchEntity");
        QCOMPARE(unknown.errorMessage(),
                 QStringLiteral("The Access Key with id AKIAAAAAAAAAAAAAAAAA cannot be found."));
        const auto listed = maria->call(QStringLiteral("ListAccessKeys"));
        const QString own = listed.value(QStringLiteral("AccessKeyMetadata/member/AccessKeyId"));
        const auto badStatus = maria->call(QStringLiteral("UpdateAccessKey"),
                                           P{{QStringLiteral("AccessKeyId"), own},
                                             {QStringLiteral("Status"), QStringLiteral("Off")}});
        REQUIRE_ANSWER_ERROR(badStatus, 400, "ValidationError");
        REQUIRE_ANSWER_ERROR(maria->call(QStringLiteral("CreateAccessKey"),
                                         P{{QStringLiteral("UserName"), "Nobody"}}),
                             404, "NoSuchEntity");
        // Two keys per user: Maria's own and one more.
        REQUIRE_ANSWER_OK(maria->call(QStringLiteral("CreateAccessKey")));
        REQUIRE_ANSWER_ERROR(maria->call(QStringLiteral("CreateAccessKey")), 409, "LimitExceeded");
    }

    void lastUsed()
    {
        OPEN_DEMO_ENDPOINT(d);
        auto maria = d.clientAs(QStringLiteral("Maria"));
        const auto listed = maria->call(QStringLiteral("ListAccessKeys"));
        const QString own = listed.value(QStringLiteral("AccessKeyMetadata/member/AccessKeyId"));
        const auto used = maria->call(QStringLiteral("GetAccessKeyLastUsed"),
                                      P{{QStringLiteral("AccessKeyId"), own}});
        REQUIRE_ANSWER_OK(used);
        QCOMPARE(used.value(QStringLiteral("UserName")), QStringLiteral("Maria"));
        QVERIFY(!used.value(QStringLiteral("AccessKeyLastUsed/ServiceName")).isEmpty());
        QCOMPARE(used.value(QStringLiteral("AccessKeyLastUsed/Region")), QStringLiteral("N/A"));
        REQUIRE_ANSWER_ERROR(
            maria->call(QStringLiteral("GetAccessKeyLastUsed"),
                        P{{QStringLiteral("AccessKeyId"), QStringLiteral("AKIAAAAAAAAAAAAAAAAA")}}),
            404, "NoSuchEntity");
    }

    void aUserWithoutIamRightsIsDenied()
    {
        OPEN_DEMO_ENDPOINT(d);
        auto maria = d.clientAs(QStringLiteral("Maria"));
        auto john = d.clientAs(QStringLiteral("John"));
        const auto read = john->call(QStringLiteral("ListAccessKeys"),
                                     P{{QStringLiteral("UserName"), QStringLiteral("Maria")}});
        REQUIRE_ANSWER_ERROR(read, 403, "AccessDenied");
        QVERIFY2(read.errorMessage().startsWith(DemoEndpoint::deniedPrefix(
                     QStringLiteral("John"), QStringLiteral("iam:ListAccessKeys"),
                     DemoEndpoint::userArn(QStringLiteral("Maria")))),
                 qPrintable(read.errorMessage()));
        const auto edit = john->call(QStringLiteral("CreateAccessKey"),
                                     P{{QStringLiteral("UserName"), QStringLiteral("Maria")}});
        REQUIRE_ANSWER_ERROR(edit, 403, "AccessDenied");
        QVERIFY2(edit.errorMessage().startsWith(DemoEndpoint::deniedPrefix(
                     QStringLiteral("John"), QStringLiteral("iam:CreateAccessKey"),
                     DemoEndpoint::userArn(QStringLiteral("Maria")))),
                 qPrintable(edit.errorMessage()));
        QCOMPARE(d.demo->dir->accessKeys(DemoEndpoint::account, QStringLiteral("Maria")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestIamAccessKeyOperations)
#include "tst_iamaccesskeyoperations.moc"
