#pragma once

#include "directory/organizationalunit.h"
#include "directory/organizationpolicy.h"
#include "iam/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class Directory;

// The organization's structure and policies as files of AWS CLI output, one
// command each, recognised by their top-level key:
//   list-roots.json                                {"Roots": [...]}
//   list-organizational-units-for-parent.PARENT.json  {"OrganizationalUnits": [...]}
//   list-accounts-for-parent.PARENT.json           {"Accounts": [...]}
//   list-policies.TYPE.json                        {"Policies": [...]}  (a summary only)
//   describe-policy.POLICY.json                    {"Policy": {"PolicySummary", "Content"}}
//   list-targets-for-policy.POLICY.json            {"Targets": [...]}
// The AWS CLI's output does not name the parent or policy a list is for, so
// the file name carries it (the part between the command and ".json"); e.g.
//   aws organizations list-accounts-for-parent --parent-id ou-ab12-cd34ef56
//       (output saved as list-accounts-for-parent.ou-ab12-cd34ef56.json)
// Reading checks every file and field (errors name them: file, then field)
// before anything is planned; a plan is applied by DirectoryAdmin as one edit.
class OrganizationBundle
{
public:
    // Everything the files say. Ids are AWS's; the files' root is ours once planned.
    QString rootId;                               // from list-roots (empty when absent)
    QHash<QString, QList<OrganizationalUnit>> unitsByParent; // parent id -> OUs (name, id)
    QHash<QString, QStringList> accountsByParent;            // parent id -> account ids
    QList<OrganizationPolicy> policies;                      // from describe-policy
    QHash<QString, QStringList> targetsByPolicy;             // policy id -> target ids

    static Result<OrganizationBundle> read(const QStringList& filePaths);

    // What importing the bundle does to the directory, in order.
    struct Step
    {
        enum class Kind
        {
            CreateOrganizationalUnit, // unit (parentId mapped to this directory's root)
            MoveAccount,              // accountId from sourceId to targetId
            CreatePolicy,             // policy
            UpdatePolicy,             // policy (its name, description or content differ)
            AttachPolicy,             // policyId to targetId
            DetachPolicy              // policyId from targetId
        };
        Kind kind = Kind::CreateOrganizationalUnit;
        OrganizationalUnit unit;
        OrganizationPolicy policy;
        QString accountId;
        QString policyId;
        QString sourceId;
        QString targetId;
    };
    // The steps that make the directory hold what the files say: OUs created
    // parents first, accounts moved, customer policies created or updated,
    // attachments added then removed so that each listed policy's targets
    // are exactly the file's. Errors (InvalidInput) name the file's element
    // that cannot be applied (an account or OU the directory does not have).
    Result<QList<Step>> plan(const Directory& directory) const;

    // The file names the export writes and the import reads.
    static QString fileName(const QString& command, const QString& qualifier = {});

private:
    QHash<QString, QString> m_sources; // "Accounts:<parent>" etc. -> file, for errors
};
