#include "common/resultassertions.h"
#include "policy/compiledpolicy.h"
#include "policy/requestcontext.h"
#include "policy/requestprincipal.h"
#include "policytestsupport.h"

#include <QTest>

// Which statements of a compiled policy apply to a request (CompiledPolicy
// and CompiledStatement): action, resource and condition matching.
class TestCompiledPolicy : public QObject
{
    Q_OBJECT

    using Compiled = std::shared_ptr<const CompiledPolicy>;

    static Result<Compiled> compile(const QString& text, PolicyKind kind = PolicyKind::Identity)
    {
        return CompiledPolicy::compile(text, kind);
    }

    static QList<int> hits(const CompiledPolicy& policy, const QString& action,
                           const QString& resource, const RequestContext& context = {},
                           const RequestPrincipal& principal = {})
    {
        const StatementInput input(action, resource, context, principal);
        StatementHits found;
        policy.match(input, found);
        QList<int> indices;
        for (const StatementHit& hit : found)
            indices.append(hit.statement);
        return indices;
    }

    static QString allow(const QString& actions, const QString& resources = QStringLiteral("'*'"))
    {
        return json("{'Version': '2012-10-17', 'Statement': {'Effect': 'Allow', 'Action': ") +
               json(qPrintable(actions)) + json(", 'Resource': ") + json(qPrintable(resources)) +
               QStringLiteral("}}");
    }

private slots:
    void actionsMatchCaseInsensitively()
    {
        Compiled policy;
        REQUIRE_VALUE(policy, compile(allow(QStringLiteral("'IAM:getUser'"))));
        QCOMPARE(hits(*policy, QStringLiteral("iam:GetUser"), QStringLiteral("*")), QList<int>{0});
        QCOMPARE(hits(*policy, QStringLiteral("IAM:GETUSER"), QStringLiteral("*")), QList<int>{0});
        QVERIFY(hits(*policy, QStringLiteral("iam:GetUsers"), QStringLiteral("*")).isEmpty());
        QVERIFY(hits(*policy, QStringLiteral("sts:GetUser"), QStringLiteral("*")).isEmpty());
    }

    void actionWildcards()
    {
        Compiled policy;
        REQUIRE_VALUE(
            policy,
            compile(allow(QStringLiteral("['iam:*AccessKey*', 'ec2:?escribe*', '*:List*']"))));
        for (const char* action : {"iam:CreateAccessKey", "iam:ListAccessKeys", "ec2:DescribeVpcs",
                                   "s3:ListBucket", "dynamodb:listtables"})
            QVERIFY2(!hits(*policy, QString::fromLatin1(action), QStringLiteral("*")).isEmpty(),
                     action);
        for (const char* action :
             {"iam:GetUser", "ec2:RunInstances", "ec2:Describ", "s3:GetObject"})
            QVERIFY2(hits(*policy, QString::fromLatin1(action), QStringLiteral("*")).isEmpty(),
                     action);
        Compiled everything;
        REQUIRE_VALUE(everything, compile(allow(QStringLiteral("'*'"))));
        QCOMPARE(hits(*everything, QStringLiteral("anything:AtAll"), QStringLiteral("*")),
                 QList<int>{0});
    }

    void oddActionsMatchLiterally()
    {
        Compiled comma;
        REQUIRE_VALUE(comma, compile(allow(QStringLiteral("'s3:GetObject,PutObject'"))));
        QVERIFY(hits(*comma, QStringLiteral("s3:GetObject"), QStringLiteral("*")).isEmpty());
        QVERIFY(hits(*comma, QStringLiteral("s3:PutObject"), QStringLiteral("*")).isEmpty());
        Compiled empty;
        REQUIRE_VALUE(empty, compile(allow(QStringLiteral("'s3:'"))));
        QVERIFY(hits(*empty, QStringLiteral("s3:GetBucket"), QStringLiteral("*")).isEmpty());
    }

    void notActionAndNotResource()
    {
        Compiled policy;
        REQUIRE_VALUE(
            policy,
            compile(json("{'Version': '2012-10-17', 'Statement': ["
                         "{'Effect': 'Allow', 'NotAction': ['iam:*', 's3:Put*'], 'Resource': '*'},"
                         "{'Effect': 'Allow', 'Action': 's3:*', 'NotResource': "
                         "['arn:aws:s3:::secret', 'arn:aws:s3:::secret/*']}]}")));
        QCOMPARE(hits(*policy, QStringLiteral("ec2:RunInstances"), QStringLiteral("*")),
                 QList<int>{0});
        QCOMPARE(
            hits(*policy, QStringLiteral("s3:GetObject"), QStringLiteral("arn:aws:s3:::public/x")),
            (QList<int>{0, 1}));
        QCOMPARE(
            hits(*policy, QStringLiteral("s3:GetObject"), QStringLiteral("arn:aws:s3:::secret/x")),
            QList<int>{0});
        QVERIFY(hits(*policy, QStringLiteral("s3:PutObject"), QStringLiteral("arn:aws:s3:::secret"))
                    .isEmpty());
        QVERIFY(hits(*policy, QStringLiteral("iam:GetUser"), QStringLiteral("*")).isEmpty());
    }

    void resourcesMatchCaseSensitivelyAcrossSeparators()
    {
        Compiled policy;
        REQUIRE_VALUE(
            policy,
            compile(allow(QStringLiteral("'s3:GetObject'"),
                          QStringLiteral("['arn:aws:s3:::Bucket/*', 'arn:aws:s3:::*/report']"))));
        QCOMPARE(hits(*policy, QStringLiteral("s3:GetObject"),
                      QStringLiteral("arn:aws:s3:::Bucket/a/b:c")),
                 QList<int>{0});
        QVERIFY(
            hits(*policy, QStringLiteral("s3:GetObject"), QStringLiteral("arn:aws:s3:::bucket/a"))
                .isEmpty());
        QCOMPARE(hits(*policy, QStringLiteral("s3:GetObject"),
                      QStringLiteral("arn:aws:s3:::x/y/report")),
                 QList<int>{0});
        // A request for "*" is only covered by a "*" resource.
        QVERIFY(hits(*policy, QStringLiteral("s3:GetObject"), QStringLiteral("*")).isEmpty());
    }

    void variablesOnlyUnderVersion2012()
    {
        RequestContext context;
        context.set(QStringLiteral("aws:username"), QStringLiteral("John"));
        const QString body = json("'Statement': {'Effect': 'Allow', 'Action': 'iam:*AccessKey*', "
                                  "'Resource': 'arn:aws:iam::1:user/${aws:username}'}}");
        Compiled current;
        REQUIRE_VALUE(current, compile(json("{'Version': '2012-10-17', ") + body));
        Compiled legacy;
        REQUIRE_VALUE(legacy, compile(json("{'Version': '2008-10-17', ") + body));
        QCOMPARE(hits(*current, QStringLiteral("iam:CreateAccessKey"),
                      QStringLiteral("arn:aws:iam::1:user/John"), context),
                 QList<int>{0});
        QVERIFY(hits(*legacy, QStringLiteral("iam:CreateAccessKey"),
                     QStringLiteral("arn:aws:iam::1:user/John"), context)
                    .isEmpty());
        QCOMPARE(hits(*legacy, QStringLiteral("iam:CreateAccessKey"),
                      QStringLiteral("arn:aws:iam::1:user/${aws:username}"), context),
                 QList<int>{0});
        // Without the key, the variable resolves to nothing and matches nothing.
        QVERIFY(hits(*current, QStringLiteral("iam:CreateAccessKey"),
                     QStringLiteral("arn:aws:iam::1:user/John"))
                    .isEmpty());
    }

    void conditionsAndTogether()
    {
        Compiled policy;
        REQUIRE_VALUE(policy,
                      compile(json("{'Version': '2012-10-17', 'Statement': {'Effect': "
                                   "'Allow', 'Action': '*', 'Resource': '*',"
                                   " 'Condition': {'StringEquals': {'aws:PrincipalTag/dept': "
                                   "['hr', 'legal'], 'aws:PrincipalTag/role': 'audit'},"
                                   " 'Bool': {'aws:SecureTransport': 'true'}}}}")));
        RequestContext context;
        context.set(QStringLiteral("aws:PrincipalTag/dept"), QStringLiteral("legal"));
        context.set(QStringLiteral("aws:PrincipalTag/role"), QStringLiteral("audit"));
        context.set(QStringLiteral("aws:SecureTransport"), QStringLiteral("true"));
        QCOMPARE(hits(*policy, QStringLiteral("s3:GetObject"), QStringLiteral("*"), context),
                 QList<int>{0});
        context.set(QStringLiteral("aws:SecureTransport"), QStringLiteral("false"));
        QVERIFY(
            hits(*policy, QStringLiteral("s3:GetObject"), QStringLiteral("*"), context).isEmpty());
        context.set(QStringLiteral("aws:SecureTransport"), QStringLiteral("true"));
        context.set(QStringLiteral("aws:PrincipalTag/role"), QStringLiteral("payroll"));
        QVERIFY(
            hits(*policy, QStringLiteral("s3:GetObject"), QStringLiteral("*"), context).isEmpty());
    }

    // The per-service index must not lose or reorder statements.
    void hitsFollowDocumentOrder()
    {
        Compiled policy;
        REQUIRE_VALUE(
            policy,
            compile(json(
                "{'Statement': ["
                "{'Effect': 'Allow', 'Action': 's3:Get*', 'Resource': '*'},"
                "{'Effect': 'Deny', 'NotAction': 'iam:*', 'Resource': '*'},"
                "{'Effect': 'Allow', 'Action': ['ec2:Describe*', 'S3:GetObject'], 'Resource': '*'},"
                "{'Effect': 'Allow', 'Action': 'iam:GetUser', 'Resource': '*'},"
                "{'Effect': 'Allow', 'Action': 's?:GetObject', 'Resource': '*'}]}")));
        QCOMPARE(hits(*policy, QStringLiteral("s3:GetObject"), QStringLiteral("*")),
                 (QList<int>{0, 1, 2, 4}));
        QCOMPARE(hits(*policy, QStringLiteral("ec2:DescribeVpcs"), QStringLiteral("*")),
                 (QList<int>{1, 2}));
        QCOMPARE(hits(*policy, QStringLiteral("iam:GetUser"), QStringLiteral("*")), QList<int>{3});
        QCOMPARE(hits(*policy, QStringLiteral("sx:GetObject"), QStringLiteral("*")),
                 (QList<int>{1, 4}));
        QCOMPARE(policy->statementCount(), 5);
    }

    void resourcePoliciesMatchPrincipals()
    {
        Compiled policy;
        REQUIRE_VALUE(
            policy,
            compile(json("{'Statement': {'Effect': 'Allow', 'Principal': {'AWS': "
                         "'arn:aws:iam::111122223333:user/John'}, 'Action': 's3:GetObject'}}"),
                    PolicyKind::Resource));
        const RequestContext none;
        QCOMPARE(
            hits(*policy, QStringLiteral("s3:GetObject"), QStringLiteral("arn:aws:s3:::b/k"), none,
                 RequestPrincipal::fromArn(QStringLiteral("arn:aws:iam::111122223333:user/John"))),
            QList<int>{0});
        QVERIFY(
            hits(*policy, QStringLiteral("s3:GetObject"), QStringLiteral("arn:aws:s3:::b/k"), none,
                 RequestPrincipal::fromArn(QStringLiteral("arn:aws:iam::111122223333:user/Jane")))
                .isEmpty());
    }

    void keepsTheDocument()
    {
        Compiled policy;
        REQUIRE_VALUE(policy, compile(allow(QStringLiteral("'s3:*'"))));
        QCOMPARE(policy->document().statements().size(), 1);
        QCOMPARE(policy->document().kind(), PolicyKind::Identity);
        QVERIFY(!CompiledPolicy::compile(QStringLiteral("{"), PolicyKind::Identity).ok());
    }
};

QTEST_GUILESS_MAIN(TestCompiledPolicy)
#include "tst_compiledpolicy.moc"
