#pragma once

#include "directory/temporarysession.h"
#include "iam/entitykind.h"
#include "iam/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class DirectoryContext;

// The temporary sessions STS issued (table temporary_sessions; metadata
// only, never a secret). Each change emits temporarySessionsChanged after
// the commit.
class TemporarySessionStore
{
public:
    explicit TemporarySessionStore(DirectoryContext& context);

    Result<void> add(const TemporarySession& session);
    std::optional<TemporarySession> session(const QString& accessKeyId) const;
    // Newest first. openAt: only sessions not ended and not expired at that time.
    QList<TemporarySession> sessions(const QDateTime& openAt) const;
    // The console's open role session of a user, if any (newest).
    std::optional<TemporarySession> openConsoleSession(const QString& userArn,
                                                       const QDateTime& now) const;
    Result<void> markConsoleSession(const QString& accessKeyId, const QString& userArn,
                                    const QString& displayName, const QString& color);
    // Idempotent: an ended session keeps its first end.
    Result<void> end(const QString& accessKeyId, const QString& reason, const QDateTime& endedAt);
    // Ends the open sessions of a deleted user (its session tokens and the
    // console's role sessions it opened) or role (its role sessions), by the
    // principal's unique id; reason Directory::principalDeletedReason(). Runs
    // in the caller's transaction.
    Result<void> endSessionsOfPrincipal(EntityKind kind, const QString& uniqueId,
                                        const QString& arn);

private:
    void notifyChanged();
    // Session tags live in their own table (session_tags), in the order given.
    Result<void> addTags(const TemporarySession& session);
    void attachTags(QList<TemporarySession>& sessions) const;
    std::optional<TemporarySession> withTags(std::optional<TemporarySession> session) const;

    DirectoryContext& m_context;
};
