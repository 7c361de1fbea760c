#pragma once

#include "common/resultassertions.h"
#include "common/testengine.h"
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

// The fixtures answer with a Result the test checks (REQUIRE_VALUE, REQUIRE_OK):
// a fixture that cannot be built fails that test only.
// The demo on this run's engine (TestEngine): the test drops its databases.
[[nodiscard]] inline Result<std::unique_ptr<Directory>> demo()
{
    auto opened = Directory::open(TestEngine::freshLocation());
    if (!opened)
        return opened.error();
    if (auto seeded = DemoDirectory::seed(*opened.value(), QStringLiteral("Demo-pass-1")); !seeded)
        return seeded.error();
    return opened;
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

[[nodiscard]] inline Result<Role> createRole(Directory& directory, const QString& name,
                                             const QString& trustPolicy)
{
    Role role;
    role.accountId = prod;
    role.name = name;
    role.trustPolicy = trustPolicy;
    return directory.createRole(role);
}

[[nodiscard]] inline Result<void> putPolicy(Directory& directory, EntityKind kind,
                                            const QString& name, const QString& policyName,
                                            const QJsonArray& statements)
{
    return directory.putInlinePolicy(kind, prod, name, {policyName, document(statements)});
}

// An empty account with one user.
[[nodiscard]] inline Result<std::unique_ptr<Directory>>
empty(const QString& userName = QStringLiteral("Eve"))
{
    auto opened = Directory::open(QStringLiteral(":memory:"));
    if (!opened)
        return opened.error();
    if (auto account = opened.value()->createAccount(prod, QStringLiteral("audit")); !account)
        return account.error();
    if (auto user = opened.value()->createUser(prod, userName); !user)
        return user.error();
    return opened;
}

} // namespace AuditTest
