#include "policy/accessdeniedmessage.h"

QString AccessDeniedMessage::forRequest(const QString& principalArn, const QString& action,
                                        const QString& resource, const EvaluationResult& result)
{
    if (result.isAllowed())
        return QString();
    const bool explicitDeny = result.decision == Decision::ExplicitDeny;
    const QString denyPhrase =
        QStringLiteral(" with an explicit deny in ") + policyKindPhrase(result.decidedBy, true);
    // STS words a refusal by the role's trust policy (AssumeRole, TagSession)
    // in its bare form, ending at the role's ARN, and names only an explicit deny.
    if (result.decidedBy == PolicyType::Trust ||
        action.compare(QLatin1String("sts:AssumeRole"), Qt::CaseInsensitive) == 0)
        return bareForm(principalArn, action, resource) + (explicitDeny ? denyPhrase : QString());
    // An action without resource-level permissions has no "on resource" part
    // (IAM User Guide, "Troubleshoot access denied error messages").
    QString head =
        QStringLiteral("User: %1 is not authorized to perform: %2").arg(principalArn, action);
    if (!resource.isEmpty() && resource != QLatin1String("*"))
        head += QStringLiteral(" on resource: ") + resource;
    if (explicitDeny)
        return head + denyPhrase;
    return head + QStringLiteral(" because no ") + policyKindPhrase(result.decidedBy, false) +
           QStringLiteral(" allows the ") + action + QStringLiteral(" action");
}

QString AccessDeniedMessage::forAssumeRole(const QString& callerArn, const QString& roleArn)
{
    return bareForm(callerArn, QStringLiteral("sts:AssumeRole"), roleArn);
}

QString AccessDeniedMessage::bareForm(const QString& principalArn, const QString& action,
                                      const QString& resource)
{
    return QStringLiteral("User: %1 is not authorized to perform: %2 on resource: %3")
        .arg(principalArn, action, resource);
}

IamError AccessDeniedMessage::error(const QString& principalArn, const QString& action,
                                    const QString& resource, const EvaluationResult& result)
{
    return IamError::accessDenied(forRequest(principalArn, action, resource, result));
}

QString AccessDeniedMessage::policyKindPhrase(PolicyType type, bool withArticle)
{
    QString phrase;
    QString article = QStringLiteral("a ");
    switch (type) {
    case PolicyType::Identity:
        phrase = QStringLiteral("identity-based policy");
        article = QStringLiteral("an ");
        break;
    case PolicyType::Boundary:
        phrase = QStringLiteral("permissions boundary");
        break;
    case PolicyType::Session:
        phrase = QStringLiteral("session policy");
        break;
    case PolicyType::Resource:
    case PolicyType::Trust:
        phrase = QStringLiteral("resource-based policy");
        break;
    case PolicyType::ServiceControl:
        phrase = QStringLiteral("service control policy");
        break;
    case PolicyType::ResourceControl:
        phrase = QStringLiteral("resource control policy");
        break;
    }
    return withArticle ? article + phrase : phrase;
}
