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
    QString action;  // e.g. "ConsoleLogin", "SwitchRole", "iam:CreateUser"
    QString target;  // an ARN or name
    QString outcome; // "Success" or "Failure"
    QString detail;  // never a secret
    // Where an endpoint call came from; empty for what the console itself records.
    QString sourceAddress; // the client's IP address
    QString userAgent;     // the client's User-Agent header
    // The session tags an AssumeRole or AssumeRoleWithSAML passed, as the
    // members of CloudTrail's requestParameters that hold them (a compact JSON
    // object: "tags", "principalTags", "transitiveTagKeys",
    // "incomingTransitiveTags"); empty when the request passed none.
    QString sessionTags;
    QString previousHash;
    QString hash;
};
