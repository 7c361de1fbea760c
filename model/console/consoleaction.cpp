#include "console/consoleaction.h"

#include <QList>
#include <QRegularExpression>

#include <utility>

namespace {
// The resource of a List* call: the account's ARN prefix for that type.
QString listResource(const QString& accountId, const char* type)
{
    return QStringLiteral("arn:aws:iam::") + accountId + QLatin1Char(':') + QLatin1String(type) +
           QLatin1Char('/');
}

ConsoleAction iam(const char* action, const QString& resource)
{
    return {QStringLiteral("iam:") + QLatin1String(action), resource};
}

// "User", "Group" or "Role", as the per-kind action names spell it.
QString kindWord(EntityKind kind)
{
    switch (kind) {
    case EntityKind::User:
        return QStringLiteral("User");
    case EntityKind::Group:
        return QStringLiteral("Group");
    case EntityKind::Role:
        return QStringLiteral("Role");
    case EntityKind::Policy:
        return QStringLiteral("Policy");
    }
    return {};
}

// iam:<verb><Kind><noun>, e.g. iam:AttachRolePolicy.
ConsoleAction perKind(const char* verb, EntityKind kind, const char* noun, const QString& resource)
{
    return {QStringLiteral("iam:") + QLatin1String(verb) + kindWord(kind) + QLatin1String(noun),
            resource};
}
} // namespace

ConsoleAction ConsoleAction::listUsers(const QString& accountId)
{
    return iam("ListUsers", listResource(accountId, "user"));
}

ConsoleAction ConsoleAction::listGroups(const QString& accountId)
{
    return iam("ListGroups", listResource(accountId, "group"));
}

ConsoleAction ConsoleAction::listRoles(const QString& accountId)
{
    return iam("ListRoles", listResource(accountId, "role"));
}

ConsoleAction ConsoleAction::listPolicies(const QString& accountId)
{
    return iam("ListPolicies", listResource(accountId, "policy"));
}

ConsoleAction ConsoleAction::getAccountSummary(const QString&)
{
    // GetAccountSummary has no resource-level permissions.
    return iam("GetAccountSummary", QStringLiteral("*"));
}

ConsoleAction ConsoleAction::getUser(const QString& userArn)
{
    return iam("GetUser", userArn);
}

ConsoleAction ConsoleAction::listGroupsForUser(const QString& userArn)
{
    return iam("ListGroupsForUser", userArn);
}

ConsoleAction ConsoleAction::listAttachedUserPolicies(const QString& userArn)
{
    return iam("ListAttachedUserPolicies", userArn);
}

ConsoleAction ConsoleAction::listAccessKeys(const QString& userArn)
{
    return iam("ListAccessKeys", userArn);
}

ConsoleAction ConsoleAction::listMfaDevices(const QString& userArn)
{
    return iam("ListMFADevices", userArn);
}

ConsoleAction ConsoleAction::createAccessKey(const QString& userArn)
{
    return iam("CreateAccessKey", userArn);
}

ConsoleAction ConsoleAction::updateAccessKey(const QString& userArn)
{
    return iam("UpdateAccessKey", userArn);
}

ConsoleAction ConsoleAction::deleteAccessKey(const QString& userArn)
{
    return iam("DeleteAccessKey", userArn);
}

ConsoleAction ConsoleAction::createVirtualMfaDevice(const QString& userArn)
{
    return iam("CreateVirtualMFADevice", userArn);
}

ConsoleAction ConsoleAction::enableMfaDevice(const QString& userArn)
{
    return iam("EnableMFADevice", userArn);
}

ConsoleAction ConsoleAction::deactivateMfaDevice(const QString& userArn)
{
    return iam("DeactivateMFADevice", userArn);
}

ConsoleAction ConsoleAction::getGroup(const QString& groupArn)
{
    return iam("GetGroup", groupArn);
}

ConsoleAction ConsoleAction::listAttachedGroupPolicies(const QString& groupArn)
{
    return iam("ListAttachedGroupPolicies", groupArn);
}

ConsoleAction ConsoleAction::getRole(const QString& roleArn)
{
    return iam("GetRole", roleArn);
}

ConsoleAction ConsoleAction::passRole(const QString& roleArn)
{
    return iam("PassRole", roleArn);
}

ConsoleAction ConsoleAction::listAttachedRolePolicies(const QString& roleArn)
{
    return iam("ListAttachedRolePolicies", roleArn);
}

ConsoleAction ConsoleAction::getPolicy(const QString& policyArn)
{
    return iam("GetPolicy", policyArn);
}

ConsoleAction ConsoleAction::getPolicyVersion(const QString& policyArn)
{
    return iam("GetPolicyVersion", policyArn);
}

ConsoleAction ConsoleAction::listPolicyVersions(const QString& policyArn)
{
    return iam("ListPolicyVersions", policyArn);
}

ConsoleAction ConsoleAction::listEntitiesForPolicy(const QString& policyArn)
{
    return iam("ListEntitiesForPolicy", policyArn);
}

ConsoleAction ConsoleAction::simulatePrincipalPolicy(const QString& principalArn)
{
    return iam("SimulatePrincipalPolicy", principalArn);
}

ConsoleAction ConsoleAction::createUser(const QString& userArn)
{
    return iam("CreateUser", userArn);
}

ConsoleAction ConsoleAction::updateUser(const QString& userArn)
{
    return iam("UpdateUser", userArn);
}

ConsoleAction ConsoleAction::deleteUser(const QString& userArn)
{
    return iam("DeleteUser", userArn);
}

ConsoleAction ConsoleAction::createLoginProfile(const QString& userArn)
{
    return iam("CreateLoginProfile", userArn);
}

ConsoleAction ConsoleAction::updateLoginProfile(const QString& userArn)
{
    return iam("UpdateLoginProfile", userArn);
}

ConsoleAction ConsoleAction::deleteLoginProfile(const QString& userArn)
{
    return iam("DeleteLoginProfile", userArn);
}

ConsoleAction ConsoleAction::getLoginProfile(const QString& userArn)
{
    return iam("GetLoginProfile", userArn);
}

ConsoleAction ConsoleAction::getAccessKeyLastUsed(const QString& userArn)
{
    return iam("GetAccessKeyLastUsed", userArn);
}

ConsoleAction ConsoleAction::createGroup(const QString& groupArn)
{
    return iam("CreateGroup", groupArn);
}

ConsoleAction ConsoleAction::updateGroup(const QString& groupArn)
{
    return iam("UpdateGroup", groupArn);
}

ConsoleAction ConsoleAction::deleteGroup(const QString& groupArn)
{
    return iam("DeleteGroup", groupArn);
}

ConsoleAction ConsoleAction::addUserToGroup(const QString& groupArn)
{
    return iam("AddUserToGroup", groupArn);
}

ConsoleAction ConsoleAction::removeUserFromGroup(const QString& groupArn)
{
    return iam("RemoveUserFromGroup", groupArn);
}

ConsoleAction ConsoleAction::createRole(const QString& roleArn)
{
    return iam("CreateRole", roleArn);
}

ConsoleAction ConsoleAction::updateRole(const QString& roleArn)
{
    return iam("UpdateRole", roleArn);
}

ConsoleAction ConsoleAction::updateAssumeRolePolicy(const QString& roleArn)
{
    return iam("UpdateAssumeRolePolicy", roleArn);
}

ConsoleAction ConsoleAction::deleteRole(const QString& roleArn)
{
    return iam("DeleteRole", roleArn);
}

ConsoleAction ConsoleAction::createPolicy(const QString& policyArn)
{
    return iam("CreatePolicy", policyArn);
}

ConsoleAction ConsoleAction::deletePolicy(const QString& policyArn)
{
    return iam("DeletePolicy", policyArn);
}

ConsoleAction ConsoleAction::createPolicyVersion(const QString& policyArn)
{
    return iam("CreatePolicyVersion", policyArn);
}

ConsoleAction ConsoleAction::setDefaultPolicyVersion(const QString& policyArn)
{
    return iam("SetDefaultPolicyVersion", policyArn);
}

ConsoleAction ConsoleAction::deletePolicyVersion(const QString& policyArn)
{
    return iam("DeletePolicyVersion", policyArn);
}

ConsoleAction ConsoleAction::putInlinePolicy(EntityKind kind, const QString& arn)
{
    return perKind("Put", kind, "Policy", arn);
}

ConsoleAction ConsoleAction::deleteInlinePolicy(EntityKind kind, const QString& arn)
{
    return perKind("Delete", kind, "Policy", arn);
}

ConsoleAction ConsoleAction::attachPolicy(EntityKind kind, const QString& arn)
{
    return perKind("Attach", kind, "Policy", arn);
}

ConsoleAction ConsoleAction::detachPolicy(EntityKind kind, const QString& arn)
{
    return perKind("Detach", kind, "Policy", arn);
}

ConsoleAction ConsoleAction::putPermissionsBoundary(EntityKind kind, const QString& arn)
{
    return perKind("Put", kind, "PermissionsBoundary", arn);
}

ConsoleAction ConsoleAction::deletePermissionsBoundary(EntityKind kind, const QString& arn)
{
    return perKind("Delete", kind, "PermissionsBoundary", arn);
}

ConsoleAction ConsoleAction::tag(EntityKind kind, const QString& arn)
{
    return perKind("Tag", kind, "", arn);
}

ConsoleAction ConsoleAction::untag(EntityKind kind, const QString& arn)
{
    return perKind("Untag", kind, "", arn);
}

ConsoleAction ConsoleAction::listTags(EntityKind kind, const QString& arn)
{
    return perKind("List", kind, "Tags", arn);
}

ConsoleAction ConsoleAction::getInlinePolicy(EntityKind kind, const QString& arn)
{
    return perKind("Get", kind, "Policy", arn);
}

ConsoleAction ConsoleAction::listInlinePolicies(EntityKind kind, const QString& arn)
{
    return perKind("List", kind, "Policies", arn);
}

ConsoleAction ConsoleAction::listAttachedPolicies(EntityKind kind, const QString& arn)
{
    return perKind("ListAttached", kind, "Policies", arn);
}

ConsoleAction ConsoleAction::updateAccountPasswordPolicy()
{
    return iam("UpdateAccountPasswordPolicy", QStringLiteral("*"));
}

ConsoleAction ConsoleAction::requestServiceQuotaIncrease(const QString& accountId)
{
    // Service Quotas names a quota arn:aws:servicequotas:<region>:<account>:iam/<code>.
    return {QStringLiteral("servicequotas:RequestServiceQuotaIncrease"),
            QStringLiteral("arn:aws:servicequotas:*:%1:iam/*").arg(accountId)};
}

ConsoleAction ConsoleAction::deleteAccountPasswordPolicy()
{
    return iam("DeleteAccountPasswordPolicy", QStringLiteral("*"));
}

ConsoleAction ConsoleAction::createSamlProvider(const QString& providerArn)
{
    return iam("CreateSAMLProvider", providerArn);
}

ConsoleAction ConsoleAction::updateSamlProvider(const QString& providerArn)
{
    return iam("UpdateSAMLProvider", providerArn);
}

ConsoleAction ConsoleAction::deleteSamlProvider(const QString& providerArn)
{
    return iam("DeleteSAMLProvider", providerArn);
}

ConsoleAction ConsoleAction::getSamlProvider(const QString& providerArn)
{
    return iam("GetSAMLProvider", providerArn);
}

ConsoleAction ConsoleAction::listSamlProviders(const QString& accountId)
{
    // AWS's resource is "*"; the account's providers stand for it, so that a
    // caller of another account is judged as cross-account, like the lists.
    return iam("ListSAMLProviders", listResource(accountId, "saml-provider"));
}

ConsoleAction ConsoleAction::getAccountPasswordPolicy()
{
    return iam("GetAccountPasswordPolicy", QStringLiteral("*"));
}

ConsoleAction ConsoleAction::listAccountAliases()
{
    return iam("ListAccountAliases", QStringLiteral("*"));
}

ConsoleAction ConsoleAction::getAccountAuthorizationDetails()
{
    return iam("GetAccountAuthorizationDetails", QStringLiteral("*"));
}

ConsoleAction ConsoleAction::getAccountAuthorizationDetails(const QString& accountId)
{
    return iam("GetAccountAuthorizationDetails",
               QStringLiteral("arn:aws:iam::") + accountId + QStringLiteral(":*"));
}

ConsoleAction ConsoleAction::simulateCustomPolicy()
{
    return iam("SimulateCustomPolicy", QStringLiteral("*"));
}

ConsoleAction ConsoleAction::lookupEvents()
{
    return {QStringLiteral("cloudtrail:LookupEvents"), QStringLiteral("*")};
}

namespace {
ConsoleAction organizations(const char* action, const QString& resource)
{
    return {QStringLiteral("organizations:") + QLatin1String(action), resource};
}
} // namespace

ConsoleAction ConsoleAction::createAccount()
{
    return organizations("CreateAccount", QStringLiteral("*"));
}

ConsoleAction ConsoleAction::closeAccount(const QString& organizationAccountArn)
{
    return organizations("CloseAccount", organizationAccountArn);
}

ConsoleAction ConsoleAction::listAccounts()
{
    return organizations("ListAccounts", QStringLiteral("*"));
}

ConsoleAction ConsoleAction::describeAccount(const QString& organizationAccountArn)
{
    return organizations("DescribeAccount", organizationAccountArn);
}

ConsoleAction ConsoleAction::describeOrganization()
{
    return organizations("DescribeOrganization", QStringLiteral("*"));
}

ConsoleAction ConsoleAction::organizationsAction(const QString& action, const QString& resource)
{
    return {QStringLiteral("organizations:") + action, resource};
}

ConsoleAction ConsoleAction::inverse() const
{
    // Inline policies and boundaries are put, not created: their delete goes back to Put.
    static const QRegularExpression putBack(
        QStringLiteral("^iam:Delete((User|Group|Role)Policy|(User|Role)PermissionsBoundary)$"));
    if (const auto match = putBack.match(action); match.hasMatch())
        return {QStringLiteral("iam:Put") + match.captured(1), resource};
    // Verb pairs, first match wins ("AddUserToGroup" is not "Add" + anything else).
    static const QList<std::pair<QString, QString>> pairs = {
        {QStringLiteral("iam:AddUserToGroup"), QStringLiteral("iam:RemoveUserFromGroup")},
        {QStringLiteral("organizations:CreateAccount"),
         QStringLiteral("organizations:CloseAccount")},
        {QStringLiteral("iam:Create"), QStringLiteral("iam:Delete")},
        {QStringLiteral("iam:Put"), QStringLiteral("iam:Delete")},
        {QStringLiteral("iam:Attach"), QStringLiteral("iam:Detach")},
        {QStringLiteral("iam:Tag"), QStringLiteral("iam:Untag")},
    };
    for (const auto& [forward, backward] : pairs) {
        if (action.startsWith(forward))
            return {backward + action.mid(forward.size()), resource};
        if (action.startsWith(backward))
            return {forward + action.mid(backward.size()), resource};
    }
    return *this;
}

ConsoleAction ConsoleAction::list(EntityKind kind, const QString& accountId)
{
    switch (kind) {
    case EntityKind::User:
        return listUsers(accountId);
    case EntityKind::Group:
        return listGroups(accountId);
    case EntityKind::Role:
        return listRoles(accountId);
    case EntityKind::Policy:
        return listPolicies(accountId);
    }
    return {};
}

ConsoleAction ConsoleAction::readRelations(EntityKind kind, const QString& arn)
{
    switch (kind) {
    case EntityKind::User:
        return listGroupsForUser(arn);
    case EntityKind::Group:
        return getGroup(arn);
    case EntityKind::Role:
        return getRole(arn);
    case EntityKind::Policy:
        return listEntitiesForPolicy(arn);
    }
    return {};
}
