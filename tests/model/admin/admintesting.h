#pragma once

#include "common/resultassertions.h"

#include "admin/directoryadmin.h"
#include "democonsole.h"

#include <QTest>

// Shared by the administration tests: the demo account and a few documents.
namespace AdminTest {

inline const QString prod = QStringLiteral("111122223333");

inline QString policyArn(const QString& name)
{
    return QStringLiteral("arn:aws:iam::111122223333:policy/") + name;
}

inline QString awsPolicyArn(const QString& name)
{
    return QStringLiteral("arn:aws:iam::aws:policy/") + name;
}

inline QString allow(const QString& action, const QString& resource = QStringLiteral("*"))
{
    return QStringLiteral("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                          "\"Action\":\"%1\",\"Resource\":\"%2\"}]}")
        .arg(action, resource);
}

inline QString trustProd()
{
    return QStringLiteral("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                          "\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},"
                          "\"Action\":\"sts:AssumeRole\"}]}");
}

inline Role newRole(const QString& name)
{
    Role role;
    role.accountId = prod;
    role.name = name;
    role.trustPolicy = trustProd();
    return role;
}

} // namespace AdminTest
