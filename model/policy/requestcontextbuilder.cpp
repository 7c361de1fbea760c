#include "policy/requestcontextbuilder.h"

namespace {

// A global key with its lower-case form made once: an audit builds the
// context of every principal of a large directory.
struct Key
{
    explicit Key(const QString& name)
        : name(name)
        , lower(name.toLower())
    {}
    QString name;
    QString lower;
};

const Key principalArnKey(QStringLiteral("aws:PrincipalArn"));
const Key principalAccountKey(QStringLiteral("aws:PrincipalAccount"));
const Key principalOrgIdKey(QStringLiteral("aws:PrincipalOrgID"));
const Key principalTypeKey(QStringLiteral("aws:PrincipalType"));
const Key principalIsAwsServiceKey(QStringLiteral("aws:PrincipalIsAWSService"));
const Key viaAwsServiceKey(QStringLiteral("aws:ViaAWSService"));
const Key userIdKey(QStringLiteral("aws:userid"));
const Key userNameKey(QStringLiteral("aws:username"));
const Key sourceIdentityKey(QStringLiteral("aws:SourceIdentity"));
const Key mfaPresentKey(QStringLiteral("aws:MultiFactorAuthPresent"));
const Key mfaAgeKey(QStringLiteral("aws:MultiFactorAuthAge"));
const Key tokenIssueTimeKey(QStringLiteral("aws:TokenIssueTime"));
const Key currentTimeKey(QStringLiteral("aws:CurrentTime"));
const Key epochTimeKey(QStringLiteral("aws:EpochTime"));
const Key sourceIpKey(QStringLiteral("aws:SourceIp"));
const Key requestedRegionKey(QStringLiteral("aws:RequestedRegion"));
const Key secureTransportKey(QStringLiteral("aws:SecureTransport"));

void set(RequestContext& context, const Key& key, const QString& value)
{
    context.set(key.name, key.lower, QStringList{value});
}

} // namespace

RequestContext RequestContextBuilder::build(const CallerIdentity& caller)
{
    RequestContext context;
    const bool roleSession = caller.type == CallerIdentity::Type::AssumedRole;
    // For a role session policies see the role, not the session.
    set(context, principalArnKey,
        roleSession && !caller.roleArn.isEmpty() ? caller.roleArn : caller.arn);
    set(context, principalAccountKey, caller.accountId);
    if (!caller.organizationId.isEmpty())
        set(context, principalOrgIdKey, caller.organizationId);
    set(context, principalTypeKey, principalType(caller.type));
    set(context, principalIsAwsServiceKey, QStringLiteral("false"));
    set(context, viaAwsServiceKey, QStringLiteral("false"));
    if (!caller.userId.isEmpty())
        set(context, userIdKey, caller.userId);
    if (caller.type == CallerIdentity::Type::User && !caller.userName.isEmpty())
        set(context, userNameKey, caller.userName);
    for (const Tag& tag : caller.tags)
        context.set(QStringLiteral("aws:PrincipalTag/") + tag.key, tag.value);
    if (!caller.sourceIdentity.isEmpty())
        set(context, sourceIdentityKey, caller.sourceIdentity);

    // MFA and token keys exist only for temporary credentials; the MFA age
    // only when MFA was used.
    if (caller.hasTemporaryCredentials()) {
        set(context, mfaPresentKey,
            caller.mfaPresent ? QStringLiteral("true") : QStringLiteral("false"));
        if (caller.mfaPresent && caller.mfaAuthTime.isValid() && caller.now.isValid())
            set(context, mfaAgeKey,
                QString::number(qMax<qint64>(0, caller.mfaAuthTime.secsTo(caller.now))));
        if (caller.tokenIssueTime.isValid())
            set(context, tokenIssueTimeKey, isoTime(caller.tokenIssueTime));
    }

    const QDateTime now = caller.now.isValid() ? caller.now : QDateTime::currentDateTimeUtc();
    set(context, currentTimeKey, isoTime(now));
    set(context, epochTimeKey, QString::number(now.toSecsSinceEpoch()));
    set(context, sourceIpKey, caller.sourceIp);
    set(context, requestedRegionKey, caller.requestedRegion);
    set(context, secureTransportKey,
        caller.secureTransport ? QStringLiteral("true") : QStringLiteral("false"));
    return context;
}

RequestPrincipal RequestContextBuilder::principal(const CallerIdentity& caller)
{
    RequestPrincipal principal = RequestPrincipal::fromArn(caller.arn, caller.roleArn);
    if (principal.account.isEmpty())
        principal.account = caller.accountId;
    principal.root = principal.root || caller.type == CallerIdentity::Type::Root;
    return principal;
}

void RequestContextBuilder::addResourceTags(RequestContext& context, const TagList& tags)
{
    for (const Tag& tag : tags) {
        context.set(QStringLiteral("aws:ResourceTag/") + tag.key, tag.value);
        context.set(QStringLiteral("iam:ResourceTag/") + tag.key, tag.value);
    }
}

QString RequestContextBuilder::isoTime(const QDateTime& time)
{
    // Callers ask about the same instant many times (an audit, a batch): format it once.
    thread_local QDateTime lastTime;
    thread_local QString lastText;
    if (time != lastTime || lastText.isNull()) {
        lastText = time.toUTC().toString(Qt::ISODate);
        lastTime = time;
    }
    return lastText;
}

QString RequestContextBuilder::principalType(CallerIdentity::Type type)
{
    switch (type) {
    case CallerIdentity::Type::User:
        return QStringLiteral("User");
    case CallerIdentity::Type::AssumedRole:
        return QStringLiteral("AssumedRole");
    case CallerIdentity::Type::FederatedUser:
        return QStringLiteral("FederatedUser");
    case CallerIdentity::Type::Root:
        return QStringLiteral("Account");
    }
    return QString();
}
