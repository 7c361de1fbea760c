#include "audit/backgroundaudit.h"

#include "audit/auditqueries.h"
#include "audit/auditworker.h"
#include "directory/directory.h"

#include <QMetaObject>
#include <QMutex>
#include <QMutexLocker>

#include <utility>

namespace {
QMutex holdMutex;
std::function<void(const CancellationToken&)>& holdForTesting()
{
    static std::function<void(const CancellationToken&)> hold;
    return hold;
}

void holdIfTesting(const CancellationToken& token)
{
    std::function<void(const CancellationToken&)> hold;
    {
        const QMutexLocker lock(&holdMutex);
        hold = holdForTesting();
    }
    if (hold)
        hold(token);
}
} // namespace

// What a worker and its runner share: the worker posts its result to the
// runner only while the runner lives.
struct BackgroundAudit::Shared
{
    QMutex mutex;
    BackgroundAudit* runner = nullptr;
};

BackgroundAudit::BackgroundAudit(const Directory& directory, QObject* parent)
    : QObject(parent)
    , m_directory(directory)
    , m_worker(AuditWorker::of(directory))
    , m_shared(std::make_shared<Shared>())
{
    m_shared->runner = this;
}

BackgroundAudit::~BackgroundAudit()
{
    m_token.cancel();
    const QMutexLocker lock(&m_shared->mutex);
    m_shared->runner = nullptr;
}

void BackgroundAudit::setHoldForTesting(std::function<void(const CancellationToken&)> hold)
{
    const QMutexLocker lock(&holdMutex);
    holdForTesting() = std::move(hold);
}

bool BackgroundAudit::stop()
{
    m_token.cancel();
    if (!m_running)
        return false;
    // The worker may take a moment to notice; the window is free at once.
    ++m_generation;
    m_running = false;
    Q_EMIT ended();
    return true;
}

void BackgroundAudit::cancel()
{
    if (stop())
        Q_EMIT cancelled();
}

void BackgroundAudit::abandon()
{
    stop();
}

void BackgroundAudit::startAny(Work work, Deliver deliver)
{
    // The question before is superseded: no end is announced, as one goes on.
    m_token.cancel();
    m_token = CancellationToken();
    const std::uint64_t generation = ++m_generation;
    m_running = true;
    Q_EMIT started();

    if (!m_worker) {
        if (!m_localQueries)
            m_localQueries = std::make_unique<AuditQueries>(&m_directory);
        Outcome outcome;
        outcome.result = work(*m_localQueries, m_token);
        conclude(generation, deliver, std::move(outcome));
        return;
    }
    m_worker->post(
        [shared = m_shared, token = m_token, generation, work = std::move(work),
         deliver = std::move(deliver)](const AuditQueries* queries, const QString& error) mutable {
            holdIfTesting(token);
            Outcome outcome;
            if (!token.isCancelled()) {
                if (queries)
                    outcome.result = work(*queries, token);
                else
                    outcome.error = error;
            }
            const QMutexLocker lock(&shared->mutex);
            if (!shared->runner)
                return; // the window is gone
            BackgroundAudit* runner = shared->runner;
            QMetaObject::invokeMethod(
                runner,
                [runner, generation, deliver = std::move(deliver),
                 outcome = std::move(outcome)]() mutable {
                    runner->conclude(generation, deliver, std::move(outcome));
                },
                Qt::QueuedConnection);
        });
}

void BackgroundAudit::conclude(std::uint64_t generation, const Deliver& deliver, Outcome outcome)
{
    if (generation != m_generation)
        return; // cancelled or superseded: a newer question (or none) is what counts
    m_running = false;
    Q_EMIT ended();
    if (!outcome.error.isEmpty()) {
        Q_EMIT failed(outcome.error);
        return;
    }
    deliver(std::move(outcome.result));
    Q_EMIT finished();
}
