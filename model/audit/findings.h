#pragma once

#include "audit/finding.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class Directory;
struct AuditPrincipal;
struct Role;

// The security review of one account.
class Findings
{
    Q_DECLARE_TR_FUNCTIONS(Findings)

public:
    // An active access key older than this is due for rotation (as the console flags it).
    static constexpr int KeyRotationDays = 90;

    static QList<Finding> scan(const Directory& directory, const QString& accountId,
                               const QDateTime& now);

    // "High", "Medium" or "Low", as the Findings window and the command line show it.
    static QString severityName(int severity);
    // A stable name for scripts, e.g. "userWithoutMfa".
    static QString kindName(Finding::Kind kind);

private:
    static void scanUsers(const Directory& directory, const QString& accountId,
                          const QDateTime& now, QList<Finding>& findings);
    static void scanServiceControlAllowList(const Directory& directory,
                                            const AuditPrincipal& principal,
                                            QList<Finding>& findings);
    static void scanTrust(const Role& role, QList<Finding>& findings);
    static void scanGroups(const Directory& directory, const QString& accountId,
                           QList<Finding>& findings);
    // Actions the principals' identity policies allow and an SCP of the account denies.
    static void scanServiceControl(const Directory& directory, const QString& accountId,
                                   const QList<AuditPrincipal>& principals,
                                   QList<Finding>& findings);
};
