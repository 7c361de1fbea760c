#pragma once

#include <QDateTime>
#include <QString>

struct PolicyVersion
{
    QString versionId; // "v1", "v2", ...
    QString document;
    bool isDefault = false;
    QDateTime createDate;
};
