#pragma once

#include "iam/arn.h"
#include "iam/tag.h"

#include <QDateTime>
#include <QString>

struct User
{
    QString accountId;
    QString name;
    QString path = QStringLiteral("/");
    QString userId; // AIDA + 17
    QDateTime createDate;
    TagList tags;
    QString permissionsBoundaryArn;
    bool hasConsolePassword = false;
    bool passwordResetRequired = false;

    Arn arn() const { return Arn::user(accountId, path, name); }
};
