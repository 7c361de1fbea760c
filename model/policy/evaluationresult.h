#pragma once

#include <QList>
#include <QString>

enum class Decision
{
    Allow,
    ExplicitDeny,
    ImplicitDeny
};

// The kind of policy a statement comes from; access-denied messages name it.
enum class PolicyType
{
    Identity,
    Boundary,
    Session,
    Resource,
    Trust,
    ServiceControl, // an organization's SCP: limits a member account's principals
    ResourceControl // an organization's RCP: limits access to a member account's resources
};

// A statement that decided a request: the denying ones for an explicit deny,
// the allowing ones for an allow.
struct MatchedStatement
{
    QString policy; // the NamedPolicy name
    PolicyType type = PolicyType::Identity;
    int policyIndex = 0;    // within its kind (identity policies, session policies) or level
    QString sid;            // empty when the statement has none
    int statementIndex = 0; // in the document
    int level = 0;          // SCPs and RCPs: the organization level, 0 for its root

    // "policy: Sid" or "policy: statement 3" (1-based), for people.
    QString label() const;
    bool operator==(const MatchedStatement&) const = default;
};

struct EvaluationResult
{
    Decision decision = Decision::ImplicitDeny;
    // Explicit deny: the kind of the first denying policy (SCPs and RCPs come
    // first). Implicit deny: the kind that had no allow (service control,
    // identity, boundary, session, resource or trust).
    // Allow: Identity, or Resource / Trust when that policy allowed on its own.
    PolicyType decidedBy = PolicyType::Identity;
    QList<MatchedStatement> matched;

    bool isAllowed() const { return decision == Decision::Allow; }

    // "allow", "explicitDeny", "implicitDeny"
    static QString decisionName(Decision decision);
};
