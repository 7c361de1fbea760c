#pragma once

#include "audit/auditpolicy.h"
#include "directory/policyset.h"
#include "iam/entitykind.h"
#include "policy/evaluationrequest.h"

#include <QList>
#include <QString>

// A user or role prepared once for many audit questions: its policies in
// both audit forms and its request skeletons.
struct AuditPrincipal
{
    struct Policy
    {
        PolicySet::Named named;
        const AuditPolicy* policy = nullptr;
    };

    QString arn; // the user's or role's ARN
    EntityKind kind = EntityKind::User;
    QString accountId;
    QString name;
    QList<Policy> identity;
    std::optional<Policy> boundary;
    // Its aws:PrincipalTag/* are its own tags: a user, or a role whose trust
    // policy lets no session carry session tags (sts:TagSession).
    bool tagsKnown = false;
    // Principal and context filled, the policies in the strict and lenient forms.
    EvaluationRequest strict;
    EvaluationRequest lenient;
};
