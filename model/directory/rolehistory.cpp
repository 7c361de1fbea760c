#include "directory/rolehistory.h"

#include "directory/directory.h"
#include "directory/directorycontext.h"
#include "directory/directoryrows.h"
#include "iam/arn.h"
#include "iam/namerules.h"
#include "iam/quotas.h"

#include <QSqlQuery>

using DirectoryRows::fromMs;
using DirectoryRows::nameKey;
using DirectoryRows::toMs;

namespace {
const QStringList displayColors{QStringLiteral("red"), QStringLiteral("orange"),
                                QStringLiteral("yellow"), QStringLiteral("green"),
                                QStringLiteral("blue")};
} // namespace

RoleHistory::RoleHistory(DirectoryContext& context)
    : m_context(context)
{}

std::optional<std::pair<QString, QString>> RoleHistory::userOf(const QString& userArn)
{
    // "arn:aws:iam::<acct>:user/<path><name>"
    const auto arn = Arn::parse(userArn);
    if (!arn || arn->service() != QLatin1String("iam") ||
        arn->resourceType() != QLatin1String("user"))
        return std::nullopt;
    return std::make_pair(arn->account(), arn->resourceName());
}

Result<void> RoleHistory::checkDisplayColor(const QString& color)
{
    if (!displayColors.contains(color.toLower()))
        return IamError::invalidInput(
            QStringLiteral("The display color must be one of %1.").arg(displayColors.join(u", ")));
    return {};
}

Result<void> RoleHistory::record(qint64 userId, const RoleHistoryEntry& entry)
{
    SqlConnection& sql = m_context.sql();
    const QString color = entry.color.toLower();
    if (entry.roleName.isEmpty() || !NameRules::isAccountId(entry.accountId))
        return IamError::invalidInput(
            QStringLiteral("A role history entry needs a 12-digit account id and a role name."));
    const QString roleKey = entry.roleName.toLower();
    const qint64 usedAt = entry.usedAt.isValid() ? toMs(entry.usedAt) : m_context.nowMs();
    // Delete and insert rather than update, so the newest row also has the highest id.
    if (auto r = sql.exec(QStringLiteral("DELETE FROM role_history WHERE user_id = ? AND"
                                         " account_id = ? AND role_key = ?"),
                          {userId, entry.accountId, roleKey});
        !r)
        return r.error();
    if (auto r = sql.exec(QStringLiteral("INSERT INTO role_history(user_id, account_id,"
                                         " account_input, role_name, role_key, display_name,"
                                         " color, used_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                          {userId, entry.accountId, entry.accountInput, entry.roleName, roleKey,
                           entry.displayName, color, usedAt});
        !r)
        return r.error();
    const auto pruned =
        sql.exec(QStringLiteral("DELETE FROM role_history WHERE user_id = ? AND id NOT IN"
                                " (SELECT id FROM role_history WHERE user_id = ?"
                                "  ORDER BY used_at DESC, id DESC LIMIT ?)"),
                 {userId, userId, Quotas::RoleHistoryLength});
    return pruned ? Result<void>() : Result<void>(pruned.error());
}

QList<RoleHistoryEntry> RoleHistory::entries(const QString& userArn) const
{
    QList<RoleHistoryEntry> out;
    const auto owner = userOf(userArn);
    if (!owner)
        return out;
    const auto r = m_context.sql().select(
        QStringLiteral("SELECT h.account_id, h.account_input, h.role_name, h.display_name,"
                       " h.color, h.used_at FROM role_history h JOIN users u ON u.id = h.user_id"
                       " WHERE u.account_id = ? AND u.name_key = ?"
                       " ORDER BY h.used_at DESC, h.id DESC LIMIT ?"),
        {owner->first, nameKey(owner->second), Quotas::RoleHistoryLength}, [&](const QSqlQuery& q) {
            out.append({userArn, q.value(0).toString(), q.value(1).toString(),
                        q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                        fromMs(q.value(5))});
        });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return out;
}

void RoleHistory::notifyBookmarksChanged(const QString& userArn)
{
    m_context.notify([userArn](Directory* owner) { Q_EMIT owner->roleBookmarksChanged(userArn); });
}

Result<void> RoleHistory::saveBookmark(qint64 userId, const RoleBookmark& bookmark)
{
    SqlConnection& sql = m_context.sql();
    const QString color = bookmark.color.toLower();
    if (bookmark.profileName.isEmpty() || bookmark.roleName.isEmpty() ||
        bookmark.accountInput.isEmpty() ||
        (!bookmark.accountId.isEmpty() && !NameRules::isAccountId(bookmark.accountId)))
        return IamError::invalidInput(
            QStringLiteral("A saved role needs a profile name, an account (a 12-digit id or "
                           "an alias) and a role name."));
    if (bookmark.durationSeconds && *bookmark.durationSeconds <= 0)
        return IamError::invalidInput(
            QStringLiteral("The duration of a saved role must be positive."));
    if (auto r = sql.exec(QStringLiteral("DELETE FROM role_bookmarks WHERE user_id = ? AND"
                                         " profile_name = ?"),
                          {userId, bookmark.profileName});
        !r)
        return r.error();
    const auto r =
        sql.exec(QStringLiteral("INSERT INTO role_bookmarks(user_id, profile_name, account_id,"
                                " account_input, role_name, display_name, color, duration_seconds,"
                                " session_name, mfa_serial, external_id, region, source_profile)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {userId, bookmark.profileName, bookmark.accountId, bookmark.accountInput,
                  bookmark.roleName, bookmark.displayName, color,
                  bookmark.durationSeconds ? QVariant(*bookmark.durationSeconds)
                                           : QVariant(QMetaType(QMetaType::Int)),
                  bookmark.sessionName, bookmark.mfaSerial, bookmark.externalId, bookmark.region,
                  bookmark.sourceProfile});
    if (!r)
        return r.error();
    notifyBookmarksChanged(bookmark.userArn);
    return {};
}

QList<RoleBookmark> RoleHistory::bookmarks(const QString& userArn) const
{
    QList<RoleBookmark> out;
    const auto owner = userOf(userArn);
    if (!owner)
        return out;
    const auto r = m_context.sql().select(
        QStringLiteral("SELECT b.profile_name, b.account_id, b.account_input, b.role_name,"
                       " b.display_name, b.color, b.duration_seconds, b.session_name,"
                       " b.mfa_serial, b.external_id, b.region, b.source_profile"
                       " FROM role_bookmarks b JOIN users u ON u.id = b.user_id"
                       " WHERE u.account_id = ? AND u.name_key = ? ORDER BY b.id"),
        {owner->first, nameKey(owner->second)}, [&](const QSqlQuery& q) {
            RoleBookmark b;
            b.userArn = userArn;
            b.profileName = q.value(0).toString();
            b.accountId = q.value(1).toString();
            b.accountInput = q.value(2).toString();
            b.roleName = q.value(3).toString();
            b.displayName = q.value(4).toString();
            b.color = q.value(5).toString();
            if (!q.value(6).isNull())
                b.durationSeconds = q.value(6).toInt();
            b.sessionName = q.value(7).toString();
            b.mfaSerial = q.value(8).toString();
            b.externalId = q.value(9).toString();
            b.region = q.value(10).toString();
            b.sourceProfile = q.value(11).toString();
            out.append(b);
        });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return out;
}

Result<void> RoleHistory::removeBookmark(qint64 userId, const QString& userArn,
                                         const QString& profileName)
{
    const auto removed = m_context.sql().exec(
        QStringLiteral("DELETE FROM role_bookmarks WHERE user_id = ? AND profile_name = ?"),
        {userId, profileName});
    if (!removed)
        return removed.error();
    if (removed.value() == 0)
        return IamError::noSuchEntity(
            QStringLiteral("There is no saved role %1.").arg(profileName));
    notifyBookmarksChanged(userArn);
    return {};
}
