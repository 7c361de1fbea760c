#pragma once

#include <QString>
#include <optional>

// An Amazon Resource Name: arn:partition:service:region:account:resource.
class Arn
{
public:
    Arn() = default;
    Arn(QString service, QString region, QString account, QString resource,
        QString partition = QStringLiteral("aws"));

    static std::optional<Arn> parse(const QString& text);

    // arn:aws:iam::<acct>:user/<path without leading slash><name>
    static Arn user(const QString& account, const QString& path, const QString& name);
    static Arn group(const QString& account, const QString& path, const QString& name);
    static Arn role(const QString& account, const QString& path, const QString& name);
    static Arn policy(const QString& account, const QString& path, const QString& name);
    static Arn mfa(const QString& account, const QString& name);
    static Arn root(const QString& account);
    static Arn assumedRole(const QString& account, const QString& roleName,
                           const QString& sessionName);
    static Arn federatedUser(const QString& account, const QString& name);

    const QString& partition() const { return m_partition; }
    const QString& service() const { return m_service; }
    const QString& region() const { return m_region; }
    const QString& account() const { return m_account; }
    const QString& resource() const { return m_resource; }

    // "user" of "user/dev/John"; the part before the first '/' or ':'.
    QString resourceType() const;
    // "John" of "user/dev/John": the part after the last '/'.
    QString resourceName() const;

    bool isNull() const { return m_service.isEmpty() && m_resource.isEmpty(); }
    QString toString() const;

    bool operator==(const Arn& other) const = default;

private:
    static Arn iamEntity(const QString& account, const QString& type, const QString& path,
                         const QString& name);

    QString m_partition;
    QString m_service;
    QString m_region;
    QString m_account;
    QString m_resource;
};
