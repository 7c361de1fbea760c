#pragma once

#include "directory/provenance.h"
#include "iam/group.h"
#include "iam/result.h"
#include "iam/user.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

class DirectoryContext;
class EntityTables;
class UserStore;

// The IAM groups (groups) and who belongs to them (memberships). Their
// policies are the PolicyStore's. Errors and signals are Directory's; each
// mutator is one transaction.
class GroupStore
{
public:
    GroupStore(DirectoryContext& context, EntityTables& entities, const UserStore& users);

    // The one path a group takes into the store: id and creation date by provenance.
    Result<Group> create(const Group& group, Provenance provenance);
    std::optional<Group> group(const QString& accountId, const QString& name) const;
    QList<Group> groups(const QString& accountId, int offset, int limit) const;
    int count(const QString& accountId) const;
    Result<Group> rename(const QString& accountId, const QString& name, const QString& newName,
                         const QString& newPath);
    Result<void> remove(const QString& accountId, const QString& name);

    // Adding a member again changes nothing; a created membership is held to
    // the groups-per-user quota, an imported one is not.
    Result<void> addMember(const QString& accountId, const QString& groupName,
                           const QString& userName, Provenance provenance);
    Result<void> removeMember(const QString& accountId, const QString& groupName,
                              const QString& userName);
    QList<Group> groupsForUser(const QString& accountId, const QString& userName) const;
    QList<User> usersInGroup(const QString& accountId, const QString& groupName) const;

private:
    QList<Group> select(const QString& tail, const QVariantList& binds) const;

    DirectoryContext& m_context;
    EntityTables& m_entities;
    const UserStore& m_users;
};
