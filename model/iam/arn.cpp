#include "iam/arn.h"

#include <QStringList>

#include <utility>

Arn::Arn(QString service, QString region, QString account, QString resource, QString partition)
    : m_partition(std::move(partition))
    , m_service(std::move(service))
    , m_region(std::move(region))
    , m_account(std::move(account))
    , m_resource(std::move(resource))
{}

std::optional<Arn> Arn::parse(const QString& text)
{
    // The resource part may itself hold ':' (e.g. "function:name:alias").
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() < 6 || parts[0] != QLatin1String("arn") || parts[1].isEmpty() ||
        parts[2].isEmpty())
        return std::nullopt;
    const QString resource = parts.mid(5).join(QLatin1Char(':'));
    if (resource.isEmpty())
        return std::nullopt;
    return Arn(parts[2], parts[3], parts[4], resource, parts[1]);
}

Arn Arn::iamEntity(const QString& account, const QString& type, const QString& path,
                   const QString& name)
{
    QString p = path.isEmpty() ? QStringLiteral("/") : path;
    return Arn(QStringLiteral("iam"), QString(), account, type + p + name);
}

Arn Arn::user(const QString& account, const QString& path, const QString& name)
{
    return iamEntity(account, QStringLiteral("user"), path, name);
}

Arn Arn::group(const QString& account, const QString& path, const QString& name)
{
    return iamEntity(account, QStringLiteral("group"), path, name);
}

Arn Arn::role(const QString& account, const QString& path, const QString& name)
{
    return iamEntity(account, QStringLiteral("role"), path, name);
}

Arn Arn::policy(const QString& account, const QString& path, const QString& name)
{
    return iamEntity(account, QStringLiteral("policy"), path, name);
}

Arn Arn::mfa(const QString& account, const QString& name)
{
    return Arn(QStringLiteral("iam"), QString(), account, QStringLiteral("mfa/") + name);
}

Arn Arn::root(const QString& account)
{
    return Arn(QStringLiteral("iam"), QString(), account, QStringLiteral("root"));
}

Arn Arn::assumedRole(const QString& account, const QString& roleName, const QString& sessionName)
{
    return Arn(QStringLiteral("sts"), QString(), account,
               QStringLiteral("assumed-role/") + roleName + QLatin1Char('/') + sessionName);
}

Arn Arn::federatedUser(const QString& account, const QString& name)
{
    return Arn(QStringLiteral("sts"), QString(), account, QStringLiteral("federated-user/") + name);
}

QString Arn::resourceType() const
{
    for (qsizetype i = 0; i < m_resource.size(); ++i) {
        const QChar c = m_resource.at(i);
        if (c == QLatin1Char('/') || c == QLatin1Char(':'))
            return m_resource.left(i);
    }
    return m_resource;
}

QString Arn::resourceName() const
{
    const qsizetype slash = m_resource.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? m_resource : m_resource.mid(slash + 1);
}

QString Arn::toString() const
{
    return QStringLiteral("arn:") + m_partition + QLatin1Char(':') + m_service + QLatin1Char(':') +
           m_region + QLatin1Char(':') + m_account + QLatin1Char(':') + m_resource;
}
