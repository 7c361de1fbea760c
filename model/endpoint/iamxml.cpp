#include "endpoint/iamxml.h"

#include "endpoint/queryxmlwriter.h"

#include <QUrl>

QString IamXml::encodedDocument(const QString& document)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(document));
}

void IamXml::tags(QueryXmlWriter& xml, const TagList& tags)
{
    if (tags.isEmpty())
        return;
    xml.list(QStringLiteral("Tags"), tags, [&](const Tag& each) { tag(xml, each); });
}

void IamXml::tag(QueryXmlWriter& xml, const Tag& tag)
{
    xml.text(QStringLiteral("Key"), tag.key);
    xml.text(QStringLiteral("Value"), tag.value);
}

void IamXml::permissionsBoundary(QueryXmlWriter& xml, const QString& policyArn)
{
    if (policyArn.isEmpty())
        return;
    xml.startElement(QStringLiteral("PermissionsBoundary"));
    xml.text(QStringLiteral("PermissionsBoundaryType"), QStringLiteral("Policy"));
    xml.text(QStringLiteral("PermissionsBoundaryArn"), policyArn);
    xml.endElement();
}

void IamXml::user(QueryXmlWriter& xml, const User& user)
{
    xml.text(QStringLiteral("Path"), user.path);
    xml.text(QStringLiteral("UserName"), user.name);
    xml.text(QStringLiteral("UserId"), user.userId);
    xml.text(QStringLiteral("Arn"), user.arn().toString());
    xml.time(QStringLiteral("CreateDate"), user.createDate);
    permissionsBoundary(xml, user.permissionsBoundaryArn);
    tags(xml, user.tags);
}

void IamXml::group(QueryXmlWriter& xml, const Group& group)
{
    xml.text(QStringLiteral("Path"), group.path);
    xml.text(QStringLiteral("GroupName"), group.name);
    xml.text(QStringLiteral("GroupId"), group.groupId);
    xml.text(QStringLiteral("Arn"), group.arn().toString());
    xml.time(QStringLiteral("CreateDate"), group.createDate);
}

void IamXml::role(QueryXmlWriter& xml, const Role& role)
{
    xml.text(QStringLiteral("Path"), role.path);
    xml.text(QStringLiteral("RoleName"), role.name);
    xml.text(QStringLiteral("RoleId"), role.roleId);
    xml.text(QStringLiteral("Arn"), role.arn().toString());
    xml.time(QStringLiteral("CreateDate"), role.createDate);
    xml.text(QStringLiteral("AssumeRolePolicyDocument"), encodedDocument(role.trustPolicy));
    xml.optionalText(QStringLiteral("Description"), role.description);
    xml.number(QStringLiteral("MaxSessionDuration"), role.maxSessionDuration);
    permissionsBoundary(xml, role.permissionsBoundaryArn);
    tags(xml, role.tags);
}

void IamXml::policy(QueryXmlWriter& xml, const ManagedPolicy& policy)
{
    xml.text(QStringLiteral("PolicyName"), policy.name);
    xml.text(QStringLiteral("PolicyId"), policy.policyId);
    xml.text(QStringLiteral("Arn"), policy.arn);
    xml.text(QStringLiteral("Path"), policy.path);
    xml.text(QStringLiteral("DefaultVersionId"), policy.defaultVersionId);
    xml.number(QStringLiteral("AttachmentCount"), policy.attachmentCount);
    xml.number(QStringLiteral("PermissionsBoundaryUsageCount"), 0);
    xml.boolean(QStringLiteral("IsAttachable"), true);
    xml.optionalText(QStringLiteral("Description"), policy.description);
    xml.time(QStringLiteral("CreateDate"), policy.createDate);
    xml.time(QStringLiteral("UpdateDate"),
             policy.updateDate.isValid() ? policy.updateDate : policy.createDate);
}

void IamXml::policyVersion(QueryXmlWriter& xml, const PolicyVersion& version, bool withDocument)
{
    if (withDocument)
        xml.text(QStringLiteral("Document"), encodedDocument(version.document));
    xml.text(QStringLiteral("VersionId"), version.versionId);
    xml.boolean(QStringLiteral("IsDefaultVersion"), version.isDefault);
    xml.time(QStringLiteral("CreateDate"), version.createDate);
}

void IamXml::accessKeyMetadata(QueryXmlWriter& xml, const AccessKeyInfo& key)
{
    xml.text(QStringLiteral("UserName"), key.userName);
    xml.text(QStringLiteral("AccessKeyId"), key.accessKeyId);
    xml.text(QStringLiteral("Status"),
             key.active ? QStringLiteral("Active") : QStringLiteral("Inactive"));
    xml.time(QStringLiteral("CreateDate"), key.createDate);
}

void IamXml::mfaDevice(QueryXmlWriter& xml, const MfaDeviceInfo& device)
{
    xml.text(QStringLiteral("UserName"), device.userName);
    xml.text(QStringLiteral("SerialNumber"), device.serialNumber);
    xml.time(QStringLiteral("EnableDate"), device.enableDate);
}
