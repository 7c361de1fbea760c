#pragma once

#include <QDateTime>
#include <QString>

// What the organization knows of one of its accounts (organizations:
// DescribeAccount): the name it was created with and its root user's email.
// An account the directory got another way (the demo, an import) is named by
// its alias or id; without a root user it has no email.
struct MemberAccount
{
    QString accountId;
    QString name;
    QString email;
    QDateTime joinedAt;
};
