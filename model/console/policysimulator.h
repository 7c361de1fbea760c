#pragma once

#include "directory/policyset.h"
#include "iam/result.h"
#include "policy/evaluationresult.h"
#include "policy/requestcontextbuilder.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class Clock;
class ConsoleSession;
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

    // Unchecked: for the directory's owner (the headless simulate command).
    PolicySimulator(const Directory& directory, PolicyCache& cache, const Clock* clock = nullptr);
    // As the session's active identity, as AWS's simulator answers a caller:
    // simulate() needs iam:SimulatePrincipalPolicy on the principal,
    // simulateCustom() iam:SimulateCustomPolicy; AccessDenied with AWS's
    // message otherwise. The console's window and the endpoint both use this,
    // with the directory and clock the session acts on.
    PolicySimulator(const ConsoleSession& session, const Directory& directory, PolicyCache& cache,
                    const Clock* clock = nullptr);

    // The users and roles a caller may choose: those of the accounts where the
    // session may iam:ListUsers (users) and iam:ListRoles (roles). Unchecked:
    // every user and role. A session's own user always comes first.
    QStringList principals() const;
    // Whether the caller may see the principal's policies, as its detail
    // page shows them (iam:ListAttached{User,Role}Policies on its ARN).
    Result<void> authorizeReadingPolicies(const QString& principalArn) const;
    // What simulate() asks first: iam:SimulatePrincipalPolicy on the principal.
    Result<void> authorizeSimulating(const QString& principalArn) const;

    Result<Outcome> simulate(const Request& request) const;
    // Policies of the caller's choosing instead of a principal's, as AWS's
    // SimulateCustomPolicy: documents are the identity policies of a user of
    // accountId (request.principalArn, when given, is that user's ARN).
    // MalformedPolicyDocument for a document that does not compile.
    Result<Outcome> simulateCustom(const QString& accountId, const QStringList& documents,
                                   const Request& request) const;

private:
    // organizationApplies: the resource account's RCPs count (a principal of
    // the directory, not a custom policy simulation).
    Result<Outcome> evaluate(const CallerIdentity& caller, Outcome outcome, const Request& request,
                             bool organizationApplies) const;

    Result<void> authorize(const QString& action, const QString& resource) const;

    const Directory& m_directory;
    PolicyCache& m_cache;
    const Clock* m_clock;
    const ConsoleSession* m_session = nullptr; // null: unchecked
};
