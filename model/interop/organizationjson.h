#pragma once

#include "directory/memberaccount.h"
#include "directory/organizationalunit.h"
#include "directory/organizationpolicy.h"
#include "directory/organizationtarget.h"

#include <QDateTime>
#include <QJsonObject>

class Directory;

// The organization's objects as the AWS CLI prints them (botocore's
// organizations 2016-11-28 model): Root, OrganizationalUnit, Account,
// PolicySummary, Policy (summary and content) and PolicyTargetSummary.
// The command line prints them and the organization bundle is made of them.
class OrganizationJson
{
public:
    static QJsonObject root(const OrganizationTarget& root);
    static QJsonObject organizationalUnit(const OrganizationalUnit& unit);
    static QJsonObject account(const Directory& directory, const MemberAccount& account);
    static QJsonObject policySummary(const OrganizationPolicy& policy);
    static QJsonObject policy(const OrganizationPolicy& policy); // PolicySummary + Content
    static QJsonObject target(const OrganizationTarget& target);
    // 2024-01-02T03:04:05.678000+00:00, as the AWS CLI prints timestamps.
    static QString timestamp(const QDateTime& time);
};
