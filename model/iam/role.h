#pragma once

#include "iam/arn.h"
#include "iam/quotas.h"
#include "iam/tag.h"

#include <QDateTime>
#include <QString>

struct Role
{
    QString accountId;
    QString name;
    QString path = QStringLiteral("/");
    QString roleId; // AROA + 17
    QDateTime createDate;
    QString description;
    QString trustPolicy; // AssumeRolePolicyDocument, JSON text
    int maxSessionDuration = Quotas::RoleMaxSessionDurationDefault;
    QString permissionsBoundaryArn;
    TagList tags;

    Arn arn() const { return Arn::role(accountId, path, name); }
    // What the console's Switch Role form takes as "Role": path without the leading slash + name.
    QString switchRoleName() const { return path.mid(1) + name; }
};
