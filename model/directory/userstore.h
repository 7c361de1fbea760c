#pragma once

#include "directory/provenance.h"
#include "iam/result.h"
#include "iam/user.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

class DirectoryContext;
class EntityTables;
class PolicyStore;
class TemporarySessionStore;

// The IAM users (users, with their tags in user_tags). Their credentials are
// the CredentialStore's, their groups the GroupStore's, their policies the
// PolicyStore's. Errors and signals are Directory's; each mutator is one transaction.
class UserStore
{
public:
    UserStore(DirectoryContext& context, EntityTables& entities, PolicyStore& policies,
              TemporarySessionStore& sessions);

    // The one path a user takes into the store: name, path, tags and
    // permissions boundary as given; id and creation date by provenance.
    Result<User> create(const User& user, Provenance provenance);
    std::optional<User> user(const QString& accountId, const QString& name) const;
    std::optional<User> userById(const QString& userId) const;
    QList<User> users(const QString& accountId, int offset, int limit) const;
    int count(const QString& accountId) const;
    Result<User> rename(const QString& accountId, const QString& name, const QString& newName,
                        const QString& newPath);
    // Ends the user's open sessions in the same transaction.
    Result<void> remove(const QString& accountId, const QString& name);

    // The users a select over "users u" finds (tail: joins, WHERE, ORDER BY),
    // with their tags, in two queries whatever their number.
    QList<User> select(const QString& tail, const QVariantList& binds) const;

private:
    DirectoryContext& m_context;
    EntityTables& m_entities;
    PolicyStore& m_policies;
    TemporarySessionStore& m_sessions;
};
