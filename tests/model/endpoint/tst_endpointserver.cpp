#include "endpoint/endpointserver.h"
#include "queryendpointfixture.h"
#include "resultassertions.h"

#include <QTcpSocket>
#include <QTest>

// The HTTP side of the endpoint over real sockets on loopback.
class TestEndpointServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QueryEndpointFixture> client;
    std::unique_ptr<EndpointServer> server;

    struct HttpAnswer
    {
        int status = 0;
        QByteArray headers;
        QByteArray body;
    };

    // Reads one HTTP/1.1 answer with a Content-Length from socket.
    static HttpAnswer readAnswer(QTcpSocket& socket)
    {
        QByteArray data;
        HttpAnswer answer;
        const auto complete = [&] {
            const qsizetype end = data.indexOf("\r\n\r\n");
            if (end < 0)
                return false;
            answer.headers = data.left(end);
            const qsizetype at = answer.headers.toLower().indexOf("content-length:");
            const qsizetype lineEnd = answer.headers.indexOf("\r\n", at);
            const int length =
                answer.headers
                    .mid(at + 15, (lineEnd < 0 ? answer.headers.size() : lineEnd) - at - 15)
                    .trimmed()
                    .toInt();
            if (data.size() < end + 4 + length)
                return false;
            answer.body = data.mid(end + 4, length);
            data.remove(0, end + 4 + length);
            return true;
        };
        // The server runs on this thread's event loop: wait by spinning it.
        const bool answered = QTest::qWaitFor(
            [&] {
                data += socket.readAll();
                return complete();
            },
            5000);
        if (!answered)
            return {};
        answer.status = answer.headers.mid(9, 3).toInt();
        return answer;
    }

    static QByteArray rawPost(const QByteArray& body, const QByteArray& extraHeaders = {})
    {
        return "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
               "application/x-www-form-urlencoded\r\nContent-Length: " +
               QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
    }

    static QByteArray toHttp(const EndpointRequest& request)
    {
        QByteArray out = request.http.method + ' ' + request.http.path + " HTTP/1.1\r\n";
        for (const auto& [name, value] : request.http.headers)
            out += name + ": " + value + "\r\n";
        out += "Content-Length: " + QByteArray::number(request.http.body.size()) + "\r\n\r\n";
        return out + request.http.body;
    }

    QTcpSocket* connectToServer()
    {
        auto* socket = new QTcpSocket(this);
        socket->connectToHost(QHostAddress::LocalHost, quint16(server->url().port()));
        if (!socket->waitForConnected(5000))
            return nullptr;
        return socket;
    }

private Q_SLOTS:
    void init()
    {
        REQUIRE_VALUE(client, QueryEndpointFixture::open());
        server = std::make_unique<EndpointServer>(client->endpoint.get());
        REQUIRE_OK(server->listen(QHostAddress::LocalHost, 0));
        QVERIFY(server->isListening());
        QVERIFY(server->url().port() > 0);
        QCOMPARE(server->url().host(), QStringLiteral("127.0.0.1"));
    }
    void cleanup()
    {
        server.reset();
        client.reset();
    }

    void answersSignedRequestsOverKeepAlive()
    {
        const SigV4Credentials maria = client->createKey(QStringLiteral("Maria"));
        const QList<std::pair<QString, QString>> form{
            {QStringLiteral("Action"), QStringLiteral("GetCallerIdentity")},
            {QStringLiteral("Version"), QStringLiteral("2011-06-15")}};
        QTcpSocket* socket = connectToServer();
        QVERIFY(socket);
        for (int i = 0; i < 3; ++i) {
            socket->write(toHttp(client->signedRequest(form, maria)));
            const HttpAnswer answer = readAnswer(*socket);
            QCOMPARE(answer.status, 200);
            QVERIFY(answer.headers.toLower().contains("content-type: text/xml"));
            QCOMPARE(QueryEndpointFixture::text(answer.body, QStringLiteral("Arn")),
                     QStringLiteral("arn:aws:iam::111122223333:user/Maria"));
        }
        QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
    }

    void unsignedRequestsGetTheErrorEnvelope()
    {
        QTcpSocket* socket = connectToServer();
        QVERIFY(socket);
        socket->write(rawPost("Action=ListUsers&Version=2010-05-08"));
        const HttpAnswer answer = readAnswer(*socket);
        QCOMPARE(answer.status, 403);
        QCOMPARE(QueryEndpointFixture::text(answer.body, QStringLiteral("Code")),
                 QStringLiteral("MissingAuthenticationToken"));
    }

    void oversizedBodiesAreRefusedBeforeTheyAreRead()
    {
        QTcpSocket* socket = connectToServer();
        QVERIFY(socket);
        socket->write("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 50000000\r\n\r\n");
        socket->write(QByteArray(64 * 1024, 'a'));
        const HttpAnswer answer = readAnswer(*socket);
        QCOMPARE(answer.status, 413);
        QCOMPARE(QueryEndpointFixture::text(answer.body, QStringLiteral("Code")),
                 QStringLiteral("RequestEntityTooLarge"));
        // The server stays up for the next client.
        QTcpSocket* next = connectToServer();
        QVERIFY(next);
        next->write(rawPost("Action=GetCallerIdentity&Version=2011-06-15"));
        QCOMPARE(readAnswer(*next).status, 403);
    }

    void aVanishingClientLeavesTheServerUp()
    {
        QTcpSocket* socket = connectToServer();
        QVERIFY(socket);
        socket->write("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\nAction=");
        QTest::qWait(20);
        socket->abort();
        QTest::qWait(50);
        QTcpSocket* next = connectToServer();
        QVERIFY(next);
        next->write(rawPost("Action=GetCallerIdentity&Version=2011-06-15"));
        QCOMPARE(readAnswer(*next).status, 403);
    }

    void containerCredentialsNeedTheToken()
    {
        int asked = 0;
        server->serveContainerCredentials(
            QStringLiteral("/credentials/abc"),
            SecureBytes::fromUtf8(QStringLiteral("s3cret-token")),
            [&asked](std::function<void(Result<SecureBytes>)> done) {
                ++asked;
                done(SecureBytes::fromUtf8(QStringLiteral("{\"AccessKeyId\": \"ASIAEXAMPLE\"}")));
            });
        QTcpSocket* socket = connectToServer();
        QVERIFY(socket);
        socket->write(
            "GET /credentials/abc HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: wrong\r\n\r\n");
        QCOMPARE(readAnswer(*socket).status, 403);
        QCOMPARE(asked, 0);
        socket->write("GET /credentials/abc HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(readAnswer(*socket).status, 403);
        socket->write("GET /credentials/abc HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                      "s3cret-token\r\n\r\n");
        const HttpAnswer answer = readAnswer(*socket);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body, QByteArray("{\"AccessKeyId\": \"ASIAEXAMPLE\"}"));
        QCOMPARE(asked, 1);
    }

    void listensOnLoopbackOnly()
    {
        EndpointServer other(client->endpoint.get());
        const auto refused = other.listen(QHostAddress(QStringLiteral("0.0.0.0")), 0);
        QVERIFY(!refused);
        QVERIFY(refused.error().message().contains(QLatin1String("loopback")));
        QVERIFY(!other.isListening());
    }

    void aTakenPortIsAClearError()
    {
        EndpointServer other(client->endpoint.get());
        const auto taken = other.listen(QHostAddress::LocalHost, quint16(server->url().port()));
        QVERIFY(!taken);
        QVERIFY(taken.error().message().contains(QString::number(server->url().port())));
    }
};

QTEST_GUILESS_MAIN(TestEndpointServer)
#include "tst_endpointserver.moc"
