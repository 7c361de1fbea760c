#pragma once

#include "audit/auditmode.h"
#include "audit/finding.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class AccessEvaluator;
class CancellationToken;
class Directory;
class PolicyDocument;
struct AuditPrincipal;
struct Group;
struct Role;

// The security review of one account.
class Findings
{
    Q_DECLARE_TR_FUNCTIONS(Findings)

public:
    // An active access key older than this is due for rotation (as the console flags it).
    static constexpr int KeyRotationDays = 90;

    // A cancelled scan stops between principals and returns what it has (to be dropped).
    static QList<Finding> scan(const Directory& directory, const QString& accountId,
                               const QDateTime& now, AuditMode mode = AuditMode::Indexed,
                               const CancellationToken* cancel = nullptr);
    // The same with an evaluator that may hold a bulk read kept from earlier questions.
    static QList<Finding> scan(AccessEvaluator& evaluator, const QString& accountId,
                               const QDateTime& now, const CancellationToken* cancel = nullptr);

    // "High", "Medium" or "Low", as the Findings window and the command line show it.
    static QString severityName(int severity);
    // A stable name for scripts, e.g. "userWithoutMfa".
    static QString kindName(Finding::Kind kind);

private:
    static void scanUsers(const Directory& directory, const QString& accountId,
                          const QDateTime& now, AuditMode mode, QList<Finding>& findings);
    // Someone who can give itself any policy, and how.
    static std::optional<Finding> escalation(AccessEvaluator& evaluator,
                                             const AuditPrincipal& principal,
                                             const QList<Group>& groups);
    static void scanServiceControlAllowList(AccessEvaluator& evaluator,
                                            const AuditPrincipal& principal,
                                            QList<Finding>& findings);
    static void scanTrust(const Role& role, const PolicyDocument& trust, QList<Finding>& findings);
    static void scanGroups(AccessEvaluator& evaluator, const QString& accountId,
                           QList<Finding>& findings);
    // What the account's SCPs deny outright, action by action.
    struct Denial
    {
        QString action;
        QString resource;
        QString policy;
        QString target;
    };
    static QList<Denial> denials(const Directory& directory, const QString& accountId);
    // Actions the principal's identity policies allow and an SCP of the account denies.
    static void scanServiceControl(const QString& accountId, const AuditPrincipal& principal,
                                   const QList<Denial>& denials, QList<Finding>& findings);
};
