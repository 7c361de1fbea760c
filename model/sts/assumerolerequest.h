#pragma once

#include "iam/tag.h"

#include <QString>
#include <QStringList>

#include <optional>

// The parameters of AssumeRole, named as in the API.
struct AssumeRoleRequest
{
    QString roleArn;
    QString roleSessionName;
    std::optional<int> durationSeconds; // default 3600
    std::optional<QString> externalId;
    QString serialNumber; // the caller's MFA device, with tokenCode
    QString tokenCode;
    QString policy;         // an inline session policy (JSON); empty for none
    QStringList policyArns; // managed session policies
    QString sourceIdentity;
    TagList tags;                  // session tags (need sts:TagSession)
    QStringList transitiveTagKeys; // those of tags that pass on through role chaining
};
