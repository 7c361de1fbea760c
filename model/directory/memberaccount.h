#pragma once

#include <QDateTime>
#include <QString>

// What the organization knows of one of its accounts (organizations:
// DescribeAccount): the name and email it was created with. Accounts the
// directory got another way (the demo, an import) have no email; their name
// is their alias or id.
struct MemberAccount
{
    QString accountId;
    QString name;
    QString email;
    QDateTime joinedAt;
};
