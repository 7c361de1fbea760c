#pragma once

#include "directory/auditevent.h"
#include "directory/directorychange.h"
#include "directory/loginprofile.h"
#include "directory/memberaccount.h"
#include "directory/organizationalunit.h"
#include "directory/organizationpolicy.h"
#include "directory/organizationtarget.h"
#include "directory/rolebookmark.h"
#include "directory/rolehistoryentry.h"
#include "directory/rootuser.h"
#include "directory/temporarysession.h"
#include "iam/accesskeyinfo.h"
#include "iam/account.h"
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
#include "iam/user.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class Clock;
class QSqlQuery;

// The IAM directory: accounts, users, groups, roles, policies and what ties
// them together, kept in one SQLite file through Qt Sql.
//
// Every public mutator is one transaction and leaves the file as it was when
// it fails. Several mutators run as one user action inside runInTransaction().
// Change signals are emitted after the transaction commits, never for a
// rolled-back change. Names are unique per account case-insensitively and
// keep their case; lookups by name ignore case.
class Directory : public QObject
{
    Q_OBJECT

public:
    ~Directory() override;

    // Opens (creating when absent) the file and brings its schema to the
    // current version. A file stamped with a newer schema is refused and left
    // untouched. ":memory:" gives a private in-memory directory.
    static Result<std::unique_ptr<Directory>> open(const QString& filePath,
                                                   const Clock* clock = nullptr);

    // Where the console and the command line keep the directory unless told otherwise.
    static QString defaultFilePath();
    static int currentSchemaVersion();
    int schemaVersion() const;
    QString filePath() const;
    // A stable UUID of this directory, created with the file; namespaces its secrets.
    QString directoryId() const;
    const Clock* clock() const;
    // One read-only SELECT, row by row: for the directory layer's bulk readers
    // (DirectorySnapshot), which load a whole account in a few queries.
    Result<void> selectEach(const QString& sql,
                            const std::function<void(const QSqlQuery&)>& row) const;
    // The same with values bound to the statement's ? placeholders, in order.
    Result<void> selectEach(const QString& sql, const QVariantList& binds,
                            const std::function<void(const QSqlQuery&)>& row) const;
    bool isEmpty() const; // no accounts yet
    // A new directory awaits its first contents (the demo, or nothing) until
    // one caller claims them: true for that caller only. Inside the caller's
    // transaction, so another console's claim waits for it to end and a
    // rollback leaves the claim to the next open. A directory made before
    // claims existed has none to give.
    Result<bool> claimFirstContents();
    // Whether nobody has claimed the first contents yet and the directory
    // holds no accounts: the next claim would seed it. Only a question.
    Result<bool> awaitsFirstContents() const;
    // Another process (a second console, `switchboard serve`) may have
    // committed to the same file; SQLite's data_version tells. Emits
    // directoryReset when it has, so every cache built from older rows is
    // dropped; true then. Long-running services call it before each request.
    bool checkExternalChanges();

    // Runs work as one transaction: all of it, or on an error nothing.
    // Nested calls join the outermost transaction; a nested call that fails
    // is undone on its own (a savepoint), so the caller may carry on or fail.
    // Change signals are queued and emitted after the outermost commit.
    Result<void> runInTransaction(const std::function<Result<void>()>& work);
    // As runInTransaction(), for bulk changes (demo seed, import, generated
    // data): instead of one signal per change, directoryReset() once after commit.
    Result<void> runBulkChange(const std::function<Result<void>()>& work);

    // Undo / redo: runs work as one transaction (like runInTransaction) and
    // returns exactly what it changed in the entity tables (not the audit
    // trail, sign-in failures, temporary sessions, role history or saved roles), so it can
    // be reverted and re-applied to the exact same rows, ids and dates included.
    Result<DirectoryChange> recordChange(const std::function<Result<void>()>& work);
    // One transaction each; on a conflict (the rows changed since) UndoConflict
    // (409) and nothing changes. Emit the inverse (revert) or the same
    // (reapply) change signals the recorded run emitted.
    Result<void> revertChange(const DirectoryChange& change);
    Result<void> reapplyChange(const DirectoryChange& change);

    // Accounts
    Result<Account> createAccount(const QString& accountId, const QString& alias = {});
    QList<Account> accounts() const;
    // By 12-digit id or by alias (case-insensitive).
    std::optional<Account> findAccount(const QString& idOrAlias) const;
    // The organization's management account (AWS Organizations): its people
    // enter the other accounts through OrganizationAccountAccessRole. The
    // first account created becomes it; empty while there is none.
    QString managementAccountId() const;
    // NoSuchEntity for an account the directory does not have.
    Result<void> setManagementAccount(const QString& accountId);
    // The name an account was created with in the organization
    // (organizations:CreateAccount): 1-50 characters, else InvalidInput.
    Result<void> setMemberAccountName(const QString& accountId, const QString& name);
    // What the organization knows of the account (its email is its root
    // user's); nullopt for an account the directory does not have.
    std::optional<MemberAccount> memberAccount(const QString& accountId) const;
    // The organization ("o-...") an account belongs to, as aws:PrincipalOrgID
    // names it; empty without an organization or for an account not here.
    QString organizationIdOf(const QString& accountId) const;

    // The organization's structure (AWS Organizations): the root (its id
    // derived from the management account, OrganizationIds::rootId), the
    // organizational units under it, each account's parent (the root unless
    // moved), and the service / resource control policies attached to the
    // root, OUs and accounts. Errors are the Organizations API's:
    // ParentNotFoundException, OrganizationalUnitNotFoundException,
    // AccountNotFoundException, DuplicateOrganizationalUnitException,
    // OrganizationalUnitNotEmptyException, SourceParentNotFoundException,
    // DestinationParentNotFoundException, DuplicateAccountException,
    // PolicyNotFoundException, DuplicatePolicyException,
    // TargetNotFoundException, DuplicatePolicyAttachmentException,
    // PolicyNotAttachedException, PolicyInUseException,
    // MalformedPolicyDocumentException and ConstraintViolationException (OU
    // depth beyond 5, the last SCP of a target, content beyond 5,120
    // characters, AWS-managed policies). Every mutator emits accountsChanged.
    // An organization needs its management account: without one,
    // AWSOrganizationsNotInUseException.
    QString organizationRootId() const; // empty without a management account
    // The OU's parent ("r-..." or "ou-...") and name; a new OU gets AWS's
    // default policies (FullAWSAccess, RCPFullAWSAccess), as AWS attaches them.
    // ouId: empty for a fresh one (freshOrganizationalUnitId()).
    Result<OrganizationalUnit> createOrganizationalUnit(const QString& parentId,
                                                        const QString& name,
                                                        const QString& ouId = {});
    QString freshOrganizationalUnitId() const; // empty without a management account
    Result<OrganizationalUnit> renameOrganizationalUnit(const QString& ouId, const QString& name);
    // OrganizationalUnitNotEmptyException while it holds accounts or OUs;
    // its policy attachments go with it.
    Result<void> deleteOrganizationalUnit(const QString& ouId);
    std::optional<OrganizationalUnit> organizationalUnit(const QString& ouId) const;
    // The OUs directly under parentId (root or OU), by name.
    QList<OrganizationalUnit> organizationalUnitsForParent(const QString& parentId) const;
    QList<OrganizationalUnit> organizationalUnits() const; // all, by name
    // The accounts directly under parentId, by id.
    QStringList accountsForParent(const QString& parentId) const;
    // The account's parent: an OU's id, or the root's. Empty for an unknown account.
    QString parentOf(const QString& accountId) const;
    // MoveAccount: sourceParentId must be the account's parent now.
    Result<void> moveAccount(const QString& accountId, const QString& sourceParentId,
                             const QString& destinationParentId);
    // The targets from the root down to targetId (root, OUs, the target
    // itself): the levels whose policies apply to it. Empty for an unknown target.
    QList<OrganizationTarget> targetPath(const QString& targetId) const;
    std::optional<OrganizationTarget> organizationTarget(const QString& targetId) const;

    // Organization policies. id and arn are assigned; content is checked by
    // OrganizationPolicyFields. AWS-managed ones cannot be changed or deleted.
    // policyId: empty for a fresh one (freshOrganizationPolicyId()).
    Result<OrganizationPolicy> createOrganizationPolicy(const QString& name,
                                                        const QString& description,
                                                        OrganizationPolicy::Type type,
                                                        const QString& content,
                                                        const QString& policyId = {});
    QString freshOrganizationPolicyId() const;
    // Changes what is given (a null QString leaves the field as it is).
    Result<OrganizationPolicy> updateOrganizationPolicy(const QString& policyId,
                                                        const QString& name,
                                                        const QString& description,
                                                        const QString& content);
    // PolicyInUseException while attached.
    Result<void> deleteOrganizationPolicy(const QString& policyId);
    std::optional<OrganizationPolicy> organizationPolicy(const QString& policyId) const;
    // Of one type, AWS-managed first, then by name.
    QList<OrganizationPolicy> organizationPolicies(OrganizationPolicy::Type type) const;
    Result<void> attachOrganizationPolicy(const QString& policyId, const QString& targetId);
    // ConstraintViolationException when it is the target's last policy of its type.
    Result<void> detachOrganizationPolicy(const QString& policyId, const QString& targetId);
    // Attached directly to the target, of one type, by name.
    QList<OrganizationPolicy> policiesForTarget(const QString& targetId,
                                                OrganizationPolicy::Type type) const;
    QList<OrganizationTarget> targetsForPolicy(const QString& policyId) const;
    // Import (model/interop): an OU or a policy as AWS recorded it, its id kept.
    Result<OrganizationalUnit> importOrganizationalUnit(const OrganizationalUnit& unit);
    Result<OrganizationPolicy> importOrganizationPolicy(const OrganizationPolicy& policy);

    // Root users: one per account, signing in with an email address that is
    // unique in the directory (ignoring case). Creates or replaces the
    // account's root user; passwordHash must be a PasswordHasher hash.
    // NoSuchEntity for an unknown account, EntityAlreadyExists for an email
    // another account's root user has. Emits accountsChanged.
    Result<RootUser> setRootUser(const QString& accountId, const QString& email,
                                 const QString& passwordHash);
    // A new console password for the account's root user (NoSuchEntity without one).
    Result<void> setRootPassword(const QString& accountId, const QString& passwordHash);
    std::optional<RootUser> rootUser(const QString& accountId) const;
    // By email address, ignoring case and surrounding spaces.
    std::optional<RootUser> rootUserByEmail(const QString& email) const;
    // The root user's virtual MFA devices (serial arn:aws:iam::<acct>:mfa/<name>,
    // userName empty); their seeds live in the secret store like users' seeds.
    // removeMfaDevice, acceptMfaCodeStep and mfaDevice take their serials too.
    Result<MfaDeviceInfo>
    addRootMfaDevice(const QString& accountId,
                     const QString& deviceName = RootUser::defaultMfaDeviceName());
    QList<MfaDeviceInfo> rootMfaDevices(const QString& accountId) const;

    // Users
    Result<User> createUser(const QString& accountId, const QString& name,
                            const QString& path = QStringLiteral("/"), const TagList& tags = {});
    std::optional<User> user(const QString& accountId, const QString& name) const;
    std::optional<User> userById(const QString& userId) const;
    // Ordered by name, case-insensitively; limit < 0 means all.
    QList<User> users(const QString& accountId, int offset = 0, int limit = -1) const;
    int userCount(const QString& accountId) const;
    Result<User> renameUser(const QString& accountId, const QString& name, const QString& newName,
                            const QString& newPath = {});
    // DeleteConflict while the user has keys, MFA devices, policies, a login
    // profile or group memberships, as AWS does.
    Result<void> deleteUser(const QString& accountId, const QString& name);

    // Console password (login profile) and sign-in throttling. Creates or
    // replaces the profile; passwordHash must be a PasswordHasher hash.
    Result<void> setLoginProfile(const QString& accountId, const QString& userName,
                                 const QString& passwordHash, bool resetRequired = false);
    Result<void> deleteLoginProfile(const QString& accountId, const QString& userName);
    std::optional<LoginProfile> loginProfile(const QString& accountId,
                                             const QString& userName) const;
    // Previous password hashes of the user, newest first, at most count
    // (setLoginProfile appends the new hash).
    QStringList passwordHistory(const QString& accountId, const QString& userName, int count) const;

    // The account's password policy (validated); nullopt when none is set.
    Result<void> setPasswordPolicy(const QString& accountId, const PasswordPolicy& policy);
    std::optional<PasswordPolicy> passwordPolicy(const QString& accountId) const;
    // NoSuchEntity when the account has none.
    Result<void> deletePasswordPolicy(const QString& accountId);
    // The account's policy, or AWS's default when it sets none.
    PasswordPolicy effectivePasswordPolicy(const QString& accountId) const;
    // Whether password may become the user's new one: the effective policy
    // and its reuse prevention (PasswordPolicyViolation).
    Result<void> checkNewPassword(const QString& accountId, const QString& userName,
                                  const QString& password) const;
    // Failures are kept per (account as typed, user name as typed, lower case),
    // so unknown users are throttled the same way as known ones.
    Result<void> recordSignInFailure(const QString& account, const QString& userName);
    // Lockout decisions: a failed query is an error, never "no failures".
    Result<int> signInFailuresSince(const QString& account, const QString& userName,
                                    const QDateTime& since) const;
    Result<QDateTime> lastSignInFailure(const QString& account, const QString& userName) const;
    Result<void> clearSignInFailures(const QString& account, const QString& userName);

    // SAML identity providers (CreateSAMLProvider and friends). The metadata
    // is stored as given; whoever calls has parsed it (validUntil comes from
    // it). At most 100 per account (LimitExceeded); names unique per account
    // ignoring case; NoSuchEntity for an unknown ARN.
    Result<SamlProvider> createSamlProvider(const QString& accountId, const QString& name,
                                            const QString& metadataDocument,
                                            const QDateTime& validUntil);
    std::optional<SamlProvider> samlProvider(const QString& arn) const;
    // Ordered by name, case-insensitively.
    QList<SamlProvider> samlProviders(const QString& accountId) const;
    Result<int> samlProviderCount(const QString& accountId) const;
    Result<SamlProvider> updateSamlProvider(const QString& arn, const QString& metadataDocument,
                                            const QDateTime& validUntil);
    Result<void> deleteSamlProvider(const QString& arn);
    // Records that AssumeRoleWithSAML accepted the assertion, until it
    // expires: InvalidIdentityToken when it was accepted before (a replay).
    // Expired records are dropped on the way.
    Result<void> useSamlAssertion(const QString& providerArn, const QString& assertionId,
                                  const QDateTime& notOnOrAfter);

    // Groups
    Result<Group> createGroup(const QString& accountId, const QString& name,
                              const QString& path = QStringLiteral("/"));
    std::optional<Group> group(const QString& accountId, const QString& name) const;
    QList<Group> groups(const QString& accountId, int offset = 0, int limit = -1) const;
    int groupCount(const QString& accountId) const;
    Result<Group> renameGroup(const QString& accountId, const QString& name, const QString& newName,
                              const QString& newPath = {});
    // DeleteConflict while the group has members or policies.
    Result<void> deleteGroup(const QString& accountId, const QString& name);

    // Memberships (at most 10 groups per user: LimitExceeded)
    Result<void> addUserToGroup(const QString& accountId, const QString& groupName,
                                const QString& userName);
    // NoSuchEntity when the user is not a member.
    Result<void> removeUserFromGroup(const QString& accountId, const QString& groupName,
                                     const QString& userName);
    QList<Group> groupsForUser(const QString& accountId, const QString& userName) const;
    QList<User> usersInGroup(const QString& accountId, const QString& groupName) const;

    // Roles
    // name, path, trustPolicy, description, maxSessionDuration, tags (and
    // permissionsBoundaryArn); returns the role with its id and creation date.
    Result<Role> createRole(const Role& role);
    std::optional<Role> role(const QString& accountId, const QString& name) const;
    std::optional<Role> roleByArn(const QString& arn) const;
    QList<Role> roles(const QString& accountId, int offset = 0, int limit = -1) const;
    int roleCount(const QString& accountId) const;
    Result<Role> updateRole(const QString& accountId, const QString& name,
                            const QString& description, int maxSessionDuration);
    Result<Role> updateAssumeRolePolicy(const QString& accountId, const QString& name,
                                        const QString& trustPolicy);
    // DeleteConflict while policies are attached or inline policies exist.
    Result<void> deleteRole(const QString& accountId, const QString& name);

    // Managed policies. AWS-managed ones (account "aws") are read-only: UnmodifiableEntity.
    Result<ManagedPolicy> createPolicy(const QString& accountId, const QString& name,
                                       const QString& document,
                                       const QString& path = QStringLiteral("/"),
                                       const QString& description = {});
    std::optional<ManagedPolicy> policy(const QString& policyArn) const;
    // Customer-managed policies of the account, by name.
    QList<ManagedPolicy> policies(const QString& accountId, int offset = 0, int limit = -1) const;
    int policyCount(const QString& accountId) const;
    QList<ManagedPolicy> awsManagedPolicies() const;
    // DeleteConflict while attached.
    Result<void> deletePolicy(const QString& policyArn);
    // Newest version first.
    QList<PolicyVersion> policyVersions(const QString& policyArn) const;
    std::optional<PolicyVersion> defaultPolicyVersion(const QString& policyArn) const;
    // LimitExceeded beyond 5 versions.
    Result<PolicyVersion> createPolicyVersion(const QString& policyArn, const QString& document,
                                              bool setAsDefault);
    Result<void> setDefaultPolicyVersion(const QString& policyArn, const QString& versionId);
    // DeleteConflict for the default version.
    Result<void> deletePolicyVersion(const QString& policyArn, const QString& versionId);

    // For quota decisions (a failed query is an error, never zero): the
    // account's users, groups, roles or customer managed policies.
    Result<int> entityCount(EntityKind kind, const QString& accountId) const;
    // Quotas an account may raise through Service Quotas: managed policies
    // per user ("PoliciesPerUser") and per role ("PoliciesPerRole"), 10 by
    // default, at most 20. The account's value; InvalidInput for another quota.
    Result<int> accountQuota(const QString& accountId, const QString& quota) const;
    // InvalidInput for another quota or a value outside 10..20 (lowering
    // below what is attached is allowed, as AWS then refuses new attachments);
    // NoSuchEntity for an unknown account. Emits accountsChanged.
    Result<void> setAccountQuota(const QString& accountId, const QString& quota, int value);

    // Attachments of managed policies to users, groups and roles (at most 10
    // each; users and roles as their account's quota allows).
    Result<void> attachPolicy(EntityKind kind, const QString& accountId, const QString& name,
                              const QString& policyArn);
    Result<void> detachPolicy(EntityKind kind, const QString& accountId, const QString& name,
                              const QString& policyArn);
    QList<ManagedPolicy> attachedPolicies(EntityKind kind, const QString& accountId,
                                          const QString& name) const;
    struct EntityRef
    {
        EntityKind kind;
        QString accountId;
        QString name;
        bool operator==(const EntityRef&) const = default;
    };
    QList<EntityRef> policyAttachments(const QString& policyArn) const;

    // Inline policies (per user, group, role), with the size limits of spec §2.
    Result<void> putInlinePolicy(EntityKind kind, const QString& accountId, const QString& name,
                                 const InlinePolicy& policy);
    Result<void> deleteInlinePolicy(EntityKind kind, const QString& accountId, const QString& name,
                                    const QString& policyName);
    QList<InlinePolicy> inlinePolicies(EntityKind kind, const QString& accountId,
                                       const QString& name) const;

    // Permissions boundary (users and roles; empty arn removes it). A policy
    // in use as a boundary cannot be deleted either.
    Result<void> setPermissionsBoundary(EntityKind kind, const QString& accountId,
                                        const QString& name, const QString& policyArn);

    // Tags (users and roles)
    Result<void> tagEntity(EntityKind kind, const QString& accountId, const QString& name,
                           const TagList& tags);
    Result<void> untagEntity(EntityKind kind, const QString& accountId, const QString& name,
                             const QStringList& keys);

    // Access key metadata (never the secret); at most 2 per user.
    Result<AccessKeyInfo> addAccessKey(const QString& accountId, const QString& userName,
                                       const QString& accessKeyId);
    QList<AccessKeyInfo> accessKeys(const QString& accountId, const QString& userName) const;
    std::optional<AccessKeyInfo> accessKey(const QString& accessKeyId) const;
    Result<void> setAccessKeyActive(const QString& accessKeyId, bool active);
    Result<void> recordAccessKeyUse(const QString& accessKeyId, const QString& service);
    Result<void> deleteAccessKey(const QString& accessKeyId);

    // Virtual MFA devices (metadata; seeds live in the secret store); at most 8 per user.
    Result<MfaDeviceInfo> addMfaDevice(const QString& accountId, const QString& userName,
                                       const QString& deviceName);
    QList<MfaDeviceInfo> mfaDevices(const QString& accountId, const QString& userName) const;
    Result<void> removeMfaDevice(const QString& serialNumber);

    // A TOTP code's time step, accepted once per device: refused
    // (AccessDenied) unless newer than the last step accepted, so a code
    // cannot be used twice. NoSuchEntity for an unknown device.
    Result<void> acceptMfaCodeStep(const QString& serialNumber, quint64 step);
    std::optional<MfaDeviceInfo> mfaDevice(const QString& serialNumber) const;

    // Temporary sessions STS issued (metadata only; see TemporarySession).
    Result<void> addTemporarySession(const TemporarySession& session);
    std::optional<TemporarySession> temporarySession(const QString& accessKeyId) const;
    // Newest first. openAt: only sessions not ended and not expired at that time.
    QList<TemporarySession> temporarySessions(const QDateTime& openAt = {}) const;
    // The console's open role session of a user, if any (newest).
    std::optional<TemporarySession> openConsoleSession(const QString& userArn,
                                                       const QDateTime& now) const;
    // Notes that the console opened the session for userArn, with the banner's
    // display name and color, so the console can resume it after a restart.
    Result<void> markConsoleSession(const QString& accessKeyId, const QString& userArn,
                                    const QString& displayName, const QString& color);
    // The end reason of the sessions of a user or role deleted while they were
    // open (deleteUser, deleteRole end them in the same transaction).
    static QString principalDeletedReason() { return QStringLiteral("PrincipalDeleted"); }
    // Marks a session ended (idempotent: an ended session keeps its first end).
    Result<void> endTemporarySession(const QString& accessKeyId, const QString& reason,
                                     const QDateTime& endedAt = {});

    // Role history per user ARN: the last 5 distinct roles (account + role
    // name, ignoring case), newest first. NoSuchEntity for an unknown user.
    Result<void> recordRoleHistory(const RoleHistoryEntry& entry);
    QList<RoleHistoryEntry> roleHistory(const QString& userArn) const;

    // Saved roles per user ARN (the user's own, like the role history), in
    // the order saved. Unique by profile name (case-sensitive, as in
    // ~/.aws/config): saving a profile again replaces it. NoSuchEntity for an
    // unknown user.
    Result<void> saveRoleBookmark(const RoleBookmark& bookmark);
    QList<RoleBookmark> roleBookmarks(const QString& userArn) const;
    // NoSuchEntity when the user has no saved role of that profile name.
    Result<void> removeRoleBookmark(const QString& userArn, const QString& profileName);

    // The audit trail: append-only, each event chained to the previous by SHA-256.
    Result<AuditEvent> appendAuditEvent(const AuditEvent& event);
    // Oldest first, by sequence.
    QList<AuditEvent> auditEvents(int offset = 0, int limit = -1) const;
    int auditEventCount() const;
    // The events of one action ("AuditCheckpoint"), oldest first.
    QList<AuditEvent> auditEventsOf(const QString& action) const;
    // Recomputes the chain: the sequence of the first event whose link or hash
    // does not verify (or the first missing sequence), nullopt when intact.
    std::optional<qint64> verifyAuditChain() const;

    // Import (model/interop): entities as AWS recorded them. Unique ids,
    // creation dates and policy version ids are kept; an id that is empty or
    // already taken in the directory gets a new one (the returned entity
    // tells). Policy documents must parse, but the size and count quotas are
    // not applied: AWS lets accounts raise them, and the file is what AWS
    // accepted. Boundaries and attachments need the policy to exist.
    Result<User> importUser(const User& user);
    Result<Group> importGroup(const Group& group);
    Result<Role> importRole(const Role& role);
    // versions: ids "vN", dates and exactly one default. Account "aws" is allowed.
    Result<ManagedPolicy> importPolicy(const ManagedPolicy& policy,
                                       const QList<PolicyVersion>& versions);
    Result<void> importMembership(const QString& accountId, const QString& groupName,
                                  const QString& userName);
    Result<void> importAttachment(EntityKind kind, const QString& accountId, const QString& name,
                                  const QString& policyArn);
    Result<void> importInlinePolicy(EntityKind kind, const QString& accountId, const QString& name,
                                    const InlinePolicy& policy);
    // Removes the account's users, groups, roles and customer managed policies
    // with everything tied to them, for an import that replaces the account.
    // DeleteConflict while a user has access keys or MFA devices: their
    // secrets live outside the directory and would be orphaned. keptRoles
    // (names) stay, with what ties them to AWS managed policies.
    Result<void> clearAccount(const QString& accountId, const QStringList& keptRoles = {});

Q_SIGNALS:
    void entityAdded(EntityKind kind, const QString& accountId, const QString& name);
    void entityRemoved(EntityKind kind, const QString& accountId, const QString& name);
    // Anything of the entity changed (tags, path, description, policies, keys...).
    void entityChanged(EntityKind kind, const QString& accountId, const QString& name);
    void entityRenamed(EntityKind kind, const QString& accountId, const QString& oldName,
                       const QString& newName);
    void membershipAdded(const QString& accountId, const QString& groupName,
                         const QString& userName);
    void membershipRemoved(const QString& accountId, const QString& groupName,
                           const QString& userName);
    // policyArn was attached to or detached from the entity (the one signal
    // for both sides: the entity's policies and the policy's attachment count).
    void attachmentsChanged(const QString& policyArn, EntityKind kind, const QString& accountId,
                            const QString& name);
    void accountsChanged();
    void passwordPolicyChanged(const QString& accountId);
    // A SAML provider of the account was created, updated or deleted.
    void samlProvidersChanged(const QString& accountId);
    void auditEventAppended(const AuditEvent& event);
    void temporarySessionsChanged();
    void roleBookmarksChanged(const QString& userArn);
    // Too much changed to tell one by one (an import): views reload.
    void directoryReset();

private:
    explicit Directory(QObject* parent = nullptr);
    class Private;
    std::unique_ptr<Private> d;
};
