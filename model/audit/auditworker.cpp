#include "audit/auditworker.h"

#include "audit/auditqueries.h"
#include "directory/directory.h"
#include "directory/postgresaddress.h"

#include <QHash>
#include <QMetaObject>
#include <QMutex>
#include <QMutexLocker>

#include <memory>
#include <utility>

namespace {
QMutex workersMutex;
QHash<const Directory*, AuditWorker*>& workers()
{
    static QHash<const Directory*, AuditWorker*> byDirectory;
    return byDirectory;
}
} // namespace

// What lives on the worker's thread: its connection and its queries.
class AuditWorker::Context : public QObject
{
public:
    Context(QString location, const Clock* clock, const std::atomic<quint64>& changes)
        : m_location(std::move(location))
        , m_onServer(PostgresAddress::names(m_location))
        , m_clock(clock)
        , m_changes(changes)
    {}

    void run(const Job& job)
    {
        QString error;
        const AuditQueries* queries = prepared(error);
        job(queries, error);
    }

    // On the worker's thread, before it ends: the connection is closed where it was opened.
    void close()
    {
        m_queries.reset();
        m_directory.reset();
    }

private:
    const AuditQueries* prepared(QString& error)
    {
        if (!m_directory) {
            auto opened = Directory::open(m_location, m_clock);
            if (!opened) {
                error = opened.error().message();
                return nullptr;
            }
            m_directory = std::move(opened).value();
            m_queries = std::make_unique<AuditQueries>(m_directory.get(), AuditMode::Indexed,
                                                       AuditQueries::Follow::Caller);
            m_seenChanges = m_changes.load();
            (void)m_directory->checkExternalChanges(); // from here on
            return m_queries.get();
        }
        // The console's edits and what its directory heard of other connections'.
        // Another process's commit to a SQLite file reaches no signal: its data
        // version tells, at once (a PostgreSQL feed would tell late, twice).
        const quint64 changes = m_changes.load();
        const bool otherProcess = !m_onServer && m_directory->checkExternalChanges();
        if (changes != m_seenChanges || otherProcess)
            m_queries->forget();
        m_seenChanges = changes;
        return m_queries.get();
    }

    const QString m_location;
    const bool m_onServer;
    const Clock* m_clock;
    const std::atomic<quint64>& m_changes;
    quint64 m_seenChanges = 0;
    std::unique_ptr<Directory> m_directory;
    std::unique_ptr<AuditQueries> m_queries;
};

AuditWorker* AuditWorker::of(const Directory& directory)
{
    const QString location = directory.filePath();
    if (location.isEmpty() || location == QLatin1String(":memory:"))
        return nullptr;
    const QMutexLocker lock(&workersMutex);
    AuditWorker*& worker = workers()[&directory];
    if (!worker) {
        worker = new AuditWorker(directory);
        QObject::connect(&directory, &QObject::destroyed, [key = &directory] {
            AuditWorker* ending = nullptr;
            {
                const QMutexLocker lock(&workersMutex);
                ending = workers().take(key);
            }
            delete ending;
        });
    }
    return worker;
}

AuditWorker::AuditWorker(const Directory& directory)
    : m_context(new Context(directory.filePath(), directory.clock(), m_changes))
{
    m_thread.setObjectName(QStringLiteral("audit"));
    m_context->moveToThread(&m_thread);
    m_connections = AuditQueries::onChange(
        directory, [this] { m_changes.fetch_add(1, std::memory_order_release); });
    m_thread.start();
}

AuditWorker::~AuditWorker()
{
    for (const QMetaObject::Connection& connection : std::as_const(m_connections))
        QObject::disconnect(connection);
    Context* context = m_context;
    QMetaObject::invokeMethod(context, [context] {
        context->close();
        QThread::currentThread()->quit();
    });
    m_thread.wait();
    delete m_context;
}

void AuditWorker::post(Job job)
{
    Context* context = m_context;
    QMetaObject::invokeMethod(
        context, [context, job = std::move(job)] { context->run(job); }, Qt::QueuedConnection);
}

void AuditWorker::waitForIdle()
{
    if (QThread::currentThread() == &m_thread)
        return;
    QMetaObject::invokeMethod(
        m_context, [] {}, Qt::BlockingQueuedConnection);
}
