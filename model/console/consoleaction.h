#pragma once

#include "iam/entitykind.h"

#include <QString>

// What a console screen or button asks of IAM: an action on a resource ARN,
// as AWS's console asks it (the users list is iam:ListUsers on
// arn:aws:iam::<acct>:user/, opening a user iam:GetUser on its ARN, ...).
struct ConsoleAction
{
    QString action;
    QString resource;

    static ConsoleAction listUsers(const QString& accountId);
    static ConsoleAction listGroups(const QString& accountId);
    static ConsoleAction listRoles(const QString& accountId);
    static ConsoleAction listPolicies(const QString& accountId);
    static ConsoleAction getAccountSummary(const QString& accountId);

    static ConsoleAction getUser(const QString& userArn);
    static ConsoleAction listGroupsForUser(const QString& userArn);
    static ConsoleAction listAttachedUserPolicies(const QString& userArn);
    static ConsoleAction listAccessKeys(const QString& userArn);
    static ConsoleAction listMfaDevices(const QString& userArn);
    // The user's access keys: create, activate / deactivate, delete.
    static ConsoleAction createAccessKey(const QString& userArn);
    static ConsoleAction updateAccessKey(const QString& userArn);
    static ConsoleAction deleteAccessKey(const QString& userArn);
    // Assigning a virtual MFA device takes both; removing it, the third.
    static ConsoleAction createVirtualMfaDevice(const QString& userArn);
    static ConsoleAction enableMfaDevice(const QString& userArn);
    static ConsoleAction deactivateMfaDevice(const QString& userArn);

    static ConsoleAction getGroup(const QString& groupArn); // also lists its members
    static ConsoleAction listAttachedGroupPolicies(const QString& groupArn);

    static ConsoleAction getRole(const QString& roleArn); // also shows the trust policy
    // Handing a role to an AWS service (an instance, a function) that assumes it.
    static ConsoleAction passRole(const QString& roleArn);
    static ConsoleAction listAttachedRolePolicies(const QString& roleArn);

    static ConsoleAction getPolicy(const QString& policyArn);
    static ConsoleAction getPolicyVersion(const QString& policyArn);
    static ConsoleAction listPolicyVersions(const QString& policyArn);
    static ConsoleAction listEntitiesForPolicy(const QString& policyArn);

    static ConsoleAction simulatePrincipalPolicy(const QString& principalArn);

    // Administration (issue 6): the write actions, on the entity's ARN.
    static ConsoleAction createUser(const QString& userArn);
    static ConsoleAction updateUser(const QString& userArn); // rename / move: also the new ARN
    static ConsoleAction deleteUser(const QString& userArn);
    static ConsoleAction createLoginProfile(const QString& userArn);
    static ConsoleAction updateLoginProfile(const QString& userArn);
    static ConsoleAction deleteLoginProfile(const QString& userArn);
    static ConsoleAction getLoginProfile(const QString& userArn);
    static ConsoleAction getAccessKeyLastUsed(const QString& userArn);
    static ConsoleAction createGroup(const QString& groupArn);
    static ConsoleAction updateGroup(const QString& groupArn);
    static ConsoleAction deleteGroup(const QString& groupArn);
    static ConsoleAction addUserToGroup(const QString& groupArn);
    static ConsoleAction removeUserFromGroup(const QString& groupArn);
    static ConsoleAction createRole(const QString& roleArn);
    static ConsoleAction updateRole(const QString& roleArn);
    static ConsoleAction updateAssumeRolePolicy(const QString& roleArn);
    static ConsoleAction deleteRole(const QString& roleArn);
    static ConsoleAction createPolicy(const QString& policyArn);
    static ConsoleAction deletePolicy(const QString& policyArn);
    static ConsoleAction createPolicyVersion(const QString& policyArn);
    static ConsoleAction setDefaultPolicyVersion(const QString& policyArn);
    static ConsoleAction deletePolicyVersion(const QString& policyArn);
    // Per entity kind (users, groups, roles): iam:Put{User,Group,Role}Policy...
    static ConsoleAction putInlinePolicy(EntityKind kind, const QString& arn);
    static ConsoleAction deleteInlinePolicy(EntityKind kind, const QString& arn);
    static ConsoleAction attachPolicy(EntityKind kind, const QString& arn);
    static ConsoleAction detachPolicy(EntityKind kind, const QString& arn);
    // Users and roles only.
    static ConsoleAction putPermissionsBoundary(EntityKind kind, const QString& arn);
    static ConsoleAction deletePermissionsBoundary(EntityKind kind, const QString& arn);
    static ConsoleAction tag(EntityKind kind, const QString& arn);
    static ConsoleAction untag(EntityKind kind, const QString& arn);
    // Reads per entity kind: iam:List{User,Role}Tags, iam:Get{User,Group,Role}Policy,
    // iam:List{User,Group,Role}Policies, iam:ListAttached{User,Group,Role}Policies.
    static ConsoleAction listTags(EntityKind kind, const QString& arn);
    static ConsoleAction getInlinePolicy(EntityKind kind, const QString& arn);
    static ConsoleAction listInlinePolicies(EntityKind kind, const QString& arn);
    static ConsoleAction listAttachedPolicies(EntityKind kind, const QString& arn);
    // SAML identity providers, on the provider's ARN (listing has no resource).
    static ConsoleAction createSamlProvider(const QString& providerArn);
    static ConsoleAction updateSamlProvider(const QString& providerArn);
    static ConsoleAction deleteSamlProvider(const QString& providerArn);
    static ConsoleAction getSamlProvider(const QString& providerArn);
    static ConsoleAction listSamlProviders(const QString& accountId);
    // The account password policy has no resource-level permissions.
    static ConsoleAction updateAccountPasswordPolicy();
    // Raising one of the account's IAM quotas (Service Quotas).
    static ConsoleAction requestServiceQuotaIncrease(const QString& accountId);
    static ConsoleAction deleteAccountPasswordPolicy();

    // Account-wide reads without resource-level permissions.
    static ConsoleAction getAccountPasswordPolicy();
    static ConsoleAction listAccountAliases();
    static ConsoleAction getAccountAuthorizationDetails();
    // The same for one account's details, as the headless export and audit
    // queries ask it: AWS's resource is "*"; the account's IAM resources
    // (arn:aws:iam::ACCOUNT:*) stand for it, so that a caller of another
    // account is judged as cross-account, like ListSAMLProviders.
    static ConsoleAction getAccountAuthorizationDetails(const QString& accountId);
    static ConsoleAction simulateCustomPolicy();
    // Reading the audit trail, as CloudTrail's event history (no resource-level permissions).
    static ConsoleAction lookupEvents();

    // AWS Organizations: the directory is one organization. CreateAccount,
    // ListAccounts and DescribeOrganization have no resource-level permissions
    // (resource "*"); DescribeAccount is on the account's organizations ARN.
    // CloseAccount takes a member account out again (undoing CreateAccount).
    static ConsoleAction createAccount();
    static ConsoleAction closeAccount(const QString& organizationAccountArn);
    static ConsoleAction listAccounts();
    static ConsoleAction describeAccount(const QString& organizationAccountArn);
    static ConsoleAction describeOrganization();
    // Any other organizations: action (CreateOrganizationalUnit, AttachPolicy,
    // ListPoliciesForTarget, ...) on the root, OU, account or policy ARN it
    // acts on, or "*" for those without resource-level permissions.
    static ConsoleAction organizationsAction(const QString& action, const QString& resource);

    // The action that takes this one back (iam:CreateUser -> iam:DeleteUser,
    // iam:AttachRolePolicy -> iam:DetachRolePolicy, ...), on the same
    // resource: what undoing an edit made of this action takes. An action
    // that is its own inverse (iam:UpdateRole) is returned as it is.
    ConsoleAction inverse() const;

    bool operator==(const ConsoleAction&) const = default;

    // The list call behind a category of the navigator.
    static ConsoleAction list(EntityKind kind, const QString& accountId);
    // What an entry's relations need: a user's groups, a group's members, a
    // role's trust policy, a policy's attachments.
    static ConsoleAction readRelations(EntityKind kind, const QString& arn);
};
