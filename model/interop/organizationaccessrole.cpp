#include "interop/organizationaccessrole.h"

#include "directory/directory.h"
#include "iam/arn.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString awsManaged(const QString& name)
{
    return Arn::policy(QStringLiteral("aws"), QStringLiteral("/"), name).toString();
}
} // namespace

QString OrganizationAccessRole::roleName()
{
    return QStringLiteral("OrganizationAccountAccessRole");
}

Tag OrganizationAccessRole::addedByTag()
{
    return {QStringLiteral("switchboard:added-by"), QStringLiteral("organization-import")};
}

bool OrganizationAccessRole::isAdded(const Role& role)
{
    return role.tags.contains(addedByTag());
}

QStringList OrganizationAccessRole::accessNames()
{
    return {QStringLiteral("admin"), QStringLiteral("read-only"), QStringLiteral("none")};
}

Result<OrganizationAccessRole::Access> OrganizationAccessRole::parseAccess(const QString& text)
{
    const QStringList names = accessNames();
    switch (names.indexOf(text.trimmed().toLower())) {
    case 0:
        return Access::Admin;
    case 1:
        return Access::ReadOnly;
    case 2:
        return Access::None;
    default:
        break;
    }
    return IamError::invalidInput(tr("The access role must be one of %1, not '%2'.")
                                      .arg(names.join(QStringLiteral(", ")), text));
}

QStringList OrganizationAccessRole::policyArns(Access access)
{
    switch (access) {
    case Access::Admin:
        return {awsManaged(QStringLiteral("AdministratorAccess"))};
    case Access::ReadOnly:
        return {awsManaged(QStringLiteral("SecurityAudit")),
                awsManaged(QStringLiteral("ReadOnlyAccess"))};
    case Access::None:
        break;
    }
    return {};
}

QString OrganizationAccessRole::trustPolicy(const QString& managementAccountId)
{
    const QJsonObject statement{
        {QStringLiteral("Effect"), QStringLiteral("Allow")},
        {QStringLiteral("Principal"),
         QJsonObject{{QStringLiteral("AWS"), Arn::root(managementAccountId).toString()}}},
        {QStringLiteral("Action"), QStringLiteral("sts:AssumeRole")}};
    const QJsonObject document{{QStringLiteral("Version"), QStringLiteral("2012-10-17")},
                               {QStringLiteral("Statement"), QJsonArray{statement}}};
    return QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact));
}

Result<void> OrganizationAccessRole::create(Directory& directory, const QString& accountId,
                                            const QString& managementAccountId, Access access)
{
    if (access == Access::None)
        return {};
    return directory.runInTransaction([&]() -> Result<void> {
        Role role;
        role.accountId = accountId;
        role.name = roleName();
        role.trustPolicy = trustPolicy(managementAccountId);
        role.tags = {addedByTag()};
        const auto created = directory.createRole(role);
        if (!created)
            return created.error();
        for (const QString& arn : policyArns(access))
            if (auto r = directory.attachPolicy(EntityKind::Role, accountId, role.name, arn); !r)
                return r;
        return {};
    });
}
