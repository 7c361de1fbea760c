#pragma once

#include "directory/policyset.h"
#include "iam/result.h"
#include "policy/evaluationresult.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class Clock;
class Directory;
class PolicyCache;

// The policy simulator, as AWS's IAM policy simulator does it: a user or
// role of the directory, one or more actions on a resource, with context
// keys of the caller's choosing; for each action the decision and the
// statements that made it.
class PolicySimulator
{
public:
    struct Request
    {
        QString principalArn; // a user or role of the directory
        QStringList actions;
        QString resource = QStringLiteral("*");
        // Keys set or replaced on top of what AWS would supply for the principal.
        QList<QPair<QString, QStringList>> context;
    };

    struct ActionResult
    {
        QString action;
        EvaluationResult result;
        QString message; // AWS's access-denied message when denied
    };

    struct Outcome
    {
        QString principalArn; // the caller the policies saw (a session ARN for a role)
        QList<ActionResult> results;
        PolicySet policies; // what was evaluated, to show the deciding statements in
    };

    PolicySimulator(const Directory& directory, PolicyCache& cache, const Clock* clock = nullptr);

    Result<Outcome> simulate(const Request& request) const;

private:
    const Directory& m_directory;
    PolicyCache& m_cache;
    const Clock* m_clock;
};
