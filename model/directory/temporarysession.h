#pragma once

#include "iam/tag.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <algorithm>

// A session STS issued: what it is, whose it is and when it ends. Only
// metadata: the secret access key and the session token live in the secret
// store under the session's access key id.
struct TemporarySession
{
    enum class Type
    {
        AssumedRole,  // AssumeRole, AssumeRoleWithSAML
        SessionToken, // GetSessionToken: the user's own permissions, as a session
    };

    QString accessKeyId; // ASIA... (the session's id)
    Type type = Type::AssumedRole;
    QString accountId;     // the account of the session's principal (the role's)
    QString callerArn;     // who asked: a user, a role session or a federated provider
    QString arn;           // the session's own ARN (assumed-role/... or the user's ARN)
    QString roleArn;       // for a role session
    QString assumedRoleId; // "<RoleId>:<RoleSessionName>"; the user id for a session token
    QString sessionName;
    QString sessionPolicy; // the inline session policy (JSON), empty when none
    QStringList sessionPolicyArns;
    QString sourceIdentity;
    // Session tags: those passed when the session was requested and those it
    // inherited as transitive from the session that requested it.
    TagList sessionTags;
    QStringList transitiveTagKeys; // the keys of sessionTags that pass on through chaining
    bool mfaAuthenticated = false;
    bool chained = false; // assumed with role-session credentials
    QDateTime issuedAt;   // UTC
    QDateTime expiresAt;  // UTC
    QDateTime endedAt;    // null while open
    QString endReason;    // "Expired", "SwitchBack", "SignOut", "Revoked"
    // For a session the console opened: how its banner looks, so that it is
    // shown the same after a restart. Empty for sessions issued headless.
    QString consoleUserArn;
    QString displayName;
    QString color;

    bool isOpenAt(const QDateTime& now) const { return endedAt.isNull() && now < expiresAt; }

    // The session's principal tags: the role's tags, where session tags
    // override those of the same key regardless of case (id_session-tags).
    TagList principalTags(const TagList& roleTags) const
    {
        TagList tags;
        for (const Tag& tag : roleTags)
            if (!hasSessionTag(tag.key))
                tags.append(tag);
        return tags + sessionTags;
    }
    bool hasSessionTag(const QString& key) const
    {
        return std::any_of(sessionTags.cbegin(), sessionTags.cend(), [&](const Tag& tag) {
            return tag.key.compare(key, Qt::CaseInsensitive) == 0;
        });
    }
    bool isTransitiveKey(const QString& key) const
    {
        return transitiveTagKeys.contains(key, Qt::CaseInsensitive);
    }
};
