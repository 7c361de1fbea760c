#pragma once

#include "policy/evaluationrequest.h"
#include "policy/evaluationresult.h"

// Decides requests per spec §5. Stateless and thread-safe: it only reads the
// request and the immutable compiled policies.
class PolicyEvaluator
{
public:
    // An explicit deny in any policy is final; otherwise an identity allow is
    // needed, and a boundary allow where a boundary is set, and a session
    // policy allow where session policies are given. A same-account resource
    // policy naming the caller directly allows on its own; across accounts
    // both the identity side and the resource policy must allow. The root
    // user may do anything in its own account that no policy denies.
    // Before all of that the organization's guardrails: any SCP or RCP deny is
    // an explicit deny (decidedBy ServiceControl / ResourceControl), and every
    // SCP level must allow, for a member account's root user too.
    static EvaluationResult evaluate(const EvaluationRequest& request);

    // Spec §5.4: request.resource is the role ARN, request.resourcePolicy its
    // trust policy, request.action normally "sts:AssumeRole"; the identity
    // side holds the caller's policies. The trust policy must allow the
    // caller; unless it names the caller directly (or the caller is a
    // service or federated provider), the caller's identity policies must
    // allow too, and across accounts both always must. SCPs and RCPs limit it
    // as they limit evaluate.
    static EvaluationResult evaluateAssumeRole(const EvaluationRequest& request);

private:
    enum class Mode
    {
        Request,
        AssumeRole
    };
    static EvaluationResult decide(const EvaluationRequest& request, Mode mode);
};
