#include "endpoint/iamaccountoperations.h"

#include "admin/directoryadmin.h"
#include "console/authorizer.h"
#include "console/consoleaction.h"
#include "console/consolesession.h"
#include "console/policysimulator.h"
#include "directory/directory.h"
#include "endpoint/iamoperations.h"
#include "endpoint/iampaging.h"
#include "endpoint/iamxml.h"
#include "endpoint/queryapi.h"
#include "interop/authzdetailsexporter.h"
#include "policy/policycache.h"
#include "sts/stsservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

Result<void> getAccountPasswordPolicy(const ApiCall& call, QueryXmlWriter& xml)
{
    if (auto allowed = IamOperations::authorize(call, ConsoleAction::getAccountPasswordPolicy());
        !allowed)
        return allowed;
    const auto policy = call.directory->passwordPolicy(call.accountId());
    if (!policy)
        return IamError::noSuchEntity(
            QStringLiteral("The Password Policy with domain name %1 cannot be found.")
                .arg(call.accountId()));
    xml.startElement(QStringLiteral("PasswordPolicy"));
    xml.number(QStringLiteral("MinimumPasswordLength"), policy->minimumLength);
    xml.boolean(QStringLiteral("RequireSymbols"), policy->requireSymbols);
    xml.boolean(QStringLiteral("RequireNumbers"), policy->requireNumbers);
    xml.boolean(QStringLiteral("RequireUppercaseCharacters"), policy->requireUppercase);
    xml.boolean(QStringLiteral("RequireLowercaseCharacters"), policy->requireLowercase);
    xml.boolean(QStringLiteral("AllowUsersToChangePassword"), policy->allowUsersToChangePassword);
    xml.boolean(QStringLiteral("ExpirePasswords"), policy->maxPasswordAgeDays > 0);
    if (policy->maxPasswordAgeDays > 0)
        xml.number(QStringLiteral("MaxPasswordAge"), policy->maxPasswordAgeDays);
    if (policy->passwordReusePrevention > 0)
        xml.number(QStringLiteral("PasswordReusePrevention"), policy->passwordReusePrevention);
    xml.boolean(QStringLiteral("HardExpiry"), policy->hardExpiry);
    xml.endElement();
    return {};
}

// What is not given takes AWS's value for an absent parameter, not the
// account's current one: UpdateAccountPasswordPolicy replaces the policy.
Result<void> updateAccountPasswordPolicy(const ApiCall& call, QueryXmlWriter&)
{
    const QueryParameters& p = call.parameters;
    PasswordPolicy policy;
    auto length = p.integer(QStringLiteral("MinimumPasswordLength"),
                            PasswordPolicy::MinimumLengthMin, PasswordPolicy::MinimumLengthMax);
    if (!length)
        return length.error();
    auto age = p.integer(QStringLiteral("MaxPasswordAge"), 1, PasswordPolicy::MaxPasswordAgeMax);
    if (!age)
        return age.error();
    auto reuse = p.integer(QStringLiteral("PasswordReusePrevention"), 1,
                           PasswordPolicy::PasswordReusePreventionMax);
    if (!reuse)
        return reuse.error();
    policy.minimumLength = length->value_or(PasswordPolicy::MinimumLengthMin);
    policy.maxPasswordAgeDays = age->value_or(0);
    policy.passwordReusePrevention = reuse->value_or(0);
    const std::pair<const char*, bool*> flags[] = {
        {"RequireSymbols", &policy.requireSymbols},
        {"RequireNumbers", &policy.requireNumbers},
        {"RequireUppercaseCharacters", &policy.requireUppercase},
        {"RequireLowercaseCharacters", &policy.requireLowercase},
        {"AllowUsersToChangePassword", &policy.allowUsersToChangePassword},
        {"HardExpiry", &policy.hardExpiry},
    };
    for (const auto& [name, field] : flags) {
        auto value = p.boolean(QLatin1String(name));
        if (!value)
            return value.error();
        *field = value->value_or(false);
    }
    return call.admin->setPasswordPolicy(call.accountId(), policy);
}

Result<void> deleteAccountPasswordPolicy(const ApiCall& call, QueryXmlWriter&)
{
    return call.admin->deletePasswordPolicy(call.accountId());
}

Result<void> listAccountAliases(const ApiCall& call, QueryXmlWriter& xml)
{
    auto paging = IamPaging::read(call.parameters);
    if (!paging)
        return paging.error();
    if (auto allowed = IamOperations::authorize(call, ConsoleAction::listAccountAliases());
        !allowed)
        return allowed;
    QStringList aliases;
    if (const auto account = call.directory->findAccount(call.accountId());
        account && !account->alias.isEmpty())
        aliases.append(account->alias);
    const QStringList page = paging->slice(aliases);
    xml.stringList(QStringLiteral("AccountAliases"), page);
    paging->writeTruncation(xml, int(page.size()), int(aliases.size()));
    return {};
}

// The counts the directory knows and the quotas it applies (or, for the
// account-wide ones, AWS's defaults). Root credentials and certificates do
// not exist here, hence the zeros.
Result<void> getAccountSummary(const ApiCall& call, QueryXmlWriter& xml)
{
    if (auto allowed =
            IamOperations::authorize(call, ConsoleAction::getAccountSummary(call.accountId()));
        !allowed)
        return allowed;
    const QString account = call.accountId();
    const auto perUser = call.directory->accountQuota(account, QStringLiteral("PoliciesPerUser"));
    if (!perUser)
        return perUser.error();
    const auto perRole = call.directory->accountQuota(account, QStringLiteral("PoliciesPerRole"));
    if (!perRole)
        return perRole.error();
    int mfaDevices = 0;
    for (const User& user : call.directory->users(account))
        mfaDevices += int(call.directory->mfaDevices(account, user.name).size());
    const QList<std::pair<QString, int>> summary = {
        {QStringLiteral("Users"), call.directory->userCount(account)},
        {QStringLiteral("UsersQuota"), Quotas::UsersPerAccount},
        {QStringLiteral("Groups"), call.directory->groupCount(account)},
        {QStringLiteral("GroupsQuota"), Quotas::GroupsPerAccount},
        {QStringLiteral("Roles"), call.directory->roleCount(account)},
        {QStringLiteral("RolesQuota"), Quotas::RolesPerAccount},
        {QStringLiteral("Policies"), call.directory->policyCount(account)},
        {QStringLiteral("PoliciesQuota"), Quotas::CustomerManagedPoliciesPerAccount},
        {QStringLiteral("MFADevices"), mfaDevices},
        {QStringLiteral("MFADevicesInUse"), mfaDevices},
        {QStringLiteral("AccountMFAEnabled"), 0},
        {QStringLiteral("AccountAccessKeysPresent"), 0},
        {QStringLiteral("AccountSigningCertificatesPresent"), 0},
        {QStringLiteral("ServerCertificates"), 0},
        {QStringLiteral("GroupsPerUserQuota"), Quotas::GroupsPerUser},
        {QStringLiteral("AccessKeysPerUserQuota"), Quotas::AccessKeysPerUser},
        {QStringLiteral("AttachedPoliciesPerUserQuota"), *perUser},
        {QStringLiteral("AttachedPoliciesPerGroupQuota"), Quotas::ManagedPoliciesPerEntity},
        {QStringLiteral("AttachedPoliciesPerRoleQuota"), *perRole},
        {QStringLiteral("VersionsPerPolicyQuota"), Quotas::VersionsPerManagedPolicy},
        {QStringLiteral("PolicySizeQuota"), Quotas::ManagedPolicySize},
        {QStringLiteral("UserPolicySizeQuota"), Quotas::InlinePolicySizePerUser},
        {QStringLiteral("GroupPolicySizeQuota"), Quotas::InlinePolicySizePerGroup},
        {QStringLiteral("RolePolicySizeQuota"), Quotas::InlinePolicySizePerRole},
        {QStringLiteral("AssumeRolePolicySizeQuota"), Quotas::TrustPolicySize},
    };
    xml.startElement(QStringLiteral("SummaryMap"));
    for (const auto& [key, value] : summary) {
        xml.startElement(QStringLiteral("entry"));
        xml.text(QStringLiteral("key"), key);
        xml.number(QStringLiteral("value"), value);
        xml.endElement();
    }
    xml.endElement();
    return {};
}

// The exporter's JSON (the CLI's form of the same answer) as Query XML:
// objects are elements, arrays <member> lists, and policy documents, which
// the JSON holds as objects, URL-encoded text.
void writeJson(QueryXmlWriter& xml, const QString& name, const QJsonValue& value)
{
    static const QStringList documents = {QStringLiteral("Document"),
                                          QStringLiteral("PolicyDocument"),
                                          QStringLiteral("AssumeRolePolicyDocument")};
    if (documents.contains(name) && value.isObject()) {
        xml.text(name, IamXml::encodedDocument(QString::fromUtf8(
                           QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact))));
    } else if (value.isObject()) {
        xml.startElement(name);
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            writeJson(xml, it.key(), it.value());
        xml.endElement();
    } else if (value.isArray()) {
        xml.startElement(name);
        for (const QJsonValue& item : value.toArray())
            writeJson(xml, QStringLiteral("member"), item);
        xml.endElement();
    } else if (value.isBool()) {
        xml.boolean(name, value.toBool());
    } else if (value.isDouble()) {
        xml.number(name, qint64(value.toDouble()));
    } else {
        xml.text(name, value.toString());
    }
}

Result<void> getAccountAuthorizationDetails(const ApiCall& call, QueryXmlWriter& xml)
{
    auto paging = IamPaging::read(call.parameters);
    if (!paging)
        return paging.error();
    static const QStringList filters = {
        QStringLiteral("User"), QStringLiteral("Role"), QStringLiteral("Group"),
        QStringLiteral("LocalManagedPolicy"), QStringLiteral("AWSManagedPolicy")};
    QStringList filter = call.parameters.list(QStringLiteral("Filter"));
    for (const QString& entry : std::as_const(filter))
        if (!filters.contains(entry))
            return IamError::constraintViolation(
                entry, QStringLiteral("filter"),
                QStringLiteral("Member must satisfy enum value set: [%1]")
                    .arg(filters.join(u", ")));
    if (filter.isEmpty())
        filter = filters;
    if (auto allowed =
            IamOperations::authorize(call, ConsoleAction::getAccountAuthorizationDetails());
        !allowed)
        return allowed;
    auto details = AuthzDetailsExporter(*call.directory).exportAccount(call.accountId());
    if (!details)
        return details.error();

    // One sequence across the four lists, so that a page may end inside any of them.
    struct Item
    {
        QString list;
        QJsonValue value;
    };
    QList<Item> items;
    const auto add = [&](const QString& list, const QString& wanted) {
        if (!filter.contains(wanted))
            return;
        for (const QJsonValue& value : details->value(list).toArray())
            items.append({list, value});
    };
    add(QStringLiteral("UserDetailList"), QStringLiteral("User"));
    add(QStringLiteral("GroupDetailList"), QStringLiteral("Group"));
    add(QStringLiteral("RoleDetailList"), QStringLiteral("Role"));
    const QString awsPolicyArn = QStringLiteral("arn:aws:iam::aws:");
    for (const QJsonValue& value : details->value(QStringLiteral("Policies")).toArray()) {
        const bool aws = value[QStringLiteral("Arn")].toString().startsWith(awsPolicyArn);
        if (filter.contains(aws ? QStringLiteral("AWSManagedPolicy")
                                : QStringLiteral("LocalManagedPolicy")))
            items.append({QStringLiteral("Policies"), value});
    }
    const QList<Item> page = paging->slice(items);
    for (const QString& list : {QStringLiteral("UserDetailList"), QStringLiteral("GroupDetailList"),
                                QStringLiteral("RoleDetailList"), QStringLiteral("Policies")}) {
        xml.startElement(list);
        for (const Item& item : page)
            if (item.list == list)
                writeJson(xml, QStringLiteral("member"), item.value);
        xml.endElement();
    }
    paging->writeTruncation(xml, int(page.size()), int(items.size()));
    return {};
}

// ActionNames, ResourceArns (default "*") and ContextEntries, whose values
// are a list inside each entry.
Result<PolicySimulator::Request> simulationRequest(const ApiCall& call)
{
    PolicySimulator::Request request;
    request.actions = call.parameters.list(QStringLiteral("ActionNames"));
    if (request.actions.isEmpty())
        return call.parameters.required(QStringLiteral("ActionNames")).error();
    for (int n = 1;; ++n) {
        const QString prefix = QStringLiteral("ContextEntries.member.%1.").arg(n);
        const auto key = call.parameters.optional(prefix + QStringLiteral("ContextKeyName"));
        if (!key)
            break;
        request.context.append(
            {*key, call.parameters.list(prefix + QStringLiteral("ContextKeyValues"))});
    }
    return request;
}

// AWS's names: user / group / role for inline policies, aws-managed or
// user-managed for managed ones; "PolicyInputList.N" of type none for custom
// input (no principal).
void writeMatched(QueryXmlWriter& xml, const PolicySimulator::Outcome& outcome,
                  const MatchedStatement& statement, std::optional<EntityKind> principalKind)
{
    QList<PolicySet::Named> named = outcome.policies.identityPolicies;
    if (outcome.policies.permissionsBoundary)
        named.append(*outcome.policies.permissionsBoundary);
    QString id = statement.policy;
    QString type = QStringLiteral("none");
    for (const PolicySet::Named& policy : named) {
        if (policy.name != statement.policy)
            continue;
        id = policy.policyName;
        if (!principalKind)
            type = QStringLiteral("none");
        else if (policy.isInline)
            type = !policy.viaGroup.isEmpty() ? QStringLiteral("group")
                                              : entityKindName(*principalKind);
        else
            type = policy.isAwsManaged ? QStringLiteral("aws-managed")
                                       : QStringLiteral("user-managed");
        break;
    }
    xml.startElement(QStringLiteral("member"));
    xml.text(QStringLiteral("SourcePolicyId"), id);
    xml.text(QStringLiteral("SourcePolicyType"), type);
    xml.endElement();
}

QString decisionName(Decision decision)
{
    return decision == Decision::Allow ? QStringLiteral("allowed")
                                       : EvaluationResult::decisionName(decision);
}

// One result per action and resource, paged; simulate runs one resource.
Result<void> writeSimulation(
    const ApiCall& call, QueryXmlWriter& xml, PolicySimulator::Request request,
    std::optional<EntityKind> principalKind,
    const std::function<Result<PolicySimulator::Outcome>(const PolicySimulator::Request&)>&
        simulate)
{
    auto paging = IamPaging::read(call.parameters);
    if (!paging)
        return paging.error();
    QStringList resources = call.parameters.list(QStringLiteral("ResourceArns"));
    if (resources.isEmpty())
        resources.append(QStringLiteral("*"));
    QList<std::pair<PolicySimulator::ActionResult, std::shared_ptr<PolicySimulator::Outcome>>>
        results;
    QStringList resourceOf;
    for (const QString& resource : std::as_const(resources)) {
        request.resource = resource;
        auto outcome = simulate(request);
        if (!outcome)
            return outcome.error();
        auto shared = std::make_shared<PolicySimulator::Outcome>(std::move(outcome).value());
        for (const auto& result : std::as_const(shared->results)) {
            results.append({result, shared});
            resourceOf.append(resource);
        }
    }
    const auto page = paging->slice(results);
    const QStringList pageResources = paging->slice(resourceOf);
    xml.startElement(QStringLiteral("EvaluationResults"));
    for (qsizetype i = 0; i < page.size(); ++i) {
        const auto& [result, outcome] = page.at(i);
        xml.startElement(QStringLiteral("member"));
        xml.text(QStringLiteral("EvalActionName"), result.action);
        xml.text(QStringLiteral("EvalResourceName"), pageResources.at(i));
        xml.text(QStringLiteral("EvalDecision"), decisionName(result.result.decision));
        xml.startElement(QStringLiteral("MatchedStatements"));
        for (const MatchedStatement& statement : result.result.matched)
            writeMatched(xml, *outcome, statement, principalKind);
        xml.endElement();
        xml.startElement(QStringLiteral("MissingContextValues"));
        xml.endElement();
        xml.endElement();
    }
    xml.endElement();
    paging->writeTruncation(xml, int(page.size()), int(results.size()));
    return {};
}

Result<void> simulatePrincipalPolicy(const ApiCall& call, QueryXmlWriter& xml)
{
    auto principal = call.parameters.required(QStringLiteral("PolicySourceArn"));
    if (!principal)
        return principal.error();
    auto request = simulationRequest(call);
    if (!request)
        return request.error();
    request->principalArn = *principal;
    // The console's simulator as the caller: it authorizes iam:SimulatePrincipalPolicy.
    PolicyCache policies; // compiled for this call only
    const PolicySimulator simulator(*call.session, *call.directory, policies, call.sts->clock());
    if (auto allowed = simulator.authorizeSimulating(*principal); !allowed)
        return allowed;
    // Only principals of the caller's own account.
    const auto arn = Arn::parse(*principal);
    if (!arn || arn->account() != call.accountId())
        return IamError::invalidInput(
            QStringLiteral("Invalid Entity Arn: %1 does not clearly define entity type and name.")
                .arg(*principal));
    const EntityKind kind =
        arn->resourceType() == QLatin1String("role") ? EntityKind::Role : EntityKind::User;
    return writeSimulation(call, xml, *request, kind, [&](const PolicySimulator::Request& r) {
        return simulator.simulate(r);
    });
}

Result<void> simulateCustomPolicy(const ApiCall& call, QueryXmlWriter& xml)
{
    const QStringList documents = call.parameters.list(QStringLiteral("PolicyInputList"));
    if (documents.isEmpty())
        return call.parameters.required(QStringLiteral("PolicyInputList")).error();
    auto request = simulationRequest(call);
    if (!request)
        return request.error();
    request->principalArn = call.parameters.value(QStringLiteral("CallerArn"));
    // The console's simulator as the caller: it authorizes iam:SimulateCustomPolicy.
    PolicyCache policies; // compiled for this call only
    const PolicySimulator simulator(*call.session, *call.directory, policies, call.sts->clock());
    return writeSimulation(call, xml, *request, std::nullopt,
                           [&](const PolicySimulator::Request& r) {
                               return simulator.simulateCustom(call.accountId(), documents, r);
                           });
}

} // namespace

void IamAccountOperations::addTo(QueryApi& api)
{
    api.add(QStringLiteral("GetAccountPasswordPolicy"), &getAccountPasswordPolicy);
    api.add(QStringLiteral("UpdateAccountPasswordPolicy"), &updateAccountPasswordPolicy, false);
    api.add(QStringLiteral("DeleteAccountPasswordPolicy"), &deleteAccountPasswordPolicy, false);
    api.add(QStringLiteral("ListAccountAliases"), &listAccountAliases);
    api.add(QStringLiteral("GetAccountSummary"), &getAccountSummary);
    api.add(QStringLiteral("GetAccountAuthorizationDetails"), &getAccountAuthorizationDetails);
    api.add(QStringLiteral("SimulatePrincipalPolicy"), &simulatePrincipalPolicy);
    api.add(QStringLiteral("SimulateCustomPolicy"), &simulateCustomPolicy);
}
