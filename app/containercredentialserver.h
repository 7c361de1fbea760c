#pragma once

#include "crypto/securebytes.h"
#include "iam/result.h"

#include <QCoreApplication>
#include <QObject>
#include <QProcessEnvironment>
#include <QUrl>

#include <memory>

class Directory;
class EndpointServer;
class QueryEndpoint;
class RoleCredentialSource;
class StsService;

// What `switchboard exec` gives the program it runs, as ECS gives a task:
// container credentials (AWS_CONTAINER_CREDENTIALS_FULL_URI with an
// authorization token) from a RoleCredentialSource, and the local STS and
// IAM endpoint on the same loopback port for the calls it makes with them.
// The credentials path and the token are fresh random values per start; a
// request without the token gets 403.
class ContainerCredentialServer : public QObject
{
    Q_OBJECT

public:
    static constexpr int TokenBytes = 32;

    ContainerCredentialServer(Directory* directory, StsService* sts, RoleCredentialSource* source,
                              QObject* parent = nullptr);
    ~ContainerCredentialServer() override;

    // Listens on 127.0.0.1, on a port the system picks.
    Result<void> start();
    void stop();

    QUrl endpointUrl() const;    // http://127.0.0.1:PORT
    QUrl credentialsUrl() const; // http://127.0.0.1:PORT/credentials/<random>
    const SecureBytes& authorizationToken() const { return m_token; }

    // base without credentials or a profile of its own, with the container
    // credentials, the endpoint, and a default region where none is set.
    QProcessEnvironment childEnvironment(QProcessEnvironment base) const;

    QueryEndpoint* endpoint() const { return m_endpoint.get(); }

private:
    std::unique_ptr<QueryEndpoint> m_endpoint;
    std::unique_ptr<EndpointServer> m_server;
    RoleCredentialSource* m_source;
    QString m_path;
    SecureBytes m_token;
};
