#pragma once

#include "console/consoleaction.h"
#include "directory/memberaccount.h"
#include "directory/organizationalunit.h"
#include "directory/organizationpolicy.h"
#include "directory/organizationtarget.h"
#include "iam/accesskeyinfo.h"
#include "iam/entitykind.h"
#include "iam/group.h"
#include "iam/inlinepolicy.h"
#include "iam/managedpolicy.h"
#include "iam/mfadeviceinfo.h"
#include "iam/passwordpolicy.h"
#include "iam/policyversion.h"
#include "iam/result.h"
#include "iam/role.h"
#include "iam/samlprovider.h"
#include "iam/tag.h"
#include "iam/user.h"
#include "interop/authzdetailsimporter.h"
#include "interop/awsconfigimporter.h"
#include "interop/importsummary.h"

#include <QObject>
#include <QStringList>

#include <functional>

class AccessKeyManager;
class ConsoleSession;
class MfaDeviceManager;
class OrganizationBundle;
class Directory;
class EditCommand;
class QUndoStack;

// What the console's "Create user" takes.
struct NewUserRequest
{
    QString accountId;
    QString name;
    QString path = QStringLiteral("/");
    TagList tags;
    QString consolePassword; // empty: no console access
    bool passwordResetRequired = false;
    QStringList groups;
};

// A new account's root user: the email address it signs in with and its
// console password (empty: one is generated and handed back once).
struct NewRootUser
{
    QString email;
    QString password;
};

// What the organization's "Add account" takes (organizations:CreateAccount).
struct NewAccountRequest
{
    QString name; // 1-50 characters
    NewRootUser root;
    OrganizationAccessRole::Access accessRole = OrganizationAccessRole::Access::Admin;
};

// An account the organization created.
struct CreatedAccount
{
    MemberAccount account;
    QString generatedRootPassword; // empty when the request gave one; shown once
};

// What deleting a user would remove, for the delete dialog (the console lists them).
struct UserDependents
{
    QList<AccessKeyInfo> accessKeys;
    QList<MfaDeviceInfo> mfaDevices;
    QList<Group> groups;
    QList<ManagedPolicy> attachedPolicies;
    QList<InlinePolicy> inlinePolicies;
    bool hasLoginProfile = false;
    bool isEmpty() const;
};

// Every administration edit of the console: authorized as the console's
// active identity (ConsoleSession::authorize with the IAM action on the
// resource ARN), run as one recorded directory change, audited (failures
// too), and pushed on the undo stack. Undo and redo are edits of their own:
// authorized (the inverse actions), audited, and refused without moving the
// stack when denied or when the directory changed since.
class DirectoryAdmin : public QObject
{
    Q_OBJECT

public:
    // Edits directory as session's active identity. Deleting a user with
    // access keys or MFA devices needs accessKeys and mfaDevices (their
    // secrets go too); without them such a delete is refused.
    DirectoryAdmin(ConsoleSession* session, Directory* directory,
                   AccessKeyManager* accessKeys = nullptr, MfaDeviceManager* mfaDevices = nullptr,
                   QObject* parent = nullptr);
    ~DirectoryAdmin() override;

    ConsoleSession* session() const { return m_session; }
    // What the administration's dialogs read; every change goes through this class.
    const Directory& directory() const { return *m_directory; }
    QUndoStack* undoStack() const;
    Result<void> undo(); // what the Edit menu's Undo calls
    Result<void> redo();

    // The account's policy, or AWS's default when it sets none.
    PasswordPolicy effectivePasswordPolicy(const QString& accountId) const;
    // How many managed policies a user or role of the account may have attached.
    Result<int> managedPoliciesQuota(const QString& accountId, EntityKind kind) const;

    // users
    Result<User> createUser(const NewUserRequest& request);
    Result<User> updateUser(const QString& accountId, const QString& name, const QString& newName,
                            const QString& newPath);
    Result<void> setConsolePassword(const QString& accountId, const QString& userName,
                                    const QString& password, bool requireReset);
    Result<void> removeConsolePassword(const QString& accountId, const QString& userName);
    UserDependents userDependents(const QString& accountId, const QString& name) const;
    // DeleteConflict while it has dependents.
    Result<void> deleteUser(const QString& accountId, const QString& name);
    // The console's delete: removes keys and MFA devices (their secrets too,
    // through the session's AccessKeyManager/MfaDeviceManager), memberships,
    // policies, login profile, then the user. Not undoable when secrets were
    // removed (the stack is left as is, the command not pushed). done is
    // called once, later.
    void deleteUserWithDependents(const QString& accountId, const QString& name,
                                  std::function<void(Result<void>)> done);

    // groups
    Result<Group> createGroup(const QString& accountId, const QString& name,
                              const QString& path = QStringLiteral("/"));
    Result<Group> updateGroup(const QString& accountId, const QString& name, const QString& newName,
                              const QString& newPath);
    Result<void> deleteGroup(const QString& accountId, const QString& name,
                             bool removeMembersAndPolicies = false);
    // One command; skips users already in the group.
    Result<void> addUsersToGroup(const QString& accountId, const QString& groupName,
                                 const QStringList& userNames);
    Result<void> removeUsersFromGroup(const QString& accountId, const QString& groupName,
                                      const QStringList& userNames);
    // The group members dialog's save: the group ends with exactly these
    // members. One edit: authorized as iam:AddUserToGroup and/or
    // iam:RemoveUserFromGroup (whichever it needs), each audited, one undo
    // step; nothing changes when any part fails.
    Result<void> setGroupMembers(const QString& accountId, const QString& groupName,
                                 const QStringList& memberNames);

    // roles
    Result<Role> createRole(const Role& role, const QStringList& attachPolicyArns = {});
    Result<Role> updateRole(const QString& accountId, const QString& name,
                            const QString& description, int maxSessionDuration);
    // The role settings dialog's save: description, maximum session duration
    // and permissions boundary (empty: none) as one edit, authorized as
    // iam:UpdateRole and iam:PutRolePermissionsBoundary /
    // iam:DeleteRolePermissionsBoundary for the parts that change, each
    // audited, one undo step; nothing changes when any part fails.
    Result<Role> updateRoleSettings(const QString& accountId, const QString& name,
                                    const QString& description, int maxSessionDuration,
                                    const QString& permissionsBoundaryArn);
    Result<Role> updateAssumeRolePolicy(const QString& accountId, const QString& name,
                                        const QString& trustPolicy);
    // Users and roles; an empty policyArn removes the boundary.
    Result<void> setPermissionsBoundary(EntityKind kind, const QString& accountId,
                                        const QString& name, const QString& policyArn);
    Result<void> deleteRole(const QString& accountId, const QString& name,
                            bool removePolicies = false);

    // policies
    Result<ManagedPolicy> createPolicy(const QString& accountId, const QString& name,
                                       const QString& document,
                                       const QString& path = QStringLiteral("/"),
                                       const QString& description = {});
    Result<PolicyVersion> createPolicyVersion(const QString& policyArn, const QString& document,
                                              bool setAsDefault);
    Result<void> setDefaultPolicyVersion(const QString& policyArn, const QString& versionId);
    Result<void> deletePolicyVersion(const QString& policyArn, const QString& versionId);
    Result<void> deletePolicy(const QString& policyArn, bool detachFirst = false);
    Result<void> putInlinePolicy(EntityKind kind, const QString& accountId, const QString& name,
                                 const InlinePolicy& policy);
    Result<void> deleteInlinePolicy(EntityKind kind, const QString& accountId, const QString& name,
                                    const QString& policyName);
    Result<void> attachPolicies(EntityKind kind, const QString& accountId, const QString& name,
                                const QStringList& policyArns);
    Result<void> detachPolicy(EntityKind kind, const QString& accountId, const QString& name,
                              const QString& policyArn);
    Result<void> tagEntity(EntityKind kind, const QString& accountId, const QString& name,
                           const TagList& tags);
    Result<void> untagEntity(EntityKind kind, const QString& accountId, const QString& name,
                             const QStringList& keys);

    // Imports `aws iam get-account-authorization-details` files (pages of
    // one account, see AuthzDetailsImporter) as one edit: the import is
    // planned, every action of the plan is authorized as the active identity
    // on the resource it touches (the first denied one is the error, and
    // nothing changes), then it runs as one recorded change, is audited
    // (ImportAuthorizationDetails) and is one undo step.
    // - Into an account the directory has: the IAM actions inside that
    //   account (creates, puts, attachments, memberships, tags, boundaries;
    //   with replace, the deletes of what it had first). Someone of another
    //   account switches role into it first.
    // - A new account: organizations:CreateAccount, asked of a caller in the
    //   organization's management account; the organization fills it.
    // - The first account of an empty directory: nothing is asked (nobody
    //   could sign in yet); it becomes the management account.
    // firstRoot: for the first account only, its root user (none when its
    // email is empty); a generated password is in the summary, once.
    Result<ImportSummary> importAuthzDetails(const QList<AuthzDetailsImporter::Source>& sources,
                                             const AuthzDetailsImporter::Options& options,
                                             const NewRootUser& firstRoot = {});
    // The audit event of an import.
    static QString importEventName();

    // The signed-in user's saved roles from an AWS config file (see
    // AwsConfigImporter), audited as ImportAwsConfig. Not an IAM edit: a
    // user's saved roles are their own, so nothing is authorized or undone.
    struct SavedRolesImport
    {
        // The import; when the audit write failed, that error: nothing was saved.
        Result<AwsConfigImporter::Summary> summary;
        Result<void> recorded; // the audit write; the roles are saved only with it
    };
    SavedRolesImport importSavedRoles(const QString& path);

    // organizations:CreateAccount, by a caller in the management account: a
    // new member account with a fresh 12-digit id, the name given, its root
    // user (the email given, the password given or generated), and
    // OrganizationAccountAccessRole trusting the management account with the
    // access asked for. One undo step (organizations:CloseAccount).
    Result<CreatedAccount> createMemberAccount(const NewAccountRequest& request);

    // AWS Organizations: the organization's units and its service / resource
    // control policies. Each edit is authorized as its organizations: action
    // (CreateOrganizationalUnit on the parent, UpdateOrganizationalUnit and
    // DeleteOrganizationalUnit on the OU, MoveAccount on the account,
    // CreatePolicy on "*", UpdatePolicy / DeletePolicy / AttachPolicy /
    // DetachPolicy on the policy) for a caller in the management account,
    // audited, and one undo step. Errors are the Organizations API's (see
    // Directory).
    Result<OrganizationalUnit> createOrganizationalUnit(const QString& parentId,
                                                        const QString& name);
    Result<OrganizationalUnit> updateOrganizationalUnit(const QString& ouId, const QString& name);
    Result<void> deleteOrganizationalUnit(const QString& ouId);
    Result<void> moveAccount(const QString& accountId, const QString& sourceParentId,
                             const QString& destinationParentId);
    Result<OrganizationPolicy> createOrganizationPolicy(const QString& name,
                                                        const QString& description,
                                                        OrganizationPolicy::Type type,
                                                        const QString& content);
    // A null QString leaves that field as it is.
    Result<OrganizationPolicy> updateOrganizationPolicy(const QString& policyId,
                                                        const QString& name,
                                                        const QString& description,
                                                        const QString& content);
    Result<void> deleteOrganizationPolicy(const QString& policyId);
    Result<void> attachOrganizationPolicy(const QString& policyId, const QString& targetId);
    Result<void> detachOrganizationPolicy(const QString& policyId, const QString& targetId);
    // Reads, authorized as their actions: ListRoots ("*"),
    // ListOrganizationalUnitsForParent and ListAccountsForParent (on the
    // parent), ListPolicies ("*"), DescribePolicy and ListTargetsForPolicy
    // (on the policy), ListPoliciesForTarget (on the target).
    Result<QList<OrganizationTarget>> listRoots() const;
    Result<QList<OrganizationalUnit>>
    listOrganizationalUnitsForParent(const QString& parentId) const;
    Result<QList<MemberAccount>> listAccountsForParent(const QString& parentId) const;
    Result<QList<OrganizationPolicy>> listOrganizationPolicies(OrganizationPolicy::Type type) const;
    Result<OrganizationPolicy> describeOrganizationPolicy(const QString& policyId) const;
    Result<QList<OrganizationTarget>> listTargetsForPolicy(const QString& policyId) const;
    Result<QList<OrganizationPolicy>> listPoliciesForTarget(const QString& targetId,
                                                            OrganizationPolicy::Type type) const;
    // Imports an organization bundle (interop/OrganizationBundle: AWS CLI
    // output files) as one edit: planned, every step authorized as the
    // organizations: action it performs, applied as one recorded change
    // (all or nothing), audited (ImportOrganization) and one undo step.
    // Returns how many steps it took (0: the directory already held it all).
    Result<int> importOrganization(const OrganizationBundle& bundle);
    // The ARN the organizations: actions take for a root, OU or account id
    // (the id itself when the directory has no such target).
    QString organizationTargetArn(const QString& targetId) const;

    // SAML identity providers (iam:CreateSAMLProvider, ...). The metadata
    // must be a SAML 2.0 IdP's with a signing certificate (InvalidInput
    // otherwise); its validUntil is kept.
    Result<SamlProvider> createSamlProvider(const QString& accountId, const QString& name,
                                            const QString& metadataDocument);
    Result<SamlProvider> updateSamlProvider(const QString& providerArn,
                                            const QString& metadataDocument);
    Result<void> deleteSamlProvider(const QString& providerArn);
    // Reads, authorized (iam:ListSAMLProviders, iam:GetSAMLProvider) as the active identity.
    Result<QList<SamlProvider>> listSamlProviders(const QString& accountId) const;
    Result<SamlProvider> samlProvider(const QString& providerArn) const;

    // account password policy
    Result<void> setPasswordPolicy(const QString& accountId, const PasswordPolicy& policy);
    Result<void> deletePasswordPolicy(const QString& accountId);
    // The account's quota of managed policies per user or per role (10 by
    // default, up to 20 as Service Quotas allows), authorized as
    // servicequotas:RequestServiceQuotaIncrease.
    Result<void> setManagedPoliciesQuota(const QString& accountId, EntityKind kind, int value);

Q_SIGNALS:
    void edited(const QString& text); // after each successful edit, undo or redo
    // An undo or redo was refused (denied, or the directory changed since);
    // the stack did not move.
    void undoRedoRefused(const IamError& error);

private:
    friend class EditCommand;

    // One edit as the console runs it.
    struct Edit
    {
        QString text;                       // "Create user alice", the undo stack's text
        QList<ConsoleAction> actions;       // authorized first; the first names the audit event
        QList<ConsoleAction> undoActions;   // what undoing it will take
        std::function<Result<void>()> work; // the directory calls, as one recorded change
        bool undoable = true;
        QString target; // the audit event's target; empty: the first action's resource
        QString event;  // the audit event's action; empty: the first action's
        // A compound edit: one audit event per action instead of one for the edit.
        bool auditEachAction = false;
    };
    // The one path of every edit: authorize, record the work as one change,
    // audit (also a failure), push the command.
    Result<void> run(const Edit& edit);
    // Runs an edit whose work returns the entity it made or changed.
    template <typename T>
    Result<T> runReturning(Edit edit, const std::function<Result<T>()>& work);
    Result<void> authorizeAll(const QList<ConsoleAction>& actions) const;
    // Organizations actions are the management account's: a caller of
    // another account is denied whatever its policies say.
    Result<void> authorizeOne(const ConsoleAction& action) const;
    Result<void> audit(const ConsoleAction& action, bool success, const QString& detail);
    // The success events of an edit: its one event, or each action's.
    Result<void> auditSuccess(const Edit& edit, const ConsoleAction& event);
    // Records the refusal; the error, or the audit write's when that failed too.
    IamError refused(const ConsoleAction& action, const IamError& error);
    // Undo / redo of one command: authorize its actions, revert or re-apply, audit.
    Result<void> applyUndo(const EditCommand& command);
    Result<void> applyRedo(const EditCommand& command);
    // QUndoStack::undo()/redo() called from outside undo()/redo() (a stack
    // action): the command applies itself, and a refusal puts the index back.
    void commandApplied(const Result<void>& result, int indexBefore, const QString& text);
    // One after the other, through the MfaDeviceManager (seeds too).
    void removeMfaDevices(QStringList serialNumbers, std::function<void(Result<void>)> done);
    bool isMovingStack() const { return m_movingStack; }

    QString arnOf(EntityKind kind, const QString& accountId, const QString& name) const;
    // Gives a new account its root user, inside the edit's transaction; the
    // generated password when none was given.
    Result<QString> createRootUser(const QString& accountId, const NewRootUser& root);

    ConsoleSession* m_session;
    Directory* m_directory;
    AccessKeyManager* m_accessKeys;
    MfaDeviceManager* m_mfaDevices;
    QUndoStack* m_undoStack;
    bool m_movingStack = false;
};
