#pragma once

#include "directory/provenance.h"
#include "iam/entitykind.h"
#include "iam/iamerror.h"
#include "iam/result.h"
#include "iam/tag.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

class AccountStore;
class DirectoryContext;

// What the stores of users, groups and roles (and the policies tied to
// them) share about those tables: which table holds what for each kind,
// lookups by name inside a mutator, the writers every kind has (insert,
// rename, delete, tags) and the pages of an account's entities. Writers run
// in the caller's transaction and queue their change signals.
class EntityTables
{
public:
    // What differs between users, groups and roles in the store and in AWS's messages.
    struct KindInfo
    {
        EntityKind kind;
        QString label;           // "user", as in "The user with name X cannot be found."
        QString title;           // "User", as in "User with name X already exists."
        QString table;           // the entity rows
        QString inlineTable;     // inline policies
        QString attachmentTable; // managed policy attachments
        QString tagTable;        // empty: the kind has no tags here
        int inlineSizeLimit;
        bool hasBoundary;
    };
    // nullptr for a policy.
    static const KindInfo* kindInfo(EntityKind kind);

    struct Row
    {
        qint64 id = 0;
        QString accountId;
        QString name;
        QString path;
    };

    // A page of an account's users, groups, roles or policies, as the WHERE and
    // ORDER BY of a select and its bind values. A page is picked on the covering
    // (account_id, name_key) index first, so rows skipped by OFFSET are never read
    // or joined; everything at once is one ordered scan of that index.
    struct Page
    {
        QString tail;
        QVariantList binds;
    };
    static Page accountPage(const QString& table, const QString& alias, const QString& accountId,
                            int offset, int limit);

    static IamError noSuchEntity(const KindInfo& info, const QString& name);
    static IamError unsupportedKind(EntityKind kind, const QString& operation);
    static Result<void> validateTags(const TagList& tags);

    EntityTables(DirectoryContext& context, const AccountStore& accounts);

    // The row, none, or the SQL error: a failed lookup never reads as "free".
    Result<std::optional<Row>> row(const KindInfo& info, const QString& accountId,
                                   const QString& name) const;
    Result<Row> require(const KindInfo& info, const QString& accountId, const QString& name) const;
    // The user, group or role an operation on kind acts on; an error for a
    // policy (unsupportedKind, naming the operation) or a missing entity.
    struct Owner
    {
        const KindInfo* info = nullptr;
        Row row;
    };
    Result<Owner> requireOwner(EntityKind kind, const QString& accountId, const QString& name,
                               const QString& operation) const;
    Result<void> requireAccount(const QString& accountId) const;
    Result<void> requireNameFree(const KindInfo& info, const QString& accountId,
                                 const QString& name, qint64 exceptId = 0) const;
    // What a new user, group or role passes first: its account exists, its
    // name, path and tags are valid, and the name is free in the account.
    Result<void> checkNew(const KindInfo& info, const QString& accountId, const QString& name,
                          const QString& path, const TagList& tags) const;
    // For quota decisions (a failed query is an error, never zero).
    Result<int> count(EntityKind kind, const QString& accountId) const;
    // Only for what is shown (totals in lists), never for a decision.
    int displayCount(EntityKind kind, const QString& accountId) const;
    QHash<qint64, TagList> tagsOf(const QString& tagTable, const QList<qint64>& ownerIds) const;

    // A new entity's unique id and creation date by its provenance: fresh
    // ones, or the recorded id when it is free in table (else a fresh one)
    // and the recorded date when there is one.
    QString uniqueIdFor(const QString& table, const QString& recorded, QStringView prefix,
                        Provenance provenance) const;
    QDateTime createDateFor(const QDateTime& recorded, Provenance provenance) const;

    Result<qint64> insert(const KindInfo& info, const QString& accountId, const QString& name,
                          const QString& path, const QString& uniqueId, const QDateTime& created);
    Result<void> mergeTags(const KindInfo& info, qint64 ownerId, const TagList& tags);
    Result<void> rename(const KindInfo& info, const QString& accountId, const QString& name,
                        const QString& newName, const QString& newPath);
    // DeleteConflict while anything still refers to the entity, as AWS does.
    Result<void> remove(const KindInfo& info, const QString& accountId, const QString& name);

    // Tags (users and roles); each a transaction of its own.
    Result<void> tag(EntityKind kind, const QString& accountId, const QString& name,
                     const TagList& tags);
    Result<void> untag(EntityKind kind, const QString& accountId, const QString& name,
                       const QStringList& keys);

    // See Directory::clearAccount.
    Result<void> clearAccount(const QString& accountId, const QStringList& keptRoles);

private:
    // How many users, groups, roles or customer managed policies an account has.
    static QString accountCountSql(EntityKind kind);
    Result<void> refuseDeleteWhileInUse(const KindInfo& info, const Row& entity) const;
    void notifyChanged(EntityKind kind, const QString& accountId, const QString& name);

    DirectoryContext& m_context;
    const AccountStore& m_accounts;
};
