#include "sts/stsservice.h"

#include "crypto/random.h"
#include "crypto/totp.h"
#include "directory/directory.h"
#include "directory/policyset.h"
#include "iam/arn.h"
#include "iam/clock.h"
#include "iam/quotas.h"
#include "policy/accessdeniedmessage.h"
#include "policy/policycache.h"
#include "policy/policydocument.h"
#include "policy/policyevaluator.h"
#include "policy/requestcontextbuilder.h"
#include "saml/samlassertionrules.h"
#include "saml/samlmetadata.h"
#include "saml/samlresponseverifier.h"
#include "secrets/secretjob.h"
#include "secrets/secretkey.h"
#include "secrets/secretstore.h"
#include "sts/sessiontoken.h"
#include "sts/stsvalidator.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <memory>

namespace {

// Messages are AWS's own, word for word and untranslated: clients and scripts match them.
const QString assumeRoleAction = QStringLiteral("sts:AssumeRole");
const QString assumeRoleWithSamlAction = QStringLiteral("sts:AssumeRoleWithSAML");
const QString tagSessionAction = QStringLiteral("sts:TagSession");
const QString expiredTokenMessage =
    QStringLiteral("The security token included in the request is expired");
const QString invalidTokenMessage =
    QStringLiteral("The security token included in the request is invalid.");
const QString invalidCodeMessage =
    QStringLiteral("MultiFactorAuthentication failed with invalid MFA one time pass code.");
const QString unknownDeviceMessage = QStringLiteral(
    "MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA "
    "serial number is valid and associated with this user.");
constexpr int assumeRoleDurationMax = Quotas::RoleMaxSessionDurationMax;
constexpr char sessionSecretSeparator = '\n';

// Calls done on a later event-loop turn, unless context is gone by then.
template <typename T>
void deliver(const QPointer<QObject>& context, const StsService::Completion<T>& done,
             Result<T> result)
{
    if (!context || !done)
        return;
    auto shared = std::make_shared<Result<T>>(std::move(result));
    QMetaObject::invokeMethod(
        context.data(), [done, shared]() { done(std::move(*shared)); }, Qt::QueuedConnection);
}

QDateTime wholeSeconds(const QDateTime& time)
{
    return QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), Qt::UTC);
}

// The session's secret access key and token, as one store entry.
SecureBytes packSessionSecrets(const SecureBytes& secret, const SecureBytes& token)
{
    SecureBytes packed = secret.clone();
    packed.append(QByteArrayView(&sessionSecretSeparator, 1));
    packed.append(token);
    return packed;
}

std::optional<std::pair<SecureBytes, SecureBytes>> unpackSessionSecrets(const SecureBytes& packed)
{
    const QByteArrayView view = packed.view();
    const qsizetype split = view.indexOf(sessionSecretSeparator);
    if (split < 0)
        return std::nullopt;
    return std::make_pair(SecureBytes::fromView(view.first(split)),
                          SecureBytes::fromView(view.sliced(split + 1)));
}

// The session tags a new session gets: those the request passes and those
// the calling session hands on as transitive (id_session-tags, role chaining).
struct SessionTags
{
    TagList tags;
    QStringList transitiveKeys;

    bool isEmpty() const { return tags.isEmpty(); }
    QStringList keys() const
    {
        QStringList out;
        for (const Tag& tag : tags)
            out << tag.key;
        return out;
    }
    // The request context keys of tags being passed (aws:RequestTag/*,
    // aws:TagKeys, sts:TransitiveTagKeys).
    void addTo(RequestContext& context) const
    {
        if (tags.isEmpty())
            return;
        for (const Tag& tag : tags)
            context.set(QStringLiteral("aws:RequestTag/") + tag.key, tag.value);
        context.set(QStringLiteral("aws:TagKeys"), keys());
        if (!transitiveKeys.isEmpty())
            context.set(QStringLiteral("sts:TransitiveTagKeys"), transitiveKeys);
    }
};

int percentOfPackedSpace(qsizetype packed)
{
    return int((packed * 100 + Quotas::SessionPolicySize - 1) / Quotas::SessionPolicySize);
}

IamError invalidParameterValue(const QString& message)
{
    return IamError(QStringLiteral("InvalidParameterValue"), message, 400);
}

// AWS's rules on the tags a request passes beyond their form: keys unique
// regardless of case, transitive keys among them, and no key the calling
// session already passes on as transitive ("If you try to pass the Heart =
// 3 session tag, the operation will fail", id_session-tags, role chaining).
Result<void> checkTagRules(const TagList& tags, const QStringList& transitiveKeys,
                           const std::optional<TemporarySession>& callingSession)
{
    QSet<QString> keys;
    for (const Tag& tag : tags) {
        const QString key = tag.key.toLower();
        if (keys.contains(key))
            return invalidParameterValue(QStringLiteral(
                "Duplicate tag keys found. Please note that Tag keys are case insensitive."));
        keys.insert(key);
    }
    for (const QString& key : transitiveKeys)
        if (!keys.contains(key.toLower()))
            return invalidParameterValue(
                QStringLiteral("The specified transitive tag key must be included in the "
                               "requested tags."));
    if (callingSession)
        for (const Tag& tag : tags)
            if (callingSession->isTransitiveKey(tag.key))
                return invalidParameterValue(QStringLiteral(
                    "One of the specified transitive tag keys can't be set because it conflicts "
                    "with a transitive tag key from the calling session."));
    return {};
}

// The tags a new session gets: the request's, then the calling session's
// transitive ones, which stay transitive.
SessionTags sessionTagsFor(const TagList& tags, const QStringList& transitiveKeys,
                           const std::optional<TemporarySession>& callingSession)
{
    SessionTags out{tags, {}};
    for (const Tag& tag : tags)
        if (transitiveKeys.contains(tag.key, Qt::CaseInsensitive))
            out.transitiveKeys << tag.key;
    if (!callingSession)
        return out;
    for (const Tag& tag : callingSession->sessionTags)
        if (callingSession->isTransitiveKey(tag.key)) {
            out.tags << tag;
            out.transitiveKeys << tag.key;
        }
    return out;
}

// The session tags of a request as CloudTrail's requestParameters records
// them (IAM User Guide, "Logging IAM and AWS STS API calls with AWS
// CloudTrail"): AssumeRole's "tags" as [{key, value}] and the calling
// session's transitive ones as "incomingTransitiveTags"; AssumeRoleWithSAML's
// as "principalTags"; both with "transitiveTagKeys". Empty when there are none.
QString auditedTags(const TagList& tags, const QStringList& transitiveKeys,
                    const std::optional<TemporarySession>& callingSession, bool saml)
{
    QJsonObject members;
    if (!tags.isEmpty()) {
        if (saml) {
            QJsonObject principalTags;
            for (const Tag& tag : tags)
                principalTags.insert(tag.key, tag.value);
            members.insert(QStringLiteral("principalTags"), principalTags);
        } else {
            QJsonArray list;
            for (const Tag& tag : tags)
                list.append(QJsonObject{{QStringLiteral("key"), tag.key},
                                        {QStringLiteral("value"), tag.value}});
            members.insert(QStringLiteral("tags"), list);
        }
    }
    if (!transitiveKeys.isEmpty())
        members.insert(QStringLiteral("transitiveTagKeys"),
                       QJsonArray::fromStringList(transitiveKeys));
    QJsonObject incoming;
    if (callingSession)
        for (const Tag& tag : callingSession->sessionTags)
            if (callingSession->isTransitiveKey(tag.key))
                incoming.insert(tag.key, tag.value);
    if (!incoming.isEmpty())
        members.insert(QStringLiteral("incomingTransitiveTags"), incoming);
    return members.isEmpty()
               ? QString()
               : QString::fromUtf8(QJsonDocument(members).toJson(QJsonDocument::Compact));
}

IamError assumeRoleDenied(const QString& callerArn, const QString& roleArn,
                          const EvaluationResult& decision)
{
    return AccessDeniedMessage::error(callerArn, assumeRoleAction, roleArn, decision);
}

// What AssumeRoleWithSAML answers about the assertion besides the credentials.
AssumeRoleResult::Saml samlResult(const SamlAssertion& assertion, const SamlProvider& provider)
{
    AssumeRoleResult::Saml saml;
    saml.subject = assertion.subject;
    const QString format = assertion.subjectFormat;
    const QString prefix = QStringLiteral("urn:oasis:names:tc:SAML:2.0:nameid-format:");
    saml.subjectType = format.startsWith(prefix) ? format.mid(prefix.size()) : format;
    saml.issuer = assertion.issuer;
    saml.audience =
        assertion.recipient.isEmpty() ? SamlAssertion::AwsSignInUrl : assertion.recipient;
    const QByteArray qualified =
        (assertion.issuer + provider.accountId + QLatin1Char('/') + provider.name).toUtf8();
    saml.nameQualifier = QString::fromLatin1(
        QCryptographicHash::hash(qualified, QCryptographicHash::Sha1).toBase64());
    return saml;
}

} // namespace

// Who is calling, resolved against the directory: the identity policies see,
// and the policies that speak for it.
struct ResolvedCaller
{
    StsCaller::Kind kind = StsCaller::Kind::User;
    CallerIdentity identity;
    PolicySet policies;
    std::optional<User> user; // the IAM user behind a user or session-token caller
    std::optional<TemporarySession> session;
    QString service; // a service principal assuming a role

    const QString& arn() const { return identity.arn; }
    bool isService() const { return !service.isEmpty(); }
    bool isRoot() const { return identity.type == CallerIdentity::Type::Root; }
    // Credentials of a role session assuming another role (spec §3).
    bool chained() const { return session && session->type == TemporarySession::Type::AssumedRole; }
    bool mfaAuthenticated() const { return identity.mfaPresent; }
};

// What an issue needs besides the credentials it creates.
struct IssueOrder
{
    TemporarySession session; // filled but for the key id and times
    int durationSeconds = 0;
    int packedPolicySize = 0;
    QString auditAction;
    QString auditTags;           // the request's session tags, for its audit event
    AssumeRoleResult::Saml saml; // AssumeRoleWithSAML only
};

class StsService::Private
{
public:
    explicit Private(StsService* q)
        : q(q)
    {}

    StsService* q;
    mutable PolicyCache cache; // trust and identity policies, compiled once
    SecureBytes signingKey;    // empty until loaded from (or created in) the store
    bool signingKeyLoading = false;
    QList<std::function<void(Result<void>)>> signingKeyWaiters;

    QDateTime now() const { return wholeSeconds(q->m_clock->now()); }
    QUuid directoryUuid() const { return QUuid::fromString(q->m_directory->directoryId()); }
    QString secretKey(SecretKey::Kind kind, const QString& id) const
    {
        return SecretKey(directoryUuid(), kind, id).toString();
    }

    // withPolicies: false for GetCallerIdentity, which decides nothing and
    // needs no policy set (the most frequent call of SDKs and the endpoint).
    Result<ResolvedCaller> resolve(const StsCaller& caller, bool withPolicies = true) const;
    Result<ResolvedCaller> resolveSessionCaller(const QString& accessKeyId,
                                                bool withPolicies) const;
    Result<void> authorize(const ResolvedCaller& caller, const QString& roleArn, bool mfaPresent,
                           const std::optional<QString>& externalId, const QString& sessionName,
                           const SessionTags& tags = {}) const;
    Result<void> checkMfaOwner(const ResolvedCaller& caller, const QString& serialNumber,
                               const QString& tokenCode) const;
    // AssumeRoleWithSAML: the provider, the Response's signature against its
    // metadata, and AWS's rules of the assertion (issuer, audience, time, role pair).
    Result<std::pair<SamlAssertion, SamlProvider>> verifySaml(const SamlSignIn& signIn) const;
    // Whether the role's trust policy lets the provider's federated user in.
    Result<void> authorizeSaml(const Role& role, const QString& providerArn,
                               const SamlAssertion& assertion, const SessionTags& tags) const;
    // The packed size in percent of the session policies and tags together;
    // PackedPolicyTooLarge or MalformedPolicyDocument.
    Result<int> checkSessionPolicies(const QString& policy, const QStringList& policyArns,
                                     const TagList& tags = {}) const;

    void verifyMfa(const QString& serialNumber, const QString& tokenCode,
                   std::function<void(Result<void>)> next);
    void withSigningKey(std::function<void(Result<void>)> next);
    void issue(IssueOrder order, QPointer<QObject> context, Completion<AssumeRoleResult> done);
    // tags: the request's session tags as auditedTags() gives them.
    Result<void> audit(const QString& action, const QString& actor, const QString& sessionName,
                       const QString& target, const IamError& error,
                       const QString& tags = {}) const;
    // The caller, or nullopt once the call has failed (and been audited) with why.
    std::optional<ResolvedCaller> resolveOrFail(const QString& action, const StsCaller& caller,
                                                const QString& target,
                                                const QPointer<QObject>& context,
                                                const Completion<AssumeRoleResult>& done) const
    {
        auto resolved = resolve(caller);
        if (resolved)
            return std::move(resolved).value();
        fail(action, actorOf(caller), target, resolved.error(), context, done);
        return std::nullopt;
    }

    static QString actorOf(const StsCaller& caller)
    {
        if (caller.kind == StsCaller::Kind::Service)
            return caller.servicePrincipal;
        return caller.accessKeyId.isEmpty() ? caller.userName : caller.accessKeyId;
    }

    void fail(const QString& action, const QString& actor, const QString& target,
              const IamError& error, const QPointer<QObject>& context,
              const Completion<AssumeRoleResult>& done, const QString& tags = {}) const
    {
        // The refusal, or the audit trail's failure when it could not be recorded.
        const auto recorded = audit(action, actor, QString(), target, error, tags);
        deliver<AssumeRoleResult>(context, done, recorded ? error : recorded.error());
    }
};

Result<ResolvedCaller> StsService::Private::resolve(const StsCaller& caller,
                                                    bool withPolicies) const
{
    Directory& dir = *q->m_directory;
    ResolvedCaller out;
    out.kind = caller.kind;
    CallerIdentity& id = out.identity;
    id.now = q->m_clock->now();
    switch (caller.kind) {
    case StsCaller::Kind::Session:
        return resolveSessionCaller(caller.accessKeyId, withPolicies);
    case StsCaller::Kind::Root:
        if (!dir.findAccount(caller.accountId))
            return IamError::invalidClientTokenId(invalidTokenMessage);
        id.type = CallerIdentity::Type::Root;
        id.arn = Arn::root(caller.accountId).toString();
        id.accountId = caller.accountId;
        id.organizationId = dir.organizationIdOf(id.accountId);
        id.userId = caller.accountId;
        return out;
    case StsCaller::Kind::Service: {
        StsValidator check;
        check.servicePrincipal(caller.servicePrincipal);
        if (!check.ok())
            return check.result().error();
        // A service has no identity policies here: the trust policy alone decides.
        out.service = caller.servicePrincipal;
        id.arn = caller.servicePrincipal;
        return out;
    }
    case StsCaller::Kind::User:
        break;
    }
    out.user = dir.user(caller.accountId, caller.userName);
    if (!out.user)
        return IamError::invalidClientTokenId(invalidTokenMessage);
    id.type = CallerIdentity::Type::User;
    if (caller.mfaAuthenticated) {
        id.temporaryCredentials = true; // a console session
        id.mfaPresent = true;
        id.mfaAuthTime = caller.mfaAuthTime;
    }
    id.arn = out.user->arn().toString();
    id.accountId = out.user->accountId;
    id.organizationId = dir.organizationIdOf(id.accountId);
    id.userId = out.user->userId;
    id.userName = out.user->name;
    id.tags = out.user->tags;
    if (withPolicies)
        out.policies = PolicySet::forUser(dir, out.user->accountId, out.user->name);
    return out;
}

Result<ResolvedCaller> StsService::Private::resolveSessionCaller(const QString& accessKeyId,
                                                                 bool withPolicies) const
{
    Directory& dir = *q->m_directory;
    const auto session = dir.temporarySession(accessKeyId);
    if (!session)
        return IamError::invalidClientTokenId(invalidTokenMessage);
    if (!session->isOpenAt(q->m_clock->now()))
        return IamError::expiredToken(expiredTokenMessage);
    if (auto principal = checkSessionPrincipal(*q->m_directory, *session); !principal)
        return principal.error();
    ResolvedCaller out;
    out.kind = StsCaller::Kind::Session;
    out.session = session;
    if (withPolicies)
        out.policies = PolicySet::forSession(dir, *session);
    CallerIdentity& id = out.identity;
    id.now = q->m_clock->now();
    id.arn = session->arn;
    id.accountId = session->accountId;
    id.organizationId = dir.organizationIdOf(id.accountId);
    id.userId = session->assumedRoleId;
    id.temporaryCredentials = true;
    id.mfaPresent = session->mfaAuthenticated;
    if (session->mfaAuthenticated)
        id.mfaAuthTime = session->issuedAt;
    id.tokenIssueTime = session->issuedAt;
    id.sourceIdentity = session->sourceIdentity;
    if (session->type == TemporarySession::Type::AssumedRole) {
        id.type = CallerIdentity::Type::AssumedRole;
        id.roleArn = session->roleArn;
        if (const auto role = dir.roleByArn(session->roleArn))
            id.tags = session->principalTags(role->tags);
        return out;
    }
    // A session token speaks for the user (or root) that asked for it; the
    // principal check above makes an unknown user fail, never pass as root.
    const auto arn = Arn::parse(session->arn);
    if (arn && arn->resourceType() == QLatin1String("root")) {
        id.type = CallerIdentity::Type::Root;
        return out;
    }
    out.user = dir.userById(session->assumedRoleId);
    if (!out.user)
        return IamError::invalidClientTokenId(invalidTokenMessage);
    id.type = CallerIdentity::Type::User;
    id.userName = out.user->name;
    id.tags = out.user->tags;
    return out;
}

Result<void> StsService::Private::authorize(const ResolvedCaller& caller, const QString& roleArn,
                                            bool mfaPresent,
                                            const std::optional<QString>& externalId,
                                            const QString& sessionName,
                                            const SessionTags& tags) const
{
    if (caller.isRoot())
        return IamError::accessDenied(QStringLiteral("Roles may not be assumed by root accounts."));
    const IamError denied =
        IamError::accessDenied(AccessDeniedMessage::forAssumeRole(caller.arn(), roleArn));
    const auto role = q->m_directory->roleByArn(roleArn);
    if (!role)
        return denied;
    auto trust = cache.get(role->arn().toString() + QStringLiteral("#trust"), role->trustPolicy,
                           PolicyKind::Trust);
    if (!trust)
        return denied;

    EvaluationRequest request;
    if (caller.isService()) {
        request.action = assumeRoleAction;
        request.resource = role->arn().toString();
        request.principal = RequestPrincipal::fromService(caller.service);
        request.resourcePolicy = NamedPolicy{role->name + QStringLiteral(" trust policy"), *trust};
        QStringList rcpErrors; // a broken RCP stands as a deny; nothing to report here
        request.resourceControlPolicies =
            PolicySet::resourceControlPolicies(*q->m_directory, cache, role->accountId, rcpErrors);
        const QDateTime now = caller.identity.now;
        request.context.set(QStringLiteral("aws:CurrentTime"), RequestContextBuilder::isoTime(now));
        request.context.set(QStringLiteral("aws:EpochTime"),
                            QString::number(now.toSecsSinceEpoch()));
        request.context.set(QStringLiteral("aws:PrincipalType"), QStringLiteral("AWSService"));
        request.context.set(QStringLiteral("aws:PrincipalServiceName"), caller.service);
        if (!sessionName.isEmpty())
            request.context.set(QStringLiteral("sts:RoleSessionName"), sessionName);
        if (const auto decision = PolicyEvaluator::evaluateAssumeRole(request);
            !decision.isAllowed())
            return assumeRoleDenied(caller.arn(), roleArn, decision);
        return {};
    }
    QStringList errors;
    caller.policies.compileInto(cache, request, errors);
    request.action = assumeRoleAction;
    request.resource = role->arn().toString();
    request.principal = RequestContextBuilder::principal(caller.identity);
    request.resourcePolicy = NamedPolicy{role->name + QStringLiteral(" trust policy"), *trust};
    // The role's account's resource control policies limit who may assume it.
    request.resourceControlPolicies =
        PolicySet::resourceControlPolicies(*q->m_directory, cache, role->accountId, errors);
    CallerIdentity identity = caller.identity;
    identity.mfaPresent = identity.mfaPresent || mfaPresent;
    if (mfaPresent && !identity.mfaAuthTime.isValid())
        identity.mfaAuthTime = identity.now;
    request.context = RequestContextBuilder::build(identity);
    // Long-term credentials carry no MFA keys unless this call brings a code.
    if (mfaPresent && !identity.hasTemporaryCredentials()) {
        request.context.set(QStringLiteral("aws:MultiFactorAuthPresent"), QStringLiteral("true"));
        request.context.set(QStringLiteral("aws:MultiFactorAuthAge"), QStringLiteral("0"));
    }
    if (externalId)
        request.context.set(QStringLiteral("sts:ExternalId"), *externalId);
    if (!sessionName.isEmpty())
        request.context.set(QStringLiteral("sts:RoleSessionName"), sessionName);
    RequestContextBuilder::addResourceTags(request.context, role->tags);
    tags.addTo(request.context);
    if (const auto decision = PolicyEvaluator::evaluateAssumeRole(request); !decision.isAllowed())
        return assumeRoleDenied(caller.arn(), roleArn, decision);
    if (tags.isEmpty())
        return {};
    // "In addition to the action that matches the API operation, you must
    // have the following permissions-only action in your policy: sts:TagSession".
    request.action = tagSessionAction;
    if (const auto decision = PolicyEvaluator::evaluateAssumeRole(request); !decision.isAllowed())
        return AccessDeniedMessage::error(caller.arn(), tagSessionAction, roleArn, decision);
    return {};
}

Result<void> StsService::Private::checkMfaOwner(const ResolvedCaller& caller,
                                                const QString& serialNumber,
                                                const QString& tokenCode) const
{
    if (serialNumber.isEmpty() && tokenCode.isEmpty())
        return {};
    // A code needs its device and a device needs its code.
    if (serialNumber.isEmpty())
        return IamError::accessDenied(unknownDeviceMessage);
    if (tokenCode.isEmpty())
        return IamError::accessDenied(invalidCodeMessage);
    const auto device = q->m_directory->mfaDevice(serialNumber);
    if (!device || !caller.user || device->accountId != caller.user->accountId ||
        device->userName.compare(caller.user->name, Qt::CaseInsensitive) != 0)
        return IamError::accessDenied(unknownDeviceMessage);
    return {};
}

Result<int> StsService::Private::checkSessionPolicies(const QString& policy,
                                                      const QStringList& policyArns,
                                                      const TagList& tags) const
{
    int packedPercent = 0;
    qsizetype packedPolicy = 0;
    if (!policy.isEmpty()) {
        const auto parsed = PolicyDocument::parseIgnoringSize(policy, PolicyKind::Session);
        if (!parsed)
            return parsed.error();
        // Whitespace does not count: the size is that of the compact document.
        const qsizetype packed =
            QString::fromUtf8(
                QJsonDocument::fromJson(policy.toUtf8()).toJson(QJsonDocument::Compact))
                .size();
        packedPercent = percentOfPackedSpace(packed);
        if (packed > Quotas::SessionPolicySize)
            return IamError::packedPolicyTooLarge(
                QStringLiteral("Packed policy consumes %1% of allotted space, please use smaller "
                               "policy for the session.")
                    .arg(packedPercent));
        packedPolicy = packed;
    }
    if (!tags.isEmpty()) {
        // AWS packs policies and tags together into one space whose encoding
        // it does not document; here each tag takes its key and value.
        qsizetype packed = packedPolicy;
        for (const Tag& tag : tags)
            packed += tag.key.toUtf8().size() + tag.value.toUtf8().size();
        packedPercent = percentOfPackedSpace(packed);
        if (packed > Quotas::SessionPolicySize)
            return IamError::packedPolicyTooLarge(
                QStringLiteral("Packed size of session tags consumes %1% of allotted space.")
                    .arg(packedPercent));
    }
    for (const QString& arn : policyArns) {
        // An unknown policy would silently drop out of the session and widen it.
        if (!q->m_directory->policy(arn))
            return IamError::validation(
                QStringLiteral("The policy %1 does not exist or is not attachable.").arg(arn));
    }
    return packedPercent;
}

void StsService::Private::verifyMfa(const QString& serialNumber, const QString& tokenCode,
                                    std::function<void(Result<void>)> next)
{
    SecretJob* job = q->m_secrets->get(secretKey(SecretKey::Kind::MfaSeed, serialNumber));
    QObject::connect(job, &SecretJob::finished, q,
                     [this, serialNumber, tokenCode, next = std::move(next)](SecretJob* job) {
                         if (job->error() != SecretStore::NoError)
                             return next(IamError::accessDenied(unknownDeviceMessage));
                         const auto step = Totp::verify(tokenCode, job->value(), q->m_clock->now());
                         if (!step)
                             return next(IamError::accessDenied(invalidCodeMessage));
                         const auto accepted =
                             q->m_directory->acceptMfaCodeStep(serialNumber, *step);
                         if (!accepted)
                             return next(IamError::accessDenied(
                                 accepted.error().code() == QLatin1String("AccessDenied")
                                     ? invalidCodeMessage
                                     : unknownDeviceMessage));
                         next({});
                     });
}

void StsService::Private::withSigningKey(std::function<void(Result<void>)> next)
{
    if (!signingKey.isEmpty())
        return next({});
    signingKeyWaiters.append(std::move(next));
    if (signingKeyLoading)
        return;
    signingKeyLoading = true;
    auto finish = [this](Result<void> result) {
        signingKeyLoading = false;
        const auto waiters = std::exchange(signingKeyWaiters, {});
        for (const auto& waiter : waiters)
            waiter(result);
    };
    const QString key = secretKey(SecretKey::Kind::TokenSigningKey, QStringLiteral("sts"));
    SecretJob* read = q->m_secrets->get(key);
    QObject::connect(read, &SecretJob::finished, q, [this, key, finish](SecretJob* job) {
        if (job->error() == SecretStore::NoError && job->value().size() == SessionToken::KeySize) {
            signingKey = job->takeValue();
            return finish({});
        }
        if (job->error() != SecretStore::NoError && job->error() != SecretStore::EntryNotFound)
            return finish(IamError::serviceFailure(job->errorString()));
        // First use in this directory: a fresh key from the CSPRNG.
        QByteArray fresh = Random::bytes(SessionToken::KeySize);
        SecureBytes created = SecureBytes::takeFrom(fresh);
        SecretJob* write = q->m_secrets->put(key, created.clone());
        QObject::connect(
            write, &SecretJob::finished, q,
            [this, finish,
             created = std::make_shared<SecureBytes>(std::move(created))](SecretJob* job) {
                if (job->error() != SecretStore::NoError)
                    return finish(IamError::serviceFailure(job->errorString()));
                signingKey = std::move(*created);
                finish({});
            });
    });
}

void StsService::Private::issue(IssueOrder order, QPointer<QObject> context,
                                Completion<AssumeRoleResult> done)
{
    auto shared = std::make_shared<IssueOrder>(std::move(order));
    withSigningKey([this, shared, context, done](Result<void> keyReady) {
        TemporarySession& session = shared->session;
        if (!keyReady)
            return fail(shared->auditAction, session.callerArn, session.roleArn, keyReady.error(),
                        context, done, shared->auditTags);
        session.accessKeyId = Random::accessKeyId(true);
        session.issuedAt = now();
        // Stored as the real instant it ends: a training speed shortens it.
        session.expiresAt = q->m_clock->sessionEnd(session.issuedAt, shared->durationSeconds);
        auto credentials = std::make_shared<TemporaryCredentials>();
        credentials->accessKeyId = session.accessKeyId;
        credentials->secretAccessKey = SecureBytes::fromUtf8(Random::secretAccessKey());
        credentials->sessionToken = SessionToken::issue(
            signingKey, {session.accessKeyId, session.issuedAt, session.expiresAt});
        credentials->expiration = session.expiresAt;
        const QString key = secretKey(SecretKey::Kind::Session, session.accessKeyId);
        SecretJob* put = q->m_secrets->put(
            key, packSessionSecrets(credentials->secretAccessKey, credentials->sessionToken));
        QObject::connect(
            put, &SecretJob::finished, q,
            [this, shared, credentials, key, context, done](SecretJob* job) {
                const TemporarySession& session = shared->session;
                if (job->error() != SecretStore::NoError)
                    return fail(shared->auditAction, session.callerArn, session.roleArn,
                                IamError::serviceFailure(job->errorString()), context, done,
                                shared->auditTags);
                // The session and its record are one transaction: no credentials unrecorded.
                const auto added = q->m_directory->runInTransaction([&]() -> Result<void> {
                    if (auto r = q->m_directory->addTemporarySession(session); !r)
                        return r;
                    return audit(shared->auditAction, session.callerArn, session.sessionName,
                                 session.roleArn.isEmpty() ? session.arn : session.roleArn, {},
                                 shared->auditTags);
                });
                if (!added) {
                    q->m_secrets->remove(key);
                    return fail(shared->auditAction, session.callerArn, session.roleArn,
                                added.error(), context, done, shared->auditTags);
                }
                AssumeRoleResult result;
                result.credentials = std::move(*credentials);
                result.assumedRoleId = session.type == TemporarySession::Type::AssumedRole
                                           ? session.assumedRoleId
                                           : QString();
                result.arn = session.arn;
                result.packedPolicySize = shared->packedPolicySize;
                result.session = session;
                result.saml = shared->saml;
                deliver<AssumeRoleResult>(context, done, std::move(result));
            });
    });
}

Result<void> StsService::Private::audit(const QString& action, const QString& actor,
                                        const QString& sessionName, const QString& target,
                                        const IamError& error, const QString& tags) const
{
    AuditEvent event;
    event.actorArn = actor;
    event.sessionName = sessionName;
    event.action = action;
    event.target = target;
    event.outcome = error.isNull() ? QStringLiteral("Success") : QStringLiteral("Failure");
    event.detail = error.code();
    event.sessionTags = tags;
    const auto appended = q->m_directory->appendAuditEvent(event);
    return appended ? Result<void>() : Result<void>(appended.error());
}

// ---------------------------------------------------------------------------

StsService::StsService(Directory* directory, SecretStore* secrets, const Clock* clock,
                       QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
    , m_directory(directory)
    , m_secrets(secrets)
    , m_clock(clock ? clock : Clock::system())
{
    // The directory ends a deleted principal's sessions; their secrets go here.
    if (directory)
        connect(directory, &Directory::entityRemoved, this, [this](EntityKind kind) {
            if (kind == EntityKind::User || kind == EntityKind::Role)
                removeSecretsOfDeletedPrincipals();
        });
}

StsService::~StsService() = default;

void StsService::removeSecretsOfDeletedPrincipals()
{
    if (!m_secrets)
        return;
    for (const TemporarySession& session : m_directory->temporarySessions())
        if (session.endReason == Directory::principalDeletedReason())
            (void)m_secrets->remove(d->secretKey(SecretKey::Kind::Session, session.accessKeyId));
}

Result<void> StsService::checkSessionPrincipal(const Directory& directory,
                                               const TemporarySession& session)
{
    const IamError invalid = IamError::invalidClientTokenId(invalidTokenMessage);
    if (session.type == TemporarySession::Type::AssumedRole) {
        const auto role = directory.roleByArn(session.roleArn);
        const QString roleId = session.assumedRoleId.section(QLatin1Char(':'), 0, 0);
        return role && !roleId.isEmpty() && role->roleId == roleId ? Result<void>()
                                                                   : Result<void>(invalid);
    }
    const auto arn = Arn::parse(session.arn);
    if (!arn)
        return invalid;
    if (arn->resourceType() == QLatin1String("root"))
        return directory.findAccount(arn->account()) && session.assumedRoleId == arn->account()
                   ? Result<void>()
                   : Result<void>(invalid);
    if (arn->resourceType() != QLatin1String("user"))
        return invalid;
    const auto user = directory.userById(session.assumedRoleId);
    return user && user->accountId == arn->account() ? Result<void>() : Result<void>(invalid);
}

void StsService::assumeRole(const StsCaller& caller, const AssumeRoleRequest& request,
                            QObject* context, Completion<AssumeRoleResult> done)
{
    const QString action = QStringLiteral("AssumeRole");
    const QPointer<QObject> ctx(context ? context : this);
    const auto resolved = d->resolveOrFail(action, caller, request.roleArn, ctx, done);
    if (!resolved)
        return;
    const ResolvedCaller& who = *resolved;
    const QString auditTags =
        auditedTags(request.tags, request.transitiveTagKeys, who.session, false);
    auto fail = [&](const IamError& error) {
        d->fail(action, who.arn(), request.roleArn, error, ctx, done, auditTags);
    };

    StsValidator check;
    check.roleArn(QStringLiteral("roleArn"), request.roleArn);
    check.roleSessionName(QStringLiteral("roleSessionName"), request.roleSessionName);
    if (request.durationSeconds)
        check.duration(*request.durationSeconds, Quotas::AssumeRoleDurationMin,
                       assumeRoleDurationMax);
    if (request.externalId)
        check.externalId(*request.externalId);
    if (!request.serialNumber.isEmpty())
        check.serialNumber(request.serialNumber);
    if (!request.tokenCode.isEmpty())
        check.tokenCode(request.tokenCode);
    check.sourceIdentity(request.sourceIdentity);
    check.sessionPolicy(request.policy);
    check.policyArnCount(request.policyArns.size());
    check.sessionTags(request.tags, request.transitiveTagKeys);
    if (!check.ok())
        return fail(check.result().error());
    if (auto tagRules = checkTagRules(request.tags, request.transitiveTagKeys, who.session);
        !tagRules)
        return fail(tagRules.error());
    const SessionTags tags = sessionTagsFor(request.tags, request.transitiveTagKeys, who.session);

    if (who.isRoot())
        return fail(
            IamError::accessDenied(QStringLiteral("Roles may not be assumed by root accounts.")));
    if (auto mfa = d->checkMfaOwner(who, request.serialNumber, request.tokenCode); !mfa)
        return fail(mfa.error());
    const bool mfaGiven = !request.tokenCode.isEmpty();
    if (auto allowed = d->authorize(who, request.roleArn, mfaGiven, request.externalId,
                                    request.roleSessionName, tags);
        !allowed)
        return fail(allowed.error());
    const Role role = *m_directory->roleByArn(request.roleArn);
    const auto duration =
        assumeRoleDuration(request.durationSeconds, role.maxSessionDuration, who.chained());
    if (!duration)
        return fail(duration.error());
    const auto packed = d->checkSessionPolicies(request.policy, request.policyArns, tags.tags);
    if (!packed)
        return fail(packed.error());

    IssueOrder order;
    order.auditAction = action;
    order.auditTags = auditTags;
    order.durationSeconds = duration.value();
    order.packedPolicySize = packed.value();
    TemporarySession& s = order.session;
    s.type = TemporarySession::Type::AssumedRole;
    s.accountId = role.accountId;
    s.callerArn = who.arn();
    s.roleArn = role.arn().toString();
    s.sessionName = request.roleSessionName;
    s.arn = Arn::assumedRole(role.accountId, role.name, request.roleSessionName).toString();
    s.assumedRoleId = role.roleId + QLatin1Char(':') + request.roleSessionName;
    s.sessionPolicy = request.policy;
    s.sessionPolicyArns = request.policyArns;
    s.sessionTags = tags.tags;
    s.transitiveTagKeys = tags.transitiveKeys;
    // A chained session keeps the source identity it was given first.
    s.sourceIdentity = who.session && !who.session->sourceIdentity.isEmpty()
                           ? who.session->sourceIdentity
                           : request.sourceIdentity;
    s.mfaAuthenticated = mfaGiven || who.mfaAuthenticated();
    s.chained = who.chained();
    if (!mfaGiven)
        return d->issue(std::move(order), ctx, std::move(done));
    const QString actor = who.arn();
    auto shared = std::make_shared<IssueOrder>(std::move(order));
    d->verifyMfa(
        request.serialNumber, request.tokenCode,
        [this, shared, ctx, done, action, actor, target = request.roleArn](Result<void> verified) {
            if (!verified)
                return d->fail(action, actor, target, verified.error(), ctx, done,
                               shared->auditTags);
            d->issue(std::move(*shared), ctx, done);
        });
}

void StsService::assumeRoleWithSaml(const SamlSignIn& signIn, QObject* context,
                                    Completion<AssumeRoleResult> done)
{
    const QString action = QStringLiteral("AssumeRoleWithSAML");
    const QPointer<QObject> ctx(context ? context : this);
    auto fail = [&](const IamError& error) {
        d->fail(action, signIn.principalArn, signIn.roleArn, error, ctx, done);
    };
    StsValidator check;
    check.roleArn(QStringLiteral("principalArn"), signIn.principalArn);
    check.roleArn(QStringLiteral("roleArn"), signIn.roleArn);
    if (signIn.durationSeconds)
        check.duration(*signIn.durationSeconds, Quotas::AssumeRoleDurationMin,
                       assumeRoleDurationMax);
    if (!check.ok())
        return fail(check.result().error());

    const auto verified = d->verifySaml(signIn);
    if (!verified)
        return fail(verified.error());
    const SamlAssertion& assertion = verified->first;
    const SamlProvider& provider = verified->second;
    const QString auditTags =
        auditedTags(assertion.principalTags, assertion.transitiveTagKeys, std::nullopt, true);
    auto failTagged = [&](const IamError& error) {
        d->fail(action, signIn.principalArn, signIn.roleArn, error, ctx, done, auditTags);
    };
    const auto role = m_directory->roleByArn(signIn.roleArn);
    const IamError denied =
        IamError::accessDenied(QStringLiteral("Not authorized to perform sts:AssumeRoleWithSAML"));
    if (!role)
        return failTagged(denied);
    // Session tags from the assertion's PrincipalTag attributes, by the rules of AssumeRole's.
    StsValidator tagCheck;
    tagCheck.sessionTags(assertion.principalTags, assertion.transitiveTagKeys);
    if (!tagCheck.ok())
        return failTagged(tagCheck.result().error());
    if (auto tagRules =
            checkTagRules(assertion.principalTags, assertion.transitiveTagKeys, std::nullopt);
        !tagRules)
        return failTagged(tagRules.error());
    const SessionTags tags =
        sessionTagsFor(assertion.principalTags, assertion.transitiveTagKeys, std::nullopt);
    if (auto trusted = d->authorizeSaml(*role, signIn.principalArn, assertion, tags); !trusted)
        return failTagged(trusted.error());
    const auto packed = d->checkSessionPolicies(QString(), {}, tags.tags);
    if (!packed)
        return failTagged(packed.error());
    if (!checkRoleSessionName(assertion.roleSessionName))
        return failTagged(
            IamError(QStringLiteral("InvalidIdentityToken"),
                     QStringLiteral("RoleSessionName in AuthnResponse must satisfy the "
                                    "pattern [\\w+=,.@-]{2,64}"),
                     400));
    // SessionNotOnOrAfter is a real instant, like the assertion's other windows.
    std::optional<qint64> untilSessionEnd;
    if (assertion.sessionNotOnOrAfter.isValid())
        untilSessionEnd = Clock::system()->now().secsTo(assertion.sessionNotOnOrAfter);
    const auto duration = samlDuration(signIn.durationSeconds, assertion.sessionDuration,
                                       role->maxSessionDuration, untilSessionEnd);
    if (!duration)
        return failTagged(duration.error());
    // Used once: recorded only now, so a refused attempt does not burn it,
    // and kept as long as any clock skew could still let it in.
    const QDateTime lastValid = std::max(assertion.notOnOrAfter, assertion.subjectNotOnOrAfter);
    if (auto fresh =
            m_directory->useSamlAssertion(signIn.principalArn, assertion.assertionId,
                                          lastValid.addSecs(SamlAssertionRules::ClockSkewSeconds));
        !fresh)
        return failTagged(fresh.error());

    IssueOrder order;
    order.auditAction = action;
    order.durationSeconds = duration.value();
    order.saml = samlResult(assertion, provider);
    order.auditTags = auditTags;
    order.packedPolicySize = packed.value();
    TemporarySession& s = order.session;
    s.type = TemporarySession::Type::AssumedRole;
    s.accountId = role->accountId;
    s.callerArn = signIn.principalArn;
    s.roleArn = role->arn().toString();
    s.sessionName = assertion.roleSessionName;
    s.arn = Arn::assumedRole(role->accountId, role->name, assertion.roleSessionName).toString();
    s.assumedRoleId = role->roleId + QLatin1Char(':') + assertion.roleSessionName;
    s.sessionTags = tags.tags;
    s.transitiveTagKeys = tags.transitiveKeys;
    d->issue(std::move(order), ctx, std::move(done));
}

Result<std::pair<SamlAssertion, SamlProvider>>
StsService::Private::verifySaml(const SamlSignIn& signIn) const
{
    const auto provider = q->m_directory->samlProvider(signIn.principalArn);
    if (!provider)
        return IamError(QStringLiteral("InvalidIdentityToken"),
                        QStringLiteral("Specified provider doesn't exist."), 400);
    const auto metadata = SamlMetadata::parse(provider->metadataDocument.toUtf8());
    if (!metadata)
        return IamError(QStringLiteral("InvalidIdentityToken"),
                        QStringLiteral("The provider's metadata cannot be read."), 400);
    const auto xml = SamlResponseVerifier::decodeBase64(signIn.samlAssertion);
    if (!xml)
        return xml.error();
    auto assertion = SamlResponseVerifier::verify(*xml, metadata->certificateDers());
    if (!assertion)
        return assertion.error();
    // Assertion windows are real time, whatever pace the training clock keeps.
    if (auto valid =
            SamlAssertionRules::check(*assertion, metadata->entityId(), signIn.principalArn,
                                      signIn.roleArn, Clock::system()->now());
        !valid)
        return valid.error();
    return std::make_pair(std::move(assertion).value(), *provider);
}

Result<void> StsService::Private::authorizeSaml(const Role& role, const QString& providerArn,
                                                const SamlAssertion& assertion,
                                                const SessionTags& tags) const
{
    const IamError denied =
        IamError::accessDenied(QStringLiteral("Not authorized to perform sts:AssumeRoleWithSAML"));
    auto trust = cache.get(role.arn().toString() + QStringLiteral("#trust"), role.trustPolicy,
                           PolicyKind::Trust);
    if (!trust)
        return denied;
    // A federated principal has no identity policies: the trust policy decides.
    EvaluationRequest request;
    request.action = assumeRoleWithSamlAction;
    request.resource = role.arn().toString();
    request.principal = RequestPrincipal::fromFederatedProvider(providerArn);
    request.resourcePolicy = NamedPolicy{role.name + QStringLiteral(" trust policy"), *trust};
    QStringList rcpErrors; // a broken RCP stands as a deny; nothing to report here
    request.resourceControlPolicies =
        PolicySet::resourceControlPolicies(*q->m_directory, cache, role.accountId, rcpErrors);
    const QDateTime now = q->m_clock->now();
    request.context.set(QStringLiteral("aws:CurrentTime"), RequestContextBuilder::isoTime(now));
    request.context.set(QStringLiteral("aws:EpochTime"), QString::number(now.toSecsSinceEpoch()));
    request.context.set(QStringLiteral("aws:FederatedProvider"), providerArn);
    // SAML:aud is where the assertion is posted (the recipient), as AWS sets it.
    request.context.set(QStringLiteral("SAML:aud"), assertion.recipient.isEmpty()
                                                        ? SamlAssertion::AwsSignInUrl
                                                        : assertion.recipient);
    request.context.set(QStringLiteral("SAML:sub"), assertion.subject);
    request.context.set(QStringLiteral("SAML:iss"), assertion.issuer);
    RequestContextBuilder::addResourceTags(request.context, role.tags);
    tags.addTo(request.context);
    if (!PolicyEvaluator::evaluateAssumeRole(request).isAllowed())
        return denied;
    if (tags.isEmpty())
        return {};
    // Roles trusted by an identity provider that passes tags must allow sts:TagSession.
    request.action = tagSessionAction;
    if (!PolicyEvaluator::evaluateAssumeRole(request).isAllowed())
        return IamError::accessDenied(QStringLiteral("Not authorized to perform sts:TagSession"));
    return {};
}

Result<int> StsService::samlDuration(std::optional<int> requested,
                                     std::optional<int> sessionDuration, int maxSessionDuration,
                                     std::optional<qint64> untilSessionNotOnOrAfter)
{
    if (requested) {
        if (auto allowed = assumeRoleDuration(requested, maxSessionDuration, false); !allowed)
            return allowed.error();
    }
    int seconds = sessionDuration.value_or(requested.value_or(Quotas::AssumeRoleDurationDefault));
    if (requested)
        seconds = qMin(seconds, *requested);
    seconds = qMin(seconds, maxSessionDuration);
    // "until the time specified in the SAML authentication response's
    // SessionNotOnOrAfter value, whichever is shorter" (AssumeRoleWithSAML).
    if (untilSessionNotOnOrAfter) {
        if (*untilSessionNotOnOrAfter <= 0)
            return IamError(QStringLiteral("ExpiredTokenException"),
                            QStringLiteral("Response is expired"), 400);
        seconds = int(qMin<qint64>(seconds, *untilSessionNotOnOrAfter));
    }
    return seconds;
}

void StsService::getSessionToken(const StsCaller& caller, const GetSessionTokenRequest& request,
                                 QObject* context, Completion<AssumeRoleResult> done)
{
    const QString action = QStringLiteral("GetSessionToken");
    const QPointer<QObject> ctx(context ? context : this);
    const auto resolved = d->resolveOrFail(action, caller, QString(), ctx, done);
    if (!resolved)
        return;
    const ResolvedCaller& who = *resolved;
    auto fail = [&](const IamError& error) {
        d->fail(action, who.arn(), who.arn(), error, ctx, done);
    };
    if (who.kind == StsCaller::Kind::Session)
        return fail(IamError::accessDenied(
            QStringLiteral("Cannot call GetSessionToken with session credentials")));
    if (who.isService())
        return fail(IamError::accessDenied(
            QStringLiteral("Not authorized to perform sts:GetSessionToken")));

    StsValidator check;
    if (request.durationSeconds)
        check.duration(*request.durationSeconds, Quotas::SessionTokenDurationMin,
                       Quotas::SessionTokenDurationMax);
    if (!request.serialNumber.isEmpty())
        check.serialNumber(request.serialNumber);
    if (!request.tokenCode.isEmpty())
        check.tokenCode(request.tokenCode);
    if (!check.ok())
        return fail(check.result().error());
    const auto duration = sessionTokenDuration(request.durationSeconds, who.isRoot());
    if (!duration)
        return fail(duration.error());
    if (auto mfa = d->checkMfaOwner(who, request.serialNumber, request.tokenCode); !mfa)
        return fail(mfa.error());

    IssueOrder order;
    order.auditAction = action;
    order.durationSeconds = duration.value();
    TemporarySession& s = order.session;
    s.type = TemporarySession::Type::SessionToken;
    s.accountId = who.identity.accountId;
    s.callerArn = who.arn();
    s.arn = who.arn();
    s.assumedRoleId = who.identity.userId;
    s.sessionName = who.user ? who.user->name : QString();
    s.mfaAuthenticated = !request.tokenCode.isEmpty();
    if (request.tokenCode.isEmpty())
        return d->issue(std::move(order), ctx, std::move(done));
    const QString actor = who.arn();
    auto shared = std::make_shared<IssueOrder>(std::move(order));
    d->verifyMfa(request.serialNumber, request.tokenCode,
                 [this, shared, ctx, done, action, actor](Result<void> verified) {
                     if (!verified)
                         return d->fail(action, actor, actor, verified.error(), ctx, done);
                     d->issue(std::move(*shared), ctx, done);
                 });
}

Result<CallerIdentityResult> StsService::getCallerIdentity(const StsCaller& caller) const
{
    const auto resolved = d->resolve(caller, false);
    if (!resolved)
        return resolved.error();
    const ResolvedCaller& who = resolved.value();
    // A service holds no credentials of its own to ask with.
    if (who.isService())
        return IamError::invalidClientTokenId(invalidTokenMessage);
    if (who.session && who.session->type == TemporarySession::Type::SessionToken)
        return CallerIdentityResult{who.user ? who.user->userId : who.identity.accountId,
                                    who.identity.accountId, who.arn()};
    return CallerIdentityResult{who.identity.userId, who.identity.accountId, who.arn()};
}

void StsService::resolveSession(const QString& accessKeyId, const SecureBytes& sessionToken,
                                QObject* context, Completion<TemporarySession> done)
{
    const QPointer<QObject> ctx(context ? context : this);
    auto token = std::make_shared<SecureBytes>(sessionToken.clone());
    d->withSigningKey([this, accessKeyId, token, ctx, done](Result<void> keyReady) {
        if (!keyReady)
            return deliver<TemporarySession>(ctx, done, keyReady.error());
        const auto claims = SessionToken::verify(d->signingKey, token->view());
        if (!claims || claims->accessKeyId != accessKeyId)
            return deliver<TemporarySession>(ctx, done,
                                             IamError::invalidClientTokenId(invalidTokenMessage));
        const auto session = m_directory->temporarySession(accessKeyId);
        if (!session)
            return deliver<TemporarySession>(ctx, done,
                                             IamError::invalidClientTokenId(invalidTokenMessage));
        const QDateTime now = m_clock->now();
        if (!session->isOpenAt(now) || claims->expiresAt <= now)
            return deliver<TemporarySession>(ctx, done,
                                             IamError::expiredToken(expiredTokenMessage));
        if (auto principal = checkSessionPrincipal(*m_directory, *session); !principal)
            return deliver<TemporarySession>(ctx, done, principal.error());
        deliver<TemporarySession>(ctx, done, *session);
    });
}

void StsService::sessionCredentials(const QString& accessKeyId, QObject* context,
                                    Completion<TemporaryCredentials> done)
{
    const QPointer<QObject> ctx(context ? context : this);
    const auto session = m_directory->temporarySession(accessKeyId);
    if (!session)
        return deliver<TemporaryCredentials>(ctx, done,
                                             IamError::invalidClientTokenId(invalidTokenMessage));
    if (!session->isOpenAt(m_clock->now()))
        return deliver<TemporaryCredentials>(ctx, done,
                                             IamError::expiredToken(expiredTokenMessage));
    SecretJob* job = m_secrets->get(d->secretKey(SecretKey::Kind::Session, accessKeyId));
    connect(job, &SecretJob::finished, this,
            [ctx, done, accessKeyId, expiresAt = session->expiresAt](SecretJob* job) {
                if (job->error() == SecretStore::EntryNotFound)
                    return deliver<TemporaryCredentials>(
                        ctx, done, IamError::expiredToken(expiredTokenMessage));
                if (job->error() != SecretStore::NoError)
                    return deliver<TemporaryCredentials>(
                        ctx, done, IamError::serviceFailure(job->errorString()));
                auto parts = unpackSessionSecrets(job->value());
                if (!parts)
                    return deliver<TemporaryCredentials>(
                        ctx, done,
                        IamError::serviceFailure(
                            QStringLiteral("The stored secrets of session %1 are damaged.")
                                .arg(accessKeyId)));
                TemporaryCredentials credentials;
                credentials.accessKeyId = accessKeyId;
                credentials.secretAccessKey = std::move(parts->first);
                credentials.sessionToken = std::move(parts->second);
                credentials.expiration = expiresAt;
                deliver<TemporaryCredentials>(ctx, done, std::move(credentials));
            });
}

void StsService::endSession(const QString& accessKeyId, const QString& reason, QObject* context,
                            Completion<void> done)
{
    const QPointer<QObject> ctx(context ? context : this);
    const Result<void> ended = m_directory->endTemporarySession(accessKeyId, reason, d->now());
    // The secrets go even when the directory has no such session.
    SecretJob* job = m_secrets->remove(d->secretKey(SecretKey::Kind::Session, accessKeyId));
    connect(job, &SecretJob::finished, this, [ctx, done, ended](SecretJob* job) {
        if (!ended)
            return deliver<void>(ctx, done, ended);
        if (job->error() != SecretStore::NoError)
            return deliver<void>(ctx, done, IamError::serviceFailure(job->errorString()));
        deliver<void>(ctx, done, Result<void>());
    });
}

void StsService::endExpiredSessions(QObject* context, Completion<int> done)
{
    const QPointer<QObject> ctx(context ? context : this);
    const QDateTime now = m_clock->now();
    QStringList expired;
    for (const TemporarySession& session : m_directory->temporarySessions())
        if (session.endedAt.isNull() && session.expiresAt <= now)
            expired << session.accessKeyId;
    if (expired.isEmpty())
        return deliver<int>(ctx, done, 0);
    // The store runs jobs in order: the last one to finish reports the count.
    const auto pending = std::make_shared<int>(int(expired.size()));
    const auto ended = std::make_shared<int>(0);
    for (const QString& accessKeyId : expired)
        endSession(accessKeyId, QStringLiteral("Expired"), this,
                   [ctx, done, pending, ended](Result<void> r) {
                       if (r)
                           ++*ended;
                       if (--*pending == 0)
                           deliver<int>(ctx, done, *ended);
                   });
}

Result<void> StsService::checkRoleSessionName(const QString& name)
{
    StsValidator check;
    check.roleSessionName(QStringLiteral("roleSessionName"), name);
    return check.result();
}

Result<void> StsService::checkExternalId(const QString& externalId)
{
    StsValidator check;
    check.externalId(externalId);
    return check.result();
}

Result<void> StsService::checkTokenCode(const QString& code)
{
    StsValidator check;
    check.tokenCode(code);
    return check.result();
}

Result<void> StsService::checkSerialNumber(const QString& serialNumber)
{
    StsValidator check;
    check.serialNumber(serialNumber);
    return check.result();
}

Result<int> StsService::assumeRoleDuration(std::optional<int> requested, int maxSessionDuration,
                                           bool chained)
{
    const int duration = requested.value_or(Quotas::AssumeRoleDurationDefault);
    StsValidator check;
    check.duration(duration, Quotas::AssumeRoleDurationMin, assumeRoleDurationMax);
    if (!check.ok())
        return check.result().error();
    if (chained && duration > Quotas::RoleChainingDurationMax)
        return IamError::validation(
                   QStringLiteral("The requested DurationSeconds exceeds the 1 hour session "
                                  "limit for roles assumed by role chaining."))
            .withParameter(QStringLiteral("durationSeconds"));
    if (duration > maxSessionDuration)
        return IamError::validation(QStringLiteral("The requested DurationSeconds exceeds the "
                                                   "MaxSessionDuration set for this role."))
            .withParameter(QStringLiteral("durationSeconds"));
    return duration;
}

Result<int> StsService::sessionTokenDuration(std::optional<int> requested, bool root)
{
    const int duration = requested.value_or(root ? Quotas::SessionTokenRootDurationMax
                                                 : Quotas::SessionTokenDurationDefault);
    StsValidator check;
    check.duration(duration, Quotas::SessionTokenDurationMin, Quotas::SessionTokenDurationMax);
    if (!check.ok())
        return check.result().error();
    // The root user's session is cut to one hour, not refused: "If the
    // duration is longer than one hour, the session for AWS account owners
    // defaults to one hour" (GetSessionToken).
    return root ? qMin(duration, Quotas::SessionTokenRootDurationMax) : duration;
}

Result<void> StsService::authorizeAssumeRole(const StsCaller& caller, const QString& roleArn,
                                             bool mfaPresent,
                                             const std::optional<QString>& externalId) const
{
    const auto resolved = d->resolve(caller);
    if (!resolved)
        return resolved.error();
    return d->authorize(resolved.value(), roleArn, mfaPresent, externalId, QString());
}

QStringList StsService::trustedServices(const QString& roleArn) const
{
    QStringList services;
    const auto role = m_directory->roleByArn(roleArn);
    if (!role)
        return services;
    const auto trust = PolicyDocument::parse(role->trustPolicy, PolicyKind::Trust);
    if (!trust)
        return services;
    for (const PolicyStatement& statement : trust->statements()) {
        if (statement.effect != PolicyEffect::Allow || !statement.principal ||
            statement.notPrincipal)
            continue;
        for (const QString& service : statement.principal->service)
            if (!services.contains(service) &&
                authorizeAssumeRole(StsCaller::service(service), roleArn, false))
                services << service;
    }
    return services;
}
