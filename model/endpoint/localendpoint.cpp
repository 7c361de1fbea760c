#include "endpoint/localendpoint.h"

#include "endpoint/endpointserver.h"
#include "endpoint/queryendpoint.h"

#include <QHostAddress>

LocalEndpoint::LocalEndpoint(Directory* directory, StsService* sts, QObject* parent)
    : QObject(parent)
    , m_endpoint(new QueryEndpoint(directory, sts, this))
    , m_server(new EndpointServer(m_endpoint, this))
{
    connect(m_endpoint, &QueryEndpoint::requestHandled, this, &LocalEndpoint::requestHandled);
}

LocalEndpoint::~LocalEndpoint()
{
    m_server->close();
}

Result<void> LocalEndpoint::start(quint16 port)
{
    auto listening = m_server->listen(QHostAddress(QHostAddress::LocalHost), port);
    m_error = listening ? QString() : listening.error().message();
    Q_EMIT stateChanged();
    return listening;
}

void LocalEndpoint::stop()
{
    if (!m_server->isListening())
        return;
    m_server->close();
    Q_EMIT stateChanged();
}

bool LocalEndpoint::isRunning() const
{
    return m_server->isListening();
}

QUrl LocalEndpoint::url() const
{
    return m_server->url();
}
