#pragma once

#include <QDateTime>
#include <QString>

// One line of the endpoint's request log: when, from where, who, what, how it ended.
struct RequestLogEntry
{
    QDateTime time;
    QString sourceAddress;
    QString userAgent;
    QString caller; // the caller's ARN; empty when it could not be authenticated
    QString action; // "iam:ListUsers", "sts:AssumeRole"; the Action as sent when unknown
    int status = 0;
    QString errorCode; // empty on success
    qint64 milliseconds = 0;
    QString requestId;

    // "2026-12-03T10:00:00Z arn:aws:iam::111122223333:user/maria iam:ListUsers 200 3 ms"
    QString toLogLine() const;
};
