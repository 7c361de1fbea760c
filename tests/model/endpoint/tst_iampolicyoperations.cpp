#include "common/resultassertions.h"
#include "iamendpointtesting.h"

#include <QUrl>

namespace {
QString document(const QString& action)
{
    return QStringLiteral(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow",)"
                          R"("Action":"%1","Resource":"*"}]})")
        .arg(action);
}
const QString developerAccess = QStringLiteral("arn:aws:iam::111122223333:policy/DeveloperAccess");
} // namespace

class TestIamPolicyOperations : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<IamEndpointTesting> t;
    Directory& dir() { return *t->demo->dir; }

    IamEndpointTesting::Answer maria(std::initializer_list<QString> items)
    {
        return t->call(QStringLiteral("Maria"), form(items));
    }

private slots:
    void init()
    {
        t = std::make_unique<IamEndpointTesting>();
        REQUIRE_OK(t->start(
            QStringList{QStringLiteral("Maria"), QStringLiteral("Paulo"), QStringLiteral("Sam")}));
    }
    void cleanup() { t.reset(); }

    void listPoliciesByScope()
    {
        QStringList local;
        for (const ManagedPolicy& p : dir().policies(IamEndpointTesting::Account))
            local << p.arn;
        const auto localAnswer = maria({"Action", "ListPolicies", "Scope", "Local"});
        QCOMPARE(localAnswer.status, 200);
        QCOMPARE(localAnswer.texts(QStringLiteral("Arn")), local);

        const auto aws = maria({"Action", "ListPolicies", "Scope", "AWS", "MaxItems", "1000"});
        const QStringList awsArns = aws.texts(QStringLiteral("Arn"));
        QCOMPARE(awsArns.size(), dir().awsManagedPolicies().size());
        for (const QString& arn : awsArns)
            QVERIFY(arn.startsWith(QStringLiteral("arn:aws:iam::aws:policy/")));

        const auto all = maria({"Action", "ListPolicies", "MaxItems", "1000"});
        QCOMPARE(all.texts(QStringLiteral("Arn")).size(), awsArns.size() + local.size());

        const auto attached =
            maria({"Action", "ListPolicies", "OnlyAttached", "true", "MaxItems", "1000"});
        const QStringList counts = attached.texts(QStringLiteral("AttachmentCount"));
        QVERIFY(!counts.isEmpty());
        QVERIFY(counts.size() < all.texts(QStringLiteral("Arn")).size());
        for (const QString& count : counts)
            QVERIFY(count.toInt() > 0);

        // Counts are the caller's account's: ReadOnlyAccess is attached twice in
        // catphoto-prod and once in catphoto-dev; PowerUserAccess only in catphoto-dev.
        const auto readOnly =
            maria({"Action", "GetPolicy", "PolicyArn", "arn:aws:iam::aws:policy/ReadOnlyAccess"});
        QCOMPARE(readOnly.text(QStringLiteral("AttachmentCount")), QStringLiteral("2"));
        QVERIFY(!attached.texts(QStringLiteral("Arn"))
                     .contains(QStringLiteral("arn:aws:iam::aws:policy/PowerUserAccess")));

        const auto bad = maria({"Action", "ListPolicies", "Scope", "Mine"});
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.code(), QStringLiteral("ValidationError"));
    }

    void listPoliciesPages()
    {
        QStringList arns;
        QString marker;
        int pages = 0;
        do {
            auto request = form({"Action", "ListPolicies", "Scope", "Local", "MaxItems", "1"});
            if (!marker.isEmpty())
                request.append({QStringLiteral("Marker"), marker});
            const auto answer = t->call(QStringLiteral("Maria"), request);
            QCOMPARE(answer.status, 200);
            arns += answer.texts(QStringLiteral("Arn"));
            marker = answer.text(QStringLiteral("IsTruncated")) == QLatin1String("true")
                         ? answer.text(QStringLiteral("Marker"))
                         : QString();
            QVERIFY(++pages < 10);
        } while (!marker.isEmpty());
        QCOMPARE(pages, int(dir().policies(IamEndpointTesting::Account).size()));
        QCOMPARE(arns.size(), pages);

        const auto badMarker = maria({"Action", "ListPolicies", "Marker", "garbage"});
        QCOMPARE(badMarker.code(), QStringLiteral("ValidationError"));
    }

    void getPolicy()
    {
        const auto answer = maria({"Action", "GetPolicy", "PolicyArn", developerAccess});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.text(QStringLiteral("PolicyName")), QStringLiteral("DeveloperAccess"));
        QCOMPARE(answer.text(QStringLiteral("DefaultVersionId")), QStringLiteral("v1"));

        const auto missing =
            maria({"Action", "GetPolicy", "PolicyArn", "arn:aws:iam::111122223333:policy/Nope"});
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.code(), QStringLiteral("NoSuchEntity"));
    }

    void policyLifecycleWithVersions()
    {
        auto answer = maria({"Action", "CreatePolicy", "PolicyName", "Uploads", "PolicyDocument",
                             document(QStringLiteral("s3:PutObject")), "Path", "/app/",
                             "Description", "uploads"});
        QCOMPARE(answer.status, 200);
        const QString arn = answer.text(QStringLiteral("Arn"));
        QCOMPARE(arn, QStringLiteral("arn:aws:iam::111122223333:policy/app/Uploads"));
        QCOMPARE(answer.text(QStringLiteral("Description")), QStringLiteral("uploads"));

        const auto duplicate = maria({"Action", "CreatePolicy", "PolicyName", "Uploads",
                                      "PolicyDocument", document(QStringLiteral("s3:PutObject"))});
        QCOMPARE(duplicate.status, 409);
        QCOMPARE(duplicate.code(), QStringLiteral("EntityAlreadyExists"));
        const auto malformed = maria(
            {"Action", "CreatePolicy", "PolicyName", "Broken", "PolicyDocument", "{\"Version\""});
        QCOMPARE(malformed.status, 400);
        QCOMPARE(malformed.code(), QStringLiteral("MalformedPolicyDocument"));

        for (int n = 2; n <= 5; ++n) {
            answer = maria({"Action", "CreatePolicyVersion", "PolicyArn", arn, "PolicyDocument",
                            document(QStringLiteral("s3:Get%1").arg(n)), "SetAsDefault",
                            n == 3 ? QStringLiteral("true") : QStringLiteral("false")});
            QCOMPARE(answer.status, 200);
            QCOMPARE(answer.text(QStringLiteral("VersionId")), QStringLiteral("v%1").arg(n));
            QCOMPARE(answer.text(QStringLiteral("Document")), QString());
        }
        answer = maria({"Action", "CreatePolicyVersion", "PolicyArn", arn, "PolicyDocument",
                        document(QStringLiteral("s3:Get6"))});
        QCOMPARE(answer.status, 409);
        QCOMPARE(answer.code(), QStringLiteral("LimitExceeded"));

        answer = maria({"Action", "ListPolicyVersions", "PolicyArn", arn});
        QCOMPARE(answer.texts(QStringLiteral("VersionId")),
                 (QStringList{"v5", "v4", "v3", "v2", "v1"}));
        QCOMPARE(answer.texts(QStringLiteral("IsDefaultVersion")),
                 (QStringList{"false", "false", "true", "false", "false"}));

        answer = maria({"Action", "GetPolicyVersion", "PolicyArn", arn, "VersionId", "v4"});
        QCOMPARE(answer.status, 200);
        QCOMPARE(QUrl::fromPercentEncoding(answer.text(QStringLiteral("Document")).toLatin1()),
                 document(QStringLiteral("s3:Get4")));
        answer = maria({"Action", "GetPolicyVersion", "PolicyArn", arn, "VersionId", "v9"});
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.code(), QStringLiteral("NoSuchEntity"));

        answer = maria({"Action", "SetDefaultPolicyVersion", "PolicyArn", arn, "VersionId", "v5"});
        QCOMPARE(answer.status, 200);
        QCOMPARE(dir().policy(arn)->defaultVersionId, QStringLiteral("v5"));
        answer = maria({"Action", "DeletePolicyVersion", "PolicyArn", arn, "VersionId", "v5"});
        QCOMPARE(answer.status, 409);
        QCOMPARE(answer.code(), QStringLiteral("DeleteConflict"));
        answer = maria({"Action", "DeletePolicyVersion", "PolicyArn", arn, "VersionId", "v1"});
        QCOMPARE(answer.status, 200);
        QCOMPARE(dir().policyVersions(arn).size(), 4);

        answer = maria({"Action", "DeletePolicy", "PolicyArn", arn});
        QCOMPARE(answer.status, 200);
        QVERIFY(!dir().policy(arn));
    }

    void attachedPolicyCannotBeDeleted()
    {
        const auto answer = maria({"Action", "DeletePolicy", "PolicyArn", developerAccess});
        QCOMPARE(answer.status, 409);
        QCOMPARE(answer.code(), QStringLiteral("DeleteConflict"));
        QVERIFY(dir().policy(developerAccess));
    }

    void listEntitiesForPolicy()
    {
        auto answer = maria({"Action", "ListEntitiesForPolicy", "PolicyArn", developerAccess});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.texts(QStringLiteral("GroupName")),
                 QStringList{QStringLiteral("Developers")});
        QCOMPARE(
            answer.texts(QStringLiteral("GroupId")),
            QStringList{
                dir().group(IamEndpointTesting::Account, QStringLiteral("Developers"))->groupId});
        answer = maria({"Action", "ListEntitiesForPolicy", "PolicyArn", developerAccess,
                        "EntityFilter", "Role"});
        QCOMPARE(answer.texts(QStringLiteral("GroupName")), QStringList());
        answer = maria({"Action", "ListEntitiesForPolicy", "PolicyArn", developerAccess,
                        "EntityFilter", "Planet"});
        QCOMPARE(answer.code(), QStringLiteral("ValidationError"));
    }

    void deniedReadsAndEditsChangeNothing()
    {
        const auto read = t->call(QStringLiteral("Paulo"),
                                  form({"Action", "GetPolicy", "PolicyArn", developerAccess}));
        QCOMPARE(read.status, 403);
        QCOMPARE(read.code(), QStringLiteral("AccessDenied"));
        QVERIFY(read.text(QStringLiteral("Message"))
                    .contains(QStringLiteral("is not authorized to perform: iam:GetPolicy")));

        const int policies = dir().policyCount(IamEndpointTesting::Account);
        const int versions = int(dir().policyVersions(developerAccess).size());
        const auto create = t->call(QStringLiteral("Sam"),
                                    form({"Action", "CreatePolicy", "PolicyName", "SamsPolicy",
                                          "PolicyDocument", document(QStringLiteral("s3:*"))}));
        QCOMPARE(create.status, 403);
        QCOMPARE(create.code(), QStringLiteral("AccessDenied"));
        const auto version = t->call(
            QStringLiteral("Sam"),
            form({"Action", "CreatePolicyVersion", "PolicyArn", developerAccess, "PolicyDocument",
                  document(QStringLiteral("*")), "SetAsDefault", "true"}));
        QCOMPARE(version.code(), QStringLiteral("AccessDenied"));
        QCOMPARE(dir().policyCount(IamEndpointTesting::Account), policies);
        QCOMPARE(int(dir().policyVersions(developerAccess).size()), versions);
        QCOMPARE(dir().policy(developerAccess)->defaultVersionId, QStringLiteral("v1"));
    }
};

QTEST_GUILESS_MAIN(TestIamPolicyOperations)
#include "tst_iampolicyoperations.moc"
