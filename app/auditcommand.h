#pragma once

#include "audit/accesspath.h"
#include "audit/assumegrant.h"
#include "audit/reachedrole.h"
#include "exitcode.h"
#include "iam/account.h"
#include "iam/group.h"
#include "iam/user.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

#include <functional>
#include <optional>

class AuditTrailSeal;
class CommandLine;
class ConsoleSession;
class Directory;
class IamError;
class SecretStore;
struct AuditTrailCheck;

// `switchboard audit ...`: verify recomputes the audit trail's hash chain
// and names the first event that was altered, inserted or deleted, compares
// the trail with its head kept in the secret store (naming a truncated or
// emptied trail) and, with --checkpoints, with checkpoints exported before;
// checkpoints signs the head now and lists or exports the checkpoints; members,
// groups, who-can, who-can-assume and reach answer who belongs where and who
// can do or become what, and findings lists the Findings window's review
// of each account, as a table or with --json.
//
// Each reads as the signed-in caller: verify and checkpoints as
// cloudtrail:LookupEvents (as the Audit trail window), the queries as
// iam:GetAccountAuthorizationDetails of the one account they look at
// (--account, else the account of an ARN given, else the caller's), before
// anything is looked up. A refusal prints AWS's AccessDenied message and
// exits NotFoundExit (ExitCode::Failure), reading nothing.
class AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    // Exit codes (exitcode.h): 0 answered (an empty answer included); not
    // found (the account, user, group or role) or denied; usage (wrong
    // arguments); a tampered trail; a secret store that could not vouch for
    // the trail.
    static constexpr int NotFoundExit = ExitCode::Failure;
    static constexpr int UsageExit = ExitCode::Usage;
    static constexpr int TamperedExit = ExitCode::TrailTampered;
    static constexpr int UnavailableExit = ExitCode::StoreUnavailable;

    static constexpr int DeniedExit = ExitCode::Failure;

    // Without secrets, verify checks the hash chain only and checkpoints is refused.
    AuditCommand(Directory& directory, const ConsoleSession& caller, QTextStream& out,
                 QTextStream& err, SecretStore* secrets = nullptr);
    // Whether this query needs the secret store (verify, checkpoints).
    static bool needsSecretStore(const CommandLine& commandLine);
    int run(const CommandLine& commandLine);

private:
    // An entity found by name or ARN in the account the query was authorized for.
    struct Found
    {
        QString accountId;
        QString name;
        QString arn;
    };
    enum class Lookup
    {
        User,
        Group,
        Role,
        UserOrRole
    };

    // The one account a query looks at; on failure reports it and sets exitCode.
    std::optional<QString> queryAccount(const QStringList& args, const CommandLine& commandLine,
                                        int& exitCode);
    int denied(const IamError& error);
    int verify(const CommandLine& commandLine);
    int checkpoints(const CommandLine& commandLine);
    // Runs one asynchronous seal operation to its end (and any head write it started).
    AuditTrailCheck finish(AuditTrailSeal& seal,
                           const std::function<void(std::function<void(AuditTrailCheck)>)>& start);
    void report(const AuditTrailCheck& check, bool json);
    int members(const QStringList& args, const CommandLine& commandLine);
    int groups(const QStringList& args, const CommandLine& commandLine);
    int whoCan(const QStringList& args, const CommandLine& commandLine);
    int whoCanAssume(const QStringList& args, const CommandLine& commandLine);
    int reach(const QStringList& args, const CommandLine& commandLine);
    int findings(const QStringList& args, const CommandLine& commandLine);

    // Resolves a name or an ARN; on failure reports it and sets exitCode.
    std::optional<Found> find(Lookup lookup, const QString& nameOrArn, int& exitCode);
    std::optional<Found> findByArn(Lookup lookup, const QString& arn);
    std::optional<Found> findIn(Lookup lookup, const QString& accountId, const QString& name);
    std::optional<Account> account(const CommandLine& commandLine, int& exitCode);
    int usage(const QString& text);

    // JSON key and translated header of each table column.
    using Columns = QList<QPair<QString, QString>>;
    void print(const QJsonArray& rows, bool json, const Columns& columns);
    static QJsonArray usersJson(const QList<User>& users);
    static QJsonArray groupsJson(const QList<Group>& groups);
    static QJsonArray pathsJson(const QList<AccessPath>& paths);
    static QJsonArray grantsJson(const QList<AssumeGrant>& grants);
    static QJsonArray reachedJson(const QList<ReachedRole>& roles);

    Directory& m_directory;
    const ConsoleSession& m_caller;
    QTextStream& m_out;
    QTextStream& m_err;
    SecretStore* m_secrets;
    QString m_accountId; // the account the query was authorized for
};
