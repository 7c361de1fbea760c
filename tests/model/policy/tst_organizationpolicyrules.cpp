#include "common/resultassertions.h"
#include "policy/organizationpolicyrules.h"
#include "policytestsupport.h"

#include <QTest>

// What Organizations accepts as an SCP or RCP (CreatePolicy / UpdatePolicy), and which
// requests RCPs limit.
class TestOrganizationPolicyRules : public QObject
{
    Q_OBJECT

    static QString document(const char* statements)
    {
        return json("{'Version': '2012-10-17', 'Statement': [") + json(statements) +
               QStringLiteral("]}");
    }

private slots:
    void acceptsDocumentedPolicies()
    {
        // "Prevent member accounts from leaving the organization" (SCP examples).
        REQUIRE_OK(OrganizationPolicyRules::validate(
            document("{'Effect': 'Deny', 'Action': 'organizations:LeaveOrganization', "
                     "'Resource': '*'}"),
            PolicyKind::ServiceControl));
        REQUIRE_OK(OrganizationPolicyRules::validate(
            document("{'Effect': 'Allow', 'Action': '*', 'Resource': '*'}"),
            PolicyKind::ServiceControl));
        // An identity perimeter RCP (RCP examples).
        REQUIRE_OK(OrganizationPolicyRules::validate(
            document("{'Effect': 'Deny', 'Principal': '*', 'Action': 'sts:AssumeRole', "
                     "'Resource': '*', 'Condition': {'StringNotEqualsIfExists': "
                     "{'aws:PrincipalOrgID': 'o-a1b2c3d4e5'}}}"),
            PolicyKind::ResourceControl));
    }

    void grammarErrorsAreMalformedPolicyDocumentException()
    {
        PolicyDiagnostic diagnostic;
        const auto result = OrganizationPolicyRules::validate(
            document("{'Effect': 'Deny', 'Principal': '*', 'Action': 's3:*', 'Resource': '*'}"),
            PolicyKind::ServiceControl, &diagnostic);
        REQUIRE_ERROR(result, "MalformedPolicyDocumentException",
                      "Policy document should not specify a principal at 1:60 in "
                      "Statement[0].Principal");
        QCOMPARE(diagnostic.path, QStringLiteral("Statement[0].Principal"));
        QCOMPARE(result.error().httpStatus(), 400);
    }

    // "The effect of Allow is only supported for the RCPFullAWSAccess policy" (RCP syntax).
    void resourceControlPoliciesOnlyDeny()
    {
        REQUIRE_ERROR(OrganizationPolicyRules::validate(
                          document("{'Effect': 'Deny', 'Principal': '*', 'Action': 's3:*', "
                                   "'Resource': '*'}, {'Effect': 'Allow', 'Principal': '*', "
                                   "'Action': 's3:*', 'Resource': '*'}"),
                          PolicyKind::ResourceControl),
                      "MalformedPolicyDocumentException",
                      "Statement[1].Effect: a resource control policy may only deny; \"Allow\" "
                      "is reserved for RCPFullAWSAccess, which AWS attaches itself");
        // The evaluator still reads AWS's own RCPFullAWSAccess.
        REQUIRE_OK(PolicyDocument::parse(
            document("{'Effect': 'Allow', 'Principal': '*', 'Action': '*', 'Resource': '*'}"),
            PolicyKind::ResourceControl));
    }

    void sizeIsAConstraintViolation()
    {
        const QString head = json("{'Version':'2012-10-17','Statement':{'Effect':'Deny',"
                                  "'Action':'*','Resource':'arn:aws:s3:::");
        const QString tail = json("'}}");
        const auto sized = [&](int size) {
            return head + QString(size - head.size() - tail.size(), QLatin1Char('x')) + tail;
        };
        REQUIRE_OK(OrganizationPolicyRules::validate(sized(5120), PolicyKind::ServiceControl));
        REQUIRE_ERROR(OrganizationPolicyRules::validate(sized(5121), PolicyKind::ServiceControl),
                      "ConstraintViolationException",
                      "The service control policy has 5121 characters; at most 5120 are "
                      "allowed, whitespace included. Remove whitespace or split the policy "
                      "(POLICY_CONTENT_LIMIT_EXCEEDED).");
        // The console shows it under the policy's content.
        QCOMPARE(OrganizationPolicyRules::validate(sized(5121), PolicyKind::ServiceControl)
                     .error()
                     .parameter(),
                 QStringLiteral("Content"));
    }

    void onlyOrganizationPolicies()
    {
        REQUIRE_CODE(OrganizationPolicyRules::validate(
                         document("{'Effect': 'Allow', 'Action': '*', 'Resource': '*'}"),
                         PolicyKind::Identity),
                     "InvalidInputException");
    }

    void resourceControlAppliesToSupportedServices()
    {
        QVERIFY(OrganizationPolicyRules::resourceControlApplies(u"s3", u"getobject"));
        QVERIFY(OrganizationPolicyRules::resourceControlApplies(u"sts", u"assumerole"));
        QVERIFY(OrganizationPolicyRules::resourceControlApplies(u"sts", u"assumerolewithsaml"));
        QVERIFY(
            OrganizationPolicyRules::resourceControlApplies(u"sts", u"assumerolewithwebidentity"));
        QVERIFY(OrganizationPolicyRules::resourceControlApplies(u"sts", u"tagsession"));
        QVERIFY(!OrganizationPolicyRules::resourceControlApplies(u"sts", u"getcalleridentity"));
        QVERIFY(!OrganizationPolicyRules::resourceControlApplies(u"iam", u"listusers"));
        QVERIFY(
            !OrganizationPolicyRules::resourceControlApplies(u"organizations", u"listaccounts"));
    }
};

QTEST_GUILESS_MAIN(TestOrganizationPolicyRules)
#include "tst_organizationpolicyrules.moc"
