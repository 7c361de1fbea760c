#pragma once

#include "iam/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The AWS-managed policies every directory has (account "aws", read-only),
// defined in the resource :/switchboard/policies/aws-managed-policies.json.
class AwsManagedPolicies
{
public:
    struct Definition
    {
        QString name;
        QString path;
        QString description;
        QString document; // formatted as the console shows it

        QString arn() const;
    };

    static Result<QList<Definition>> builtIn();
    // Parses a definition file of the same shape (for tests and the built-ins).
    static Result<QList<Definition>> parse(const QByteArray& json);
};
