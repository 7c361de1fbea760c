#include "interop/organizationjson.h"

#include "directory/directory.h"
#include "iam/organizationids.h"

#include <QJsonArray>

QString OrganizationJson::timestamp(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) +
           QStringLiteral("000+00:00");
}

QJsonObject OrganizationJson::root(const OrganizationTarget& root)
{
    QJsonArray types;
    for (const auto type :
         {OrganizationPolicy::Type::ServiceControl, OrganizationPolicy::Type::ResourceControl})
        types.append(QJsonObject{{QStringLiteral("Type"), OrganizationPolicy::typeName(type)},
                                 {QStringLiteral("Status"), QStringLiteral("ENABLED")}});
    return {{QStringLiteral("Id"), root.id},
            {QStringLiteral("Arn"), root.arn},
            {QStringLiteral("Name"), root.name},
            {QStringLiteral("PolicyTypes"), types}};
}

QJsonObject OrganizationJson::organizationalUnit(const OrganizationalUnit& unit)
{
    return {{QStringLiteral("Id"), unit.id},
            {QStringLiteral("Arn"), unit.arn},
            {QStringLiteral("Name"), unit.name}};
}

QJsonObject OrganizationJson::account(const Directory& directory, const MemberAccount& account)
{
    const QString management = directory.managementAccountId();
    return {{QStringLiteral("Id"), account.accountId},
            {QStringLiteral("Arn"), OrganizationIds::accountArn(management, account.accountId)},
            {QStringLiteral("Email"), account.email},
            {QStringLiteral("Name"), account.name},
            {QStringLiteral("Status"), QStringLiteral("ACTIVE")},
            {QStringLiteral("JoinedMethod"), account.accountId == management
                                                 ? QStringLiteral("INVITED")
                                                 : QStringLiteral("CREATED")},
            {QStringLiteral("JoinedTimestamp"), timestamp(account.joinedAt)}};
}

QJsonObject OrganizationJson::policySummary(const OrganizationPolicy& policy)
{
    return {{QStringLiteral("Id"), policy.id},
            {QStringLiteral("Arn"), policy.arn},
            {QStringLiteral("Name"), policy.name},
            {QStringLiteral("Description"), policy.description},
            {QStringLiteral("Type"), OrganizationPolicy::typeName(policy.type)},
            {QStringLiteral("AwsManaged"), policy.awsManaged}};
}

QJsonObject OrganizationJson::policy(const OrganizationPolicy& policy)
{
    return {{QStringLiteral("PolicySummary"), policySummary(policy)},
            {QStringLiteral("Content"), policy.content}};
}

QJsonObject OrganizationJson::target(const OrganizationTarget& target)
{
    return {{QStringLiteral("TargetId"), target.id},
            {QStringLiteral("Arn"), target.arn},
            {QStringLiteral("Name"), target.name},
            {QStringLiteral("Type"), OrganizationTarget::typeName(target.type)}};
}
