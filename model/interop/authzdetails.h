#pragma once

#include "iam/group.h"
#include "iam/inlinepolicy.h"
#include "iam/managedpolicy.h"
#include "iam/policyversion.h"
#include "iam/role.h"
#include "iam/user.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The content of `aws iam get-account-authorization-details` files (spec §9),
// read but not yet stored. Every element remembers the file and the JSON path
// it came from, so that whatever goes wrong later can say where. The
// entities' accountId is left empty: the importer decides the account.
struct AuthzDetails
{
    struct Location
    {
        QString file;
        QString path; // "RoleDetailList[3].AssumeRolePolicyDocument"
    };

    struct PolicyRef
    {
        QString arn;
        Location where;
    };

    // What ties a user, group or role to policies.
    struct Links
    {
        QList<InlinePolicy> inlinePolicies;
        QList<Location> inlineLocations; // one per inline policy
        QList<PolicyRef> attached;
        std::optional<PolicyRef> boundary;
    };

    struct UserEntry
    {
        User user;
        QStringList groups;
        Links links;
        Location where;
        QString arnAccount; // the account its ARN names, as written
    };

    struct GroupEntry
    {
        Group group;
        Links links;
        Location where;
        QString arnAccount;
    };

    struct RoleEntry
    {
        Role role;
        Links links;
        Location where;
        QString arnAccount;
    };

    struct PolicyEntry
    {
        ManagedPolicy policy;
        QString arn; // as written in the file, the key attachments refer to
        QList<PolicyVersion> versions;
        Location where;
        QString arnAccount; // "aws" for an AWS managed policy
    };

    QList<UserEntry> users;
    QList<GroupEntry> groups;
    QList<RoleEntry> roles;
    QList<PolicyEntry> policies;

    // Another page of the same account: its entities are added to these.
    void append(const AuthzDetails& page)
    {
        users += page.users;
        groups += page.groups;
        roles += page.roles;
        policies += page.policies;
    }
};
