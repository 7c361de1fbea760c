#include "policy/organizationpolicyrules.h"

#include <algorithm>
#include <array>

namespace {

IamError malformed(const QString& message)
{
    return {QStringLiteral("MalformedPolicyDocumentException"), message, 400};
}

QString kindName(PolicyKind kind)
{
    return kind == PolicyKind::ServiceControl ? QStringLiteral("service control policy")
                                              : QStringLiteral("resource control policy");
}

} // namespace

Result<PolicyDocument> OrganizationPolicyRules::validate(const QString& text, PolicyKind kind,
                                                         PolicyDiagnostic* diagnostic)
{
    if (kind != PolicyKind::ServiceControl && kind != PolicyKind::ResourceControl)
        return IamError(QStringLiteral("InvalidInputException"),
                        QStringLiteral("Only a service control policy or a resource control "
                                       "policy can be checked as an organization policy."),
                        400);
    auto document = PolicyDocument::parseIgnoringSize(text, kind, diagnostic);
    if (!document.ok())
        return malformed(document.error().message());
    if (text.size() > MaxSize)
        return IamError(QStringLiteral("ConstraintViolationException"),
                        QStringLiteral("The %1 has %2 characters; at most %3 are allowed, "
                                       "whitespace included. Remove whitespace or split the "
                                       "policy (POLICY_CONTENT_LIMIT_EXCEEDED).")
                            .arg(kindName(kind))
                            .arg(text.size())
                            .arg(MaxSize),
                        400)
            .withParameter(QStringLiteral("Content"));
    if (kind == PolicyKind::ResourceControl) {
        const QList<PolicyStatement>& statements = document->statements();
        for (qsizetype i = 0; i < statements.size(); ++i) {
            if (statements.at(i).effect == PolicyEffect::Allow)
                return malformed(QStringLiteral("Statement[%1].Effect: a resource control policy "
                                                "may only deny; \"Allow\" is reserved for "
                                                "RCPFullAWSAccess, which AWS attaches itself")
                                     .arg(i));
        }
    }
    return document;
}

bool OrganizationPolicyRules::resourceControlApplies(QStringView foldedService,
                                                     QStringView foldedAction)
{
    static constexpr std::array<QStringView, 9> services{
        u"s3",       u"kms", u"sqs", u"secretsmanager", u"cognito-identity", u"logs",
        u"dynamodb", u"ecr", u"aoss"};
    static constexpr std::array<QStringView, 4> stsRoleActions{
        u"assumerole", u"assumerolewithsaml", u"assumerolewithwebidentity", u"tagsession"};
    if (foldedService == u"sts")
        return std::find(stsRoleActions.begin(), stsRoleActions.end(), foldedAction) !=
               stsRoleActions.end();
    return std::find(services.begin(), services.end(), foldedService) != services.end();
}
