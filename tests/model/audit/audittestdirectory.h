#pragma once

#include "directory/demodirectory.h"
#include "directory/directory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

// Small directories for the audit tests, built through the directory's public API.
namespace AuditTest {

inline const QString prod = QStringLiteral("111122223333");
inline const QString dev = QStringLiteral("444455556666");

inline QString prodArn(const QString& resource)
{
    return QStringLiteral("arn:aws:iam::111122223333:") + resource;
}

inline std::unique_ptr<Directory> demo()
{
    auto directory = std::move(Directory::open(QStringLiteral(":memory:"))).value();
    if (!DemoDirectory::seed(*directory, QStringLiteral("Demo-pass-1")))
        qFatal("the demo directory does not seed");
    return directory;
}

inline QJsonObject statement(const QString& effect, const QJsonValue& action,
                             const QJsonValue& resource, const QJsonObject& condition = {})
{
    QJsonObject s{{QStringLiteral("Effect"), effect},
                  {QStringLiteral("Action"), action},
                  {QStringLiteral("Resource"), resource}};
    if (!condition.isEmpty())
        s.insert(QStringLiteral("Condition"), condition);
    return s;
}

inline QString document(const QJsonArray& statements)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("Version"), QStringLiteral("2012-10-17")},
                                  {QStringLiteral("Statement"), statements}})
            .toJson(QJsonDocument::Compact));
}

// A trust policy for AWS principals (ARNs or "*"), with an optional condition.
inline QString trust(const QJsonValue& aws, const QJsonObject& condition = {})
{
    QJsonObject s{{QStringLiteral("Effect"), QStringLiteral("Allow")},
                  {QStringLiteral("Principal"), QJsonObject{{QStringLiteral("AWS"), aws}}},
                  {QStringLiteral("Action"), QStringLiteral("sts:AssumeRole")}};
    if (!condition.isEmpty())
        s.insert(QStringLiteral("Condition"), condition);
    return document({s});
}

inline void createRole(Directory& directory, const QString& name, const QString& trustPolicy)
{
    Role role;
    role.accountId = prod;
    role.name = name;
    role.trustPolicy = trustPolicy;
    if (!directory.createRole(role))
        qFatal("role %s", qPrintable(name));
}

inline void putPolicy(Directory& directory, EntityKind kind, const QString& name,
                      const QString& policyName, const QJsonArray& statements)
{
    if (!directory.putInlinePolicy(kind, prod, name, {policyName, document(statements)}))
        qFatal("policy %s", qPrintable(policyName));
}

// An empty account with one user.
inline std::unique_ptr<Directory> empty(const QString& userName = QStringLiteral("Eve"))
{
    auto directory = std::move(Directory::open(QStringLiteral(":memory:"))).value();
    if (!directory->createAccount(prod, QStringLiteral("audit")) ||
        !directory->createUser(prod, userName))
        qFatal("account");
    return directory;
}

} // namespace AuditTest
