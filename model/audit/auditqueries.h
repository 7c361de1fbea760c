#pragma once

#include "audit/accessgraph.h"
#include "audit/accesspath.h"
#include "audit/assumegrant.h"
#include "audit/auditmode.h"
#include "audit/finding.h"
#include "audit/reachedrole.h"
#include "iam/group.h"
#include "iam/user.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

class CancellationToken;
class Directory;
class PolicyDocument;
struct Role;

// Read-only questions over a directory: who is in a group, who can do what,
// who can become which role. Decisions go through the policy evaluator;
// each distinct policy is compiled once per question. The directory's bulk
// read is kept from one question to the next until the directory reports a
// change; the directory must outlive this object.
class AuditQueries
{
public:
    // How the kept read learns of changes: from the directory's own change signals,
    // or only from the caller's forget() (a worker's second connection, whose
    // signals of the console's edits would come late and drop the read twice).
    enum class Follow
    {
        DirectorySignals,
        Caller
    };
    explicit AuditQueries(const Directory* directory, AuditMode mode = AuditMode::Indexed,
                          Follow follow = Follow::DirectorySignals);
    ~AuditQueries();

    const Directory& directory() const;
    // Drops the kept bulk read: for a caller that learns of a change another way
    // (another connection's edit), as the directory's own change signals do.
    void forget() const;
    // How many times the questions read the directory in bulk: a kept read saves one.
    int bulkReads() const;
    // Connects changed to every change signal of directory that could alter an
    // answer; the connections are the caller's to end.
    static QList<QMetaObject::Connection> onChange(const Directory& directory,
                                                   const std::function<void()>& changed);

    QList<User> members(const QString& accountId, const QString& groupName) const;
    QList<Group> groups(const QString& accountId, const QString& userName) const;
    // Users and roles allowed the action on the resource (every account when accountId is empty).
    QList<AccessPath> whoCan(const QString& action, const QString& resource,
                             const QString& accountId = {}) const;
    QList<AssumeGrant> whoCanAssume(const QString& roleArn) const;
    QList<ReachedRole> reach(const QString& principalArn) const;
    // Findings::scan() and AccessGraph::build() over the kept bulk read.
    QList<Finding> findings(const QString& accountId, const QDateTime& now,
                            const CancellationToken* cancel = nullptr) const;
    AccessGraph accessGraph(const QString& accountId,
                            const CancellationToken* cancel = nullptr) const;

    // The principals a role's trust policy names that the directory does not
    // hold: other accounts, services, identity providers, anyone ("*").
    static QList<AssumeGrant> trustedOutside(const Directory& directory, const Role& role);
    // The same from a trust policy already parsed, given the ids of the directory's accounts.
    static QList<AssumeGrant> trustedOutside(const PolicyDocument& trust,
                                             const QSet<QString>& directoryAccounts);

private:
    class Private;
    std::unique_ptr<Private> d;
};
