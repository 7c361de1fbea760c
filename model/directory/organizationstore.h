#pragma once

#include "directory/organizationalunit.h"
#include "directory/organizationpolicy.h"
#include "directory/organizationtarget.h"
#include "iam/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

class AccountStore;
class DirectoryContext;

// The organization's structure and policies (AWS Organizations): its OUs
// (organizational_units), each account's parent (account_parents), the
// service and resource control policies (organization_policies) and where
// they are attached (organization_policy_attachments). The root and the
// accounts come from the AccountStore. Errors are the Organizations API's
// (see Directory); every change emits accountsChanged after the commit.
class OrganizationStore
{
public:
    // Where a parent or target lives in the tables: the root (both empty), an OU or an account.
    struct Node
    {
        QString ouId;
        QString accountId;
        bool isRoot() const { return ouId.isEmpty() && accountId.isEmpty(); }
    };

    OrganizationStore(DirectoryContext& context, const AccountStore& accounts);

    QString organizationRootId() const;
    QString freshOrganizationalUnitId() const;
    Result<OrganizationalUnit> createOrganizationalUnit(const QString& parentId,
                                                        const QString& name, const QString& ouId);
    Result<OrganizationalUnit> importOrganizationalUnit(const OrganizationalUnit& unit);
    Result<OrganizationalUnit> renameOrganizationalUnit(const QString& ouId, const QString& name);
    Result<void> deleteOrganizationalUnit(const QString& ouId);
    std::optional<OrganizationalUnit> organizationalUnit(const QString& ouId) const;
    QList<OrganizationalUnit> organizationalUnitsForParent(const QString& parentId) const;
    QList<OrganizationalUnit> organizationalUnits() const;
    QStringList accountsForParent(const QString& parentId) const;
    QString parentOf(const QString& accountId) const;
    Result<void> moveAccount(const QString& accountId, const QString& sourceParentId,
                             const QString& destinationParentId);
    QList<OrganizationTarget> targetPath(const QString& targetId) const;
    std::optional<OrganizationTarget> organizationTarget(const QString& targetId) const;

    QString freshOrganizationPolicyId() const;
    Result<OrganizationPolicy> createOrganizationPolicy(const QString& name,
                                                        const QString& description,
                                                        OrganizationPolicy::Type type,
                                                        const QString& content,
                                                        const QString& policyId);
    Result<OrganizationPolicy> importOrganizationPolicy(const OrganizationPolicy& policy);
    Result<OrganizationPolicy> updateOrganizationPolicy(const QString& policyId,
                                                        const QString& name,
                                                        const QString& description,
                                                        const QString& content);
    Result<void> deleteOrganizationPolicy(const QString& policyId);
    std::optional<OrganizationPolicy> organizationPolicy(const QString& policyId) const;
    QList<OrganizationPolicy> organizationPolicies(OrganizationPolicy::Type type) const;
    Result<void> attachOrganizationPolicy(const QString& policyId, const QString& targetId);
    Result<void> detachOrganizationPolicy(const QString& policyId, const QString& targetId);
    QList<OrganizationPolicy> policiesForTarget(const QString& targetId,
                                                OrganizationPolicy::Type type) const;
    QList<OrganizationTarget> targetsForPolicy(const QString& policyId) const;

    // AWS's default policies (FullAWSAccess, RCPFullAWSAccess), as
    // Organizations attaches them to every new account and OU. Runs in the
    // caller's transaction.
    Result<void> attachDefaultPolicies(const Node& target);

private:
    void notifyChanged();
    QList<OrganizationalUnit> organizationalUnits(const QString& where, const QVariantList& binds,
                                                  const QString& management) const;
    QList<OrganizationPolicy> organizationPolicies(const QString& where, const QVariantList& binds,
                                                   const QString& management) const;
    // PolicyNotFoundException; ConstraintViolationException for an AWS-managed one when modifiable.
    Result<OrganizationPolicy> requireOrganizationPolicy(const QString& policyId,
                                                         bool modifiable) const;
    // TargetNotFoundException unless the root, an OU or an account of the organization.
    Result<Node> requireTarget(const QString& targetId) const;
    // How often the policy is attached to the target (0 or 1), and how many
    // policies of a type the target has: the attachment limits' two counts.
    Result<int> attachmentCount(const QString& policyId, const Node& target) const;
    Result<int> attachedOfType(OrganizationPolicy::Type type, const Node& target) const;
    // Whether a row of table other than exceptId, among those whose scope
    // column is scope, has name in any case. Claims the name first, so a
    // concurrent claim of it waits for this transaction.
    Result<bool> nameTaken(const QString& table, const QString& scopeColumn, const QString& scope,
                           const QString& name, const QString& exceptId) const;

    DirectoryContext& m_context;
    const AccountStore& m_accounts;
};
