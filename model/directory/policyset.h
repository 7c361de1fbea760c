#pragma once

#include "directory/organizationpolicy.h"
#include "iam/entitykind.h"
#include "iam/tag.h"
#include "policy/evaluationrequest.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Directory;
class PolicyCache;
struct EvaluationRequest;
struct TemporarySession;

// The policy texts that decide for one principal, gathered from the
// directory: for a user its own inline and attached policies plus every
// group's; for a role its own; and the permissions boundary when one is set.
struct PolicySet
{
    struct Named
    {
        QString
            name; // shown as "the statement that decided": e.g. "group Admins: AdministratorAccess"
        QString
            cacheKey; // stable while the text is unchanged: ARN + version, or owner + inline name
        QString document;
        QString policyName;    // "AdministratorAccess"
        QString viaGroup;      // the group it comes through; empty when the principal's own
        bool isInline = false; // an inline policy rather than a managed one
        bool isAwsManaged = false;
    };

    QList<Named> identityPolicies;
    std::optional<Named> permissionsBoundary;
    // A role session's session policies: they only narrow (spec §3).
    QList<Named> sessionPolicies;
    // The organization's SCPs that limit this principal, one list per level
    // from the root down to its account (see EvaluationRequest); empty
    // outside an organization and in the management account.
    QList<QList<Named>> serviceControlPolicies;

    // Compiles the set through the cache into the request's identity policies,
    // boundary and session policies. A document that does not compile is left out and named in
    // errors (the store refuses such documents; only an imported file has them).
    void compileInto(PolicyCache& cache, EvaluationRequest& request, QStringList& errors) const;

    // The account a resource belongs to for evaluation: AWS-managed policies
    // (account "aws") are every account's own.
    static QString resourceAccount(const QString& resource, const QString& callerAccount);
    // The IAM tags of the user or role an ARN names, for aws:ResourceTag/*
    // and iam:ResourceTag/*; none for anything else (nothing else here has tags).
    static TagList resourceTags(const Directory& directory, const QString& resource);
    // The account that owns the resource: the ARN's, else (no account in it,
    // "*", or AWS's own) the caller's. Whose RCPs apply.
    static QString owningAccount(const QString& resource, const QString& callerAccount);

    // The organization's control policies of one type in force in an account,
    // one list per level from the root through its OUs down to the account.
    // Empty for the management account (they never limit it), for an account
    // the organization does not have, and for AWS ("aws").
    static QList<QList<Named>> controlPolicyLevels(const Directory& directory,
                                                   const QString& accountId,
                                                   OrganizationPolicy::Type type);
    // The resource control policies of the resource's account, compiled for
    // EvaluationRequest::resourceControlPolicies; a broken one stands as a
    // deny, named in errors.
    static QList<QList<NamedPolicy>> resourceControlPolicies(const Directory& directory,
                                                             PolicyCache& cache,
                                                             const QString& resourceAccountId,
                                                             QStringList& errors);
    // Service-linked roles (path /aws-service-role/) are never limited by SCPs.
    static bool isServiceLinkedRolePath(const QString& path);

    static PolicySet forUser(const Directory& directory, const QString& accountId,
                             const QString& userName);
    static PolicySet forGroup(const Directory& directory, const QString& accountId,
                              const QString& groupName);
    static PolicySet forRole(const Directory& directory, const QString& accountId,
                             const QString& roleName);
    // The role's policies and the session's own session policies (inline
    // and managed); for a session token, the user's policies.
    static PolicySet forSession(const Directory& directory, const TemporarySession& session);
};
