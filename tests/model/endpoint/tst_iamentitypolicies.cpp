#include "demoendpoint.h"

#include "endpoint/iamentitypolicies.h"

#include <QTest>
#include <QUrl>

using P = EndpointTestClient::Parameters;

namespace {
const QString readOnly = QStringLiteral("arn:aws:iam::aws:policy/ReadOnlyAccess");
const QString document =
    QString::fromLatin1("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                        "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::cats/*\"}]}");
QString decoded(const QString& encoded)
{
    return QUrl::fromPercentEncoding(encoded.toLatin1());
}
} // namespace

// The managed and inline policies of users and groups, one implementation
// over the entity kind (roles register the same functions).
class TestIamEntityPolicies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void registersTheOperationsOfAKind()
    {
        QueryApi api(QStringLiteral("iam"), QStringLiteral("2010-05-08"), QString());
        IamEntityPolicies::addTo(api, EntityKind::Role);
        QCOMPARE(api.operationNames(),
                 (QStringList{"AttachRolePolicy", "DeleteRolePolicy", "DetachRolePolicy",
                              "GetRolePolicy", "ListAttachedRolePolicies", "ListRolePolicies",
                              "PutRolePolicy"}));
        QVERIFY(!api.operation(QStringLiteral("PutRolePolicy"))->withResult);
        QVERIFY(api.operation(QStringLiteral("GetRolePolicy"))->withResult);
    }

    void attachedPoliciesOfUsersAndGroups()
    {
        OPEN_DEMO_ENDPOINT(d);
        auto maria = d.clientAs(QStringLiteral("Maria"));
        REQUIRE_ANSWER_OK(maria->call(QStringLiteral("AttachUserPolicy"),
                                      P{{QStringLiteral("UserName"), QStringLiteral("Paulo")},
                                        {QStringLiteral("PolicyArn"), readOnly}}));
        const auto attached = maria->call(QStringLiteral("ListAttachedUserPolicies"),
                                          P{{QStringLiteral("UserName"), QStringLiteral("Paulo")}});
        REQUIRE_ANSWER_OK(attached);
        QCOMPARE(attached.values(QStringLiteral("AttachedPolicies/member/PolicyArn")),
                 QStringList{readOnly});
        QCOMPARE(attached.value(QStringLiteral("AttachedPolicies/member/PolicyName")),
                 QStringLiteral("ReadOnlyAccess"));
        REQUIRE_ANSWER_OK(maria->call(QStringLiteral("DetachUserPolicy"),
                                      P{{QStringLiteral("UserName"), QStringLiteral("Paulo")},
                                        {QStringLiteral("PolicyArn"), readOnly}}));
        QVERIFY(d.demo->dir->attachedPolicies(EntityKind::User, DemoEndpoint::account, "Paulo")
                    .isEmpty());
        REQUIRE_ANSWER_ERROR(
            maria->call(QStringLiteral("AttachUserPolicy"),
                        P{{QStringLiteral("UserName"), QStringLiteral("Paulo")},
                          {QStringLiteral("PolicyArn"),
                           QStringLiteral("arn:aws:iam::aws:policy/NoSuchPolicy")}}),
            404, "NoSuchEntity");
        REQUIRE_ANSWER_ERROR(maria->call(QStringLiteral("ListAttachedUserPolicies"),
                                         P{{QStringLiteral("UserName"), "Nobody"}}),
                             404, "NoSuchEntity");

        const auto group =
            maria->call(QStringLiteral("ListAttachedGroupPolicies"),
                        P{{QStringLiteral("GroupName"), QStringLiteral("SecurityEngineers")},
                          {QStringLiteral("MaxItems"), QStringLiteral("1")}});
        REQUIRE_ANSWER_OK(group);
        QCOMPARE(group.values(QStringLiteral("AttachedPolicies/member/PolicyArn")).size(), 1);
        QCOMPARE(group.value(QStringLiteral("IsTruncated")), QStringLiteral("true"));
        const auto rest =
            maria->call(QStringLiteral("ListAttachedGroupPolicies"),
                        P{{QStringLiteral("GroupName"), QStringLiteral("SecurityEngineers")},
                          {QStringLiteral("MaxItems"), QStringLiteral("1")},
                          {QStringLiteral("Marker"), group.value(QStringLiteral("Marker"))}});
        REQUIRE_ANSWER_OK(rest);
        QCOMPARE(rest.value(QStringLiteral("IsTruncated")), QStringLiteral("false"));
        QVERIFY(rest.value(QStringLiteral("AttachedPolicies/member/PolicyArn")) !=
                group.value(QStringLiteral("AttachedPolicies/member/PolicyArn")));

        REQUIRE_ANSWER_OK(maria->call(QStringLiteral("AttachGroupPolicy"),
                                      P{{QStringLiteral("GroupName"), QStringLiteral("Interns")},
                                        {QStringLiteral("PolicyArn"), readOnly}}));
        REQUIRE_ANSWER_OK(maria->call(QStringLiteral("DetachGroupPolicy"),
                                      P{{QStringLiteral("GroupName"), QStringLiteral("Interns")},
                                        {QStringLiteral("PolicyArn"), readOnly}}));
        REQUIRE_ANSWER_ERROR(maria->call(QStringLiteral("DetachGroupPolicy"),
                                         P{{QStringLiteral("GroupName"), "Interns"},
                                           {QStringLiteral("PolicyArn"), readOnly}}),
                             404, "NoSuchEntity");
    }

    void inlineUserPolicyRoundTrip()
    {
        OPEN_DEMO_ENDPOINT(d);
        auto maria = d.clientAs(QStringLiteral("Maria"));
        for (const char* name : {"ReadCats", "ReadDogs", "ReadBirds"})
            REQUIRE_ANSWER_OK(
                maria->call(QStringLiteral("PutUserPolicy"),
                            P{{QStringLiteral("UserName"), QStringLiteral("Paulo")},
                              {QStringLiteral("PolicyName"), QString::fromLatin1(name)},
                              {QStringLiteral("PolicyDocument"), document}}));
        const auto got = maria->call(QStringLiteral("GetUserPolicy"),
                                     P{{QStringLiteral("UserName"), QStringLiteral("Paulo")},
                                       {QStringLiteral("PolicyName"), QStringLiteral("ReadCats")}});
        REQUIRE_ANSWER_OK(got);
        QCOMPARE(got.value(QStringLiteral("UserName")), QStringLiteral("Paulo"));
        QCOMPARE(got.value(QStringLiteral("PolicyName")), QStringLiteral("ReadCats"));
        const QString encoded = got.value(QStringLiteral("PolicyDocument"));
        QVERIFY(encoded.contains(QStringLiteral("%7B"))); // URL-encoded on the wire
        QCOMPARE(decoded(encoded), document);

        const auto first = maria->call(QStringLiteral("ListUserPolicies"),
                                       P{{QStringLiteral("UserName"), QStringLiteral("Paulo")},
                                         {QStringLiteral("MaxItems"), QStringLiteral("2")}});
        REQUIRE_ANSWER_OK(first);
        QCOMPARE(first.values(QStringLiteral("PolicyNames/member")).size(), 2);
        QCOMPARE(first.value(QStringLiteral("IsTruncated")), QStringLiteral("true"));
        const auto second =
            maria->call(QStringLiteral("ListUserPolicies"),
                        P{{QStringLiteral("UserName"), QStringLiteral("Paulo")},
                          {QStringLiteral("MaxItems"), QStringLiteral("2")},
                          {QStringLiteral("Marker"), first.value(QStringLiteral("Marker"))}});
        REQUIRE_ANSWER_OK(second);
        QStringList names = first.values(QStringLiteral("PolicyNames/member")) +
                            second.values(QStringLiteral("PolicyNames/member"));
        names.sort();
        QCOMPARE(names, (QStringList{"ReadBirds", "ReadCats", "ReadDogs"}));

        REQUIRE_ANSWER_OK(maria->call(QStringLiteral("DeleteUserPolicy"),
                                      P{{QStringLiteral("UserName"), QStringLiteral("Paulo")},
                                        {QStringLiteral("PolicyName"), "ReadCats"}}));
        const auto gone = maria->call(QStringLiteral("GetUserPolicy"),
                                      P{{QStringLiteral("UserName"), QStringLiteral("Paulo")},
                                        {QStringLiteral("PolicyName"), "ReadCats"}});
        REQUIRE_ANSWER_ERROR(gone, 404, "NoSuchEntity");
        QCOMPARE(gone.errorMessage(),
                 QStringLiteral("The user policy with name ReadCats cannot be found."));
        REQUIRE_ANSWER_ERROR(maria->call(QStringLiteral("DeleteUserPolicy"),
                                         P{{QStringLiteral("UserName"), "Paulo"},
                                           {QStringLiteral("PolicyName"), "ReadCats"}}),
                             404, "NoSuchEntity");

        const auto malformed = maria->call(QStringLiteral("PutUserPolicy"),
                                           P{{QStringLiteral("UserName"), "Paulo"},
                                             {QStringLiteral("PolicyName"), "Broken"},
                                             {QStringLiteral("PolicyDocument"), "{not json"}});
        REQUIRE_ANSWER_ERROR(malformed, 400, "MalformedPolicyDocument");
        REQUIRE_ANSWER_ERROR(maria->call(QStringLiteral("PutUserPolicy"),
                                         P{{QStringLiteral("UserName"), "Paulo"},
                                           {QStringLiteral("PolicyName"), "NoDocument"}}),
                             400, "ValidationError");
    }

    void inlineGroupPolicies()
    {
        OPEN_DEMO_ENDPOINT(d);
        auto maria = d.clientAs(QStringLiteral("Maria"));
        const auto existing =
            maria->call(QStringLiteral("ListGroupPolicies"),
                        P{{QStringLiteral("GroupName"), QStringLiteral("Developers")}});
        REQUIRE_ANSWER_OK(existing);
        QCOMPARE(existing.values(QStringLiteral("PolicyNames/member")),
                 QStringList{QStringLiteral("ProtectProductionDatabase")});

        REQUIRE_ANSWER_OK(maria->call(QStringLiteral("PutGroupPolicy"),
                                      P{{QStringLiteral("GroupName"), QStringLiteral("Interns")},
                                        {QStringLiteral("PolicyName"), "ReadCats"},
                                        {QStringLiteral("PolicyDocument"), document}}));
        const auto got = maria->call(QStringLiteral("GetGroupPolicy"),
                                     P{{QStringLiteral("GroupName"), QStringLiteral("Interns")},
                                       {QStringLiteral("PolicyName"), QStringLiteral("readcats")}});
        REQUIRE_ANSWER_OK(got);
        QCOMPARE(got.value(QStringLiteral("GroupName")), QStringLiteral("Interns"));
        QCOMPARE(got.value(QStringLiteral("PolicyName")), QStringLiteral("ReadCats"));
        QCOMPARE(decoded(got.value(QStringLiteral("PolicyDocument"))), document);
        REQUIRE_ANSWER_OK(maria->call(QStringLiteral("DeleteGroupPolicy"),
                                      P{{QStringLiteral("GroupName"), QStringLiteral("Interns")},
                                        {QStringLiteral("PolicyName"), "ReadCats"}}));
        const auto gone = maria->call(QStringLiteral("GetGroupPolicy"),
                                      P{{QStringLiteral("GroupName"), QStringLiteral("Interns")},
                                        {QStringLiteral("PolicyName"), "ReadCats"}});
        REQUIRE_ANSWER_ERROR(gone, 404, "NoSuchEntity");
        QCOMPARE(gone.errorMessage(),
                 QStringLiteral("The group policy with name ReadCats cannot be found."));
        REQUIRE_ANSWER_ERROR(maria->call(QStringLiteral("ListGroupPolicies"),
                                         P{{QStringLiteral("GroupName"), "Nope"}}),
                             404, "NoSuchEntity");
    }

    void aUserWithoutIamRightsIsDenied()
    {
        OPEN_DEMO_ENDPOINT(d);
        auto john = d.clientAs(QStringLiteral("John"));
        const auto read = john->call(
            QStringLiteral("GetGroupPolicy"),
            P{{QStringLiteral("GroupName"), QStringLiteral("Developers")},
              {QStringLiteral("PolicyName"), QStringLiteral("ProtectProductionDatabase")}});
        REQUIRE_ANSWER_ERROR(read, 403, "AccessDenied");
        QVERIFY2(read.errorMessage().startsWith(DemoEndpoint::deniedPrefix(
                     QStringLiteral("John"), QStringLiteral("iam:GetGroupPolicy"),
                     QStringLiteral("arn:aws:iam::111122223333:group/Developers"))),
                 qPrintable(read.errorMessage()));
        const auto edit =
            john->call(QStringLiteral("AttachUserPolicy"),
                       P{{QStringLiteral("UserName"), QStringLiteral("John")},
                         {QStringLiteral("PolicyArn"),
                          QStringLiteral("arn:aws:iam::aws:policy/AdministratorAccess")}});
        REQUIRE_ANSWER_ERROR(edit, 403, "AccessDenied");
        QVERIFY2(edit.errorMessage().startsWith(DemoEndpoint::deniedPrefix(
                     QStringLiteral("John"), QStringLiteral("iam:AttachUserPolicy"),
                     DemoEndpoint::userArn(QStringLiteral("John")))),
                 qPrintable(edit.errorMessage()));
        QVERIFY(d.demo->dir->attachedPolicies(EntityKind::User, DemoEndpoint::account, "John")
                    .isEmpty());
        REQUIRE_ANSWER_ERROR(john->call(QStringLiteral("PutUserPolicy"),
                                        P{{QStringLiteral("UserName"), "John"},
                                          {QStringLiteral("PolicyName"), "Mine"},
                                          {QStringLiteral("PolicyDocument"), document}}),
                             403, "AccessDenied");
        QVERIFY(
            d.demo->dir->inlinePolicies(EntityKind::User, DemoEndpoint::account, "John").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIamEntityPolicies)
#include "tst_iamentitypolicies.moc"
