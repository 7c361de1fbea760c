#include "endpoint/queryendpoint.h"

#include "directory/auditevent.h"
#include "directory/directory.h"
#include "endpoint/callerauthenticator.h"
#include "endpoint/callersessions.h"
#include "endpoint/iamoperations.h"
#include "endpoint/stsoperations.h"
#include "sts/stsservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QUrlQuery>
#include <QUuid>

struct QueryEndpoint::Call
{
    EndpointRequest request;
    std::function<void(EndpointResponse)> done;
    QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QElapsedTimer timer;
    const QueryApi* api = nullptr;
    const QueryOperation* operation = nullptr;
    QString action; // as sent
    ApiCall apiCall;
    std::shared_ptr<QueryXmlWriter> xml;
};

// A finished call waiting for its audit event to be committed.
struct QueryEndpoint::Answer
{
    AuditEvent event;
    EndpointResponse response;
    RequestLogEntry entry;
    QString xmlNamespace;
    std::function<void(EndpointResponse)> done;
};

namespace {

IamError invalidAction(const QString& action, const QString& version)
{
    return IamError(QStringLiteral("InvalidAction"),
                    QStringLiteral("Could not find operation %1 for version %2")
                        .arg(action.isEmpty() ? QStringLiteral("null") : action,
                             version.isEmpty() ? QStringLiteral("null") : version),
                    400);
}

// The form of the request: the body of a POST, the query string of a GET.
QByteArray formOf(const SigV4Request& http)
{
    return http.method == "GET" ? http.query : http.body;
}

} // namespace

QueryEndpoint::QueryEndpoint(Directory* directory, StsService* sts, QObject* parent)
    : QObject(parent)
    , m_directory(directory)
    , m_stsService(sts)
    , m_authenticator(new CallerAuthenticator(directory, sts, this))
    , m_sessions(new CallerSessions(directory, sts, this))
    , m_sts(StsOperations::api())
    , m_iam(IamOperations::api())
{}

QueryEndpoint::~QueryEndpoint()
{
    flushAudit();
}

const QueryApi* QueryEndpoint::apiFor(const QString& version) const
{
    if (version == m_sts.version())
        return &m_sts;
    if (version == m_iam.version())
        return &m_iam;
    return nullptr;
}

void QueryEndpoint::handle(const EndpointRequest& request,
                           std::function<void(EndpointResponse)> done)
{
    auto call = std::make_shared<Call>();
    call->timer.start();
    call->request = request;
    call->done = std::move(done);
    dispatch(std::move(call));
}

void QueryEndpoint::dispatch(std::shared_ptr<Call> call)
{
    const SigV4Request& http = call->request.http;
    if (http.method != "POST" && http.method != "GET")
        return finish(call,
                      IamError(QStringLiteral("InvalidAction"),
                               QStringLiteral("The Query API takes POST or GET requests."), 405));
    auto parameters = QueryParameters::parse(formOf(http));
    if (!parameters)
        return finish(call, parameters.error());
    call->action = parameters->action();
    call->api = apiFor(parameters->version());
    if (call->action.isEmpty())
        return finish(
            call, IamError(QStringLiteral("MissingAction"), QStringLiteral("Missing Action"), 400));
    if (!call->api)
        return finish(call, invalidAction(call->action, parameters->version()));
    call->operation = call->api->operation(call->action);
    if (!call->operation)
        return finish(call, invalidAction(call->action, parameters->version()));
    call->apiCall.parameters = std::move(parameters).value();
    call->apiCall.sts = m_stsService;
    call->apiCall.directory = m_directory;

    // Another console or process may have changed the directory since the last request.
    m_directory->checkExternalChanges();
    if (!call->operation->needsSignature)
        return run(call, {});
    m_authenticator->authenticate(http, call->api->service(), this,
                                  [this, call](Result<EndpointCaller> caller) {
                                      if (!caller)
                                          return finish(call, caller.error());
                                      run(call, *caller);
                                  });
}

Result<void> QueryEndpoint::checkSessionCredentials(const EndpointCaller& caller,
                                                    const QueryApi& api, const QString& action)
{
    if (api.service() == QLatin1String("sts")) {
        // Session credentials may ask STS for a role or who they are, not for more sessions.
        if (action == QLatin1String("GetSessionToken") &&
            caller.identity.credentials == Identity::Credentials::Temporary)
            return IamError::accessDenied(
                QStringLiteral("Cannot call GetSessionToken with session credentials"));
        return {};
    }
    // AWS: credentials from GetSessionToken reach IAM only when MFA was given.
    if (caller.isSessionTokenSession() && !caller.identity.session.mfaAuthenticated)
        return CallerAuthenticator::invalidToken();
    return {};
}

void QueryEndpoint::run(std::shared_ptr<Call> call, const EndpointCaller& caller)
{
    if (call->operation->needsSignature) {
        if (auto allowed = checkSessionCredentials(caller, *call->api, call->action); !allowed)
            return finish(call, allowed.error());
        call->apiCall.caller = caller;
        const CallerSessions::Services services = m_sessions->servicesFor(caller);
        call->apiCall.session = services.session;
        call->apiCall.admin = services.admin;
        call->apiCall.accessKeys = services.accessKeys;
        call->apiCall.keepAlive = services.keepAlive;
    }
    call->xml = std::make_shared<QueryXmlWriter>(call->api->xmlNamespace(), call->action,
                                                 call->operation->withResult);
    if (call->operation->run)
        return finish(call, call->operation->run(call->apiCall, *call->xml));
    call->operation->runAsync(call->apiCall, call->xml,
                              [this, call](Result<void> outcome) { finish(call, outcome); });
}

void QueryEndpoint::finish(const std::shared_ptr<Call>& call, const Result<void>& outcome)
{
    Answer answer;
    answer.xmlNamespace = call->api ? call->api->xmlNamespace() : QueryXmlWriter::iamNamespace();
    EndpointResponse& response = answer.response;
    if (outcome) {
        response.body = call->xml->finish(call->requestId);
    } else {
        response.status = outcome.error().httpStatus() > 0 ? outcome.error().httpStatus() : 400;
        response.body =
            QueryXmlWriter::error(answer.xmlNamespace, outcome.error(), call->requestId);
    }
    const QString errorCode = outcome ? QString() : outcome.error().code();
    answer.event = auditEvent(*call, response, errorCode);

    RequestLogEntry& entry = answer.entry;
    entry.time = m_stsService->clock()->now();
    entry.sourceAddress = call->request.sourceAddress;
    entry.userAgent = call->request.userAgent();
    entry.caller = call->apiCall.caller.arn();
    entry.action =
        call->api ? call->api->service() + QLatin1Char(':') + call->action : call->action;
    entry.status = response.status;
    entry.errorCode = errorCode;
    entry.milliseconds = call->timer.elapsed();
    entry.requestId = call->requestId;
    answer.done = std::move(call->done);
    // One transaction per event-loop turn rather than per call: under load
    // the commit is what costs, and the chain and order stay the same.
    if (m_pending.empty())
        QMetaObject::invokeMethod(this, &QueryEndpoint::flushAudit, Qt::QueuedConnection);
    m_pending.push_back(std::move(answer));
}

AuditEvent QueryEndpoint::auditEvent(const Call& call, const EndpointResponse& response,
                                     const QString& errorCode)
{
    const Identity& identity = call.apiCall.caller.identity;
    AuditEvent event;
    event.actorArn = identity.isNull() ? call.apiCall.caller.accessKeyId : identity.arn();
    event.sessionName =
        identity.isRoleSession() ? identity.session.sessionName : identity.user.name;
    event.action = call.api ? call.api->service() + QLatin1Char(':') + call.action
                            : QStringLiteral("endpoint:") + call.action;
    // What the call was about: its main parameter, or the caller's account.
    const QueryParameters& parameters = call.apiCall.parameters;
    for (const QString& name :
         {QStringLiteral("RoleArn"), QStringLiteral("PolicyArn"), QStringLiteral("UserName"),
          QStringLiteral("GroupName"), QStringLiteral("RoleName"), QStringLiteral("PolicyName")}) {
        if (parameters.contains(name)) {
            event.target = parameters.value(name);
            break;
        }
    }
    if (event.target.isEmpty())
        event.target = identity.account.id;
    event.outcome = errorCode.isEmpty() ? QStringLiteral("Success") : QStringLiteral("Failure");
    event.detail = QStringLiteral("endpoint %1 %2").arg(response.status).arg(call.requestId);
    if (!errorCode.isEmpty())
        event.detail += QLatin1Char(' ') + errorCode;
    event.sourceAddress = call.request.sourceAddress;
    event.userAgent = call.request.userAgent();
    return event;
}

void QueryEndpoint::flushAudit()
{
    std::vector<Answer> answers = std::exchange(m_pending, {});
    if (answers.empty())
        return;
    const auto appended = m_directory->runInTransaction([&]() -> Result<void> {
        for (const Answer& answer : answers)
            if (auto r = m_directory->appendAuditEvent(answer.event); !r)
                return r.error();
        return {};
    });
    if (!appended)
        qWarning("audit: %s", qPrintable(appended.error().toString()));
    for (Answer& answer : answers) {
        if (!appended)
            answerUnrecorded(answer);
        answer.done(std::move(answer.response));
        Q_EMIT requestHandled(answer.entry);
    }
}

// Fails closed: what a call read is not sent, and what it changed is not
// reported done, when the call is not in the trail. (A change made through
// the console's services is in the trail already, recorded in its own
// transaction; only the record of the call is missing.)
void QueryEndpoint::answerUnrecorded(Answer& answer)
{
    const IamError error = IamError::serviceFailure(
        QStringLiteral("The request processing has failed because the audit trail could not "
                       "record it. Check the directory's storage, then retry."));
    const QString requestId = answer.entry.requestId;
    answer.response = EndpointResponse();
    answer.response.status = error.httpStatus();
    answer.response.body = QueryXmlWriter::error(answer.xmlNamespace, error, requestId);
    answer.entry.status = error.httpStatus();
    answer.entry.errorCode = error.code();
}
