#include "interop/authzdetailsparser.h"
#include "model/directory/directorytesthelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {
QJsonObject allowAll()
{
    return {{QStringLiteral("Version"), QStringLiteral("2012-10-17")},
            {QStringLiteral("Statement"),
             QJsonArray{QJsonObject{{QStringLiteral("Effect"), QStringLiteral("Allow")},
                                    {QStringLiteral("Action"), QStringLiteral("*")},
                                    {QStringLiteral("Resource"), QStringLiteral("*")}}}}};
}

QJsonObject trustEc2()
{
    return {{QStringLiteral("Version"), QStringLiteral("2012-10-17")},
            {QStringLiteral("Statement"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("Effect"), QStringLiteral("Allow")},
                 {QStringLiteral("Principal"),
                  QJsonObject{{QStringLiteral("Service"), QStringLiteral("ec2.amazonaws.com")}}},
                 {QStringLiteral("Action"), QStringLiteral("sts:AssumeRole")}}}}};
}

QByteArray json(const QJsonObject& top)
{
    return QJsonDocument(top).toJson();
}

Result<AuthzDetails> parse(const QJsonObject& top)
{
    return AuthzDetailsParser::parse(json(top), QStringLiteral("page.json"));
}
} // namespace

class TestAuthzDetailsParser : public QObject
{
    Q_OBJECT

private slots:
    void readsMinimalEntitiesWithDefaults()
    {
        const QJsonObject top{
            {QStringLiteral("UserDetailList"),
             QJsonArray{QJsonObject{{QStringLiteral("UserName"), QStringLiteral("Ann")}}}},
            {QStringLiteral("RoleDetailList"),
             QJsonArray{QJsonObject{{QStringLiteral("RoleName"), QStringLiteral("Ec2")},
                                    {QStringLiteral("AssumeRolePolicyDocument"), trustEc2()}}}}};
        const auto parsed = parse(top);
        REQUIRE_OK(parsed);
        QCOMPARE(parsed->users.size(), 1);
        QCOMPARE(parsed->users[0].user.name, QStringLiteral("Ann"));
        QCOMPARE(parsed->users[0].user.path, QStringLiteral("/"));
        QVERIFY(parsed->users[0].user.userId.isEmpty());
        QVERIFY(!parsed->users[0].user.createDate.isValid());
        QCOMPARE(parsed->users[0].where.path, QStringLiteral("UserDetailList[0]"));
        QCOMPARE(parsed->roles.size(), 1);
        QVERIFY(parsed->roles[0].role.trustPolicy.contains(QLatin1String("ec2.amazonaws.com")));
        QCOMPARE(parsed->groups.size(), 0);
        QCOMPARE(parsed->policies.size(), 0);
    }

    void readsAnObjectWhereAListBelongs()
    {
        const QJsonObject top{
            {QStringLiteral("GroupDetailList"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("GroupName"), QStringLiteral("Admins")},
                 {QStringLiteral("AttachedManagedPolicies"),
                  QJsonObject{{QStringLiteral("PolicyName"), QStringLiteral("AdministratorAccess")},
                              {QStringLiteral("PolicyArn"),
                               QStringLiteral("arn:aws:iam::aws:policy/AdministratorAccess")}}}}}}};
        const auto parsed = parse(top);
        REQUIRE_OK(parsed);
        QCOMPARE(parsed->groups[0].links.attached.size(), 1);
        QCOMPARE(parsed->groups[0].links.attached[0].arn,
                 QStringLiteral("arn:aws:iam::aws:policy/AdministratorAccess"));
        QCOMPARE(parsed->groups[0].links.attached[0].where.path,
                 QStringLiteral("GroupDetailList[0].AttachedManagedPolicies[0]"));
    }

    void takesTheDefaultVersionFromDefaultVersionIdWhenNoneIsMarked()
    {
        const QJsonObject policy{
            {QStringLiteral("PolicyName"), QStringLiteral("P")},
            {QStringLiteral("Arn"), QStringLiteral("arn:aws:iam::123456789012:policy/P")},
            {QStringLiteral("DefaultVersionId"), QStringLiteral("v3")},
            {QStringLiteral("PolicyVersionList"),
             QJsonArray{QJsonObject{{QStringLiteral("VersionId"), QStringLiteral("v3")},
                                    {QStringLiteral("Document"), allowAll()}},
                        QJsonObject{{QStringLiteral("VersionId"), QStringLiteral("v2")},
                                    {QStringLiteral("Document"), allowAll()}}}}};
        const auto parsed = parse({{QStringLiteral("Policies"), QJsonArray{policy}}});
        REQUIRE_OK(parsed);
        const auto& entry = parsed->policies[0];
        QCOMPARE(entry.arnAccount, QStringLiteral("123456789012"));
        QCOMPARE(entry.policy.defaultVersionId, QStringLiteral("v3"));
        QCOMPARE(entry.versions[0].isDefault, true);
        QCOMPARE(entry.versions[1].isDefault, false);
    }

    void namesFilePathAndProblem_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{\n  \"UserDetailList\": [\n    {,\n")
                                  << QStringLiteral("page.json: 3:7: not valid JSON: ");
        QTest::newRow("not an object")
            << QByteArray("[]")
            << QStringLiteral("page.json: $: expected a JSON object at the top");
        QTest::newRow("list is a string")
            << json({{QStringLiteral("UserDetailList"), QStringLiteral("Ann")}})
            << QStringLiteral("page.json: UserDetailList: expected a list");
        QTest::newRow("name missing")
            << json({{QStringLiteral("UserDetailList"),
                      QJsonArray{QJsonObject{},
                                 QJsonObject{{QStringLiteral("Path"), QStringLiteral("/")}}}}})
            << QStringLiteral("page.json: UserDetailList[0].UserName: missing");
        QTest::newRow("group not a name")
            << json({{QStringLiteral("UserDetailList"),
                      QJsonArray{QJsonObject{{QStringLiteral("UserName"), QStringLiteral("Ann")},
                                             {QStringLiteral("GroupList"), QJsonArray{1}}}}}})
            << QStringLiteral("page.json: UserDetailList[0].GroupList[0]: expected a group name");
        QTest::newRow("bad date")
            << json({{QStringLiteral("GroupDetailList"),
                      QJsonArray{
                          QJsonObject{{QStringLiteral("GroupName"), QStringLiteral("G")},
                                      {QStringLiteral("CreateDate"), QStringLiteral("soon")}}}}})
            << QStringLiteral("page.json: GroupDetailList[0].CreateDate: 'soon' is not a date "
                              "such as 2013-10-14T18:32:24Z");
        QTest::newRow("trust policy missing")
            << json({{QStringLiteral("RoleDetailList"),
                      QJsonArray{QJsonObject{{QStringLiteral("RoleName"), QStringLiteral("R")}}}}})
            << QStringLiteral("page.json: RoleDetailList[0].AssumeRolePolicyDocument: missing");
        QJsonObject badStatement = allowAll();
        badStatement.insert(
            QStringLiteral("Statement"),
            QJsonArray{QJsonObject{{QStringLiteral("Effect"), QStringLiteral("Perhaps")},
                                   {QStringLiteral("Action"), QStringLiteral("*")},
                                   {QStringLiteral("Resource"), QStringLiteral("*")}}});
        QTest::newRow("bad inline document")
            << json({{QStringLiteral("UserDetailList"),
                      QJsonArray{QJsonObject{
                          {QStringLiteral("UserName"), QStringLiteral("Ann")},
                          {QStringLiteral("UserPolicyList"),
                           QJsonArray{
                               QJsonObject{{QStringLiteral("PolicyName"), QStringLiteral("ok")},
                                           {QStringLiteral("PolicyDocument"), allowAll()}},
                               QJsonObject{{QStringLiteral("PolicyName"), QStringLiteral("bad")},
                                           {QStringLiteral("PolicyDocument"), badStatement}}}}}}}})
            << QStringLiteral("page.json: UserDetailList[0].UserPolicyList[1].PolicyDocument: "
                              "MalformedPolicyDocument: ");
        QTest::newRow("no default version")
            << json({{QStringLiteral("Policies"),
                      QJsonArray{
                          QJsonObject{{QStringLiteral("PolicyName"), QStringLiteral("P")},
                                      {QStringLiteral("PolicyVersionList"),
                                       QJsonArray{QJsonObject{
                                           {QStringLiteral("VersionId"), QStringLiteral("v1")},
                                           {QStringLiteral("Document"), allowAll()}}}}}}}})
            << QStringLiteral("page.json: Policies[0].PolicyVersionList: 0 versions are marked as "
                              "the default; exactly one must be");
    }

    void namesFilePathAndProblem()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, message);
        const auto parsed = AuthzDetailsParser::parse(file, QStringLiteral("page.json"));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code(), QStringLiteral("MalformedImportFile"));
        QCOMPARE(parsed.error().httpStatus(), 400);
        QVERIFY2(parsed.error().message().startsWith(message),
                 qPrintable(parsed.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestAuthzDetailsParser)
#include "tst_authzdetailsparser.moc"
