#pragma once

#include "iam/iamerror.h"
#include "policy/evaluationresult.h"

#include <QString>

// AWS's wording for a denied request, e.g. "User: arn:aws:iam::111122223333:user/John
// is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::111122223333:user/
// because no identity-based policy allows the iam:ListUsers action".
class AccessDeniedMessage
{
public:
    // The message for a denied result (implicit or explicit, naming the kind
    // of policy that decided); empty for an allowed one.
    static QString forRequest(const QString& principalArn, const QString& action,
                              const QString& resource, const EvaluationResult& result);
    // Spec §3: "User: <arn> is not authorized to perform: sts:AssumeRole on resource: <role>".
    static QString forAssumeRole(const QString& callerArn, const QString& roleArn);

    // The same wrapped as AccessDenied (403).
    static IamError error(const QString& principalArn, const QString& action,
                          const QString& resource, const EvaluationResult& result);

private:
    static QString bareForm(const QString& principalArn, const QString& action,
                            const QString& resource);
    static QString policyKindPhrase(PolicyType type, bool withArticle);
};
