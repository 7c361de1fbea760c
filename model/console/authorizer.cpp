#include "console/authorizer.h"

#include "directory/directory.h"
#include "directory/policyset.h"
#include "iam/clock.h"
#include "policy/accessdeniedmessage.h"
#include "policy/policyevaluator.h"
#include "sts/stsservice.h"

Authorizer::Authorizer(Directory* directory, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_directory(directory)
    , m_clock(clock)
{
    // Any change may touch the identity's policies; rebuilding is cheap.
    connect(directory, &Directory::entityChanged, this, &Authorizer::forget);
    connect(directory, &Directory::entityRemoved, this, &Authorizer::forget);
    connect(directory, &Directory::entityRenamed, this, &Authorizer::forget);
    connect(directory, &Directory::membershipAdded, this, &Authorizer::forget);
    connect(directory, &Directory::membershipRemoved, this, &Authorizer::forget);
    connect(directory, &Directory::attachmentsChanged, this, &Authorizer::forget);
    connect(directory, &Directory::directoryReset, this, &Authorizer::forget);
    // The organization's units, policies and attachments change with accountsChanged.
    connect(directory, &Directory::accountsChanged, this, &Authorizer::forget);
}

void Authorizer::forget()
{
    m_skeletonFor.clear();
    m_rcpsFor.clear();
}

const QList<QList<NamedPolicy>>&
Authorizer::resourceControlPolicies(const QString& resourceAccountId)
{
    auto found = m_rcpsFor.find(resourceAccountId);
    if (found == m_rcpsFor.end())
        found = m_rcpsFor.insert(
            resourceAccountId,
            PolicySet::resourceControlPolicies(*m_directory, m_cache, resourceAccountId, m_errors));
    return *found;
}

CallerIdentity Authorizer::callerFor(const Identity& identity) const
{
    if (identity.isRoleSession())
        return roleSessionCaller(identity);
    CallerIdentity caller;
    caller.arn = identity.arn();
    caller.type = identity.isRoot() ? CallerIdentity::Type::Root : CallerIdentity::Type::User;
    caller.accountId = identity.account.id;
    caller.organizationId = m_directory->organizationIdOf(caller.accountId);
    // AWS's aws:userid of root is the account id.
    caller.userId = identity.isRoot() ? identity.account.id : identity.user.userId;
    caller.userName = identity.user.name;
    caller.tags = identity.user.tags;
    caller.now = m_clock->now();
    // Long-term keys carry no token: aws:TokenIssueTime and the MFA keys are absent.
    if (identity.credentials == Identity::Credentials::AccessKey)
        return caller;
    // A console session runs on temporary credentials issued at sign-in.
    caller.temporaryCredentials = true;
    caller.tokenIssueTime = identity.issuedAt;
    caller.mfaPresent = identity.mfaAuthenticated;
    if (identity.mfaAuthenticated)
        caller.mfaAuthTime = identity.mfaAuthTime;
    return caller;
}

CallerIdentity Authorizer::roleSessionCaller(const Identity& identity) const
{
    const TemporarySession& session = identity.session;
    CallerIdentity caller;
    caller.arn = session.arn;
    caller.type = CallerIdentity::Type::AssumedRole;
    caller.accountId = identity.role.accountId;
    caller.organizationId = m_directory->organizationIdOf(caller.accountId);
    caller.userId = session.assumedRoleId;
    caller.tags = session.principalTags(identity.role.tags);
    caller.temporaryCredentials = true;
    caller.mfaPresent = session.mfaAuthenticated;
    if (session.mfaAuthenticated)
        caller.mfaAuthTime = session.issuedAt;
    caller.tokenIssueTime = session.issuedAt;
    caller.roleArn = identity.role.arn().toString();
    caller.sourceIdentity = session.sourceIdentity;
    caller.now = m_clock->now();
    return caller;
}

EvaluationRequest Authorizer::requestSkeleton(const Identity& identity)
{
    // MFA is part of the caller: the same user at the same time with and without it differ.
    // So is the principal's unique id: a user re-created under the name is another one.
    const QString key = identity.arn() + QLatin1Char('#') + identity.user.userId +
                        QLatin1Char('#') + identity.session.accessKeyId + QLatin1Char('@') +
                        identity.expiresAt.toString(Qt::ISODate) +
                        (identity.mfaAuthenticated ? QStringLiteral("+mfa") : QString());
    if (key == m_skeletonFor)
        return m_skeleton;
    m_errors.clear();
    EvaluationRequest request;
    // In a role only the role's policies (and session policies) count. A
    // principal deleted (or deleted and re-created under its name) since the
    // identity was established has no policies left: everything is denied.
    // Root has no IAM policies: IAM cannot limit it in its own account, and
    // elsewhere only a resource policy can grant it anything. The
    // organization's SCPs limit a member account's root all the same.
    if (isCurrentPrincipal(identity)) {
        PolicySet policies =
            identity.isRoleSession() ? PolicySet::forSession(*m_directory, identity.session)
            : identity.isRoot()
                ? PolicySet()
                : PolicySet::forUser(*m_directory, identity.account.id, identity.user.name);
        if (identity.isRoot())
            policies.serviceControlPolicies = PolicySet::controlPolicyLevels(
                *m_directory, identity.account.id, OrganizationPolicy::Type::ServiceControl);
        policies.compileInto(m_cache, request, m_errors);
    }
    request.principal = RequestContextBuilder::principal(callerFor(identity));
    m_skeleton = request;
    m_skeletonFor = key;
    return request;
}

bool Authorizer::isCurrentPrincipal(const Identity& identity) const
{
    if (!identity.session.accessKeyId.isEmpty())
        return StsService::checkSessionPrincipal(*m_directory, identity.session).ok();
    if (identity.kind != Identity::Kind::User)
        return true;
    const auto user = m_directory->user(identity.account.id, identity.user.name);
    return user && user->userId == identity.user.userId;
}

Authorization Authorizer::authorize(const Identity& identity, const QString& action,
                                    const QString& resource)
{
    Authorization answer;
    if (identity.isNull()) {
        answer.message = tr("Sign in to use the console.");
        return answer;
    }
    EvaluationRequest request = requestSkeleton(identity);
    request.action = action;
    request.resource = resource;
    request.resourceAccount = PolicySet::resourceAccount(resource, identity.account.id);
    request.resourceControlPolicies =
        resourceControlPolicies(PolicySet::owningAccount(resource, identity.account.id));
    request.context = RequestContextBuilder::build(callerFor(identity));
    RequestContextBuilder::addResourceTags(request.context,
                                           PolicySet::resourceTags(*m_directory, resource));
    answer.result = PolicyEvaluator::evaluate(request);
    if (!answer.allowed())
        answer.message =
            AccessDeniedMessage::forRequest(identity.arn(), action, resource, answer.result);
    return answer;
}
