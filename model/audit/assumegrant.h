#pragma once

#include "iam/entitykind.h"

#include <QString>
#include <QStringList>

// A principal the trust policy of a role lets assume it, and on what terms.
struct AssumeGrant
{
    QString principalArn;
    EntityKind kind = EntityKind::User; // User or Role
    bool requiresMfa = false;
    QString externalId;
    // Other condition keys of the trust statement, readable ("aws:SourceIp IpAddress 10.0.0.0/8").
    QStringList conditions;
    QString trustStatementSid;
    // The principal's own policies allow sts:AssumeRole on the role too.
    bool identityAllows = true;
    // Trusted by name but not in this directory (another account, a service, an identity
    // provider): its own policies are unknown. principalArn holds what the trust policy names.
    bool outsideDirectory = false;
};
