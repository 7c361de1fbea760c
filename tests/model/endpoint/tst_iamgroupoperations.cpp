#include "demoendpoint.h"

#include <QTest>

using P = EndpointTestClient::Parameters;

// Groups through the endpoint, as Maria (administrator) and John (no IAM).
class TestIamGroupOperations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void listGroupsPagesWithMarker()
    {
        OPEN_DEMO_ENDPOINT(d);
        auto maria = d.clientAs(QStringLiteral("Maria"));
        const auto all = maria->call(QStringLiteral("ListGroups"));
        REQUIRE_ANSWER_OK(all);
        const QStringList names = all.values(QStringLiteral("Groups/member/GroupName"));
        QCOMPARE(names.size(), 5);
        QVERIFY(names.contains(QStringLiteral("Developers")));
        QCOMPARE(all.value(QStringLiteral("IsTruncated")), QStringLiteral("false"));

        const auto first = maria->call(QStringLiteral("ListGroups"),
                                       P{{QStringLiteral("MaxItems"), QStringLiteral("3")}});
        REQUIRE_ANSWER_OK(first);
        QCOMPARE(first.values(QStringLiteral("Groups/member/GroupName")), names.mid(0, 3));
        QCOMPARE(first.value(QStringLiteral("IsTruncated")), QStringLiteral("true"));
        const auto second =
            maria->call(QStringLiteral("ListGroups"),
                        P{{QStringLiteral("MaxItems"), QStringLiteral("3")},
                          {QStringLiteral("Marker"), first.value(QStringLiteral("Marker"))}});
        REQUIRE_ANSWER_OK(second);
        QCOMPARE(second.values(QStringLiteral("Groups/member/GroupName")), names.mid(3));
        QCOMPARE(second.value(QStringLiteral("IsTruncated")), QStringLiteral("false"));

        REQUIRE_ANSWER_ERROR(maria->call(QStringLiteral("ListGroups"),
                                         P{{QStringLiteral("MaxItems"), QStringLiteral("0")}}),
                             400, "ValidationError");
        const auto none = maria->call(QStringLiteral("ListGroups"),
                                      P{{QStringLiteral("PathPrefix"), QStringLiteral("/x/")}});
        REQUIRE_ANSWER_OK(none);
        QVERIFY(!none.has(QStringLiteral("GroupName")));
    }

    void groupLifecycle()
    {
        OPEN_DEMO_ENDPOINT(d);
        auto maria = d.clientAs(QStringLiteral("Maria"));
        const auto created = maria->call(QStringLiteral("CreateGroup"),
                                         P{{QStringLiteral("GroupName"), QStringLiteral("Testers")},
                                           {QStringLiteral("Path"), QStringLiteral("/qa/")}});
        REQUIRE_ANSWER_OK(created);
        QCOMPARE(created.value(QStringLiteral("Group/GroupName")), QStringLiteral("Testers"));
        QCOMPARE(created.value(QStringLiteral("Group/Arn")),
                 QStringLiteral("arn:aws:iam::111122223333:group/qa/Testers"));
        QVERIFY(created.value(QStringLiteral("Group/GroupId")).startsWith(QStringLiteral("AGPA")));
        REQUIRE_ANSWER_ERROR(
            maria->call(QStringLiteral("CreateGroup"), P{{QStringLiteral("GroupName"), "Testers"}}),
            409, "EntityAlreadyExists");

        for (const char* user : {"Paulo", "Li"})
            REQUIRE_ANSWER_OK(
                maria->call(QStringLiteral("AddUserToGroup"),
                            P{{QStringLiteral("GroupName"), QStringLiteral("Testers")},
                              {QStringLiteral("UserName"), QString::fromLatin1(user)}}));
        REQUIRE_ANSWER_ERROR(maria->call(QStringLiteral("AddUserToGroup"),
                                         P{{QStringLiteral("GroupName"), "Testers"},
                                           {QStringLiteral("UserName"), "Nobody"}}),
                             404, "NoSuchEntity");

        const auto page1 = maria->call(QStringLiteral("GetGroup"),
                                       P{{QStringLiteral("GroupName"), QStringLiteral("Testers")},
                                         {QStringLiteral("MaxItems"), QStringLiteral("1")}});
        REQUIRE_ANSWER_OK(page1);
        QCOMPARE(page1.value(QStringLiteral("Group/GroupName")), QStringLiteral("Testers"));
        QCOMPARE(page1.values(QStringLiteral("Users/member/UserName")).size(), 1);
        QCOMPARE(page1.value(QStringLiteral("IsTruncated")), QStringLiteral("true"));
        const auto page2 =
            maria->call(QStringLiteral("GetGroup"),
                        P{{QStringLiteral("GroupName"), QStringLiteral("Testers")},
                          {QStringLiteral("MaxItems"), QStringLiteral("1")},
                          {QStringLiteral("Marker"), page1.value(QStringLiteral("Marker"))}});
        REQUIRE_ANSWER_OK(page2);
        QStringList members = page1.values(QStringLiteral("Users/member/UserName")) +
                              page2.values(QStringLiteral("Users/member/UserName"));
        members.sort();
        QCOMPARE(members, (QStringList{QStringLiteral("Li"), QStringLiteral("Paulo")}));
        QCOMPARE(page2.value(QStringLiteral("IsTruncated")), QStringLiteral("false"));

        REQUIRE_ANSWER_OK(maria->call(QStringLiteral("UpdateGroup"),
                                      P{{QStringLiteral("GroupName"), QStringLiteral("Testers")},
                                        {QStringLiteral("NewGroupName"), QStringLiteral("QA")}}));
        REQUIRE_ANSWER_ERROR(
            maria->call(QStringLiteral("GetGroup"), P{{QStringLiteral("GroupName"), "Testers"}}),
            404, "NoSuchEntity");

        const auto conflict = maria->call(QStringLiteral("DeleteGroup"),
                                          P{{QStringLiteral("GroupName"), QStringLiteral("QA")}});
        REQUIRE_ANSWER_ERROR(conflict, 409, "DeleteConflict");
        for (const char* user : {"Paulo", "Li"})
            REQUIRE_ANSWER_OK(
                maria->call(QStringLiteral("RemoveUserFromGroup"),
                            P{{QStringLiteral("GroupName"), QStringLiteral("QA")},
                              {QStringLiteral("UserName"), QString::fromLatin1(user)}}));
        REQUIRE_ANSWER_OK(maria->call(QStringLiteral("DeleteGroup"),
                                      P{{QStringLiteral("GroupName"), QStringLiteral("QA")}}));
        QVERIFY(!d.demo->dir->group(DemoEndpoint::account, QStringLiteral("QA")));
    }

    void missingGroup()
    {
        OPEN_DEMO_ENDPOINT(d);
        auto maria = d.clientAs(QStringLiteral("Maria"));
        const auto missing = maria->call(QStringLiteral("GetGroup"),
                                         P{{QStringLiteral("GroupName"), QStringLiteral("Nope")}});
        REQUIRE_ANSWER_ERROR(missing, 404, "NoSuchEntity");
        QCOMPARE(missing.errorMessage(),
                 QStringLiteral("The group with name Nope cannot be found."));
        REQUIRE_ANSWER_ERROR(
            maria->call(QStringLiteral("DeleteGroup"), P{{QStringLiteral("GroupName"), "Nope"}}),
            404, "NoSuchEntity");
        REQUIRE_ANSWER_ERROR(maria->call(QStringLiteral("GetGroup")), 400, "ValidationError");
    }

    void aUserWithoutIamRightsIsDenied()
    {
        OPEN_DEMO_ENDPOINT(d);
        auto john = d.clientAs(QStringLiteral("John"));
        const auto read = john->call(QStringLiteral("ListGroups"));
        REQUIRE_ANSWER_ERROR(read, 403, "AccessDenied");
        QVERIFY2(read.errorMessage().startsWith(DemoEndpoint::deniedPrefix(
                     QStringLiteral("John"), QStringLiteral("iam:ListGroups"),
                     QStringLiteral("arn:aws:iam::111122223333:group/"))),
                 qPrintable(read.errorMessage()));
        const auto edit = john->call(QStringLiteral("AddUserToGroup"),
                                     P{{QStringLiteral("GroupName"), QStringLiteral("Admins")},
                                       {QStringLiteral("UserName"), QStringLiteral("John")}});
        REQUIRE_ANSWER_ERROR(edit, 403, "AccessDenied");
        QVERIFY2(edit.errorMessage().startsWith(DemoEndpoint::deniedPrefix(
                     QStringLiteral("John"), QStringLiteral("iam:AddUserToGroup"),
                     QStringLiteral("arn:aws:iam::111122223333:group/Admins"))),
                 qPrintable(edit.errorMessage()));
        QCOMPARE(d.demo->dir->groupsForUser(DemoEndpoint::account, QStringLiteral("John")).size(),
                 1);
        REQUIRE_ANSWER_ERROR(
            john->call(QStringLiteral("CreateGroup"), P{{QStringLiteral("GroupName"), "Mine"}}),
            403, "AccessDenied");
        QVERIFY(!d.demo->dir->group(DemoEndpoint::account, QStringLiteral("Mine")));
    }
};

QTEST_GUILESS_MAIN(TestIamGroupOperations)
#include "tst_iamgroupoperations.moc"
