#include "directory/temporarysessionstore.h"

#include "directory/directory.h"
#include "directory/directorycontext.h"
#include "directory/directoryrows.h"

#include <QHash>
#include <QSqlQuery>

using DirectoryRows::fromMs;
using DirectoryRows::toMs;

namespace {

const QString sessionColumns = QStringLiteral(
    "access_key_id, type, account_id, caller_arn, arn, role_arn, assumed_role_id, session_name,"
    " session_policy, session_policy_arns, source_identity, mfa_authenticated, chained,"
    " issued_at, expires_at, ended_at, end_reason, console_user_arn, display_name, color");

QString sessionTypeName(TemporarySession::Type type)
{
    return type == TemporarySession::Type::SessionToken ? QStringLiteral("SessionToken")
                                                        : QStringLiteral("AssumedRole");
}

TemporarySession sessionFromRow(const QSqlQuery& q)
{
    TemporarySession s;
    s.accessKeyId = q.value(0).toString();
    s.type = q.value(1).toString() == QLatin1String("SessionToken")
                 ? TemporarySession::Type::SessionToken
                 : TemporarySession::Type::AssumedRole;
    s.accountId = q.value(2).toString();
    s.callerArn = q.value(3).toString();
    s.arn = q.value(4).toString();
    s.roleArn = q.value(5).toString();
    s.assumedRoleId = q.value(6).toString();
    s.sessionName = q.value(7).toString();
    s.sessionPolicy = q.value(8).toString();
    s.sessionPolicyArns = q.value(9).toString().split(u'\n', Qt::SkipEmptyParts);
    s.sourceIdentity = q.value(10).toString();
    s.mfaAuthenticated = q.value(11).toBool();
    s.chained = q.value(12).toBool();
    s.issuedAt = fromMs(q.value(13));
    s.expiresAt = fromMs(q.value(14));
    s.endedAt = fromMs(q.value(15));
    s.endReason = q.value(16).toString();
    s.consoleUserArn = q.value(17).toString();
    s.displayName = q.value(18).toString();
    s.color = q.value(19).toString();
    return s;
}

} // namespace

Result<void> TemporarySessionStore::addTags(const TemporarySession& session)
{
    for (qsizetype i = 0; i < session.sessionTags.size(); ++i) {
        const Tag& tag = session.sessionTags.at(i);
        const auto r = m_context.sql().exec(
            QStringLiteral("INSERT INTO session_tags(access_key_id, position, tag_key, tag_value,"
                           " transitive) VALUES (?, ?, ?, ?, ?)"),
            {session.accessKeyId, int(i), tag.key, tag.value,
             session.isTransitiveKey(tag.key) ? 1 : 0});
        if (!r)
            return r.error();
    }
    return {};
}

void TemporarySessionStore::attachTags(QList<TemporarySession>& sessions) const
{
    if (sessions.isEmpty())
        return;
    QHash<QString, TemporarySession*> byKey;
    for (TemporarySession& session : sessions)
        byKey.insert(session.accessKeyId, &session);
    // One query: the sessions asked for are few, their tags fewer.
    const QString where =
        sessions.size() == 1 ? QStringLiteral(" WHERE access_key_id = ?") : QString();
    const auto r = m_context.sql().select(
        QStringLiteral("SELECT access_key_id, tag_key, tag_value, transitive FROM session_tags%1"
                       " ORDER BY access_key_id, position")
            .arg(where),
        sessions.size() == 1 ? QVariantList{sessions.first().accessKeyId} : QVariantList{},
        [&](const QSqlQuery& q) {
            TemporarySession* session = byKey.value(q.value(0).toString());
            if (!session)
                return;
            session->sessionTags.append(Tag{q.value(1).toString(), q.value(2).toString()});
            if (q.value(3).toBool())
                session->transitiveTagKeys.append(q.value(1).toString());
        });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
}

std::optional<TemporarySession>
TemporarySessionStore::withTags(std::optional<TemporarySession> session) const
{
    if (!session)
        return session;
    QList<TemporarySession> one{*session};
    attachTags(one);
    return one.first();
}

TemporarySessionStore::TemporarySessionStore(DirectoryContext& context)
    : m_context(context)
{}

void TemporarySessionStore::notifyChanged()
{
    m_context.notify([](Directory* owner) { Q_EMIT owner->temporarySessionsChanged(); });
}

Result<void> TemporarySessionStore::add(const TemporarySession& session)
{
    if (!session.issuedAt.isValid() || !session.expiresAt.isValid() ||
        session.expiresAt <= session.issuedAt)
        return IamError::invalidInput(
            QStringLiteral("A temporary session needs an issue time before its expiry."));
    return m_context.transact([&]() -> Result<void> {
        const auto sameSession =
            m_context.count(QStringLiteral("SELECT count(*) FROM temporary_sessions"
                                           " WHERE access_key_id = ?"),
                            {session.accessKeyId});
        if (!sameSession)
            return sameSession.error();
        if (*sameSession > 0)
            return IamError::entityAlreadyExists(
                QStringLiteral("A session with access key id %1 already exists.")
                    .arg(session.accessKeyId));
        const auto r = m_context.sql().exec(
            QStringLiteral("INSERT INTO temporary_sessions(%1) VALUES"
                           " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(sessionColumns),
            {session.accessKeyId,
             sessionTypeName(session.type),
             session.accountId,
             session.callerArn,
             session.arn,
             session.roleArn,
             session.assumedRoleId,
             session.sessionName,
             session.sessionPolicy,
             session.sessionPolicyArns.join(u'\n'),
             session.sourceIdentity,
             session.mfaAuthenticated,
             session.chained,
             toMs(session.issuedAt),
             toMs(session.expiresAt),
             session.endedAt.isValid() ? QVariant(toMs(session.endedAt)) : QVariant(),
             session.endReason,
             session.consoleUserArn,
             session.displayName,
             session.color});
        if (!r)
            return r.error();
        if (auto tags = addTags(session); !tags)
            return tags;
        notifyChanged();
        return {};
    });
}

std::optional<TemporarySession> TemporarySessionStore::session(const QString& accessKeyId) const
{
    std::optional<TemporarySession> out;
    const auto r = m_context.sql().select(
        QStringLiteral("SELECT %1 FROM temporary_sessions WHERE access_key_id = ?")
            .arg(sessionColumns),
        {accessKeyId}, [&](const QSqlQuery& q) { out = sessionFromRow(q); });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return withTags(out);
}

QList<TemporarySession> TemporarySessionStore::sessions(const QDateTime& openAt) const
{
    QList<TemporarySession> out;
    const bool onlyOpen = openAt.isValid();
    const QString where =
        onlyOpen ? QStringLiteral(" WHERE ended_at IS NULL AND expires_at > ?") : QString();
    const auto r = m_context.sql().select(
        QStringLiteral("SELECT %1 FROM temporary_sessions%2 ORDER BY issued_at DESC")
            .arg(sessionColumns, where),
        onlyOpen ? QVariantList{toMs(openAt)} : QVariantList{},
        [&](const QSqlQuery& q) { out.append(sessionFromRow(q)); });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    attachTags(out);
    return out;
}

std::optional<TemporarySession>
TemporarySessionStore::openConsoleSession(const QString& userArn, const QDateTime& now) const
{
    std::optional<TemporarySession> out;
    const auto r = m_context.sql().select(
        QStringLiteral("SELECT %1 FROM temporary_sessions WHERE console_user_arn = ?"
                       " AND ended_at IS NULL AND expires_at > ?"
                       " ORDER BY issued_at DESC LIMIT 1")
            .arg(sessionColumns),
        {userArn, toMs(now)}, [&](const QSqlQuery& q) { out = sessionFromRow(q); });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return withTags(out);
}

Result<void> TemporarySessionStore::markConsoleSession(const QString& accessKeyId,
                                                       const QString& userArn,
                                                       const QString& displayName,
                                                       const QString& color)
{
    return m_context.transact([&]() -> Result<void> {
        const auto r = m_context.sql().exec(
            QStringLiteral("UPDATE temporary_sessions SET console_user_arn = ?, display_name = ?,"
                           " color = ? WHERE access_key_id = ?"),
            {userArn, displayName, color.toLower(), accessKeyId});
        if (!r)
            return r.error();
        if (r.value() == 0)
            return IamError::noSuchEntity(
                QStringLiteral("The session %1 cannot be found.").arg(accessKeyId));
        notifyChanged();
        return {};
    });
}

Result<void> TemporarySessionStore::end(const QString& accessKeyId, const QString& reason,
                                        const QDateTime& endedAt)
{
    return m_context.transact([&]() -> Result<void> {
        const auto sessions =
            m_context.count(QStringLiteral("SELECT count(*) FROM temporary_sessions"
                                           " WHERE access_key_id = ?"),
                            {accessKeyId});
        if (!sessions)
            return sessions.error();
        if (*sessions == 0)
            return IamError::noSuchEntity(
                QStringLiteral("The session %1 cannot be found.").arg(accessKeyId));
        const qint64 at = endedAt.isValid() ? toMs(endedAt) : m_context.nowMs();
        const auto r = m_context.sql().exec(
            QStringLiteral("UPDATE temporary_sessions SET ended_at = ?, end_reason = ?"
                           " WHERE access_key_id = ? AND ended_at IS NULL"),
            {at, reason, accessKeyId});
        if (!r)
            return r.error();
        notifyChanged();
        return {};
    });
}

Result<void> TemporarySessionStore::endSessionsOfPrincipal(EntityKind kind, const QString& uniqueId,
                                                           const QString& arn)
{
    const QString which =
        kind == EntityKind::User
            ? QStringLiteral("(type = 'SessionToken' AND assumed_role_id = ?)"
                             " OR console_user_arn = ?")
            : QStringLiteral("type = 'AssumedRole' AND substr(assumed_role_id, 1, length(?) + 1)"
                             " = ? || ':'");
    const QVariantList binds =
        kind == EntityKind::User ? QVariantList{uniqueId, arn} : QVariantList{uniqueId, uniqueId};
    const auto r = m_context.sql().exec(
        QStringLiteral("UPDATE temporary_sessions SET ended_at = ?,"
                       " end_reason = ? WHERE ended_at IS NULL AND (%1)")
            .arg(which),
        QVariantList{m_context.nowMs(), Directory::principalDeletedReason()} + binds);
    if (!r)
        return r.error();
    if (r.value() > 0)
        notifyChanged();
    return {};
}
