#include "endpointtestclient.h"

#include "endpointrequestsigner.h"

#include "crypto/sigv4.h"
#include "endpoint/endpointrequest.h"
#include "endpoint/endpointresponse.h"
#include "endpoint/queryendpoint.h"

#include <QTest>
#include <QUrl>
#include <QXmlStreamReader>

#include <optional>

namespace {
bool pathEndsWith(const QString& path, const QString& tail)
{
    return path == tail || path.endsWith(QLatin1Char('/') + tail);
}
} // namespace

QStringList EndpointTestClient::Answer::values(const QString& pathTail) const
{
    QStringList out;
    for (const auto& [path, text] : fields)
        if (pathEndsWith(path, pathTail))
            out << text;
    return out;
}

QString EndpointTestClient::Answer::value(const QString& pathTail) const
{
    return values(pathTail).value(0);
}

bool EndpointTestClient::Answer::has(const QString& pathTail) const
{
    return !values(pathTail).isEmpty();
}

QString EndpointTestClient::Answer::describe() const
{
    return QStringLiteral("HTTP %1: %2").arg(status).arg(QString::fromUtf8(body));
}

EndpointTestClient::EndpointTestClient(QueryEndpoint* endpoint, std::function<QDateTime()> now)
    : m_endpoint(endpoint)
    , m_now(std::move(now))
{}

void EndpointTestClient::setCredentials(const QString& accessKeyId,
                                        const SecureBytes& secretAccessKey,
                                        const QString& sessionToken)
{
    m_accessKeyId = accessKeyId;
    m_secret = secretAccessKey.clone();
    m_sessionToken = sessionToken;
}

void EndpointTestClient::setService(const QString& service, const QString& version)
{
    m_service = service;
    m_version = version;
}

EndpointTestClient::Answer EndpointTestClient::parse(int status, const QByteArray& body)
{
    Answer answer;
    answer.answered = true;
    answer.status = status;
    answer.body = body;
    QXmlStreamReader reader(body);
    QStringList stack;
    QString text;
    bool leaf = false;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            stack << reader.name().toString();
            text.clear();
            leaf = true;
            break;
        case QXmlStreamReader::Characters:
            text += reader.text();
            break;
        case QXmlStreamReader::EndElement:
            if (leaf)
                answer.fields.append({stack.join(QLatin1Char('/')), text});
            leaf = false;
            text.clear();
            stack.removeLast();
            break;
        default:
            break;
        }
    }
    if (reader.hasError())
        answer.fields.append({QStringLiteral("ParseError"), reader.errorString()});
    return answer;
}

EndpointTestClient::Answer EndpointTestClient::call(const QString& action,
                                                    const Parameters& parameters)
{
    Parameters all{{QStringLiteral("Action"), action}, {QStringLiteral("Version"), m_version}};
    all += parameters;
    const EndpointRequest request =
        EndpointRequestSigner(m_accessKeyId, m_secret.clone(), m_sessionToken)
            .sign(all, m_now(), m_service);
    std::optional<EndpointResponse> response;
    m_endpoint->handle(request, [&response](EndpointResponse r) { response = std::move(r); });
    if (!QTest::qWaitFor([&response] { return response.has_value(); }, 30000))
        return {};
    return parse(response->status, response->body);
}
