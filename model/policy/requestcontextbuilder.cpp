#include "policy/requestcontextbuilder.h"

RequestContext RequestContextBuilder::build(const CallerIdentity& caller)
{
    RequestContext context;
    const bool roleSession = caller.type == CallerIdentity::Type::AssumedRole;
    // For a role session policies see the role, not the session.
    context.set(QStringLiteral("aws:PrincipalArn"),
                roleSession && !caller.roleArn.isEmpty() ? caller.roleArn : caller.arn);
    context.set(QStringLiteral("aws:PrincipalAccount"), caller.accountId);
    if (!caller.organizationId.isEmpty())
        context.set(QStringLiteral("aws:PrincipalOrgID"), caller.organizationId);
    context.set(QStringLiteral("aws:PrincipalType"), principalType(caller.type));
    context.set(QStringLiteral("aws:PrincipalIsAWSService"), QStringLiteral("false"));
    context.set(QStringLiteral("aws:ViaAWSService"), QStringLiteral("false"));
    if (!caller.userId.isEmpty())
        context.set(QStringLiteral("aws:userid"), caller.userId);
    if (caller.type == CallerIdentity::Type::User && !caller.userName.isEmpty())
        context.set(QStringLiteral("aws:username"), caller.userName);
    for (const Tag& tag : caller.tags)
        context.set(QStringLiteral("aws:PrincipalTag/") + tag.key, tag.value);
    if (!caller.sourceIdentity.isEmpty())
        context.set(QStringLiteral("aws:SourceIdentity"), caller.sourceIdentity);

    // MFA and token keys exist only for temporary credentials; the MFA age
    // only when MFA was used.
    if (caller.hasTemporaryCredentials()) {
        context.set(QStringLiteral("aws:MultiFactorAuthPresent"),
                    caller.mfaPresent ? QStringLiteral("true") : QStringLiteral("false"));
        if (caller.mfaPresent && caller.mfaAuthTime.isValid() && caller.now.isValid())
            context.set(QStringLiteral("aws:MultiFactorAuthAge"),
                        QString::number(qMax<qint64>(0, caller.mfaAuthTime.secsTo(caller.now))));
        if (caller.tokenIssueTime.isValid())
            context.set(QStringLiteral("aws:TokenIssueTime"), isoTime(caller.tokenIssueTime));
    }

    const QDateTime now = caller.now.isValid() ? caller.now : QDateTime::currentDateTimeUtc();
    context.set(QStringLiteral("aws:CurrentTime"), isoTime(now));
    context.set(QStringLiteral("aws:EpochTime"), QString::number(now.toSecsSinceEpoch()));
    context.set(QStringLiteral("aws:SourceIp"), caller.sourceIp);
    context.set(QStringLiteral("aws:RequestedRegion"), caller.requestedRegion);
    context.set(QStringLiteral("aws:SecureTransport"),
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
    return time.toUTC().toString(Qt::ISODate);
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
