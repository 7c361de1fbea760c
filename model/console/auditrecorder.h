#pragma once

#include "iam/iamerror.h"
#include "iam/result.h"

#include <QString>

class Directory;
struct AuditEvent;
struct Identity;

// Writes the console's records into the audit trail: every AuditEvent the
// console makes is built here, so each kind of record names its actor,
// session and outcome the same way. Holds no state of a session: one
// recorder serves every console session over a directory.
class AuditRecorder
{
public:
    explicit AuditRecorder(Directory* directory);

    // A console sign-in attempt (ConsoleLogin) by actorArn: the identity's
    // ARN, or what was typed when nobody could be identified. userName is
    // the session name shown with it ("root" for the root user).
    [[nodiscard]] Result<void> signIn(const QString& actorArn, const QString& userName,
                                      bool success, const QString& detail) const;
    // A user's change of their own password (iam:ChangePassword).
    [[nodiscard]] Result<void> passwordChange(const Identity& user, bool success,
                                              const QString& detail) const;
    // An action of the console as active: the person behind it is the
    // actor (original, the signed-in user, also while in a role; active
    // itself when there is none), and the role session's name is the
    // session. Never pass a secret in detail.
    [[nodiscard]] Result<void> action(const Identity& active, const Identity& original,
                                      const QString& action, const QString& target, bool success,
                                      const QString& detail) const;

    // A refused action reports why it was refused, unless even its audit
    // record could not be written: then the broken audit trail is the news.
    static IamError unlessFailed(const Result<void>& audit, const IamError& error);
    // Ending access never waits on the audit trail (refusing to end would
    // keep access open); a record that could not be written is reported.
    static void reportUnrecorded(const Result<void>& audit);
    // The name a sign-in is audited under: the user's, or "root".
    static QString signInName(const Identity& identity);

private:
    [[nodiscard]] Result<void> append(const AuditEvent& event) const;

    Directory* m_directory;
};
