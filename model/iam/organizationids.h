#pragma once

#include <QString>

// The ids and ARNs of the directory's organization (AWS Organizations). The
// directory is one organization whose management account is known; its
// organization id ("o-" and 10 characters) and root id ("r-" and 4) are
// derived from that account, so they are stable without being stored.
class OrganizationIds
{
public:
    static QString organizationId(const QString& managementAccountId);
    static QString rootId(const QString& managementAccountId);
    // arn:aws:organizations::<management>:organization/o-...
    static QString organizationArn(const QString& managementAccountId);
    // arn:aws:organizations::<management>:root/o-.../r-...
    static QString rootArn(const QString& managementAccountId);
    // arn:aws:organizations::<management>:account/o-.../<account>
    static QString accountArn(const QString& managementAccountId, const QString& accountId);
    // arn:aws:organizations::<management>:ou/o-.../ou-...
    static QString organizationalUnitArn(const QString& managementAccountId, const QString& ouId);
    // arn:aws:organizations::<management>:policy/o-.../service_control_policy/p-...; AWS's own
    // policies are arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess.
    // typeName: SERVICE_CONTROL_POLICY or RESOURCE_CONTROL_POLICY.
    static QString policyArn(const QString& managementAccountId, const QString& policyId,
                             const QString& typeName, bool awsManaged);
    // The part of the root id after "r-", which every OU id repeats.
    static QString rootSuffix(const QString& managementAccountId);
};
