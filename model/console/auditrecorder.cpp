#include "console/auditrecorder.h"

#include "console/identity.h"
#include "directory/auditevent.h"
#include "directory/directory.h"

namespace {
AuditEvent event(const QString& actorArn, const QString& sessionName, const QString& action,
                 const QString& target, bool success, const QString& detail)
{
    AuditEvent e;
    e.actorArn = actorArn;
    e.sessionName = sessionName;
    e.action = action;
    e.target = target;
    e.outcome = success ? QStringLiteral("Success") : QStringLiteral("Failure");
    e.detail = detail;
    return e;
}
} // namespace

AuditRecorder::AuditRecorder(Directory* directory)
    : m_directory(directory)
{}

Result<void> AuditRecorder::signIn(const QString& actorArn, const QString& userName, bool success,
                                   const QString& detail) const
{
    return append(
        event(actorArn, userName, QStringLiteral("ConsoleLogin"), actorArn, success, detail));
}

Result<void> AuditRecorder::passwordChange(const Identity& user, bool success,
                                           const QString& detail) const
{
    return append(event(user.arn(), user.user.name, QStringLiteral("iam:ChangePassword"),
                        user.user.arn().toString(), success, detail));
}

Result<void> AuditRecorder::action(const Identity& active, const Identity& original,
                                   const QString& action, const QString& target, bool success,
                                   const QString& detail) const
{
    // In a role the person is the actor and the role session names the session.
    const bool inRole = active.isRoleSession();
    return append(event(inRole && !original.isNull() ? original.arn() : active.arn(),
                        inRole ? active.session.sessionName : signInName(active), action, target,
                        success, detail));
}

IamError AuditRecorder::unlessFailed(const Result<void>& audit, const IamError& error)
{
    return audit ? error : audit.error();
}

void AuditRecorder::reportUnrecorded(const Result<void>& audit)
{
    if (!audit)
        qWarning("Audit record lost: %s", qPrintable(audit.error().toString()));
}

QString AuditRecorder::signInName(const Identity& identity)
{
    return identity.isRoot() ? QStringLiteral("root") : identity.user.name;
}

Result<void> AuditRecorder::append(const AuditEvent& event) const
{
    // Whether the event went into the trail (the stored event is not needed).
    const auto appended = m_directory->appendAuditEvent(event);
    return appended ? Result<void>() : Result<void>(appended.error());
}
