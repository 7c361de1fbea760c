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
    static ConsoleAction listAttachedRolePolicies(const QString& roleArn);

    static ConsoleAction getPolicy(const QString& policyArn);
    static ConsoleAction getPolicyVersion(const QString& policyArn);
    static ConsoleAction listPolicyVersions(const QString& policyArn);
    static ConsoleAction listEntitiesForPolicy(const QString& policyArn);

    static ConsoleAction simulatePrincipalPolicy(const QString& principalArn);

    // The list call behind a category of the navigator.
    static ConsoleAction list(EntityKind kind, const QString& accountId);
    // What an entry's relations need: a user's groups, a group's members, a
    // role's trust policy, a policy's attachments.
    static ConsoleAction readRelations(EntityKind kind, const QString& arn);
};
