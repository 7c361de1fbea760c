#include "endpoint/endpointserver.h"

#include "crypto/constanttime.h"
#include "endpoint/queryendpoint.h"
#include "endpoint/queryparameters.h"
#include "endpoint/queryxmlwriter.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

namespace {

constexpr qsizetype MaxHeaderBytes = 64 * 1024;
const char refusedProperty[] = "switchboardRefused";

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    default:
        return "OTHER";
    }
}

// The raw HTTP answer for a request the server will not read to its end.
QByteArray refusal(int status, const QByteArray& reason, const IamError& error)
{
    const QByteArray body = QueryXmlWriter::error(
        QueryXmlWriter::iamNamespace(), error, QUuid::createUuid().toString(QUuid::WithoutBraces));
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: text/xml\r\nConnection: close\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// The Content-Length of a header block, -1 when none is given (yet).
qint64 declaredLength(QByteArrayView headerBlock)
{
    const QByteArray lower = headerBlock.toByteArray().toLower();
    const qsizetype at = lower.indexOf("\r\ncontent-length:");
    if (at < 0)
        return -1;
    const qsizetype end = lower.indexOf("\r\n", at + 2);
    bool ok = false;
    const qint64 length = lower.mid(at + 17, end - at - 17).trimmed().toLongLong(&ok);
    return ok ? length : -1;
}

} // namespace

// Refuses what must not be read: bodies over the limit, header blocks that
// never end, connections beyond the limit, and clients that go quiet. It
// sees each socket's data before the HTTP parser does.
class EndpointServer::GuardedTcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        if (m_open >= MaxConnections) {
            socket->write(
                refusal(503, "Service Unavailable",
                        IamError(QStringLiteral("Throttling"),
                                 QStringLiteral("Too many connections: retry later."), 503)));
            socket->disconnectFromHost();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            return;
        }
        ++m_open;
        connect(socket, &QObject::destroyed, this, [this] { --m_open; });
        auto* idle = new QTimer(socket);
        idle->setSingleShot(true);
        idle->setInterval(IdleTimeoutSeconds * 1000);
        connect(idle, &QTimer::timeout, socket, &QTcpSocket::abort);
        idle->start();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, idle] {
            idle->start();
            guard(socket);
        });
        connect(socket, &QTcpSocket::bytesWritten, idle, qOverload<>(&QTimer::start));
        addPendingConnection(socket);
    }

private:
    static void guard(QTcpSocket* socket)
    {
        if (socket->property(refusedProperty).toBool())
            return;
        const QByteArray buffered = socket->peek(MaxHeaderBytes + 1);
        const qsizetype headerEnd = buffered.indexOf("\r\n\r\n");
        const bool tooLong =
            (headerEnd < 0 && buffered.size() > MaxHeaderBytes) ||
            declaredLength(QByteArrayView(buffered).first(
                headerEnd < 0 ? buffered.size() : headerEnd)) > QueryParameters::MaxBodyBytes ||
            socket->bytesAvailable() > QueryParameters::MaxBodyBytes + MaxHeaderBytes;
        if (!tooLong)
            return;
        socket->setProperty(refusedProperty, true);
        socket->setReadBufferSize(4096); // stop taking in what will not be read
        socket->write(refusal(413, "Payload Too Large",
                              IamError(QStringLiteral("RequestEntityTooLarge"),
                                       QCoreApplication::translate(
                                           "EndpointServer", "The request is larger than %1 bytes.")
                                           .arg(QueryParameters::MaxBodyBytes),
                                       413)));
        socket->disconnectFromHost();
        QTimer::singleShot(5000, socket, &QTcpSocket::abort);
    }

    int m_open = 0;
};

class EndpointServer::HttpServer : public QAbstractHttpServer
{
public:
    explicit HttpServer(QueryEndpoint* endpoint)
        : m_endpoint(endpoint)
    {}

    QString credentialsPath;
    SecureBytes credentialsToken;
    CredentialsProvider credentialsProvider;

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        if (socket->property(refusedProperty).toBool())
            return true;
        // The request object is reused for the socket's next request: take a copy.
        auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
        const QPointer<QTcpSocket> alive(socket);
        if (!credentialsPath.isEmpty() && request.url().path() == credentialsPath) {
            serveCredentials(request, responder, alive);
            return true;
        }
        EndpointRequest copy;
        copy.http.method = methodName(request.method());
        copy.http.path = request.url().path(QUrl::FullyEncoded).toUtf8();
        if (copy.http.path.isEmpty())
            copy.http.path = "/";
        copy.http.query = request.url().query(QUrl::FullyEncoded).toUtf8();
        for (const auto& header : request.headers())
            copy.http.headers.append({header.first, header.second});
        copy.http.body = request.body();
        copy.sourceAddress = request.remoteAddress().toString();
        m_endpoint->handle(copy, [responder, alive](EndpointResponse response) {
            if (!alive)
                return; // the client went away
            responder->write(response.body, {{"Content-Type", response.contentType}},
                             QHttpServerResponder::StatusCode(response.status));
        });
        return true;
    }

    void missingHandler(const QHttpServerRequest&, QTcpSocket* socket) override
    {
        socket->disconnectFromHost();
    }

private:
    void serveCredentials(const QHttpServerRequest& request,
                          const std::shared_ptr<QHttpServerResponder>& responder,
                          const QPointer<QTcpSocket>& alive)
    {
        QByteArray presented;
        for (const auto& header : request.headers())
            if (header.first.compare("authorization", Qt::CaseInsensitive) == 0)
                presented = header.second;
        // No token configured never means "no token needed".
        if (credentialsToken.isEmpty() ||
            !ConstantTime::equals(presented, credentialsToken.view())) {
            responder->write(QByteArrayLiteral("{\"Code\": \"AccessDenied\", \"Message\": "
                                               "\"The authorization token is not valid.\"}"),
                             {{"Content-Type", "application/json"}},
                             QHttpServerResponder::StatusCode::Forbidden);
            return;
        }
        credentialsProvider([responder, alive](Result<SecureBytes> json) {
            if (!alive)
                return;
            if (!json) {
                const QByteArray body =
                    QJsonDocument(QJsonObject{{QStringLiteral("Code"), json.error().code()},
                                              {QStringLiteral("Message"), json.error().message()}})
                        .toJson(QJsonDocument::Compact);
                responder->write(body, {{"Content-Type", "application/json"}},
                                 QHttpServerResponder::StatusCode(json.error().httpStatus()));
                return;
            }
            responder->write(json->insecureCopy(), {{"Content-Type", "application/json"}},
                             QHttpServerResponder::StatusCode::Ok);
        });
    }

    QueryEndpoint* m_endpoint;
};

EndpointServer::EndpointServer(QueryEndpoint* endpoint, QObject* parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_http(std::make_unique<HttpServer>(endpoint))
{}

EndpointServer::~EndpointServer() = default;

Result<void> EndpointServer::listen(const QHostAddress& address, quint16 port, bool allowRemote)
{
    if (!allowRemote && !address.isLoopback())
        return IamError::validation(
            QCoreApplication::translate("EndpointServer",
                                        "The endpoint listens on loopback addresses only (for "
                                        "example 127.0.0.1), not on %1: it speaks plain HTTP.")
                .arg(address.toString()));
    close();
    auto* tcp = new GuardedTcpServer(this);
    if (!tcp->listen(address, port)) {
        const QString why = tcp->errorString();
        delete tcp;
        return IamError(
            QStringLiteral("ServiceFailure"),
            QCoreApplication::translate("EndpointServer", "Cannot listen on %1 port %2: %3")
                .arg(address.toString())
                .arg(port)
                .arg(why),
            500);
    }
    m_tcp = tcp;
    m_http->bind(m_tcp);
    return {};
}

void EndpointServer::close()
{
    if (!m_tcp)
        return;
    m_tcp->close();
    m_tcp->deleteLater();
    m_tcp = nullptr;
    // A fresh server: QAbstractHttpServer keeps the servers it was bound to.
    auto fresh = std::make_unique<HttpServer>(m_endpoint);
    fresh->credentialsPath = m_http->credentialsPath;
    fresh->credentialsToken = SecureBytes::fromView(m_http->credentialsToken.view());
    fresh->credentialsProvider = m_http->credentialsProvider;
    m_http = std::move(fresh);
}

bool EndpointServer::isListening() const
{
    return m_tcp && m_tcp->isListening();
}

QUrl EndpointServer::url() const
{
    if (!isListening())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_tcp->serverAddress().toString());
    url.setPort(m_tcp->serverPort());
    return url;
}

void EndpointServer::serveContainerCredentials(const QString& path,
                                               const SecureBytes& authorizationToken,
                                               CredentialsProvider provider)
{
    m_http->credentialsPath = path;
    m_http->credentialsToken = SecureBytes::fromView(authorizationToken.view());
    m_http->credentialsProvider = std::move(provider);
}
