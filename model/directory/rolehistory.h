#pragma once

#include "directory/rolebookmark.h"
#include "directory/rolehistoryentry.h"
#include "iam/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

class DirectoryContext;

// What Switch Role remembers for each IAM user: the last roles switched to
// (table role_history, newest first, Quotas::RoleHistoryLength distinct
// roles) and the saved roles (table role_bookmarks, unique by profile name).
// Both are the user's own: never undone, gone with the user. The writers take
// the user's row id, which the caller has checked, and run in its transaction.
class RoleHistory
{
public:
    explicit RoleHistory(DirectoryContext& context);

    // The account and user name (path + name) of a user ARN; nullopt for another ARN.
    static std::optional<std::pair<QString, QString>> userOf(const QString& userArn);
    // InvalidInput unless one of the colors the console paints a session in.
    static Result<void> checkDisplayColor(const QString& color);

    Result<void> record(qint64 userId, const RoleHistoryEntry& entry);
    QList<RoleHistoryEntry> entries(const QString& userArn) const;

    // Replaces a saved role of the same profile name; emits roleBookmarksChanged.
    Result<void> saveBookmark(qint64 userId, const RoleBookmark& bookmark);
    QList<RoleBookmark> bookmarks(const QString& userArn) const;
    // NoSuchEntity when the user has no saved role of that profile name.
    Result<void> removeBookmark(qint64 userId, const QString& userArn, const QString& profileName);

private:
    void notifyBookmarksChanged(const QString& userArn);

    DirectoryContext& m_context;
};
