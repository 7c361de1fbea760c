#pragma once

#include <QDateTime>
#include <QString>

// One line of the audit trail. hash = SHA-256(previousHash || canonical event).
struct AuditEvent
{
    qint64 sequence = 0; // assigned by the directory
    QDateTime time;      // assigned by the directory's clock when null
    QString actorArn;
    QString sessionName;
    QString action;        // e.g. "ConsoleLogin", "SwitchRole", "iam:CreateUser"
    QString target;        // an ARN or name
    QString outcome;       // "Success" or "Failure"
    QString detail;        // never a secret
    QString sourceAddress; // where an endpoint call came from; empty for the console
    QString userAgent;     // the endpoint client's User-Agent
    QString previousHash;
    QString hash;
};
