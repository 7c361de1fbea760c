#pragma once

#include <QDateTime>
#include <QString>

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
};
