#pragma once

#include "directory/provenance.h"
#include "iam/result.h"
#include "iam/role.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

class DirectoryContext;
class EntityTables;
class PolicyStore;
class TemporarySessionStore;

// The IAM roles (roles, with their trust policies, and their tags in
// role_tags). Their permission policies are the PolicyStore's. Errors and
// signals are Directory's; each mutator is one transaction.
class RoleStore
{
public:
    RoleStore(DirectoryContext& context, EntityTables& entities, PolicyStore& policies,
              TemporarySessionStore& sessions);

    // The one path a role takes into the store: id and creation date by
    // provenance; an imported trust policy is not held to the size quota.
    Result<Role> create(const Role& role, Provenance provenance);
    std::optional<Role> role(const QString& accountId, const QString& name) const;
    std::optional<Role> roleByArn(const QString& arn) const;
    QList<Role> roles(const QString& accountId, int offset, int limit) const;
    int count(const QString& accountId) const;
    Result<Role> update(const QString& accountId, const QString& name, const QString& description,
                        int maxSessionDuration);
    Result<Role> updateTrustPolicy(const QString& accountId, const QString& name,
                                   const QString& trustPolicy);
    // Ends the role's open sessions in the same transaction.
    Result<void> remove(const QString& accountId, const QString& name);

private:
    QList<Role> select(const QString& tail, const QVariantList& binds) const;
    void notifyChanged(const QString& accountId, const QString& name);

    DirectoryContext& m_context;
    EntityTables& m_entities;
    PolicyStore& m_policies;
    TemporarySessionStore& m_sessions;
};
