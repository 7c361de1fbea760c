#pragma once

#include "policy/policycache.h"

#include <QByteArray>
#include <QIODevice>

class QJsonObject;
class QJsonValue;
struct EvaluationRequest;
struct NamedPolicy;

// The streaming core of `switchboard simulate --batch`: JSON Lines in, JSON
// Lines out, one answer per request line, in order, each written as soon as
// it is computed. Memory stays constant: one line at a time, and a bounded
// cache of compiled policies.
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
class BatchSimulator
{
public:
    explicit BatchSimulator(qsizetype cacheCapacity = 256);

    // Answers every non-blank line of in on out; returns how many. A bad line
    // gets an error answer and never stops the batch.
    qint64 run(QIODevice& in, QIODevice& out);

    // One request line to one answer line (without the newline).
    QByteArray answer(const QByteArray& line);

    const PolicyCache& cache() const { return m_cache; }

private:
    Result<void> readRequest(const QJsonObject& object, EvaluationRequest& request);
    Result<void> readLevels(const QJsonObject& object, const QString& field, PolicyKind kind,
                            QList<QList<NamedPolicy>>& out);
    Result<void> readPolicy(const QJsonValue& value, const QString& field, PolicyKind kind,
                            NamedPolicy& out);
    static Result<void> readContext(const QJsonValue& value, EvaluationRequest& request);
    static QByteArray errorLine(const IamError& error);

    PolicyCache m_cache;
};
