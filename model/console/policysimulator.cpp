#include "console/policysimulator.h"

#include "console/consoleaction.h"
#include "console/consolesession.h"
#include "directory/directory.h"
#include "iam/arn.h"
#include "iam/clock.h"
#include "policy/accessdeniedmessage.h"
#include "policy/evaluationrequest.h"
#include "policy/policycache.h"
#include "policy/policyevaluator.h"
#include "policy/requestcontextbuilder.h"

namespace {
const QString simulatorSession = QStringLiteral("policy-simulator");
} // namespace

PolicySimulator::PolicySimulator(const Directory& directory, PolicyCache& cache, const Clock* clock)
    : m_directory(directory)
    , m_cache(cache)
    , m_clock(clock ? clock : Clock::system())
{}

PolicySimulator::PolicySimulator(const ConsoleSession& session, const Directory& directory,
                                 PolicyCache& cache, const Clock* clock)
    : m_directory(directory)
    , m_cache(cache)
    , m_clock(clock ? clock : Clock::system())
    , m_session(&session)
{}

Result<void> PolicySimulator::authorize(const QString& action, const QString& resource) const
{
    if (!m_session)
        return {};
    const Authorization answer = m_session->authorize(action, resource);
    if (!answer.allowed())
        return IamError::accessDenied(answer.message);
    return {};
}

QStringList PolicySimulator::principals() const
{
    QStringList out;
    const QString own = m_session ? m_session->identity().arn() : QString();
    if (!own.isEmpty())
        out << own;
    for (const Account& account : m_directory.accounts()) {
        if (const ConsoleAction list = ConsoleAction::listUsers(account.id);
            authorize(list.action, list.resource))
            for (const User& user : m_directory.users(account.id))
                if (const QString arn = user.arn().toString(); arn != own)
                    out << arn;
        if (const ConsoleAction list = ConsoleAction::listRoles(account.id);
            authorize(list.action, list.resource))
            for (const Role& role : m_directory.roles(account.id))
                out << role.arn().toString();
    }
    return out;
}

Result<void> PolicySimulator::authorizeReadingPolicies(const QString& principalArn) const
{
    const auto arn = Arn::parse(principalArn);
    const EntityKind kind =
        arn && arn->resourceType() == QLatin1String("role") ? EntityKind::Role : EntityKind::User;
    const ConsoleAction action = ConsoleAction::listAttachedPolicies(kind, principalArn);
    return authorize(action.action, action.resource);
}

Result<void> PolicySimulator::authorizeSimulating(const QString& principalArn) const
{
    const ConsoleAction action = ConsoleAction::simulatePrincipalPolicy(principalArn);
    return authorize(action.action, action.resource);
}

Result<PolicySimulator::Outcome> PolicySimulator::simulate(const Request& request) const
{
    if (request.actions.isEmpty())
        return IamError::invalidInput(QStringLiteral("Name at least one action to simulate."));
    if (auto allowed = authorizeSimulating(request.principalArn); !allowed)
        return allowed.error();
    const auto arn = Arn::parse(request.principalArn);
    if (!arn || arn->service() != QLatin1String("iam"))
        return IamError::invalidInput(
            QStringLiteral("%1 is not the ARN of a user or role.").arg(request.principalArn));

    Outcome outcome;
    CallerIdentity caller;
    caller.accountId = arn->account();
    caller.organizationId = m_directory.organizationIdOf(caller.accountId);
    caller.now = m_clock->now();
    caller.temporaryCredentials = true;
    caller.tokenIssueTime = caller.now;
    if (arn->resourceType() == QLatin1String("user")) {
        const auto user = m_directory.user(arn->account(), arn->resourceName());
        if (!user)
            return IamError::noSuchEntity(
                QStringLiteral("The user with name %1 cannot be found.").arg(arn->resourceName()));
        caller.type = CallerIdentity::Type::User;
        caller.arn = user->arn().toString();
        caller.userId = user->userId;
        caller.userName = user->name;
        caller.tags = user->tags;
        outcome.policies = PolicySet::forUser(m_directory, user->accountId, user->name);
    } else if (arn->resourceType() == QLatin1String("role")) {
        const auto role = m_directory.role(arn->account(), arn->resourceName());
        if (!role)
            return IamError::noSuchEntity(
                QStringLiteral("The role with name %1 cannot be found.").arg(arn->resourceName()));
        caller.type = CallerIdentity::Type::AssumedRole;
        caller.arn = Arn::assumedRole(role->accountId, role->name, simulatorSession).toString();
        caller.roleArn = role->arn().toString();
        caller.userId = role->roleId + QLatin1Char(':') + simulatorSession;
        caller.tags = role->tags;
        outcome.policies = PolicySet::forRole(m_directory, role->accountId, role->name);
    } else {
        return IamError::invalidInput(
            QStringLiteral("%1 is not the ARN of a user or role.").arg(request.principalArn));
    }
    return evaluate(caller, std::move(outcome), request, true);
}

Result<PolicySimulator::Outcome> PolicySimulator::simulateCustom(const QString& accountId,
                                                                 const QStringList& documents,
                                                                 const Request& request) const
{
    if (request.actions.isEmpty())
        return IamError::invalidInput(QStringLiteral("Name at least one action to simulate."));
    const ConsoleAction permission = ConsoleAction::simulateCustomPolicy();
    if (auto allowed = authorize(permission.action, permission.resource); !allowed)
        return allowed.error();
    CallerIdentity caller;
    caller.accountId = accountId;
    caller.organizationId = m_directory.organizationIdOf(caller.accountId);
    caller.now = m_clock->now();
    caller.type = CallerIdentity::Type::User;
    caller.arn = request.principalArn.isEmpty()
                     ? Arn::user(accountId, QStringLiteral("/"), simulatorSession).toString()
                     : request.principalArn;
    const auto arn = Arn::parse(caller.arn);
    caller.userName = arn ? arn->resourceName() : QString();
    Outcome outcome;
    for (qsizetype i = 0; i < documents.size(); ++i)
        outcome.policies.identityPolicies.append(
            {QStringLiteral("PolicyInputList.%1").arg(i + 1),
             PolicyCache::documentKey(documents.at(i), PolicyKind::Identity), documents.at(i),
             QStringLiteral("PolicyInputList.%1").arg(i + 1), QString(), true, false});
    return evaluate(caller, std::move(outcome), request, false);
}

Result<PolicySimulator::Outcome> PolicySimulator::evaluate(const CallerIdentity& caller,
                                                           Outcome outcome, const Request& request,
                                                           bool organizationApplies) const
{
    outcome.principalArn = caller.arn;

    EvaluationRequest evaluation;
    evaluation.principal = RequestContextBuilder::principal(caller);
    evaluation.resource = request.resource.isEmpty() ? QStringLiteral("*") : request.resource;
    evaluation.context = RequestContextBuilder::build(caller);
    // The tags of the IAM user or role simulated on; context entries given override them.
    RequestContextBuilder::addResourceTags(
        evaluation.context, PolicySet::resourceTags(m_directory, evaluation.resource));
    for (const auto& [key, values] : request.context)
        evaluation.context.set(key, values);
    QStringList errors;
    outcome.policies.compileInto(m_cache, evaluation, errors);
    if (!errors.isEmpty())
        return IamError::malformedPolicyDocument(errors.first());
    evaluation.resourceAccount = PolicySet::resourceAccount(evaluation.resource, caller.accountId);
    // The organization's guardrails of the principal's account come with its
    // policies (PolicySet); those of the resource's account are added here.
    // A custom simulation has no account of its own: only its documents count.
    if (organizationApplies)
        evaluation.resourceControlPolicies = PolicySet::resourceControlPolicies(
            m_directory, m_cache, PolicySet::owningAccount(evaluation.resource, caller.accountId),
            errors);

    for (const QString& action : request.actions) {
        evaluation.action = action.trimmed();
        ActionResult result;
        result.action = evaluation.action;
        result.result = PolicyEvaluator::evaluate(evaluation);
        if (!result.result.isAllowed())
            result.message = AccessDeniedMessage::forRequest(caller.arn, evaluation.action,
                                                             evaluation.resource, result.result);
        outcome.results.append(result);
    }
    return outcome;
}
