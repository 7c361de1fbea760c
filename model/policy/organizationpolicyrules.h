#pragma once

#include "iam/result.h"
#include "policy/policydocument.h"

#include <QString>
#include <QStringView>

// What AWS Organizations accepts as a service control policy (SCP) or a
// resource control policy (RCP), and which requests an RCP can limit.
class OrganizationPolicyRules
{
public:
    // Organizations' quota for an SCP or RCP document, every character counted
    // (Organizations User Guide, "Quotas and service limits").
    static constexpr int MaxSize = 5120;

    // Checks text as CreatePolicy / UpdatePolicy do for kind
    // (PolicyKind::ServiceControl or PolicyKind::ResourceControl):
    // - the grammar of the kind: MalformedPolicyDocumentException whose message
    //   says where and what to fix (diagnostic, when given, receives the parts);
    // - the size: ConstraintViolationException (reason POLICY_CONTENT_LIMIT_EXCEEDED);
    // - for an RCP, that every statement denies: "The effect of Allow is only
    //   supported for the RCPFullAWSAccess policy" (Organizations User Guide,
    //   "RCP syntax"), which AWS attaches itself and nobody creates.
    // Any other kind is refused as InvalidInputException.
    static Result<PolicyDocument> validate(const QString& text, PolicyKind kind,
                                           PolicyDiagnostic* diagnostic = nullptr);

    // Whether RCPs limit an action, given case-folded as StatementInput holds it
    // ("sts", "assumerole"). RCPs apply only to the services listed in the
    // Organizations User Guide, "Resource control policies (RCPs)", "List of AWS
    // services that support RCPs"
    // (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html):
    // Amazon S3, AWS STS, AWS KMS, Amazon SQS, AWS Secrets Manager, Amazon Cognito,
    // Amazon CloudWatch Logs, Amazon DynamoDB, Amazon ECR and Amazon OpenSearch
    // Serverless. Of STS only the requests on a role are resource requests:
    // AssumeRole, AssumeRoleWithSAML, AssumeRoleWithWebIdentity and TagSession.
    static bool resourceControlApplies(QStringView foldedService, QStringView foldedAction);
};
