#pragma once

#include "audit/accessdecision.h"
#include "audit/assumeedge.h"
#include "audit/auditmode.h"
#include "audit/auditpolicy.h"
#include "audit/auditpolicystore.h"
#include "audit/auditprincipal.h"
#include "directory/directorysnapshot.h"
#include "iam/group.h"
#include "iam/role.h"
#include "iam/user.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>
#include <tuple>

class Directory;

// The audit's engine: prepares principals from the directory (in Indexed
// mode from a DirectorySnapshot read in bulk), compiles each distinct policy
// once (in both AuditPolicy forms) and asks the policy evaluator. Its indexes
// only ever leave out what the evaluator would refuse, so both modes answer
// alike. Meant for the span of one audit question; it does not follow later
// changes of the directory.
class AccessEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(AccessEvaluator)

public:
    // contents: what the Indexed mode reads in bulk; principals outside it are read one by one.
    // policies: compiled policies kept from earlier questions, if any.
    explicit AccessEvaluator(
        const Directory& directory, AuditMode mode = AuditMode::Indexed,
        DirectorySnapshot::Contents contents = DirectorySnapshot::Contents::Everything,
        std::shared_ptr<AuditPolicyStore> policies = nullptr);
    ~AccessEvaluator();

    const Directory& directory() const { return m_directory; }
    AuditMode mode() const { return m_mode; }

    // Indexed mode: reads from snapshot instead of loading one (it must hold what the
    // contents given to the constructor ask for); call before the first question.
    void useSnapshot(std::shared_ptr<const DirectorySnapshot> snapshot);
    // The snapshot read or given so far, if any: to keep for later questions.
    std::shared_ptr<const DirectorySnapshot> sharedSnapshot() const { return m_snapshot; }

    // The directory's users, groups and roles (every account's, in account
    // order, then by name), read once.
    const QList<User>& users();
    const QList<Group>& groups();
    const QList<Role>& roles();
    // Indexes into users() and groups().
    QList<int> groupsOfUser(int user);
    QList<int> membersOfGroup(int group);
    // What decides for a user or role, as PolicySet::forUser() and forRole() read it.
    PolicySet policySet(const AuditPrincipal& principal);

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
    // Every role of the directory the principal can assume directly; only the
    // candidateRoles() are evaluated, so large directories where few may
    // switch stay fast.
    QList<AssumeEdge> assumeEdges(const AuditPrincipal& principal);
    // The roles (indexes into roles()) the principal might assume, in order:
    // those whose trust policy names it or anyone, and those some identity
    // policy of the principal may allow sts:AssumeRole on. A role left out
    // is one mayAssume() refuses; every role in Exhaustive mode.
    QList<int> candidateRoles(const AuditPrincipal& principal);
    // The other way round: the users and roles (indexes into users() and
    // roles()) that might assume a role.
    struct Candidates
    {
        QList<int> users;
        QList<int> roles;
    };
    Candidates candidatePrincipals(const Role& role);
    // Quick noes before building a principal (users() or roles() index), from its own
    // and its groups' policies, each decided once: no identity policy allows any of the
    // actions on any resource; or it may assume no role at all. Always yes in Exhaustive mode.
    bool mightAllow(EntityKind kind, int index, const QStringList& actions);
    bool mightAssume(EntityKind kind, int index);
    // The account has service control policies that limit its principals.
    bool limitedByScps(const QString& accountId);
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
    // PolicySet's reading of a resource ARN for a caller, kept for the last pair asked:
    // a question asks about one resource for every principal, so it is parsed once.
    struct ResourceAccounts
    {
        QString resource;
        QString callerAccount;
        QString resourceAccount; // PolicySet::resourceAccount()
        QString owningAccount;   // PolicySet::owningAccount()
    };
    const ResourceAccounts& resourceAccounts(const QString& resource, const QString& callerAccount);
    // A quick no: none of the identity policies allows, on its own, the action on the resource.
    bool identityMayAllow(const AuditPrincipal& principal, const QString& action,
                          const QString& resource);
    // Some identity policy has an allow statement for sts:AssumeRole, on whatever resource.
    bool mayAssumeAnyRole(const AuditPrincipal& principal);
    // Some allow statement of the policy names the action, on whatever resource.
    bool allowsAction(const AuditPolicy* policy, const QString& action);
    // The indexes of roles() a policy alone may allow sts:AssumeRole on.
    const QList<int>& rolesAllowedBy(const AuditPolicy* policy);
    // The compiled own policies of a user, group or role (not a user's groups').
    const QList<const AuditPolicy*>& ownCompiled(EntityKind kind, int index);
    const DirectorySnapshot* snapshot();
    void readEntities();
    QString organizationIdOf(const QString& accountId);
    // A quick no for one policy: alone, in its lenient form, it does not allow the action
    // on the resource. Policy variables make it a yes (the answer depends on who asks).
    bool policyMayAllow(const AuditPolicy* policy, const QString& action, const QString& resource);
    // The forms a request uses in place of a policy's own: variants that decide
    // tag conditions (null where the policy's own form stands).
    struct Variants
    {
        QList<const AuditPolicy::Compiled*> identity; // by identity policy, or empty
        const AuditPolicy::Compiled* boundary = nullptr;
        const AuditPolicy::Compiled* trust = nullptr;
    };
    // Puts the tags the directory knows into the request's context (resourceTags:
    // those of the user or role acted on, if it is one) and the variants of the
    // principal's policies (and of trust) that let them decide tag conditions.
    Variants useKnownTags(const AuditPrincipal& principal, EvaluationRequest& request,
                          const AuditPolicy* trust, const std::optional<TagList>& resourceTags,
                          AuditPolicy::Form form);
    // null when the variant does not compile (the policy's own form stands then).
    const AuditPolicy::Compiled* variant(const AuditPolicy* policy, AuditPolicy::Form form,
                                         quint64 decided);
    // The tags of the user or role resource names; none for anything else.
    const std::optional<TagList>& resourceTags(const QString& resource);
    // Whether no session of the role can carry session tags.
    bool sessionsCarryOnlyRoleTags(const Role& role);
    AccessDecision run(const AuditPrincipal& principal, EvaluationRequest request,
                       const AuditPolicy* trust, AuditPolicy::Form form,
                       const Variants& variants) const;

    const Directory& m_directory;
    QDateTime m_now;
    std::shared_ptr<AuditPolicyStore> m_store;
    QHash<std::pair<QString, int>, std::shared_ptr<const AuditPolicy>> m_policies; // by key, kind
    // Whether a policy alone allows an action on a resource, by action and resource.
    QHash<std::pair<QString, QString>, QHash<const AuditPolicy*, bool>> m_mayAllow;
    // The entry of m_mayAllow last asked about; valid until the next insertion, which
    // only policyMayAllow() makes and which replaces it.
    QString m_mayAllowAction;
    QString m_mayAllowResource;
    QHash<const AuditPolicy*, bool>* m_mayAllowAnswers = nullptr;
    // What the trust policies of the directory trust, read on first use. Only a
    // trust that names the principal itself (or anyone) lets it in without an
    // identity policy; an account, a service or a provider never does.
    struct TrustIndex
    {
        QHash<QString, QList<int>> rolesNaming; // user, role or session ARN -> roles()
        QList<int> rolesTrustingAnyone;         // "*", {"AWS": "*"}, NotPrincipal
        bool namesPrincipals = false; // some trust names a user, role or session, not an account
        QList<QStringList> namedBy;   // by role: the ARNs its trust names
    };
    const TrustIndex& trustIndex();
    std::optional<TrustIndex> m_trustIndex;
    QHash<QString, QHash<const AuditPolicy*, bool>> m_allowsAction; // by action
    QHash<const AuditPolicy*, QList<int>> m_rolesAllowedBy;
    // ownCompiled() by index of users(), groups() and roles(): asked for every principal
    // of a large directory, so a table rather than a hash.
    QList<std::optional<QList<const AuditPolicy*>>> m_ownCompiledUsers;
    QList<std::optional<QList<const AuditPolicy*>>> m_ownCompiledGroups;
    QList<std::optional<QList<const AuditPolicy*>>> m_ownCompiledRoles;

    const AuditMode m_mode;
    const DirectorySnapshot::Contents m_contents;
    std::shared_ptr<const DirectorySnapshot> m_snapshot;
    bool m_snapshotTried = false;
    bool m_entitiesRead = false;
    QList<User> m_users;
    QList<Group> m_groups;
    QList<Role> m_roles;
    QHash<QString, QString> m_organizationIds; // by account
    // Read one by one (no snapshot): unique ids to indexes of users() and groups().
    QHash<QString, int> m_userByUniqueId;
    QHash<QString, int> m_groupByUniqueId;
    QHash<QString, bool> m_limitedByScps; // by account
    QHash<QString, QString> m_groupArns;  // by account + name
    QStringList m_errors;
    std::optional<ResourceAccounts> m_resourceAccounts;
    std::map<std::tuple<const AuditPolicy*, AuditPolicy::Form, quint64>,
             std::optional<AuditPolicy::Compiled>>
        m_variants;
    QHash<QString, std::optional<TagList>> m_resourceTags; // by resource ARN
    // RCP levels by account, strict and lenient forms.
    QHash<QString, std::pair<QList<QList<NamedPolicy>>, QList<QList<NamedPolicy>>>> m_rcps;
};
