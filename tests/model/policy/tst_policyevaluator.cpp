#include "common/resultassertions.h"
#include "policy/policyevaluator.h"
#include "policy/requestcontextbuilder.h"
#include "policytestsupport.h"

#include <QTest>

#include <atomic>
#include <thread>

// The decision rules of spec §5: deny wins, identity allow needed, boundary
// and session policies limit, resource policies in and across accounts, the
// root user, role trust policies (§5.4), and the organization's SCPs and RCPs
// (§10).
class TestPolicyEvaluator : public QObject
{
    Q_OBJECT

    static inline const QString account = QStringLiteral("111122223333");
    static inline const QString other = QStringLiteral("999988887777");
    static inline const QString johnArn = QStringLiteral("arn:aws:iam::111122223333:user/John");
    static inline const QString sessionArn =
        QStringLiteral("arn:aws:sts::111122223333:assumed-role/Dev/John");
    static inline const QString roleArn = QStringLiteral("arn:aws:iam::111122223333:role/Dev");
    static inline const QString bucket = QStringLiteral("arn:aws:s3:::reports/2024/q1.csv");

    static NamedPolicy named(const QString& name, const QString& text,
                             PolicyKind kind = PolicyKind::Identity)
    {
        // A policy that does not compile fails the test; the evaluator skips the null one.
        auto compiled = CompiledPolicy::compile(text, kind);
        if (!CHECK_OK(compiled))
            return {name, nullptr};
        return {name, compiled.value()};
    }

    // {"Version": ..., "Statement": [<statements>]} from single-quoted JSON.
    static NamedPolicy policy(const QString& name, const char* statements,
                              PolicyKind kind = PolicyKind::Identity)
    {
        return named(name,
                     json("{'Version': '2012-10-17', 'Statement': [") + json(statements) +
                         QStringLiteral("]}"),
                     kind);
    }

    static EvaluationRequest request(const QString& action, const QString& resource,
                                     const QString& principalArn = johnArn)
    {
        EvaluationRequest r;
        r.action = action;
        r.resource = resource;
        r.principal = RequestPrincipal::fromArn(principalArn);
        return r;
    }

    static NamedPolicy bucketPolicy(const char* principal, const char* effect = "Allow")
    {
        return named(QStringLiteral("bucket policy"),
                     json("{'Version': '2012-10-17', 'Statement': {'Sid': 'Share', 'Effect': '") +
                         QString::fromLatin1(effect) + json("', 'Principal': ") + json(principal) +
                         json(", 'Action': 's3:GetObject', 'Resource': 'arn:aws:s3:::reports/*'}}"),
                     PolicyKind::Resource);
    }

    static NamedPolicy trust(const char* principal, const char* extra = "")
    {
        return named(
            QStringLiteral("trust"),
            json("{'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow', 'Principal': ") +
                json(principal) + json(", 'Action': 'sts:AssumeRole'}") + json(extra) +
                QStringLiteral("]}"),
            PolicyKind::Trust);
    }

    static EvaluationRequest assumeRole(const QString& callerArn, const NamedPolicy& trustPolicy,
                                        const QString& role = roleArn)
    {
        EvaluationRequest r = request(QStringLiteral("sts:AssumeRole"), role, callerArn);
        r.resourcePolicy = trustPolicy;
        return r;
    }

    const NamedPolicy readReports =
        policy(QStringLiteral("John/inline/Reports"),
               "{'Sid': 'ReadReports', 'Effect': 'Allow', 'Action': 's3:Get*', 'Resource': "
               "'arn:aws:s3:::reports/*'}");
    const NamedPolicy allowAssume = policy(QStringLiteral("group Developers: Assume"),
                                           "{'Effect': 'Allow', 'Action': 'sts:AssumeRole', "
                                           "'Resource': 'arn:aws:iam::*:role/*'}");

    // An organization: a member account 222233334444 under the root and one OU.
    static inline const QString memberAccount = QStringLiteral("222233334444");
    static inline const QString memberUser = QStringLiteral("arn:aws:iam::222233334444:user/Ana");
    static inline const QString memberRoot = QStringLiteral("arn:aws:iam::222233334444:root");
    static inline const QString memberRole =
        QStringLiteral("arn:aws:iam::222233334444:role/OrganizationAccountAccessRole");
    static inline const QString orgId = QStringLiteral("o-a1b2c3d4e5");

    static NamedPolicy scp(const QString& name, const char* statements)
    {
        return policy(name, statements, PolicyKind::ServiceControl);
    }
    static NamedPolicy rcp(const QString& name, const char* statements)
    {
        return policy(name, statements, PolicyKind::ResourceControl);
    }
    // AWS's FullAWSAccess SCP, attached by default to the root, every OU and account
    // (Organizations User Guide, "SCP evaluation",
    // https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html).
    static NamedPolicy fullAwsAccess()
    {
        return scp(QStringLiteral("FullAWSAccess"),
                   "{'Effect': 'Allow', 'Action': '*', 'Resource': '*'}");
    }
    static QList<QList<NamedPolicy>> fullAwsAccessEverywhere()
    {
        return {{fullAwsAccess()}, {fullAwsAccess()}, {fullAwsAccess()}};
    }
    const NamedPolicy administrator = policy(QStringLiteral("AdministratorAccess"),
                                             "{'Effect': 'Allow', 'Action': '*', 'Resource': '*'}");

private slots:
    void implicitDenyWithoutPolicies()
    {
        const EvaluationResult result =
            PolicyEvaluator::evaluate(request(QStringLiteral("s3:GetObject"), bucket));
        QCOMPARE(result.decision, Decision::ImplicitDeny);
        QCOMPARE(result.decidedBy, PolicyType::Identity);
        QVERIFY(result.matched.isEmpty());
        QVERIFY(!result.isAllowed());
    }

    void allowReportsEveryAllowingStatement()
    {
        EvaluationRequest r = request(QStringLiteral("s3:GetObject"), bucket);
        r.identityPolicies = {policy(QStringLiteral("arn:aws:iam::aws:policy/ReadOnly"),
                                     "{'Effect': 'Allow', 'Action': 'ec2:*', 'Resource': '*'},"
                                     "{'Effect': 'Allow', 'Action': 's3:*', 'Resource': '*'}"),
                              readReports};
        const EvaluationResult result = PolicyEvaluator::evaluate(r);
        QCOMPARE(result.decision, Decision::Allow);
        QCOMPARE(result.decidedBy, PolicyType::Identity);
        const QList<MatchedStatement> expected{{QStringLiteral("arn:aws:iam::aws:policy/ReadOnly"),
                                                PolicyType::Identity, 0, QString(), 1},
                                               {QStringLiteral("John/inline/Reports"),
                                                PolicyType::Identity, 1,
                                                QStringLiteral("ReadReports"), 0}};
        QCOMPARE(result.matched, expected);
    }

    void explicitDenyIsFinal()
    {
        EvaluationRequest r = request(QStringLiteral("s3:GetObject"), bucket);
        r.identityPolicies = {
            readReports, policy(QStringLiteral("group Contractors: NoReports"),
                                "{'Sid': 'NoQ1', 'Effect': 'Deny', 'Action': 's3:*', 'Resource': "
                                "'arn:aws:s3:::reports/*/q1.csv'}")};
        const EvaluationResult result = PolicyEvaluator::evaluate(r);
        QCOMPARE(result.decision, Decision::ExplicitDeny);
        QCOMPARE(result.decidedBy, PolicyType::Identity);
        QCOMPARE(result.matched.size(), 1); // only the denying statement
        QCOMPARE(result.matched.constFirst().sid, QStringLiteral("NoQ1"));
        QCOMPARE(result.matched.constFirst().policyIndex, 1);
    }

    void denyWinsInEveryKindOfPolicy_data()
    {
        QTest::addColumn<PolicyType>("where");
        QTest::newRow("boundary") << PolicyType::Boundary;
        QTest::newRow("session") << PolicyType::Session;
        QTest::newRow("resource") << PolicyType::Resource;
    }
    void denyWinsInEveryKindOfPolicy()
    {
        QFETCH(PolicyType, where);
        EvaluationRequest r = request(QStringLiteral("s3:GetObject"), bucket, sessionArn);
        r.identityPolicies = {readReports};
        const char* deny = "{'Effect': 'Deny', 'Action': 's3:GetObject', 'Resource': '*'},"
                           "{'Effect': 'Allow', 'Action': '*', 'Resource': '*'}";
        if (where == PolicyType::Boundary)
            r.permissionsBoundary = policy(QStringLiteral("boundary"), deny, PolicyKind::Boundary);
        else if (where == PolicyType::Session)
            r.sessionPolicies = {policy(QStringLiteral("session"), deny, PolicyKind::Session)};
        else
            r.resourcePolicy = bucketPolicy("'*'", "Deny");
        const EvaluationResult result = PolicyEvaluator::evaluate(r);
        QCOMPARE(result.decision, Decision::ExplicitDeny);
        QCOMPARE(result.decidedBy, where);
    }

    void boundaryLimitsButNeverGrants()
    {
        EvaluationRequest r = request(QStringLiteral("iam:ListUsers"), QStringLiteral("*"));
        r.identityPolicies = {
            policy(QStringLiteral("Admin"), "{'Effect': 'Allow', 'Action': '*', 'Resource': '*'}")};
        r.permissionsBoundary =
            policy(QStringLiteral("S3Only"),
                   "{'Effect': 'Allow', 'Action': 's3:*', 'Resource': '*'}", PolicyKind::Boundary);
        EvaluationResult result = PolicyEvaluator::evaluate(r);
        QCOMPARE(result.decision, Decision::ImplicitDeny);
        QCOMPARE(result.decidedBy, PolicyType::Boundary);

        r.action = QStringLiteral("s3:ListAllMyBuckets");
        result = PolicyEvaluator::evaluate(r);
        QCOMPARE(result.decision, Decision::Allow);
        QCOMPARE(result.matched.size(), 2); // the identity and the boundary statement
        QCOMPARE(result.matched.at(1).type, PolicyType::Boundary);

        r.identityPolicies.clear();
        result = PolicyEvaluator::evaluate(r);
        QCOMPARE(result.decision, Decision::ImplicitDeny);
        QCOMPARE(result.decidedBy, PolicyType::Identity);
    }

    void sessionPoliciesNarrowASession()
    {
        EvaluationRequest r = request(QStringLiteral("s3:GetObject"), bucket, sessionArn);
        r.identityPolicies = {policy(QStringLiteral("Dev/S3"),
                                     "{'Effect': 'Allow', 'Action': 's3:*', 'Resource': '*'}")};
        r.sessionPolicies = {policy(
            QStringLiteral("session"),
            "{'Effect': 'Allow', 'Action': 's3:GetObject', 'Resource': '*'}", PolicyKind::Session)};
        QCOMPARE(PolicyEvaluator::evaluate(r).decision, Decision::Allow);
        r.action = QStringLiteral("s3:PutObject");
        const EvaluationResult result = PolicyEvaluator::evaluate(r);
        QCOMPARE(result.decision, Decision::ImplicitDeny);
        QCOMPARE(result.decidedBy, PolicyType::Session);
        // Without session policies the role's own permissions apply.
        r.sessionPolicies.clear();
        QCOMPARE(PolicyEvaluator::evaluate(r).decision, Decision::Allow);
        // A session policy alone grants nothing.
        r.identityPolicies.clear();
        r.sessionPolicies = {policy(QStringLiteral("session"),
                                    "{'Effect': 'Allow', 'Action': '*', 'Resource': '*'}",
                                    PolicyKind::Session)};
        QCOMPARE(PolicyEvaluator::evaluate(r).decidedBy, PolicyType::Identity);
    }

    void resourcePolicyNamingTheUserAllowsOnItsOwn()
    {
        EvaluationRequest r = request(QStringLiteral("s3:GetObject"), bucket);
        r.resourcePolicy = bucketPolicy("{'AWS': 'arn:aws:iam::111122223333:user/John'}");
        r.resourceAccount = account;
        EvaluationResult result = PolicyEvaluator::evaluate(r);
        QCOMPARE(result.decision, Decision::Allow);
        QCOMPARE(result.decidedBy, PolicyType::Resource);
        QCOMPARE(result.matched.constFirst().policy, QStringLiteral("bucket policy"));
        QCOMPARE(result.matched.constFirst().sid, QStringLiteral("Share"));
        // Granted to the user ARN: the boundary's implicit deny does not limit it.
        r.permissionsBoundary =
            policy(QStringLiteral("boundary"),
                   "{'Effect': 'Allow', 'Action': 'ec2:*', 'Resource': '*'}", PolicyKind::Boundary);
        QCOMPARE(PolicyEvaluator::evaluate(r).decision, Decision::Allow);
        // Someone else is not named.
        r.principal =
            RequestPrincipal::fromArn(QStringLiteral("arn:aws:iam::111122223333:user/Jane"));
        QCOMPARE(PolicyEvaluator::evaluate(r).decision, Decision::ImplicitDeny);
    }

    void resourcePolicyNamingTheRoleIsLimitedBySessionPolicies()
    {
        EvaluationRequest r = request(QStringLiteral("s3:GetObject"), bucket, sessionArn);
        r.resourcePolicy = bucketPolicy("{'AWS': 'arn:aws:iam::111122223333:role/Dev'}");
        QCOMPARE(PolicyEvaluator::evaluate(r).decision, Decision::Allow);
        r.sessionPolicies = {policy(QStringLiteral("session"),
                                    "{'Effect': 'Allow', 'Action': 'ec2:*', 'Resource': '*'}",
                                    PolicyKind::Session)};
        EvaluationResult result = PolicyEvaluator::evaluate(r);
        QCOMPARE(result.decision, Decision::ImplicitDeny);
        QCOMPARE(result.decidedBy, PolicyType::Session);
        // Named by its session ARN, the session is not limited by them.
        r.resourcePolicy =
            bucketPolicy("{'AWS': 'arn:aws:sts::111122223333:assumed-role/Dev/John'}");
        QCOMPARE(PolicyEvaluator::evaluate(r).decision, Decision::Allow);
    }

    // Granted to the role ARN, the session is still held to the role's
    // permissions boundary (IAM User Guide, "Policy evaluation logic": an
    // implicit deny in a boundary limits a grant to the role, not one to the
    // role session); granted to the session ARN, it is not.
    void resourcePolicyNamingTheRoleIsLimitedByTheBoundary()
    {
        EvaluationRequest r = request(QStringLiteral("s3:GetObject"), bucket, sessionArn);
        r.resourcePolicy = bucketPolicy("{'AWS': 'arn:aws:iam::111122223333:role/Dev'}");
        r.permissionsBoundary =
            policy(QStringLiteral("boundary"),
                   "{'Effect': 'Allow', 'Action': 'ec2:*', 'Resource': '*'}", PolicyKind::Boundary);
        const EvaluationResult result = PolicyEvaluator::evaluate(r);
        QCOMPARE(result.decision, Decision::ImplicitDeny);
        QCOMPARE(result.decidedBy, PolicyType::Boundary);
        r.resourcePolicy =
            bucketPolicy("{'AWS': 'arn:aws:sts::111122223333:assumed-role/Dev/John'}");
        QCOMPARE(PolicyEvaluator::evaluate(r).decision, Decision::Allow);
    }

    void resourcePolicyNamingTheAccountNeedsIdentityAllow()
    {
        EvaluationRequest r = request(QStringLiteral("s3:GetObject"), bucket);
        r.resourcePolicy = bucketPolicy("{'AWS': 'arn:aws:iam::111122223333:root'}");
        QCOMPARE(PolicyEvaluator::evaluate(r).decision, Decision::ImplicitDeny);
        r.identityPolicies = {readReports};
        const EvaluationResult result = PolicyEvaluator::evaluate(r);
        QCOMPARE(result.decision, Decision::Allow);
        QCOMPARE(result.matched.size(), 2);
    }

    void identityDenyBeatsAResourceGrant()
    {
        EvaluationRequest r = request(QStringLiteral("s3:GetObject"), bucket);
        r.resourcePolicy = bucketPolicy("'*'");
        r.identityPolicies = {policy(QStringLiteral("NoS3"),
                                     "{'Effect': 'Deny', 'Action': 's3:*', 'Resource': '*'}")};
        QCOMPARE(PolicyEvaluator::evaluate(r).decision, Decision::ExplicitDeny);
    }

    void crossAccountNeedsBothSides()
    {
        const QString strangerArn = QStringLiteral("arn:aws:iam::999988887777:user/Eve");
        EvaluationRequest r = request(QStringLiteral("s3:GetObject"), bucket, strangerArn);
        r.resourceAccount = account;
        r.resourcePolicy = bucketPolicy("{'AWS': 'arn:aws:iam::999988887777:user/Eve'}");
        EvaluationResult result = PolicyEvaluator::evaluate(r);
        QCOMPARE(result.decision, Decision::ImplicitDeny);
        QCOMPARE(result.decidedBy, PolicyType::Identity);

        r.identityPolicies = {policy(QStringLiteral("Eve/S3"),
                                     "{'Effect': 'Allow', 'Action': 's3:*', 'Resource': '*'}")};
        result = PolicyEvaluator::evaluate(r);
        QCOMPARE(result.decision, Decision::Allow);
        QCOMPARE(result.matched.size(), 2);

        r.resourcePolicy.reset();
        result = PolicyEvaluator::evaluate(r);
        QCOMPARE(result.decision, Decision::ImplicitDeny);
        QCOMPARE(result.decidedBy, PolicyType::Resource);

        // Naming the whole other account is enough on the resource side.
        r.resourcePolicy = bucketPolicy("{'AWS': '999988887777'}");
        QCOMPARE(PolicyEvaluator::evaluate(r).decision, Decision::Allow);
        // The caller's boundary still applies.
        r.permissionsBoundary =
            policy(QStringLiteral("boundary"),
                   "{'Effect': 'Allow', 'Action': 'ec2:*', 'Resource': '*'}", PolicyKind::Boundary);
        QCOMPARE(PolicyEvaluator::evaluate(r).decidedBy, PolicyType::Boundary);
    }

    void resourceOwnerComesFromTheArn()
    {
        // An IAM user of another account is that account's resource.
        EvaluationRequest r = request(QStringLiteral("iam:GetUser"),
                                      QStringLiteral("arn:aws:iam::999988887777:user/Eve"));
        r.identityPolicies = {policy(QStringLiteral("IAM"),
                                     "{'Effect': 'Allow', 'Action': 'iam:*', 'Resource': '*'}")};
        EvaluationResult result = PolicyEvaluator::evaluate(r);
        QCOMPARE(result.decision, Decision::ImplicitDeny);
        QCOMPARE(result.decidedBy, PolicyType::Resource);
        r.resource = QStringLiteral("arn:aws:iam::111122223333:user/Jane");
        QCOMPARE(PolicyEvaluator::evaluate(r).decision, Decision::Allow);
        // S3 ARNs carry no account: same account unless told otherwise.
        r.action = QStringLiteral("s3:GetObject");
        r.resource = bucket;
        r.identityPolicies = {readReports};
        QCOMPARE(PolicyEvaluator::evaluate(r).decision, Decision::Allow);
        r.resourceAccount = other;
        QCOMPARE(PolicyEvaluator::evaluate(r).decision, Decision::ImplicitDeny);
    }

    void rootMayDoAnythingInItsAccount()
    {
        const QString rootArn = QStringLiteral("arn:aws:iam::111122223333:root");
        EvaluationRequest r =
            request(QStringLiteral("iam:DeleteUser"),
                    QStringLiteral("arn:aws:iam::111122223333:user/John"), rootArn);
        QCOMPARE(PolicyEvaluator::evaluate(r).decision, Decision::Allow);
        r.action = QStringLiteral("s3:GetObject");
        r.resource = bucket;
        r.resourcePolicy = bucketPolicy("'*'", "Deny");
        QCOMPARE(PolicyEvaluator::evaluate(r).decision, Decision::ExplicitDeny);
        // Another account's resource needs that account's consent.
        r.resourcePolicy.reset();
        r.resourceAccount = other;
        QCOMPARE(PolicyEvaluator::evaluate(r).decision, Decision::ImplicitDeny);
        r.resourcePolicy = bucketPolicy("{'AWS': '111122223333'}");
        QCOMPARE(PolicyEvaluator::evaluate(r).decision, Decision::Allow);
    }

    void conditionsSeeTheRequestContext()
    {
        EvaluationRequest r =
            request(QStringLiteral("ec2:TerminateInstances"), QStringLiteral("*"));
        r.identityPolicies = {
            policy(QStringLiteral("MfaOnly"),
                   "{'Effect': 'Allow', 'Action': 'ec2:*', 'Resource': '*'},"
                   "{'Sid': 'DenyWithoutMfa', 'Effect': 'Deny', 'Action': 'ec2:Terminate*', "
                   "'Resource': '*', 'Condition': {'BoolIfExists': "
                   "{'aws:MultiFactorAuthPresent': 'false'}}}")};
        QCOMPARE(PolicyEvaluator::evaluate(r).decision, Decision::ExplicitDeny); // long-term keys
        r.context.set(QStringLiteral("aws:MultiFactorAuthPresent"), QStringLiteral("false"));
        QCOMPARE(PolicyEvaluator::evaluate(r).decision, Decision::ExplicitDeny);
        r.context.set(QStringLiteral("aws:MultiFactorAuthPresent"), QStringLiteral("true"));
        QCOMPARE(PolicyEvaluator::evaluate(r).decision, Decision::Allow);
    }

    void assumeRoleWhenTheTrustNamesTheCaller()
    {
        // Named directly: no identity policy is needed in the same account.
        EvaluationRequest r =
            assumeRole(johnArn, trust("{'AWS': 'arn:aws:iam::111122223333:user/John'}"));
        EvaluationResult result = PolicyEvaluator::evaluateAssumeRole(r);
        QCOMPARE(result.decision, Decision::Allow);
        QCOMPARE(result.decidedBy, PolicyType::Trust);
        QCOMPARE(result.matched.constFirst().type, PolicyType::Trust);
        // "*" names everyone directly.
        QCOMPARE(PolicyEvaluator::evaluateAssumeRole(assumeRole(johnArn, trust("'*'"))).decision,
                 Decision::Allow);
        // Someone else is not trusted, whatever their own policies say.
        r.principal =
            RequestPrincipal::fromArn(QStringLiteral("arn:aws:iam::111122223333:user/Jane"));
        r.identityPolicies = {allowAssume};
        result = PolicyEvaluator::evaluateAssumeRole(r);
        QCOMPARE(result.decision, Decision::ImplicitDeny);
        QCOMPARE(result.decidedBy, PolicyType::Trust);
    }

    void assumeRoleWhenTheTrustNamesTheAccount_data()
    {
        QTest::addColumn<QString>("principal");
        QTest::newRow("account id") << QStringLiteral("{'AWS': '111122223333'}");
        QTest::newRow("root arn") << QStringLiteral("{'AWS': 'arn:aws:iam::111122223333:root'}");
        QTest::newRow("in a list") << QStringLiteral("{'AWS': ['444455556666', '111122223333']}");
    }
    void assumeRoleWhenTheTrustNamesTheAccount()
    {
        QFETCH(QString, principal);
        EvaluationRequest r = assumeRole(johnArn, trust(qPrintable(principal)));
        EvaluationResult result = PolicyEvaluator::evaluateAssumeRole(r);
        QCOMPARE(result.decision, Decision::ImplicitDeny);
        QCOMPARE(result.decidedBy, PolicyType::Identity);
        r.identityPolicies = {allowAssume};
        result = PolicyEvaluator::evaluateAssumeRole(r);
        QCOMPARE(result.decision, Decision::Allow);
        QCOMPARE(result.matched.size(), 2);
        // The identity policy must allow sts:AssumeRole on this very role.
        r.identityPolicies = {policy(QStringLiteral("OtherRole"),
                                     "{'Effect': 'Allow', 'Action': 'sts:AssumeRole', 'Resource': "
                                     "'arn:aws:iam::111122223333:role/Admin'}")};
        QCOMPARE(PolicyEvaluator::evaluateAssumeRole(r).decision, Decision::ImplicitDeny);
    }

    void assumeRoleAcrossAccountsNeedsBothSides()
    {
        const QString eve = QStringLiteral("arn:aws:iam::999988887777:user/Eve");
        EvaluationRequest r =
            assumeRole(eve, trust("{'AWS': 'arn:aws:iam::999988887777:user/Eve'}"));
        QCOMPARE(PolicyEvaluator::evaluateAssumeRole(r).decision, Decision::ImplicitDeny);
        r.identityPolicies = {allowAssume};
        QCOMPARE(PolicyEvaluator::evaluateAssumeRole(r).decision, Decision::Allow);
        r.resourcePolicy = trust("{'AWS': '999988887777'}");
        QCOMPARE(PolicyEvaluator::evaluateAssumeRole(r).decision, Decision::Allow);
        r.resourcePolicy = trust("{'AWS': '444455556666'}");
        QCOMPARE(PolicyEvaluator::evaluateAssumeRole(r).decidedBy, PolicyType::Trust);
    }

    void assumeRoleFromARoleSession()
    {
        // Role chaining: trusting the role covers its sessions, within their limits.
        EvaluationRequest r =
            assumeRole(sessionArn, trust("{'AWS': 'arn:aws:iam::111122223333:role/Dev'}"),
                       QStringLiteral("arn:aws:iam::111122223333:role/Admin"));
        QCOMPARE(PolicyEvaluator::evaluateAssumeRole(r).decision, Decision::Allow);
        r.sessionPolicies = {policy(QStringLiteral("session"),
                                    "{'Effect': 'Allow', 'Action': 's3:*', 'Resource': '*'}",
                                    PolicyKind::Session)};
        QCOMPARE(PolicyEvaluator::evaluateAssumeRole(r).decidedBy, PolicyType::Session);
        // Trusting the exact session ARN names the caller directly.
        r.resourcePolicy = trust("{'AWS': 'arn:aws:sts::111122223333:assumed-role/Dev/John'}");
        QCOMPARE(PolicyEvaluator::evaluateAssumeRole(r).decision, Decision::Allow);
    }

    void assumeRoleByServicesAndFederation()
    {
        EvaluationRequest r = assumeRole(
            QString(), trust("{'Service': ['ec2.amazonaws.com', 'lambda.amazonaws.com']}"));
        r.principal = RequestPrincipal::fromService(QStringLiteral("ec2.amazonaws.com"));
        QCOMPARE(PolicyEvaluator::evaluateAssumeRole(r).decision, Decision::Allow);
        r.principal = RequestPrincipal::fromService(QStringLiteral("ecs-tasks.amazonaws.com"));
        QCOMPARE(PolicyEvaluator::evaluateAssumeRole(r).decision, Decision::ImplicitDeny);

        r = assumeRole(
            QString(),
            named(QStringLiteral("trust"),
                  json("{'Statement': {'Effect': 'Allow', 'Principal': {'Federated': "
                       "'accounts.google.com'}, 'Action': 'sts:AssumeRoleWithWebIdentity'}}"),
                  PolicyKind::Trust));
        r.action = QStringLiteral("sts:AssumeRoleWithWebIdentity");
        r.principal =
            RequestPrincipal::fromFederatedProvider(QStringLiteral("accounts.google.com"));
        QCOMPARE(PolicyEvaluator::evaluateAssumeRole(r).decision, Decision::Allow);
        r.action =
            QStringLiteral("sts:AssumeRole"); // the trust allows only the web identity action
        QCOMPARE(PolicyEvaluator::evaluateAssumeRole(r).decision, Decision::ImplicitDeny);
    }

    void assumeRoleHonoursConditionsAndDenies()
    {
        EvaluationRequest r = assumeRole(
            johnArn, named(QStringLiteral("trust"),
                           json("{'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow', "
                                "'Principal': {'AWS': 'arn:aws:iam::111122223333:user/John'}, "
                                "'Action': 'sts:AssumeRole', 'Condition': {'StringEquals': "
                                "{'sts:ExternalId': 'Unique1234'}}}]}"),
                           PolicyKind::Trust));
        QCOMPARE(PolicyEvaluator::evaluateAssumeRole(r).decision, Decision::ImplicitDeny);
        r.context.set(QStringLiteral("sts:ExternalId"), QStringLiteral("Unique1234"));
        QCOMPARE(PolicyEvaluator::evaluateAssumeRole(r).decision, Decision::Allow);
        // An explicit deny on the caller's side wins even over a direct trust.
        r.identityPolicies = {
            policy(QStringLiteral("NoRoles"),
                   "{'Effect': 'Deny', 'Action': 'sts:AssumeRole', 'Resource': '*'}")};
        QCOMPARE(PolicyEvaluator::evaluateAssumeRole(r).decision, Decision::ExplicitDeny);
        // And one in the trust policy.
        r.identityPolicies.clear();
        r.resourcePolicy =
            trust("'*'", ",{'Effect': 'Deny', 'NotPrincipal': {'AWS': "
                         "'arn:aws:iam::111122223333:user/Jane'}, 'Action': 'sts:AssumeRole'}");
        const EvaluationResult result = PolicyEvaluator::evaluateAssumeRole(r);
        QCOMPARE(result.decision, Decision::ExplicitDeny);
        QCOMPARE(result.decidedBy, PolicyType::Trust);
    }

    // SCP evaluation (Organizations User Guide, "SCP evaluation"): with FullAWSAccess at every
    // level the SCPs take nothing away; the allow names the SCP statements of each level last.
    void fullAwsAccessAtEveryLevelTakesNothingAway()
    {
        EvaluationRequest r = request(QStringLiteral("s3:GetObject"), bucket, memberUser);
        r.identityPolicies = {readReports};
        r.serviceControlPolicies = fullAwsAccessEverywhere();
        const EvaluationResult result = PolicyEvaluator::evaluate(r);
        QCOMPARE(result.decision, Decision::Allow);
        QCOMPARE(result.decidedBy, PolicyType::Identity);
        QList<MatchedStatement> expected{{QStringLiteral("John/inline/Reports"),
                                          PolicyType::Identity, 0, QStringLiteral("ReadReports"), 0,
                                          0}};
        for (int level = 0; level < 3; ++level)
            expected.append({QStringLiteral("FullAWSAccess"), PolicyType::ServiceControl, 0,
                             QString(), 0, level});
        QCOMPARE(result.matched, expected);
        // SCPs grant nothing: without the identity allow it stays denied by the identity side.
        r.identityPolicies.clear();
        QCOMPARE(PolicyEvaluator::evaluate(r).decidedBy, PolicyType::Identity);
    }

    // A deny list: FullAWSAccess everywhere plus a deny at the OU, the documented example
    // "Prevent member accounts from leaving the organization"
    // (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples_general.html).
    void denyListScpBeatsAnIdentityAllow()
    {
        EvaluationRequest r = request(QStringLiteral("organizations:LeaveOrganization"),
                                      QStringLiteral("*"), memberUser);
        r.identityPolicies = {administrator};
        r.serviceControlPolicies = fullAwsAccessEverywhere();
        r.serviceControlPolicies[1].append(
            scp(QStringLiteral("DenyLeaving"),
                "{'Effect': 'Deny', 'Action': 'organizations:LeaveOrganization', "
                "'Resource': '*'}"));
        const EvaluationResult result = PolicyEvaluator::evaluate(r);
        QCOMPARE(result.decision, Decision::ExplicitDeny);
        QCOMPARE(result.decidedBy, PolicyType::ServiceControl);
        const QList<MatchedStatement> expected{
            {QStringLiteral("DenyLeaving"), PolicyType::ServiceControl, 1, QString(), 0, 1}};
        QCOMPARE(result.matched, expected);
        // Everything else the administrator may still do.
        r.action = QStringLiteral("organizations:DescribeOrganization");
        QCOMPARE(PolicyEvaluator::evaluate(r).decision, Decision::Allow);
    }

    // An allow list: the OU's FullAWSAccess replaced by an SCP allowing only some services;
    // "every SCP attached to every level ... must allow" so the rest is implicitly denied.
    void allowListScpLimitsToWhatEveryLevelAllows()
    {
        EvaluationRequest r =
            request(QStringLiteral("iam:ListUsers"), QStringLiteral("*"), memberUser);
        r.identityPolicies = {administrator};
        r.serviceControlPolicies = {
            {fullAwsAccess()},
            {scp(QStringLiteral("AllowEc2AndS3"),
                 "{'Effect': 'Allow', 'Action': ['ec2:*', 's3:*'], 'Resource': '*'}")},
            {fullAwsAccess()}};
        const EvaluationResult denied = PolicyEvaluator::evaluate(r);
        QCOMPARE(denied.decision, Decision::ImplicitDeny);
        QCOMPARE(denied.decidedBy, PolicyType::ServiceControl);
        QVERIFY(denied.matched.isEmpty());
        r.action = QStringLiteral("s3:GetObject");
        r.resource = bucket;
        QCOMPARE(PolicyEvaluator::evaluate(r).decision, Decision::Allow);
        // An allow at the OU alone is not enough when the account's level lacks one.
        r.serviceControlPolicies[2] = {scp(QStringLiteral("AllowEc2"),
                                           "{'Effect': 'Allow', 'Action': 'ec2:*', "
                                           "'Resource': '*'}")};
        QCOMPARE(PolicyEvaluator::evaluate(r).decidedBy, PolicyType::ServiceControl);
        // A level with no policy at all allows nothing.
        r.serviceControlPolicies = {{fullAwsAccess()}, {}};
        QCOMPARE(PolicyEvaluator::evaluate(r).decision, Decision::ImplicitDeny);
    }

    // "SCPs don't affect users or roles in the management account"
    // (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html):
    // its requests carry no levels, and nothing limits them.
    void managementAccountIsUnaffected()
    {
        EvaluationRequest r = request(QStringLiteral("iam:ListUsers"), QStringLiteral("*"));
        r.identityPolicies = {administrator};
        QVERIFY(r.serviceControlPolicies.isEmpty());
        const EvaluationResult result = PolicyEvaluator::evaluate(r);
        QCOMPARE(result.decision, Decision::Allow);
        QCOMPARE(result.matched.size(), 1);
    }

    // "SCPs affect all users and roles in attached accounts, including the root user"
    // (Organizations User Guide, "Service control policies (SCPs)").
    void scpsLimitTheRootUserOfAMemberAccount()
    {
        EvaluationRequest r =
            request(QStringLiteral("iam:DeleteUser"),
                    QStringLiteral("arn:aws:iam::222233334444:user/Ana"), memberRoot);
        QCOMPARE(PolicyEvaluator::evaluate(r).decision, Decision::Allow); // root, no SCPs
        r.serviceControlPolicies = fullAwsAccessEverywhere();
        QCOMPARE(PolicyEvaluator::evaluate(r).decision, Decision::Allow);
        r.serviceControlPolicies[0] = {scp(QStringLiteral("ReadOnly"),
                                           "{'Effect': 'Allow', 'Action': ['iam:Get*', "
                                           "'iam:List*'], 'Resource': '*'}")};
        const EvaluationResult gap = PolicyEvaluator::evaluate(r);
        QCOMPARE(gap.decision, Decision::ImplicitDeny);
        QCOMPARE(gap.decidedBy, PolicyType::ServiceControl);
        r.serviceControlPolicies = fullAwsAccessEverywhere();
        r.serviceControlPolicies[2].append(
            scp(QStringLiteral("NoDeletes"),
                "{'Effect': 'Deny', 'Action': 'iam:Delete*', 'Resource': '*'}"));
        QCOMPARE(PolicyEvaluator::evaluate(r).decidedBy, PolicyType::ServiceControl);
        QCOMPARE(PolicyEvaluator::evaluate(r).decision, Decision::ExplicitDeny);
    }

    // An SCP also limits what a same-account resource policy grants: the evaluation logic
    // checks SCPs before resource-based policies
    // (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html).
    void scpsLimitResourcePolicyGrants()
    {
        EvaluationRequest r = request(QStringLiteral("s3:GetObject"), bucket,
                                      QStringLiteral("arn:aws:iam::111122223333:user/John"));
        r.resourcePolicy = bucketPolicy("{'AWS': 'arn:aws:iam::111122223333:user/John'}");
        QCOMPARE(PolicyEvaluator::evaluate(r).decision, Decision::Allow);
        r.serviceControlPolicies = {
            {scp(QStringLiteral("OnlyEc2"), "{'Effect': 'Allow', 'Action': 'ec2:*', "
                                            "'Resource': '*'}")}};
        QCOMPARE(PolicyEvaluator::evaluate(r).decidedBy, PolicyType::ServiceControl);
    }

    // A boundary and SCPs each limit on their own; the SCP is checked first.
    void boundaryAndScpBothLimit()
    {
        EvaluationRequest r = request(QStringLiteral("s3:GetObject"), bucket, memberUser);
        r.identityPolicies = {administrator};
        r.permissionsBoundary =
            policy(QStringLiteral("boundary"),
                   "{'Effect': 'Allow', 'Action': 's3:*', 'Resource': '*'}", PolicyKind::Boundary);
        r.serviceControlPolicies = {
            {scp(QStringLiteral("S3Read"), "{'Effect': 'Allow', 'Action': ['s3:Get*', 's3:List*'], "
                                           "'Resource': '*'}")}};
        QCOMPARE(PolicyEvaluator::evaluate(r).decision, Decision::Allow);
        r.action = QStringLiteral("s3:PutObject"); // the boundary allows it, the SCP does not
        QCOMPARE(PolicyEvaluator::evaluate(r).decidedBy, PolicyType::ServiceControl);
        r.action = QStringLiteral("ec2:RunInstances"); // neither does
        QCOMPARE(PolicyEvaluator::evaluate(r).decidedBy, PolicyType::ServiceControl);
        r.serviceControlPolicies = fullAwsAccessEverywhere(); // now only the boundary refuses
        QCOMPARE(PolicyEvaluator::evaluate(r).decidedBy, PolicyType::Boundary);
    }

    // Every deny counts and the SCP's is named first.
    void scpDenyIsNamedBeforeOtherDenies()
    {
        EvaluationRequest r = request(QStringLiteral("s3:GetObject"), bucket, memberUser);
        r.identityPolicies = {policy(QStringLiteral("NoS3"),
                                     "{'Effect': 'Deny', 'Action': 's3:*', 'Resource': '*'}")};
        r.serviceControlPolicies = {
            {fullAwsAccess(),
             scp(QStringLiteral("NoS3Scp"), "{'Sid': 'NoS3', 'Effect': 'Deny', 'Action': 's3:*', "
                                            "'Resource': '*'}")}};
        const EvaluationResult result = PolicyEvaluator::evaluate(r);
        QCOMPARE(result.decidedBy, PolicyType::ServiceControl);
        QCOMPARE(result.matched.size(), 2);
        QCOMPARE(result.matched.at(0).sid, QStringLiteral("NoS3"));
        QCOMPARE(result.matched.at(0).policyIndex, 1);
        QCOMPARE(result.matched.at(1).type, PolicyType::Identity);
    }

    void scpsLimitAssumeRole()
    {
        EvaluationRequest r = assumeRole(memberUser, trust("{'AWS': '222233334444'}"), memberRole);
        r.identityPolicies = {allowAssume};
        r.serviceControlPolicies = fullAwsAccessEverywhere();
        QCOMPARE(PolicyEvaluator::evaluateAssumeRole(r).decision, Decision::Allow);
        r.serviceControlPolicies[0].append(
            scp(QStringLiteral("NoRoles"),
                "{'Effect': 'Deny', 'Action': 'sts:AssumeRole', 'Resource': '*'}"));
        const EvaluationResult result = PolicyEvaluator::evaluateAssumeRole(r);
        QCOMPARE(result.decision, Decision::ExplicitDeny);
        QCOMPARE(result.decidedBy, PolicyType::ServiceControl);
    }

    // The documented identity perimeter RCP: deny sts:AssumeRole on the organization's roles to
    // principals of other organizations (Organizations User Guide, "RCP examples", data
    // perimeter;
    // https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_examples.html).
    // aws:PrincipalOrgID comes from CallerIdentity::organizationId.
    void rcpDeniesAssumeRoleFromOutsideTheOrganization()
    {
        const NamedPolicy perimeter =
            rcp(QStringLiteral("EnforceOrgIdentities"),
                "{'Sid': 'EnforceOrgIdentities', 'Effect': 'Deny', 'Principal': '*', "
                "'Action': ['sts:AssumeRole', 'sts:TagSession'], 'Resource': '*', 'Condition': "
                "{'StringNotEqualsIfExists': {'aws:PrincipalOrgID': 'o-a1b2c3d4e5'}, "
                "'BoolIfExists': {'aws:PrincipalIsAWSService': 'false'}}}");
        CallerIdentity outsider;
        outsider.arn = QStringLiteral("arn:aws:iam::999988887777:user/Eve");
        outsider.accountId = QStringLiteral("999988887777");
        outsider.organizationId = QStringLiteral("o-zzzzzzzzzz");
        EvaluationRequest r =
            assumeRole(outsider.arn, trust("{'AWS': '999988887777'}"), memberRole);
        r.context = RequestContextBuilder::build(outsider);
        r.identityPolicies = {allowAssume};
        QCOMPARE(PolicyEvaluator::evaluateAssumeRole(r).decision, Decision::Allow); // no RCPs
        r.resourceControlPolicies = {{perimeter}, {}};
        const EvaluationResult result = PolicyEvaluator::evaluateAssumeRole(r);
        QCOMPARE(result.decision, Decision::ExplicitDeny);
        QCOMPARE(result.decidedBy, PolicyType::ResourceControl);
        const QList<MatchedStatement> expected{{QStringLiteral("EnforceOrgIdentities"),
                                                PolicyType::ResourceControl, 0,
                                                QStringLiteral("EnforceOrgIdentities"), 0, 0}};
        QCOMPARE(result.matched, expected);

        // A principal of the organization passes; RCPs grant nothing, so the other policies
        // decide. (A level without RCPs is not a gap: RCPFullAWSAccess is always attached.)
        CallerIdentity member;
        member.arn = memberUser;
        member.accountId = memberAccount;
        member.organizationId = orgId;
        r.principal = RequestPrincipal::fromArn(member.arn);
        r.context = RequestContextBuilder::build(member);
        r.resourcePolicy = trust("{'AWS': '222233334444'}");
        QCOMPARE(PolicyEvaluator::evaluateAssumeRole(r).decision, Decision::Allow);
        r.identityPolicies.clear();
        QCOMPARE(PolicyEvaluator::evaluateAssumeRole(r).decidedBy, PolicyType::Identity);
    }

    // RCPs apply only to the services that support them: IAM is not one.
    void rcpsLimitOnlyTheirServices()
    {
        const NamedPolicy denyAll =
            rcp(QStringLiteral("DenyAll"), "{'Effect': 'Deny', 'Principal': '*', 'Action': "
                                           "['iam:*', 's3:*', 'sts:*'], 'Resource': '*'}");
        EvaluationRequest r =
            request(QStringLiteral("iam:ListUsers"), QStringLiteral("*"), memberUser);
        r.identityPolicies = {administrator};
        r.resourceControlPolicies = {{denyAll}};
        QCOMPARE(PolicyEvaluator::evaluate(r).decision, Decision::Allow);
        r.action = QStringLiteral("sts:GetCallerIdentity"); // not a request on a role
        QCOMPARE(PolicyEvaluator::evaluate(r).decision, Decision::Allow);
        r.action = QStringLiteral("s3:GetObject");
        r.resource = bucket;
        QCOMPARE(PolicyEvaluator::evaluate(r).decidedBy, PolicyType::ResourceControl);
    }

    void evaluationIsThreadSafe()
    {
        EvaluationRequest r = request(QStringLiteral("s3:GetObject"), bucket);
        r.identityPolicies = {readReports};
        r.context.set(QStringLiteral("aws:username"), QStringLiteral("John"));
        const EvaluationResult expected = PolicyEvaluator::evaluate(r);
        std::atomic<int> mismatches{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < 5000; ++i) {
                    const EvaluationResult result = PolicyEvaluator::evaluate(r);
                    if (result.decision != expected.decision || result.matched != expected.matched)
                        ++mismatches;
                }
            });
        }
        for (std::thread& thread : threads)
            thread.join();
        QCOMPARE(mismatches.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPolicyEvaluator)
#include "tst_policyevaluator.moc"
