#pragma once

#include <QList>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>

class AuditQueries;
class Directory;

// The one thread on which a console's audit questions over a directory are
// answered, shared by all its audit windows. A Qt Sql connection belongs to
// the thread that opened it, so the worker opens its own connection to the
// directory (SQLite in WAL mode, or the same PostgreSQL database) on first
// use and keeps it, with one AuditQueries whose bulk read survives from one
// question to the next. That read is dropped when the console's directory
// reports a change (its signals are counted here, on the directory's
// thread, and compared before each question) or another process committed.
// It ends with the directory.
class AuditWorker
{
public:
    // The worker of directory, made on first use; null for an in-memory
    // directory (it has no second connection).
    static AuditWorker* of(const Directory& directory);
    ~AuditWorker();
    AuditWorker(const AuditWorker&) = delete;
    AuditWorker& operator=(const AuditWorker&) = delete;

    // Runs job on the worker's thread, after the jobs posted before it, with the
    // worker's queries; null with the reason when the directory cannot be opened.
    using Job = std::function<void(const AuditQueries* queries, const QString& error)>;
    void post(Job job);
    // Blocks until every job posted so far has run (for tests and shutdown).
    void waitForIdle();

private:
    class Context;
    explicit AuditWorker(const Directory& directory);

    std::atomic<quint64> m_changes{0}; // the directory's change signals so far
    QThread m_thread;
    Context* m_context; // lives on m_thread
    QList<QMetaObject::Connection> m_connections;
};
