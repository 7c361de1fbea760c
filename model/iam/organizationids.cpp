#include "iam/organizationids.h"

#include <QCryptographicHash>

namespace {
// Lower-case letters and digits, as AWS writes these ids, taken from a digest
// of the management account so that the same directory always shows the same ids.
QString derived(const QString& managementAccountId, const char* salt, int length)
{
    const QByteArray digest = QCryptographicHash::hash(
        QByteArray(salt) + managementAccountId.toLatin1(), QCryptographicHash::Sha256);
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString out;
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(alphabet[quint8(digest.at(i)) % 36]);
    return out;
}

QString organizationsArn(const QString& managementAccountId, const QString& resource)
{
    return QStringLiteral("arn:aws:organizations::") + managementAccountId + QLatin1Char(':') +
           resource;
}
} // namespace

QString OrganizationIds::organizationId(const QString& managementAccountId)
{
    return QStringLiteral("o-") + derived(managementAccountId, "organization", 10);
}

QString OrganizationIds::rootId(const QString& managementAccountId)
{
    return QStringLiteral("r-") + derived(managementAccountId, "root", 4);
}

QString OrganizationIds::organizationArn(const QString& managementAccountId)
{
    return organizationsArn(managementAccountId,
                            QStringLiteral("organization/") + organizationId(managementAccountId));
}

QString OrganizationIds::rootArn(const QString& managementAccountId)
{
    return organizationsArn(managementAccountId,
                            QStringLiteral("root/") + organizationId(managementAccountId) +
                                QLatin1Char('/') + rootId(managementAccountId));
}

QString OrganizationIds::accountArn(const QString& managementAccountId, const QString& accountId)
{
    return organizationsArn(managementAccountId, QStringLiteral("account/") +
                                                     organizationId(managementAccountId) +
                                                     QLatin1Char('/') + accountId);
}

QString OrganizationIds::organizationalUnitArn(const QString& managementAccountId,
                                               const QString& ouId)
{
    return organizationsArn(managementAccountId, QStringLiteral("ou/") +
                                                     organizationId(managementAccountId) +
                                                     QLatin1Char('/') + ouId);
}

QString OrganizationIds::policyArn(const QString& managementAccountId, const QString& policyId,
                                   const QString& typeName, bool awsManaged)
{
    const QString type = typeName.toLower();
    if (awsManaged)
        return organizationsArn(QStringLiteral("aws"),
                                QStringLiteral("policy/") + type + QLatin1Char('/') + policyId);
    return organizationsArn(managementAccountId,
                            QStringLiteral("policy/") + organizationId(managementAccountId) +
                                QLatin1Char('/') + type + QLatin1Char('/') + policyId);
}

QString OrganizationIds::rootSuffix(const QString& managementAccountId)
{
    return rootId(managementAccountId).mid(2);
}
