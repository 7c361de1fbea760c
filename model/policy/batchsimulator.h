#pragma once

#include "policy/batchrequestreader.h"
#include "policy/policycache.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>

#include <memory>
#include <vector>

class QJsonObject;
class QJsonValue;
struct EvaluationRequest;
struct EvaluationResult;
struct NamedPolicy;

// The streaming core of `switchboard simulate --batch`: JSON Lines in, JSON
// Lines out, one answer per request line, in input order. Memory stays
// constant: a bounded window of lines in flight, and bounded caches of
// compiled policies.
//
// Request: {"policies": [<identity policy>...], "boundary": <policy>,
//   "sessionPolicies": [<policy>...], "resourcePolicy": <policy>,
//   "resourceAccount": "<id>", "principal": "<arn>", "action": "<service:Action>",
//   "resource": "<arn or *>", "context": {"<key>": "<value>" | ["<value>", ...]},
//   "scps": [[<policy>...]...], "rcps": [[<policy>...]...]}
// where a policy is a JSON object or a string holding one; only action and
// resource are required. scps and rcps hold the organization's service and
// resource control policies, one array per level from the root through the
// organizational units down to the account; absent or [] when none apply.
// Answer: {"decision": "allow"|"explicitDeny"|"implicitDeny",
//   "matched": [{"policy": <identity policy index, or "boundary",
//   "sessionPolicies[i]", "resourcePolicy", "scps[level][i]", "rcps[level][i]">,
//   "statement": <Sid or index>}]}
// or {"error": {"code": "MalformedPolicyDocument"|"ValidationError", "message": "..."}}.
//
// Each line goes through BatchRequestReader (RapidJSON, cached compiled
// policies); a line it refuses is read again by the checked reader here
// (QJsonDocument and the located-error policy parser), which says what is
// wrong with it. With more than one thread, one thread reads, the others
// decide chunks of lines, and the calling thread writes the answers in order.
class BatchSimulator
{
public:
    // cacheCapacity bounds the compiled policies the fast readers hold, over
    // all threads (the checked reader's cache holds as many more); threads 0
    // means one per core; with 1 every line is read, answered and written in
    // turn on the calling thread.
    explicit BatchSimulator(qsizetype cacheCapacity = 1024, int threads = 0);
    ~BatchSimulator();

    // Answers every non-blank line of in on out; returns how many. A bad line
    // gets an error answer and never stops the batch. With more than one
    // thread, in is read on a thread of its own (so it must not be a socket
    // or process of another thread); out is written on the calling thread.
    qint64 run(QIODevice& in, QIODevice& out);

    // One request line to one answer line (without the newline).
    QByteArray answer(const QByteArray& line);

    // The checked reader's answer alone: what the fast reader's must equal.
    QByteArray checkedAnswer(QByteArrayView line);

    int threads() const { return m_threads; }
    // Compiled policies held after the last run, over all threads (at most the capacity).
    qsizetype cachedPolicies() const;

private:
    struct Chunk;

    qint64 runInline(QIODevice& in, QIODevice& out);
    qint64 runParallel(QIODevice& in, QIODevice& out);
    void answerChunk(BatchRequestReader& reader, Chunk& chunk);
    // request is the last line's, reused (see BatchRequestReader::read).
    void appendAnswer(BatchRequestReader& reader, QByteArrayView line, QByteArray& out,
                      EvaluationRequest& request);
    void prepareReaders(int count);

    // The checked reader: slower, exact about what is wrong.
    Result<void> readRequest(const QJsonObject& object, EvaluationRequest& request);
    Result<void> readLevels(const QJsonObject& object, const QString& field, PolicyKind kind,
                            QList<QList<NamedPolicy>>& out);
    Result<void> readPolicy(const QJsonValue& value, const QString& field, PolicyKind kind,
                            NamedPolicy& out);
    static Result<void> readContext(const QJsonValue& value, EvaluationRequest& request);
    static QByteArray errorLine(const IamError& error);

    qsizetype m_capacity;
    int m_threads;
    PolicyCache m_cache;                                        // the checked reader's; thread-safe
    std::vector<std::unique_ptr<BatchRequestReader>> m_readers; // one per deciding thread
};
