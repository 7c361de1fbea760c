#pragma once

#include "iam/arn.h"

#include <QDateTime>
#include <QString>

struct Group
{
    QString accountId;
    QString name;
    QString path = QStringLiteral("/");
    QString groupId; // AGPA + 17
    QDateTime createDate;

    Arn arn() const { return Arn::group(accountId, path, name); }
};
