#pragma once

#include "iam/entitykind.h"
#include "iam/result.h"
#include "interop/authzdetails.h"
#include "interop/importplan.h"
#include "interop/importsummary.h"
#include "interop/organizationaccessrole.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class Directory;

// Imports `aws iam get-account-authorization-details` files (spec §9) into
// one account of the directory, as one bulk change: either everything of the
// files is stored or nothing is.
//
// - Several files are pages of one account and are merged.
// - The account is Options::accountId or the one the ARNs name. ARNs that
//   name several accounts need Options::accountId; entities of the other
//   accounts are then left out (with a warning). An accountId no ARN names
//   is refused. ARNs with no account id (sample files write "aws") go with
//   the imported account.
// - An account that already has users, groups, roles or policies is refused
//   (AccountNotEmpty) unless Options::replace: then they are removed first,
//   in the same transaction.
// - AWS managed policies go to account "aws", read-only. One the directory
//   already has (the built-ins, or from an earlier import) is kept as it is:
//   every account of the directory shares it, and one account's file must not
//   change what the others are allowed.
// - Policy documents are held to the grammar, not to the size quotas.
// - An attachment or boundary naming a policy neither the files nor the
//   directory define, a group the files do not define, or an id already
//   taken are warnings: the rest is imported.
// - A new account other than the organization's management account gets
//   OrganizationAccountAccessRole trusting the management account (as an
//   account AWS Organizations creates), unless the files have that role or
//   Options::accessRole is None. Replacing an account adds no role and keeps
//   the one the organization added (the way in for the management account),
//   unless the files have a role of that name.
//
// An import is planned first (plan(): what it will do, action by action,
// nothing changed yet) and applied after (apply()). The console and the
// command line import through DirectoryAdmin::importAuthzDetails, which
// authorizes the plan's actions as the caller before applying it;
// importFiles()/importSources() apply unauthorized, for that layer's tests
// and tools that build a directory from files.
class AuthzDetailsImporter
{
    Q_DECLARE_TR_FUNCTIONS(AuthzDetailsImporter)

public:
    struct Options
    {
        QString accountId; // 12 digits or an alias of an existing account; empty: from the ARNs
        bool replace = false;
        OrganizationAccessRole::Access accessRole = OrganizationAccessRole::Access::Admin;
    };
    struct Source
    {
        QString name; // the file name errors show
        QByteArray json;
    };

    explicit AuthzDetailsImporter(Directory& directory);

    // The files' content, for plan(); a file that cannot be read is named.
    static Result<QList<Source>> readFiles(const QStringList& paths);
    // Parses the sources (pages of one account) and works out what importing
    // them does. Changes nothing. Errors: a malformed file, an account that
    // cannot be chosen.
    Result<ImportPlan> plan(const QList<Source>& sources, const Options& options);
    // Applies a plan as one bulk change (joining the caller's transaction):
    // all of it or, on an error, nothing. AccountNotEmpty when the account
    // has entities and the plan does not replace them.
    Result<ImportSummary> apply(const ImportPlan& plan);

    // plan() then apply(), unauthorized (see the class comment).
    Result<ImportSummary> importFiles(const QStringList& paths, const Options& options);
    Result<ImportSummary> importSources(const QList<Source>& sources, const Options& options);

    static QString accountNotEmptyCode();

private:
    Result<QString> chooseAccount(const AuthzDetails& details, const QString& requested) const;
    // The plan's actions: the replaced entities' deletes, then what the files create.
    QList<ConsoleAction> replaceActions(const AuthzDetails& details) const;
    // What a replace keeps: the OrganizationAccountAccessRole the organization
    // added, unless the files have a role of that name.
    QStringList keptRoles(const AuthzDetails& details) const;
    QList<ConsoleAction> createActions(const AuthzDetails& details) const;
    void linkActions(EntityKind kind, const QString& arn, const AuthzDetails::Links& links,
                     QList<ConsoleAction>& actions) const;
    // true when the account is new.
    Result<bool> prepareAccount(const ImportPlan& plan);
    Result<void> addAccessRole(OrganizationAccessRole::Access access, ImportSummary& summary);
    Result<void> store(const AuthzDetails& details, ImportSummary& summary);
    Result<void> storePolicies(const AuthzDetails& details, ImportSummary& summary);
    Result<void> storeLinks(EntityKind kind, const QString& name, const AuthzDetails::Links& links,
                            ImportSummary& summary);
    // The stored policy an ARN of the files stands for, if any.
    QString resolvePolicy(const QString& arn) const;
    // The path of the policy's ARN (attachments name it so), else its Path.
    static QString pathOfPolicy(const AuthzDetails::PolicyEntry& entry);
    // The ARN a policy of the files is stored under.
    QString storedPolicyArn(const AuthzDetails::PolicyEntry& entry) const;
    void notePathChange(const AuthzDetails::PolicyEntry& entry, ImportSummary& summary) const;
    // The stored boundary of an entity; empty (with a warning) when it cannot be resolved.
    QString resolveBoundary(const AuthzDetails::Links& links, ImportSummary& summary) const;
    bool belongs(const QString& arnAccount) const;
    void noteIdChange(const AuthzDetails::Location& where, const QString& recorded,
                      const QString& stored, ImportSummary& summary) const;

    Directory& m_directory;
    QString m_accountId;
    QHash<QString, QString> m_policyArns; // file ARN -> stored ARN
};
