#pragma once

#include "directory/policyset.h"
#include "iam/account.h"
#include "iam/group.h"
#include "iam/result.h"
#include "iam/role.h"
#include "iam/user.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class Directory;

// The users, groups and roles of every account with their policies,
// memberships, attachments, boundaries and organization levels, read in a
// few bulk queries instead of several per principal: what an audit over a
// large directory needs. Immutable once loaded, so it may be read from any
// thread; it does not follow later changes of the directory.
class DirectorySnapshot
{
public:
    enum class Contents
    {
        Everything,
        // Without users and memberships, for questions that start from one principal
        // (reach): most of a large directory is its users.
        RolesAndPolicies
    };

    static Result<DirectorySnapshot> load(const Directory& directory,
                                          Contents contents = Contents::Everything);

    bool hasUsers() const { return m_hasUsers; }

    const QList<Account>& accounts() const { return m_accounts; }
    // Every account's, in account order, then by name (as Directory lists them), with
    // what an audit reads: names, paths, ids, tags, boundaries, trust policies (no dates).
    const QList<User>& users() const { return m_users; }
    const QList<Group>& groups() const { return m_groups; }
    const QList<Role>& roles() const { return m_roles; }

    std::optional<int> userIndex(const QString& accountId, const QString& name) const;
    std::optional<int> groupIndex(const QString& accountId, const QString& name) const;
    std::optional<int> roleIndex(const QString& accountId, const QString& name) const;
    // A user or role by ARN: which kind and its index.
    std::optional<std::pair<EntityKind, int>> principalIndex(const QString& arn) const;

    // The groups of a user and the members of a group, by name.
    const QList<int>& groupsOfUser(int user) const { return m_groupsOfUser.at(user); }
    const QList<int>& membersOfGroup(int group) const { return m_membersOfGroup.at(group); }

    // What PolicySet::forUser(), forGroup() and forRole() read, from the snapshot.
    PolicySet policiesOfUser(int user) const;
    PolicySet policiesOfGroup(int group) const;
    PolicySet policiesOfRole(int role) const;
    // The user's, group's or role's own inline and attached policies; viaGroup
    // names the group when a user inherits them.
    QList<PolicySet::Named> ownPolicies(EntityKind kind, int index,
                                        const QString& viaGroup = {}) const;

    QString organizationIdOf(const QString& accountId) const
    {
        return m_organizationIds.value(accountId);
    }

private:
    struct Managed
    {
        QString arn;
        QString name;
        QString versionId;
        QString document;
        bool awsManaged = false;
    };
    struct Inline
    {
        QString name;
        QString document;
    };
    struct Owned
    {
        QList<qint64> attached;       // policy ids, by policy name
        QList<Inline> inlinePolicies; // by name
    };

    // Row ids of the store to indexes: a table when the ids are dense, as the
    // store hands them out, else a hash. Looked up for every membership row.
    class RowIndex
    {
    public:
        void build(const QList<qint64>& ids);
        int value(qint64 id) const; // -1 when unknown

    private:
        QList<int> m_dense; // by id - m_first
        qint64 m_first = 0;
        QHash<qint64, int> m_sparse;
    };

    Result<void> loadEntities(const Directory& directory);
    Result<void> loadUsers(const Directory& directory);
    Result<void> loadPolicies(const Directory& directory);
    Result<void> loadMemberships(const Directory& directory);
    void resolveBoundaries();
    std::optional<PolicySet::Named> boundary(const QString& arn) const;
    static QString key(const QString& accountId, const QString& name);
    static qint64 ownerKey(EntityKind kind, int index);

    bool m_hasUsers = true;
    QList<Account> m_accounts;
    QList<User> m_users;
    QList<Group> m_groups;
    QList<Role> m_roles;
    QHash<QString, int> m_userByKey; // by key()
    QHash<QString, int> m_groupByKey;
    QHash<QString, int> m_roleByKey;
    QList<QList<int>> m_groupsOfUser;
    QList<QList<int>> m_membersOfGroup;
    QList<QList<PolicySet::Named>> m_inheritedFromGroup; // by group: ownPolicies() via the group
    QHash<qint64, Managed> m_managed;                    // by policy id
    QHash<QString, qint64> m_managedByArn;
    RowIndex m_userById;
    RowIndex m_groupById;
    RowIndex m_roleById;
    // Until the managed policies are read: the row ids of the users' and roles' boundaries.
    QList<qint64> m_userBoundaryIds;
    QList<qint64> m_roleBoundaryIds;
    QHash<qint64, Owned> m_owned; // by ownerKey()
    QHash<QString, QString> m_organizationIds;
    QHash<QString, QList<QList<PolicySet::Named>>> m_serviceControlLevels; // by account
};
