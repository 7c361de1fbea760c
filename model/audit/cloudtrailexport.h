#pragma once

#include "directory/auditevent.h"
#include "iam/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

class Directory;
class QIODevice;

// The audit trail as CloudTrail records ({"Records":[...]}), so that tools
// that read CloudTrail logs read ours: console sign-ins and switches come from
// signin.amazonaws.com (eventType AwsConsoleSignIn), STS calls from
// sts.amazonaws.com, everything else from iam.amazonaws.com (AwsApiCall).
// sourceIPAddress and userAgent are the stored client's; an event without
// one (the console's own) reports the event source's host name for both.
class CloudTrailExport
{
public:
    static constexpr const char* DefaultRegion = "us-east-1";

    // One record. With a directory, user and role ids fill principalId and
    // the session issuer of an assumed role.
    static QJsonObject record(const AuditEvent& event, const Directory* directory = nullptr,
                              const QString& region = QString::fromLatin1(DefaultRegion));
    static QJsonObject records(const QList<AuditEvent>& events,
                               const Directory* directory = nullptr,
                               const QString& region = QString::fromLatin1(DefaultRegion));
    // Every event of the directory, oldest first, as indented JSON.
    static Result<void> write(const Directory& directory, QIODevice* device,
                              const QString& region = QString::fromLatin1(DefaultRegion));

    static QString eventSource(const QString& action);
    // The API name without its service prefix: "iam:CreateUser" -> "CreateUser".
    static QString eventName(const QString& action);
    // A UUID derived from the event's chain hash: the same event always gets the same id.
    static QString eventId(const AuditEvent& event);
    static bool isReadOnly(const QString& action);

private:
    static QJsonObject userIdentity(const AuditEvent& event, const Directory* directory);
    static QJsonObject requestParameters(const AuditEvent& event);
};
