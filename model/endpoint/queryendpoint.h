#pragma once

#include "directory/auditevent.h"
#include "endpoint/endpointrequest.h"
#include "endpoint/endpointresponse.h"
#include "endpoint/queryapi.h"
#include "endpoint/requestlogentry.h"

#include <QObject>

#include <functional>
#include <memory>
#include <vector>

class CallerAuthenticator;
class CallerSessions;
class Directory;
class StsService;

// The AWS Query protocol over the directory, without HTTP (DESIGN "a request
// through the endpoint"): parses the form, picks the API by Version and the
// operation by Action, authenticates the SigV4 signature, applies AWS's rules
// for session credentials, runs the operation as the caller through the
// services the console uses, and answers AWS's XML or error envelope. Every
// call is an audit event with the caller, source address and user agent.
class QueryEndpoint : public QObject
{
    Q_OBJECT

public:
    QueryEndpoint(Directory* directory, StsService* sts, QObject* parent = nullptr);
    ~QueryEndpoint() override;

    // done is called once, possibly before this returns, and only after the
    // call's audit event is in the trail: a call that cannot be recorded is
    // answered ServiceFailure, whatever it did.
    void handle(const EndpointRequest& request, std::function<void(EndpointResponse)> done);

    const QueryApi& stsApi() const { return m_sts; }
    const QueryApi& iamApi() const { return m_iam; }
    Directory* directory() const { return m_directory; }
    StsService* sts() const { return m_stsService; }

Q_SIGNALS:
    void requestHandled(const RequestLogEntry& entry);

private:
    struct Call;
    struct Answer;
    const QueryApi* apiFor(const QString& version) const;
    void dispatch(std::shared_ptr<Call> call);
    void run(std::shared_ptr<Call> call, const EndpointCaller& caller);
    void finish(const std::shared_ptr<Call>& call, const Result<void>& outcome);
    static AuditEvent auditEvent(const Call& call, const EndpointResponse& response,
                                 const QString& errorCode);
    // Appends the events of this event-loop turn in one transaction, in order,
    // then sends their answers.
    void flushAudit();
    static void answerUnrecorded(Answer& answer);
    static Result<void> checkSessionCredentials(const EndpointCaller& caller, const QueryApi& api,
                                                const QString& action);

    Directory* m_directory;
    StsService* m_stsService;
    CallerAuthenticator* m_authenticator;
    CallerSessions* m_sessions;
    QueryApi m_sts;
    QueryApi m_iam;
    std::vector<Answer> m_pending;
};
