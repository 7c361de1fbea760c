#pragma once

#include "endpoint/requestlogentry.h"
#include "iam/result.h"

#include <QObject>
#include <QUrl>

class Directory;
class EndpointServer;
class QueryEndpoint;
class StsService;

// The local endpoint as the console runs it: one QueryEndpoint over the
// console's directory and STS, served on 127.0.0.1 while started. The
// console owns it, so it outlives the window that shows it; every request is
// authorized for its own caller, so who starts it does not matter.
class LocalEndpoint : public QObject
{
    Q_OBJECT

public:
    static constexpr quint16 DefaultPort = 4599;

    LocalEndpoint(Directory* directory, StsService* sts, QObject* parent = nullptr);
    ~LocalEndpoint() override;

    // Port 0 picks a free port. On failure (the port is taken) the endpoint
    // stays stopped and error() says why.
    Result<void> start(quint16 port);
    void stop();

    bool isRunning() const;
    // http://127.0.0.1:PORT while running, empty otherwise.
    QUrl url() const;
    // Why the last start failed; empty after a successful one.
    QString error() const { return m_error; }

    QueryEndpoint* endpoint() const { return m_endpoint; }

Q_SIGNALS:
    void stateChanged();
    void requestHandled(const RequestLogEntry& entry);

private:
    QueryEndpoint* m_endpoint;
    EndpointServer* m_server;
    QString m_error;
};
