#pragma once

#include "iam/result.h"
#include "secrets/secretjob.h"
#include "secrets/secretstore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <optional>

// Waiting in tests for the asynchronous APIs: calls that answer through a
// completion callback, and secret store jobs. Header-only.
namespace AsyncTesting {

// call(done) starts the work; the answer, or nullopt when none came in time.
template <typename T, typename Call>
std::optional<Result<T>> waitForResult(Call call, int timeoutMs = 30000)
{
    std::optional<Result<T>> outcome;
    call([&outcome](Result<T> r) { outcome.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, timeoutMs))
        return std::nullopt;
    return outcome;
}

// Runs a store job to its end and hands it to read before it deletes itself;
// false when it did not end in time.
template <typename Read>
[[nodiscard]] bool finishJob(SecretJob* job, Read read, int timeoutMs = 30000)
{
    const auto connection =
        QObject::connect(job, &SecretJob::finished, job, [job, read] { read(*job); });
    QSignalSpy finished(job, &SecretJob::finished);
    if (finished.wait(timeoutMs))
        return true;
    // read refers to the caller's variables: a late answer must not reach them.
    QObject::disconnect(connection);
    return false;
}

// The keys (never the values) a store holds for a directory.
// A job that does not finish in time fails the calling test (its empty
// answer must not read as "no keys", "no value").
inline QStringList storeKeys(SecretStore& store, const QUuid& directoryId, int timeoutMs = 30000)
{
    QStringList keys;
    if (!finishJob(
            store.list(directoryId), [&keys](const SecretJob& job) { keys = job.keys(); },
            timeoutMs))
        QTest::qFail("the secret store did not list its keys in time", __FILE__, __LINE__);
    return keys;
}

inline QByteArray storeValue(SecretStore& store, const QString& key, int timeoutMs = 30000)
{
    QByteArray value;
    if (!finishJob(
            store.get(key), [&value](const SecretJob& job) { value = job.value().insecureCopy(); },
            timeoutMs))
        QTest::qFail("the secret store did not answer a get in time", __FILE__, __LINE__);
    return value;
}

} // namespace AsyncTesting
