#pragma once

#include "console/authorization.h"
#include "console/identity.h"
#include "policy/evaluationrequest.h"
#include "policy/policycache.h"
#include "policy/requestcontextbuilder.h"

#include <QHash>
#include <QObject>

#include <optional>

class Clock;
class Directory;

// Decides console actions for an identity with the policy engine: gathers
// the identity's policies from the directory once, compiles them through a
// cache, and forgets them when the directory changes.
class Authorizer : public QObject
{
    Q_OBJECT

public:
    Authorizer(Directory* directory, const Clock* clock, QObject* parent = nullptr);

    Authorization authorize(const Identity& identity, const QString& action,
                            const QString& resource);
    // The caller as policies see it: ARN, type, account, tags, credentials.
    CallerIdentity callerFor(const Identity& identity) const;
    // The identity's policies, compiled; a document that fails to compile is
    // left out and reported through policyErrors() (the store refuses such
    // documents, so this only happens with an imported file).
    EvaluationRequest requestSkeleton(const Identity& identity);
    QStringList policyErrors() const { return m_errors; }

    PolicyCache& cache() { return m_cache; }

private:
    void forget();
    // The RCP levels of the account that owns the resource (cached until the directory changes).
    const QList<QList<NamedPolicy>>& resourceControlPolicies(const QString& resourceAccountId);
    CallerIdentity roleSessionCaller(const Identity& identity) const;
    // Whether the identity's user, or its session's principal, is still the
    // one it was established as (same unique id).
    bool isCurrentPrincipal(const Identity& identity) const;

    Directory* m_directory;
    const Clock* m_clock;
    PolicyCache m_cache;
    QString m_skeletonFor; // the identity ARN + expiry the skeleton was built for
    EvaluationRequest m_skeleton;
    QStringList m_errors;
    // The resource control policy levels of each resource account asked about.
    QHash<QString, QList<QList<NamedPolicy>>> m_rcpsFor;
};
