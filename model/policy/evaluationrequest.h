#pragma once

#include "policy/compiledpolicy.h"
#include "policy/requestcontext.h"
#include "policy/requestprincipal.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

// A compiled policy with the name results show for it, such as
// "John/inline/DevPolicy", "arn:aws:iam::aws:policy/ReadOnlyAccess" or
// "group Developers: DevPolicy".
struct NamedPolicy
{
    QString name;
    std::shared_ptr<const CompiledPolicy> policy;
};

// One request to decide (spec §5): who asks to do what to which resource,
// with which policies in force.
struct EvaluationRequest
{
    QString action;   // "iam:ListUsers"
    QString resource; // an ARN, or "*" for actions without resource-level permissions
    RequestPrincipal principal;
    RequestContext context;

    // For a user its own inline and attached policies plus every group's; for
    // a role session the role's.
    QList<NamedPolicy> identityPolicies;
    std::optional<NamedPolicy> permissionsBoundary;
    // Given only for a session created with session policies; empty otherwise.
    QList<NamedPolicy> sessionPolicies;
    // The resource's own policy; for evaluateAssumeRole, the role's trust policy.
    std::optional<NamedPolicy> resourcePolicy;
    // The organization's guardrails (spec §10): one entry per level from the
    // organization's root through each organizational unit down to the
    // account, each holding the policies attached at that level; every level
    // must allow. Empty outside an organization, for the management account
    // and for service-linked roles. serviceControlPolicies are those of the
    // principal's account, resourceControlPolicies those of the resource's;
    // only an RCP's denies count, since the RCPFullAWSAccess that AWS attaches
    // to every level allows the rest (policies compiled as PolicyKind::
    // ServiceControl / ResourceControl).
    QList<QList<NamedPolicy>> serviceControlPolicies;
    QList<QList<NamedPolicy>> resourceControlPolicies;
    // The account that owns the resource; when empty, the account of the
    // resource ARN, and failing that the principal's own.
    QString resourceAccount;
};
