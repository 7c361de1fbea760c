#include "audit/cloudtrailexport.h"

#include "directory/auditchain.h"
#include "directory/directory.h"
#include "iam/arn.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace {
const QString iamSource = QStringLiteral("iam.amazonaws.com");
const QString stsSource = QStringLiteral("sts.amazonaws.com");
const QString signinSource = QStringLiteral("signin.amazonaws.com");

// What the console itself records: sign-in, sign-out and the role session
// lifecycle, which CloudTrail reports from the sign-in service.
bool isConsoleEvent(const QString& name)
{
    static const QStringList names{
        QStringLiteral("ConsoleLogin"),      QStringLiteral("ConsoleSignOut"),
        QStringLiteral("SwitchRole"),        QStringLiteral("SwitchBack"),
        QStringLiteral("ExitRole"),          QStringLiteral("RoleSessionExpired"),
        QStringLiteral("ResumeRoleSession"), QStringLiteral("ShowSessionSecret"),
        QStringLiteral("CheckMfa")};
    return names.contains(name);
}

bool isStsCall(const QString& name)
{
    static const QStringList names{QStringLiteral("AssumeRole"),
                                   QStringLiteral("AssumeRoleWithSAML"),
                                   QStringLiteral("AssumeRoleWithWebIdentity"),
                                   QStringLiteral("GetSessionToken"),
                                   QStringLiteral("GetCallerIdentity"),
                                   QStringLiteral("GetFederationToken"),
                                   QStringLiteral("DecodeAuthorizationMessage"),
                                   QStringLiteral("GetAccessKeyInfo")};
    return names.contains(name);
}

// "AccessDenied", "NoSuchEntity": a detail that is an error code rather than prose.
bool isErrorCode(const QString& detail)
{
    static const QRegularExpression code(QStringLiteral("^[A-Z][A-Za-z0-9.]*$"));
    return code.match(detail).hasMatch();
}

bool isAccessKeyId(const QString& text)
{
    static const QRegularExpression keyId(QStringLiteral("^(AKIA|ASIA)[A-Z0-9]{12,}$"));
    return keyId.match(text).hasMatch();
}

// The namespace of event ids: fixed, so that ids are stable across exports.
const QUuid eventIdNamespace(QStringLiteral("{6b1f3c2e-9d4a-5e8b-a7c1-2f0d9e4b6a31}"));
} // namespace

QString CloudTrailExport::eventName(const QString& action)
{
    const qsizetype colon = action.indexOf(QLatin1Char(':'));
    return colon < 0 ? action : action.mid(colon + 1);
}

QString CloudTrailExport::eventSource(const QString& action)
{
    const QString service = action.section(QLatin1Char(':'), 0, 0, QString::SectionSkipEmpty);
    if (action.contains(QLatin1Char(':'))) {
        if (service == QLatin1String("sts"))
            return stsSource;
        if (service == QLatin1String("signin"))
            return signinSource;
        return iamSource;
    }
    if (isConsoleEvent(action))
        return signinSource;
    if (isStsCall(action))
        return stsSource;
    return iamSource;
}

bool CloudTrailExport::isReadOnly(const QString& action)
{
    static const QRegularExpression reader(
        QStringLiteral("^(Get|List|Describe|Simulate|Lookup|Show)"));
    const QString name = eventName(action);
    return name != QLatin1String("ShowSessionSecret") && reader.match(name).hasMatch() &&
           !isConsoleEvent(name);
}

QString CloudTrailExport::eventId(const AuditEvent& event)
{
    const QByteArray seed =
        event.hash.isEmpty() ? AuditChain::canonicalText(event) : event.hash.toLatin1();
    return QUuid::createUuidV5(eventIdNamespace, seed).toString(QUuid::WithoutBraces);
}

QJsonObject CloudTrailExport::userIdentity(const AuditEvent& event, const Directory* directory)
{
    QJsonObject identity;
    const std::optional<Arn> arn = Arn::parse(event.actorArn);
    if (!arn) {
        identity.insert(QStringLiteral("type"), QStringLiteral("Unknown"));
        identity.insert(QStringLiteral("principalId"), event.actorArn);
        return identity;
    }
    const QString type = arn->resourceType();
    const QString account = arn->account();
    identity.insert(QStringLiteral("arn"), event.actorArn);
    identity.insert(QStringLiteral("accountId"), account);
    if (type == QLatin1String("user")) {
        identity.insert(QStringLiteral("type"), QStringLiteral("IAMUser"));
        const QString name = arn->resourceName();
        if (directory)
            if (const auto user = directory->user(account, name))
                identity.insert(QStringLiteral("principalId"), user->userId);
        identity.insert(QStringLiteral("userName"), name);
    } else if (type == QLatin1String("assumed-role")) {
        identity.insert(QStringLiteral("type"), QStringLiteral("AssumedRole"));
        // assumed-role/<role name>/<session name>
        const QString roleName = arn->resource().section(QLatin1Char('/'), 1, 1);
        const QString sessionName = arn->resourceName();
        QJsonObject issuer{{QStringLiteral("type"), QStringLiteral("Role")},
                           {QStringLiteral("accountId"), account},
                           {QStringLiteral("userName"), roleName}};
        if (directory) {
            if (const auto role = directory->role(account, roleName)) {
                identity.insert(QStringLiteral("principalId"),
                                role->roleId + QLatin1Char(':') + sessionName);
                issuer.insert(QStringLiteral("principalId"), role->roleId);
                issuer.insert(QStringLiteral("arn"), role->arn().toString());
            }
        }
        identity.insert(QStringLiteral("sessionContext"),
                        QJsonObject{{QStringLiteral("sessionIssuer"), issuer}});
    } else if (type == QLatin1String("root")) {
        identity.insert(QStringLiteral("type"), QStringLiteral("Root"));
        identity.insert(QStringLiteral("principalId"), account);
    } else if (type == QLatin1String("federated-user")) {
        identity.insert(QStringLiteral("type"), QStringLiteral("FederatedUser"));
    } else {
        identity.insert(QStringLiteral("type"), QStringLiteral("Unknown"));
    }
    return identity;
}

QJsonObject CloudTrailExport::requestParameters(const AuditEvent& event)
{
    const QString& target = event.target;
    const QString name = eventName(event.action);
    if (name.startsWith(QLatin1String("AssumeRole"))) {
        QJsonObject parameters{{QStringLiteral("roleArn"), target},
                               {QStringLiteral("roleSessionName"), event.sessionName}};
        // The session tags are recorded as CloudTrail's own members already.
        const QJsonObject tags = QJsonDocument::fromJson(event.sessionTags.toUtf8()).object();
        for (auto it = tags.begin(); it != tags.end(); ++it)
            parameters.insert(it.key(), it.value());
        return parameters;
    }
    if (isAccessKeyId(target))
        return {{QStringLiteral("accessKeyId"), target}};
    if (const auto arn = Arn::parse(target)) {
        const QString type = arn->resourceType();
        if (type == QLatin1String("user"))
            return {{QStringLiteral("userName"), arn->resourceName()}};
        if (type == QLatin1String("group"))
            return {{QStringLiteral("groupName"), arn->resourceName()}};
        if (type == QLatin1String("role"))
            return {{QStringLiteral("roleName"), arn->resourceName()}};
        if (type == QLatin1String("policy"))
            return {{QStringLiteral("policyArn"), target}};
        if (type == QLatin1String("mfa"))
            return {{QStringLiteral("serialNumber"), target}};
    }
    return target.isEmpty() ? QJsonObject() : QJsonObject{{QStringLiteral("target"), target}};
}

QJsonObject CloudTrailExport::record(const AuditEvent& event, const Directory* directory,
                                     const QString& region)
{
    const QString source = eventSource(event.action);
    const bool consoleEvent = source == signinSource;
    const QJsonObject identity = userIdentity(event, directory);
    const std::optional<Arn> targetArn = Arn::parse(event.target);
    const QString recipient = targetArn && !targetArn->account().isEmpty()
                                  ? targetArn->account()
                                  : identity.value(QStringLiteral("accountId")).toString();

    QJsonObject r;
    r.insert(QStringLiteral("eventVersion"), QStringLiteral("1.08"));
    r.insert(QStringLiteral("userIdentity"), identity);
    r.insert(QStringLiteral("eventTime"), event.time.toUTC().toString(Qt::ISODate));
    r.insert(QStringLiteral("eventSource"), source);
    r.insert(QStringLiteral("eventName"), eventName(event.action));
    r.insert(QStringLiteral("awsRegion"), region);
    // What the console records itself has no client: AWS then names the
    // service that made the call, as it does for calls AWS makes on a user's behalf.
    r.insert(QStringLiteral("sourceIPAddress"),
             event.sourceAddress.isEmpty() ? source : event.sourceAddress);
    r.insert(QStringLiteral("userAgent"), event.userAgent.isEmpty() ? source : event.userAgent);
    if (consoleEvent) {
        // The sign-in service logs no request; what the console knows goes here.
        r.insert(QStringLiteral("requestParameters"), QJsonValue::Null);
        QJsonObject extra{{QStringLiteral("Target"), event.target}};
        if (!event.sessionName.isEmpty())
            extra.insert(QStringLiteral("SessionName"), event.sessionName);
        if (event.outcome == QLatin1String("Success") && !event.detail.isEmpty())
            extra.insert(QStringLiteral("Detail"), event.detail);
        r.insert(QStringLiteral("additionalEventData"), extra);
    } else {
        const QJsonObject parameters = requestParameters(event);
        r.insert(QStringLiteral("requestParameters"),
                 parameters.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(parameters));
    }
    r.insert(QStringLiteral("responseElements"), QJsonValue::Null);
    if (event.outcome != QLatin1String("Success")) {
        r.insert(QStringLiteral("errorCode"),
                 isErrorCode(event.detail) ? event.detail : QStringLiteral("Failure"));
        r.insert(QStringLiteral("errorMessage"),
                 event.detail.isEmpty() ? event.outcome : event.detail);
    }
    r.insert(QStringLiteral("eventID"), eventId(event));
    r.insert(QStringLiteral("readOnly"), isReadOnly(event.action));
    r.insert(QStringLiteral("eventType"),
             consoleEvent ? QStringLiteral("AwsConsoleSignIn") : QStringLiteral("AwsApiCall"));
    r.insert(QStringLiteral("managementEvent"), true);
    r.insert(QStringLiteral("recipientAccountId"), recipient);
    r.insert(QStringLiteral("eventCategory"), QStringLiteral("Management"));
    return r;
}

QJsonObject CloudTrailExport::records(const QList<AuditEvent>& events, const Directory* directory,
                                      const QString& region)
{
    QJsonArray list;
    for (const AuditEvent& event : events)
        list.append(record(event, directory, region));
    return {{QStringLiteral("Records"), list}};
}

Result<void> CloudTrailExport::write(const Directory& directory, QIODevice* device,
                                     const QString& region)
{
    if (!device || !device->isWritable())
        return IamError::serviceFailure(QStringLiteral("The file is not open for writing."));
    const QByteArray json =
        QJsonDocument(records(directory.auditEvents(), &directory, region)).toJson();
    if (device->write(json) != json.size())
        return IamError::serviceFailure(device->errorString());
    return {};
}
