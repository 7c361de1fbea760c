#pragma once

#include "directory/directory.h"
#include "directory/entitytables.h"
#include "directory/provenance.h"
#include "iam/entitykind.h"
#include "iam/inlinepolicy.h"
#include "iam/managedpolicy.h"
#include "iam/policyversion.h"
#include "iam/result.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

class AccountStore;
class DirectoryContext;

// The policies of users, groups and roles: managed policies (policies, the
// AWS-managed ones in account "aws") and their versions (policy_versions);
// their attachments (user_, group_ and role_policy_attachments); inline
// policies (user_, group_ and role_inline_policies); and permissions
// boundaries (the boundary column of users and roles). Errors and signals
// are Directory's; each public mutator is one transaction.
class PolicyStore
{
public:
    // The account AWS-managed policies belong to.
    static QString awsAccount();

    PolicyStore(DirectoryContext& context, const AccountStore& accounts, EntityTables& entities);

    // Managed policies and their versions
    Result<ManagedPolicy> create(const QString& accountId, const QString& name,
                                 const QString& document, const QString& path,
                                 const QString& description);
    // versions: ids "vN", dates and exactly one default. Account "aws" is allowed.
    Result<ManagedPolicy> import(const ManagedPolicy& policy, const QList<PolicyVersion>& versions);
    // The policies of the built-in definitions not in the directory yet.
    Result<void> installAwsManaged();
    std::optional<ManagedPolicy> policy(const QString& policyArn) const;
    QList<ManagedPolicy> policies(const QString& accountId, int offset, int limit) const;
    int count(const QString& accountId) const;
    Result<void> remove(const QString& policyArn);
    QList<PolicyVersion> versions(const QString& policyArn) const;
    std::optional<PolicyVersion> defaultVersion(const QString& policyArn) const;
    Result<PolicyVersion> createVersion(const QString& policyArn, const QString& document,
                                        bool setAsDefault);
    Result<void> setDefaultVersion(const QString& policyArn, const QString& versionId);
    Result<void> deleteVersion(const QString& policyArn, const QString& versionId);

    // Attachments: created ones are held to the entity's quota, imported ones are not.
    Result<void> attach(EntityKind kind, const QString& accountId, const QString& name,
                        const QString& policyArn, Provenance provenance);
    Result<void> detach(EntityKind kind, const QString& accountId, const QString& name,
                        const QString& policyArn);
    QList<ManagedPolicy> attached(EntityKind kind, const QString& accountId,
                                  const QString& name) const;
    QList<Directory::EntityRef> attachments(const QString& policyArn) const;

    // Inline policies: created ones are held to the entity's size quota, imported ones are not.
    Result<void> putInline(EntityKind kind, const QString& accountId, const QString& name,
                           const InlinePolicy& policy, Provenance provenance);
    Result<void> deleteInline(EntityKind kind, const QString& accountId, const QString& name,
                              const QString& policyName);
    QList<InlinePolicy> inlinePolicies(EntityKind kind, const QString& accountId,
                                       const QString& name) const;

    // Permissions boundaries. setBoundary runs in the caller's transaction
    // for an entity it has checked (empty arn removes the boundary).
    Result<void> setBoundary(const EntityTables::KindInfo& info, const EntityTables::Row& entity,
                             const QString& arn);
    Result<void> setPermissionsBoundary(EntityKind kind, const QString& accountId,
                                        const QString& name, const QString& policyArn);

private:
    struct Row
    {
        qint64 id = 0;
        QString arn;
        QString accountId;
        QString name;
        bool isAwsManaged() const { return accountId == awsAccount(); }
    };

    Result<std::optional<Row>> row(const QString& arn) const;
    Result<Row> require(const QString& arn) const;
    Result<Row> requireModifiable(const QString& arn) const;
    // A policy the entity's account may attach: its own or an AWS-managed one.
    Result<Row> requireAttachable(const QString& arn, const QString& accountId) const;
    Result<void> checkVersionExists(const Row& policy, qint64 number) const;
    // The one path a managed policy takes into the store, created or imported.
    Result<Row> insert(const ManagedPolicy& policy, const QList<PolicyVersion>& versions,
                       Provenance provenance);
    QList<ManagedPolicy> select(const QString& tail, const QVariantList& binds) const;
    void notifyChanged(EntityKind kind, const QString& accountId, const QString& name);

    DirectoryContext& m_context;
    const AccountStore& m_accounts;
    EntityTables& m_entities;
};
