#pragma once

#include "directory/sqlconnection.h"
#include "iam/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

class ChangeFeed;
class Clock;
class Directory;

// What the directory's stores share: the connection, the clock, and the
// transaction with the change signals it queues. Every store of one
// Directory works through the same context, so a user action spanning
// several stores is still one transaction.
class DirectoryContext
{
public:
    // owner: the directory whose change signals the queued notifications emit.
    DirectoryContext(Directory& owner, std::unique_ptr<SqlConnection> sql, const Clock* clock);
    ~DirectoryContext();
    DirectoryContext(const DirectoryContext&) = delete;
    DirectoryContext& operator=(const DirectoryContext&) = delete;

    SqlConnection& sql() const { return *m_sql; }
    const Clock* clock() const { return m_clock; }
    Directory& owner() const { return m_owner; }
    QDateTime now() const;
    qint64 nowMs() const;

    // Runs work as one transaction; a nested call joins the outer one as a
    // savepoint. bulk: directoryReset() once after the commit instead of the
    // queued signals.
    Result<void> transaction(const std::function<Result<void>()>& work, bool bulk);
    // Runs work in a transaction and hands back its value.
    template <typename F>
    auto transact(F&& work) -> decltype(work());
    // A change signal, emitted on the directory it is given.
    using Signal = std::function<void(Directory* target)>;
    // Queues a change signal for after the outermost commit.
    void notify(Signal signal);
    bool inTransaction() const { return m_depth > 0; }
    // On PostgreSQL: just before each commit, the queued signals are emitted
    // on announcer (a directory nobody shows, whose signals the feed
    // records) and go out in the same transaction to the database's other
    // connections, delivered with the commit or not at all.
    void setChangeFeed(ChangeFeed* feed, Directory* announcer);
    ChangeFeed* changeFeed() const { return m_feed; }

    // Before checking that a name is free in table (per account), so a
    // concurrent claim of the same name waits for this transaction's end.
    Result<void> claimName(const QString& table, const QString& accountId,
                           const QString& nameKey) const;
    // Before counting what a quota limits (per scope: an account, an
    // entity), so two connections adding the last one allowed count one
    // after the other and the second sees the first's row.
    Result<void> claimQuota(const QString& quota, const QString& scope) const;

    // A failed count is an error, never zero: quotas and conflict checks fail closed.
    Result<int> count(const QString& sql, const QVariantList& binds) const;
    // Only for what is shown (totals in lists), never for a decision.
    int displayCount(const QString& sql, const QVariantList& binds) const;
    // One value per row, read by read; ids (when given) gets each row's first column.
    template <typename T>
    QList<T> selectRows(const QString& sql, const QVariantList& binds, T (*read)(const QSqlQuery&),
                        QList<qint64>* ids = nullptr) const;

private:
    Result<void> outermost(const std::function<Result<void>()>& work, bool bulk);
    Result<void> nested(const std::function<Result<void>()>& work, bool bulk);
    // Sends the queued signals to the other connections, inside the transaction.
    Result<void> announceQueued();
    void emitQueued();
    Result<void> serialize(const QString& key) const;

    Directory& m_owner;
    std::unique_ptr<SqlConnection> m_sql;
    const Clock* m_clock;
    ChangeFeed* m_feed = nullptr;
    Directory* m_announcer = nullptr;
    int m_depth = 0;
    bool m_resetRequested = false;
    QList<Signal> m_pending;
};

template <typename F>
auto DirectoryContext::transact(F&& work) -> decltype(work())
{
    using R = decltype(work());
    std::optional<R> out;
    const Result<void> done = transaction(
        [&]() -> Result<void> {
            out.emplace(work());
            if (!out->ok())
                return out->error();
            return {};
        },
        false);
    if (!done)
        return done.error();
    return std::move(*out);
}

template <typename T>
QList<T> DirectoryContext::selectRows(const QString& sqlText, const QVariantList& binds,
                                      T (*read)(const QSqlQuery&), QList<qint64>* ids) const
{
    QList<T> rows;
    const auto r = m_sql->select(sqlText, binds, [&](const QSqlQuery& q) {
        rows.append(read(q));
        if (ids)
            ids->append(q.value(0).toLongLong());
    });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return rows;
}
