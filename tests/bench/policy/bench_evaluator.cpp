#include "policy/compiledpolicy.h"
#include "policy/evaluationrequest.h"
#include "policy/policyevaluator.h"
#include "policy/requestcontextbuilder.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

// Decisions per second for a typical user: 10 policies of 5 statements with
// wildcards, policy variables and conditions, evaluated on one thread
// (DESIGN.md budget: 500,000/s), then the same for a member account under
// three levels of SCPs (FullAWSAccess and a deny list) and an RCP level.
// Prints figures; never fails on time.
// A plain program rather than a Qt Test: moc cannot lex the raw strings.
namespace {

const QStringList services{QStringLiteral("s3"),     QStringLiteral("ec2"),
                           QStringLiteral("iam"),    QStringLiteral("dynamodb"),
                           QStringLiteral("lambda"), QStringLiteral("sqs"),
                           QStringLiteral("sns"),    QStringLiteral("kms"),
                           QStringLiteral("logs"),   QStringLiteral("cloudwatch")};

// Policy p: five statements over service p and its neighbour.
QString policyText(int p)
{
    const QString svc = services.at(p);
    const QString next = services.at((p + 1) % services.size());
    const QString statements =
        QStringLiteral(
            R"({"Sid": "Read%1", "Effect": "Allow", "Action": ["%1:Get*", "%1:List*", "%1:Describe*"],)"
            R"( "Resource": "arn:aws:%1:us-east-1:111122223333:team-%3/*"},)"
            R"({"Sid": "Write%1", "Effect": "Allow", "Action": ["%1:Put*", "%1:Create*", "%1:Update*"],)"
            R"( "Resource": ["arn:aws:%1:us-east-1:111122223333:team-%3/${aws:username}/*",)"
            R"( "arn:aws:%1:us-east-1:111122223333:shared-%3/*"],)"
            R"( "Condition": {"StringEquals": {"aws:PrincipalTag/team": ["team-%3", "platform"]},)"
            R"( "Bool": {"aws:SecureTransport": "true"}}},)"
            R"({"Sid": "Network%1", "Effect": "Allow", "Action": "%2:Describe*", "Resource": "*",)"
            R"( "Condition": {"IpAddress": {"aws:SourceIp": ["10.0.0.0/8", "127.0.0.0/8"]},)"
            R"( "DateLessThan": {"aws:CurrentTime": "2030-01-01T00:00:00Z"}}},)"
            R"({"Sid": "DenyDelete%1", "Effect": "Deny", "Action": "%1:Delete*",)"
            R"( "Resource": "arn:aws:%1:*:*:prod-*", "Condition": {"StringNotLike":)"
            R"( {"aws:PrincipalTag/role": "admin*"}}},)"
            R"({"Sid": "Tags%1", "Effect": "Allow", "NotAction": ["%1:Delete*", "iam:*"],)"
            R"( "Resource": "arn:aws:%1:us-east-1:111122223333:sandbox-*",)"
            R"( "Condition": {"ForAnyValue:StringLike": {"aws:PrincipalTag/project": ["sb-*"]},)"
            R"( "NumericLessThanEquals": {"aws:EpochTime": "1900000000"}}})")
            .arg(svc, next)
            .arg(p);
    return QStringLiteral(R"({"Version": "2012-10-17", "Statement": [)") + statements +
           QStringLiteral("]}");
}

// Decisions per second over requests for about 3 s; how many were allowed goes to allowed.
double rate(const QList<EvaluationRequest>& requests, qint64& allowed)
{
    QElapsedTimer timer;
    timer.start();
    qint64 decisions = 0;
    while (timer.elapsed() < 3000) {
        for (const EvaluationRequest& request : requests) {
            allowed += PolicyEvaluator::evaluate(request).isAllowed() ? 1 : 0;
            ++decisions;
        }
    }
    return double(decisions) / (double(timer.nsecsElapsed()) / 1e9);
}

NamedPolicy organizationPolicy(const QString& name, const QString& text, PolicyKind kind)
{
    const auto compiled = CompiledPolicy::compile(text, kind);
    if (!compiled.ok())
        qFatal("corpus policy rejected: %s", qPrintable(compiled.error().message()));
    return {name, compiled.value()};
}

// The requests again, from a member account: FullAWSAccess at the root, an OU and the
// account, a deny list at the OU, and an RCP at the root.
QList<EvaluationRequest> inMemberAccount(QList<EvaluationRequest> requests)
{
    const NamedPolicy full = organizationPolicy(
        QStringLiteral("FullAWSAccess"),
        QStringLiteral(R"({"Version": "2012-10-17", "Statement": {"Effect": "Allow", )"
                       R"("Action": "*", "Resource": "*"}})"),
        PolicyKind::ServiceControl);
    const NamedPolicy denyList = organizationPolicy(
        QStringLiteral("Guardrails"),
        QStringLiteral(
            R"({"Version": "2012-10-17", "Statement": [{"Effect": "Deny", )"
            R"("Action": ["organizations:LeaveOrganization", "kms:ScheduleKeyDeletion"], )"
            R"("Resource": "*"}, {"Effect": "Deny", "Action": "s3:Put*", )"
            R"("Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]})"),
        PolicyKind::ServiceControl);
    const NamedPolicy perimeter = organizationPolicy(
        QStringLiteral("Perimeter"),
        QStringLiteral(R"({"Version": "2012-10-17", "Statement": {"Effect": "Deny", )"
                       R"("Principal": "*", "Action": ["s3:*", "sqs:*", "kms:*"], )"
                       R"("Resource": "*", "Condition": {"StringNotEqualsIfExists": )"
                       R"({"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}}})"),
        PolicyKind::ResourceControl);
    for (EvaluationRequest& request : requests) {
        request.serviceControlPolicies = {{full}, {full, denyList}, {full}};
        request.resourceControlPolicies = {{perimeter}};
        request.context.set(QStringLiteral("aws:PrincipalOrgID"), QStringLiteral("o-a1b2c3d4e5"));
    }
    return requests;
}

bool decisionsPerSecond()
{
    QList<NamedPolicy> policies;
    for (int p = 0; p < 10; ++p) {
        const auto compiled = CompiledPolicy::compile(policyText(p), PolicyKind::Identity);
        if (!compiled.ok()) {
            std::printf("corpus policy rejected: %s\n", qPrintable(compiled.error().message()));
            return false;
        }
        policies.append({QStringLiteral("policy%1").arg(p), compiled.value()});
    }

    CallerIdentity caller;
    caller.arn = QStringLiteral("arn:aws:iam::111122223333:user/alice");
    caller.accountId = QStringLiteral("111122223333");
    caller.userId = QStringLiteral("AIDAEXAMPLEALICE12345");
    caller.userName = QStringLiteral("alice");
    caller.tags = {{QStringLiteral("team"), QStringLiteral("team-3")},
                   {QStringLiteral("project"), QStringLiteral("sb-42")}};
    caller.now = QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);

    // A spread of requests: allowed reads and writes, explicit denies,
    // and actions no statement mentions.
    EvaluationRequest base;
    base.principal = RequestContextBuilder::principal(caller);
    base.context = RequestContextBuilder::build(caller);
    base.identityPolicies = policies;
    QList<EvaluationRequest> requests;
    const QStringList verbs{QStringLiteral("GetObject"),      QStringLiteral("PutItem"),
                            QStringLiteral("DescribeThings"), QStringLiteral("DeleteTable"),
                            QStringLiteral("TagResource"),    QStringLiteral("RunInstances")};
    for (int i = 0; i < 240; ++i) {
        EvaluationRequest request = base;
        const int p = i % 10;
        const QString svc = services.at(p);
        request.action = svc + QLatin1Char(':') + verbs.at(i / 10 % verbs.size());
        const QString resourceName = i % 4 == 0   ? QStringLiteral("team-%1/alice/x").arg(p)
                                     : i % 4 == 1 ? QStringLiteral("prod-%1").arg(i)
                                     : i % 4 == 2 ? QStringLiteral("sandbox-%1").arg(i)
                                                  : QStringLiteral("team-%1/report").arg(p);
        request.resource =
            QStringLiteral("arn:aws:%1:us-east-1:111122223333:%2").arg(svc, resourceName);
        requests.append(request);
    }

    int counts[3] = {0, 0, 0};
    for (const EvaluationRequest& request : requests)
        ++counts[int(PolicyEvaluator::evaluate(request).decision)];
    // The corpus exercises every outcome.
    if (counts[0] == 0 || counts[1] == 0 || counts[2] == 0) {
        std::printf("the corpus must exercise allow, explicit and implicit deny\n");
        return false;
    }

    qint64 allowed = 0;
    const double plain = rate(requests, allowed);
    std::printf("corpus: 10 policies, 50 statements, %lld requests (allow %d, explicit deny %d, "
                "implicit deny %d)\n",
                qlonglong(requests.size()), counts[0], counts[1], counts[2]);
    std::printf("decisions/s: %.0f\n", plain);

    // The guardrails take away nothing these requests were allowed.
    const QList<EvaluationRequest> member = inMemberAccount(requests);
    for (qsizetype i = 0; i < requests.size(); ++i) {
        if (PolicyEvaluator::evaluate(member.at(i)).decision !=
            PolicyEvaluator::evaluate(requests.at(i)).decision) {
            std::printf("SCPs changed the decision of %s\n", qPrintable(requests.at(i).action));
            return false;
        }
    }
    qint64 memberAllowed = 0;
    std::printf("decisions/s in a member account (3 SCP levels, 1 RCP level): %.0f\n",
                rate(member, memberAllowed));
    std::printf("(allowed %lld and %lld)\n", qlonglong(allowed), qlonglong(memberAllowed));
    return true;
}

void compilesPerSecond()
{
    QElapsedTimer timer;
    timer.start();
    qint64 compiled = 0;
    while (timer.elapsed() < 1000) {
        compiled +=
            CompiledPolicy::compile(policyText(int(compiled % 10)), PolicyKind::Identity).ok();
    }
    std::printf("policies parsed and compiled/s: %.0f\n",
                double(compiled) / (double(timer.nsecsElapsed()) / 1e9));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (!decisionsPerSecond())
        return 1;
    compilesPerSecond();
    return 0;
}
