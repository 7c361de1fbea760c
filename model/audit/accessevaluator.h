#pragma once

#include "audit/accessdecision.h"
#include "audit/assumeedge.h"
#include "audit/auditpolicy.h"
#include "audit/auditprincipal.h"
#include "iam/role.h"
#include "iam/user.h"
#include "policy/policycache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class Directory;

// The audit's engine: prepares principals from the directory, compiles each
// distinct policy once (in both AuditPolicy forms) and asks the policy
// evaluator. Meant for the span of one audit question; it does not follow
// later changes of the directory.
class AccessEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(AccessEvaluator)

public:
    explicit AccessEvaluator(const Directory& directory);

    const Directory& directory() const { return m_directory; }

    AuditPrincipal principalFor(const User& user);
    AuditPrincipal principalFor(const Role& role);
    // A user or role by ARN.
    std::optional<AuditPrincipal> principal(const QString& arn);

    AccessDecision decide(const AuditPrincipal& principal, const QString& action,
                          const QString& resource);
    // Trust policy and identity together, as AssumeRole decides.
    AccessDecision decideAssume(const AuditPrincipal& principal, const Role& role);
    // A quick no for decideAssume(): neither the trust policy names the principal nor does
    // any identity policy allow sts:AssumeRole on the role.
    bool mayAssume(const AuditPrincipal& principal, const Role& role);
    // The identity side alone (own policies and boundary), as if in the resource's account.
    AccessDecision decideIdentity(const AuditPrincipal& principal, const QString& action,
                                  const QString& resource);
    // A quick no for every role at once: no identity policy allows sts:AssumeRole at all,
    // and no trust policy of the directory names the principal or anyone.
    bool mayAssumeSomeRole(const AuditPrincipal& principal);
    // Every direct can-assume between the principals and the roles. Pairs are
    // only evaluated when the trust policy names the principal or one of its
    // identity policies allows sts:AssumeRole at all, so large directories
    // where few may switch stay fast.
    QList<AssumeEdge> assumeEdges(const QList<AuditPrincipal>& principals,
                                  const QList<Role>& roles);
    // Allowed "*" on "*", and IAM along with it.
    bool isAdminEquivalent(const AuditPrincipal& principal);

    // "inline policy X", "attached policy Y", "group Admins: attached policy Z".
    static QString sourceOf(const PolicySet::Named& policy);
    // The sources of the identity statements that allowed, each once, in order.
    static QStringList allowingPolicies(const AuditPrincipal& principal,
                                        const AccessDecision& decision);
    // The ARNs of the groups whose policies allowed, each once, in order.
    QStringList allowingGroups(const AuditPrincipal& principal, const AccessDecision& decision);

    // nullptr when the role's trust policy does not compile.
    const AuditPolicy* trustPolicy(const Role& role);
    // Documents left out because they do not compile (only imported files have such).
    const QStringList& errors() const { return m_errors; }

    static const QString sessionName; // of the role sessions the audit imagines

private:
    const AuditPolicy* policy(const QString& key, const QString& text, PolicyKind kind,
                              const QString& label);
    void prepare(AuditPrincipal& principal, const PolicySet& set);
    // The organization's SCP or RCP levels in one form; a policy that does
    // not compile stands as a deny of everything (leaving it out could widen).
    QList<QList<NamedPolicy>> controlLevels(const QList<QList<PolicySet::Named>>& levels,
                                            OrganizationPolicy::Type type, AuditPolicy::Form form);
    // The resource control policies of the account that owns resource.
    const QList<QList<NamedPolicy>>& resourceControlPolicies(const AuditPrincipal& principal,
                                                             const QString& resource,
                                                             AuditPolicy::Form form);
    // A quick no: none of the identity policies allows, on its own, the action on the resource.
    bool identityMayAllow(const AuditPrincipal& principal, const QString& action,
                          const QString& resource);
    // Some identity policy has an allow statement for sts:AssumeRole, on whatever resource.
    bool mayAssumeAnyRole(const AuditPrincipal& principal);
    static bool allowsAssumeRole(const AuditPolicy& policy);
    AccessDecision run(const AuditPrincipal& principal, EvaluationRequest request,
                       const AuditPolicy* trust, AuditPolicy::Form form) const;

    const Directory& m_directory;
    QDateTime m_now;
    PolicyCache m_cache;
    QHash<QString, std::shared_ptr<const AuditPolicy>> m_policies; // by cache key
    // Whether a policy alone allows an action on a resource, by "action\nresource".
    QHash<QString, QHash<const AuditPolicy*, bool>> m_mayAllow;
    // Who the trust policies of the directory name, by ARN, read on first use.
    struct TrustIndex
    {
        QHash<QString, QStringList> rolesNaming; // principal ARN -> role ARNs
        QStringList rolesTrustingAnyone;
    };
    const TrustIndex& trustIndex();
    std::optional<TrustIndex> m_trustIndex;
    QHash<const AuditPolicy*, bool> m_allowsAssumeRole;
    QHash<QString, QString> m_groupArns; // by account + name
    QStringList m_errors;
    // RCP levels by account, strict and lenient forms.
    QHash<QString, std::pair<QList<QList<NamedPolicy>>, QList<QList<NamedPolicy>>>> m_rcps;
};
