#pragma once

#include <QDateTime>
#include <QString>

// What the directory knows of an access key: never its secret.
struct AccessKeyInfo
{
    QString accessKeyId; // AKIA + 16
    QString accountId;
    QString userName;
    bool active = true;
    QDateTime createDate;
    QDateTime lastUsed; // null when never used
    QString lastUsedService;
};
