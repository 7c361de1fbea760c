#include "directory/signinthrottle.h"

#include "directory/directorycontext.h"
#include "directory/directoryrows.h"

SignInThrottle::SignInThrottle(DirectoryContext& context)
    : m_context(context)
{}

Result<void> SignInThrottle::recordFailure(const QString& account, const QString& userName)
{
    SqlConnection& sql = m_context.sql();
    return m_context.transact([&]() -> Result<void> {
        const qint64 now = m_context.nowMs();
        const QVariantList key{account.toLower(), userName.toLower()};
        // Only the recent past matters for throttling; keep the table small.
        constexpr qint64 keptMs = 24LL * 3600 * 1000;
        if (auto r =
                sql.exec(QStringLiteral("DELETE FROM sign_in_failures"
                                        " WHERE account_key = ? AND user_key = ? AND time < ?"),
                         key + QVariantList{now - keptMs});
            !r)
            return r.error();
        const auto r = sql.exec(
            QStringLiteral(
                "INSERT INTO sign_in_failures(account_key, user_key, time) VALUES (?, ?, ?)"),
            key + QVariantList{now});
        return r ? Result<void>() : Result<void>(r.error());
    });
}

Result<int> SignInThrottle::failuresSince(const QString& account, const QString& userName,
                                          const QDateTime& since) const
{
    return m_context.count(QStringLiteral("SELECT count(*) FROM sign_in_failures"
                                          " WHERE account_key = ? AND user_key = ? AND time >= ?"),
                           {account.toLower(), userName.toLower(), DirectoryRows::toMs(since)});
}

Result<QDateTime> SignInThrottle::lastFailure(const QString& account, const QString& userName) const
{
    const auto last =
        m_context.sql().value(QStringLiteral("SELECT max(time) FROM sign_in_failures"
                                             " WHERE account_key = ? AND user_key = ?"),
                              {account.toLower(), userName.toLower()});
    if (!last)
        return last.error();
    return DirectoryRows::fromMs(last.value());
}

Result<void> SignInThrottle::clearFailures(const QString& account, const QString& userName)
{
    return m_context.transact([&]() -> Result<void> {
        const auto r = m_context.sql().exec(
            QStringLiteral("DELETE FROM sign_in_failures WHERE account_key = ? AND user_key = ?"),
            {account.toLower(), userName.toLower()});
        return r ? Result<void>() : Result<void>(r.error());
    });
}
