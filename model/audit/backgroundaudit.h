#pragma once

#include "audit/cancellationtoken.h"

#include <QObject>
#include <QString>

#include <any>
#include <cstdint>
#include <functional>
#include <memory>

class AuditQueries;
class AuditWorker;
class Directory;

// Runs one audit question at a time off the GUI thread, so a window stays
// responsive while it is answered. The questions of every runner over one
// directory file go to its AuditWorker: one thread with its own connection
// and one AuditQueries whose bulk read is kept between questions (and
// dropped when the directory changes). An in-memory directory has no second
// connection and is answered on the calling thread, over queries this runner
// keeps. Starting a question cancels and supersedes the one before: only the
// newest result is delivered. Cancelling, or destroying the runner (closing
// its window), stops the worker at its next check of the token.
// Authorization is the caller's: decide before start().
class BackgroundAudit : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundAudit(const Directory& directory, QObject* parent = nullptr);
    ~BackgroundAudit() override;

    // work runs on the worker over its queries (queries.directory() is the worker's
    // own connection); deliver gets its result on this object's thread, unless the
    // question was cancelled or superseded.
    template <typename T>
    void start(std::function<T(const AuditQueries&, const CancellationToken&)> work,
               std::function<void(T)> deliver)
    {
        startAny([work = std::move(work)](
                     const AuditQueries& queries,
                     const CancellationToken& token) -> std::any { return work(queries, token); },
                 [deliver = std::move(deliver)](std::any result) {
                     deliver(std::any_cast<T>(std::move(result)));
                 });
    }

    // Stops the running question, if any; its result will not be delivered.
    // cancel() is the user's (cancelled() follows), abandon() the window's own
    // (the question no longer applies; only ended() follows).
    void cancel();
    void abandon();
    bool isRunning() const { return m_running; }

    // Test seam: called on the worker with the question's token before the
    // work, so a test can hold a question as long as it likes (a slow query)
    // without sleeping. Empty to remove.
    static void setHoldForTesting(std::function<void(const CancellationToken&)> hold);

Q_SIGNALS:
    void started();
    void ended();    // in any way, before the signals below
    void finished(); // after deliver
    void cancelled();
    void failed(const QString& message);

private:
    using Work = std::function<std::any(const AuditQueries&, const CancellationToken&)>;
    using Deliver = std::function<void(std::any)>;
    struct Outcome
    {
        std::any result;
        QString error;
    };
    struct Shared;

    void startAny(Work work, Deliver deliver);
    // Ends the running question without its result; false when none ran.
    bool stop();
    void conclude(std::uint64_t generation, const Deliver& deliver, Outcome outcome);

    const Directory& m_directory;
    AuditWorker* m_worker;                        // null for an in-memory directory
    std::unique_ptr<AuditQueries> m_localQueries; // in memory: kept between questions
    std::shared_ptr<Shared> m_shared;
    CancellationToken m_token;
    std::uint64_t m_generation = 0;
    bool m_running = false;
};
