#include "directory/directorycontext.h"

#include "directory/changefeed.h"
#include "directory/directory.h"
#include "directory/directoryrows.h"
#include "iam/clock.h"

#include <utility>

DirectoryContext::DirectoryContext(Directory& owner, std::unique_ptr<SqlConnection> sql,
                                   const Clock* clock)
    : m_owner(owner)
    , m_sql(std::move(sql))
    , m_clock(clock)
{}

DirectoryContext::~DirectoryContext() = default;

QDateTime DirectoryContext::now() const
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
}

qint64 DirectoryContext::nowMs() const
{
    return DirectoryRows::toMs(m_clock->now());
}

Result<void> DirectoryContext::transaction(const std::function<Result<void>()>& work, bool bulk)
{
    return m_depth == 0 ? outermost(work, bulk) : nested(work, bulk);
}

Result<void> DirectoryContext::outermost(const std::function<Result<void>()>& work, bool bulk)
{
    if (auto r = m_sql->exec(QStringLiteral("BEGIN IMMEDIATE")); !r)
        return r.error();
    m_depth = 1;
    m_resetRequested = bulk;
    Result<void> result = work();
    m_depth = 0;
    if (result)
        result = announceQueued();
    if (result)
        if (auto committed = m_sql->exec(QStringLiteral("COMMIT")); !committed)
            result = committed.error();
    if (!result) {
        // The error that made us roll back is the answer; a failed ROLLBACK
        // leaves SQLite rolling back itself when the statement ends.
        (void)m_sql->exec(QStringLiteral("ROLLBACK"));
        m_pending.clear();
        m_resetRequested = false;
        return result;
    }
    emitQueued();
    return {};
}

Result<void> DirectoryContext::nested(const std::function<Result<void>()>& work, bool bulk)
{
    const QString savepoint = QStringLiteral("nested_%1").arg(m_depth);
    if (auto r = m_sql->exec(QStringLiteral("SAVEPOINT ") + savepoint); !r)
        return r.error();
    const qsizetype queued = m_pending.size();
    const bool outerReset = m_resetRequested;
    m_resetRequested = m_resetRequested || bulk;
    ++m_depth;
    const Result<void> result = work();
    --m_depth;
    if (!result) {
        // Undo this call only; the caller decides whether the whole fails (and
        // gets this call's error either way, so a failed undo changes nothing).
        (void)m_sql->exec(QStringLiteral("ROLLBACK TO ") + savepoint);
        (void)m_sql->exec(QStringLiteral("RELEASE ") + savepoint);
        m_pending.resize(queued);
        m_resetRequested = outerReset;
        return result;
    }
    if (auto r = m_sql->exec(QStringLiteral("RELEASE ") + savepoint); !r)
        return r.error();
    return {};
}

void DirectoryContext::setChangeFeed(ChangeFeed* feed, Directory* announcer)
{
    m_feed = feed;
    m_announcer = announcer;
}

Result<void> DirectoryContext::announceQueued()
{
    if (!m_feed)
        return {};
    return m_feed->send([this] {
        if (m_resetRequested)
            Q_EMIT m_announcer->directoryReset();
        else
            for (const auto& signal : std::as_const(m_pending))
                signal(m_announcer);
    });
}

void DirectoryContext::emitQueued()
{
    const QList<Signal> signalsToEmit = std::exchange(m_pending, {});
    if (std::exchange(m_resetRequested, false)) {
        Q_EMIT m_owner.directoryReset();
        return;
    }
    for (const auto& signal : signalsToEmit)
        signal(&m_owner);
}

void DirectoryContext::notify(Signal signal)
{
    if (!m_resetRequested)
        m_pending.append(std::move(signal));
}

Result<void> DirectoryContext::claimName(const QString& table, const QString& accountId,
                                         const QString& nameKey) const
{
    return serialize(table + QLatin1Char('/') + accountId + QLatin1Char('/') + nameKey);
}

Result<void> DirectoryContext::claimQuota(const QString& quota, const QString& scope) const
{
    // "quota:" keeps these keys apart from the names' (table/account/name).
    return serialize(QStringLiteral("quota:") + quota + QLatin1Char('/') + scope);
}

Result<void> DirectoryContext::serialize(const QString& key) const
{
    const QString lock = m_sql->dialect().serializeNameClaims();
    if (lock.isEmpty())
        return {};
    const auto locked = m_sql->value(lock, {key});
    if (!locked)
        return locked.error();
    return {};
}

Result<int> DirectoryContext::count(const QString& sqlText, const QVariantList& binds) const
{
    const auto value = m_sql->value(sqlText, binds, 0);
    if (!value)
        return value.error();
    return value->toInt();
}

int DirectoryContext::displayCount(const QString& sqlText, const QVariantList& binds) const
{
    return m_sql->scalar(sqlText, binds, 0).toInt();
}
