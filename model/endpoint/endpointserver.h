#pragma once

#include "crypto/securebytes.h"
#include "iam/result.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QueryEndpoint;

// The local endpoint over HTTP/1.1 (keep-alive) on a loopback address: each
// request goes to QueryEndpoint and its answer back, in order. Bodies over
// QueryParameters::MaxBodyBytes are refused with 413 before they are read
// whole, a connection idle for IdleTimeoutSeconds is closed, and at most
// MaxConnections are served at once. Optionally it also serves container
// credentials (AWS_CONTAINER_CREDENTIALS_FULL_URI) at one path, to a client
// that presents the right Authorization token.
class EndpointServer : public QObject
{
    Q_OBJECT

public:
    static constexpr int IdleTimeoutSeconds = 60;
    static constexpr int MaxConnections = 512;

    explicit EndpointServer(QueryEndpoint* endpoint, QObject* parent = nullptr);
    ~EndpointServer() override;

    // Port 0 picks a free port. Only addresses of this machine are accepted
    // unless allowRemote: the endpoint speaks plain HTTP.
    Result<void> listen(const QHostAddress& address, quint16 port, bool allowRemote = false);
    void close();
    bool isListening() const;
    // http://127.0.0.1:PORT
    QUrl url() const;

    // The JSON of container credentials ({"AccessKeyId", "SecretAccessKey",
    // "Token", "Expiration"}), or the error to answer instead.
    using CredentialsProvider = std::function<void(std::function<void(Result<SecureBytes>)>)>;
    void serveContainerCredentials(const QString& path, const SecureBytes& authorizationToken,
                                   CredentialsProvider provider);

    QueryEndpoint* endpoint() const { return m_endpoint; }

private:
    class HttpServer;
    class GuardedTcpServer;
    QueryEndpoint* m_endpoint;
    std::unique_ptr<HttpServer> m_http;
    GuardedTcpServer* m_tcp = nullptr;
};
