#pragma once

#include "iam/entitykind.h"
#include "iam/result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

class Directory;
struct Group;
struct ManagedPolicy;
struct Role;
struct User;

// Writes one account of the directory as `aws iam get-account-authorization-details`
// prints it (spec §9, CLI style: documents as JSON objects, dates as
// 2013-10-14T18:32:24Z): the account's users, groups and roles, its customer
// managed policies with every version, and the AWS managed policies it uses.
// A role's Description and MaxSessionDuration, which the detail list lacks,
// are written when they are not the defaults, so that an import of the
// export gives the same directory. The OrganizationAccountAccessRole an
// import added is left out: the account as imported is what is written.
class AuthzDetailsExporter
{
public:
    explicit AuthzDetailsExporter(const Directory& directory);

    // NoSuchEntity for an account the directory does not have.
    Result<QJsonObject> exportAccount(const QString& accountId);
    // The same, as indented JSON text.
    Result<QByteArray> exportJson(const QString& accountId);

private:
    QJsonObject userJson(const User& user);
    QJsonObject groupJson(const Group& group);
    QJsonObject roleJson(const Role& role);
    QJsonObject policyJson(const ManagedPolicy& policy) const;
    QJsonArray inlineJson(EntityKind kind, const QString& name) const;
    // Also notes the policies used, for the Policies list and its counts.
    QJsonArray attachedJson(EntityKind kind, const QString& name);
    QJsonObject boundaryJson(const QString& policyArn);

    const Directory& m_directory;
    QString m_accountId;
    QHash<QString, int> m_attachments; // policy ARN -> attachments in the account
    QHash<QString, int> m_boundaries;  // policy ARN -> boundaries it is in the account
};
