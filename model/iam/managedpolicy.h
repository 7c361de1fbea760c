#pragma once

#include <QDateTime>
#include <QString>

// A managed policy; AWS-managed ones have account "aws" and cannot be changed.
struct ManagedPolicy
{
    QString arn;
    QString accountId; // "aws" for AWS-managed policies
    QString name;
    QString path = QStringLiteral("/");
    QString policyId; // ANPA + 17
    QString description;
    QString defaultVersionId = QStringLiteral("v1");
    QDateTime createDate;
    QDateTime updateDate;
    int attachmentCount = 0;

    bool isAwsManaged() const { return accountId == QLatin1String("aws"); }
};
