#include "containercredentialserver.h"

#include "console/credentialexport.h"
#include "crypto/random.h"
#include "endpoint/endpointserver.h"
#include "endpoint/queryendpoint.h"
#include "rolecredentialsource.h"

#include <QHostAddress>
#include <QPointer>

namespace {
QByteArray base64url(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace

ContainerCredentialServer::ContainerCredentialServer(Directory* directory, StsService* sts,
                                                     RoleCredentialSource* source, QObject* parent)
    : QObject(parent)
    , m_endpoint(std::make_unique<QueryEndpoint>(directory, sts))
    , m_server(std::make_unique<EndpointServer>(m_endpoint.get()))
    , m_source(source)
{}

ContainerCredentialServer::~ContainerCredentialServer()
{
    m_server.reset(); // before the endpoint it calls
}

Result<void> ContainerCredentialServer::start()
{
    m_path = QStringLiteral("/credentials/") + QString::fromLatin1(base64url(Random::bytes(16)));
    QByteArray token = base64url(Random::bytes(TokenBytes));
    m_token = SecureBytes::takeFrom(token);
    const QPointer<RoleCredentialSource> source(m_source);
    m_server->serveContainerCredentials(
        m_path, m_token, [source](std::function<void(Result<SecureBytes>)> reply) {
            if (!source)
                return reply(IamError::serviceFailure(QStringLiteral("No credentials.")));
            source->credentials([reply](Result<TemporaryCredentials> credentials) {
                if (!credentials)
                    return reply(credentials.error());
                reply(SecureBytes::fromUtf8(
                    CredentialExport::containerCredentialsJson(credentials.value())));
            });
        });
    return m_server->listen(QHostAddress::LocalHost, 0);
}

void ContainerCredentialServer::stop()
{
    m_server->close();
}

QUrl ContainerCredentialServer::endpointUrl() const
{
    return m_server->url();
}

QUrl ContainerCredentialServer::credentialsUrl() const
{
    QUrl url = m_server->url();
    url.setPath(m_path);
    return url;
}

QProcessEnvironment ContainerCredentialServer::childEnvironment(QProcessEnvironment base) const
{
    // Anything that would win over the container credentials in the SDKs' chain goes.
    for (const char* name :
         {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN",
          "AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
          "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE", "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_ROLE_ARN",
          "SWITCHBOARD_PASSWORD"})
        base.remove(QString::fromLatin1(name));
    // The shared files may hold keys, a credential_process or a role for the
    // default profile, all of which come before container credentials.
    const QString nothing = QStringLiteral("/dev/null");
    base.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), nothing);
    base.insert(QStringLiteral("AWS_CONFIG_FILE"), nothing);
    const QString endpoint = endpointUrl().toString();
    base.insert(QStringLiteral("AWS_CONTAINER_CREDENTIALS_FULL_URI"), credentialsUrl().toString());
    base.insert(QStringLiteral("AWS_CONTAINER_AUTHORIZATION_TOKEN"), m_token.insecureUtf8String());
    base.insert(QStringLiteral("AWS_ENDPOINT_URL"), endpoint);
    base.insert(QStringLiteral("SWITCHBOARD_ENDPOINT_URL"), endpoint);
    if (base.value(QStringLiteral("AWS_DEFAULT_REGION")).isEmpty())
        base.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("us-east-1"));
    return base;
}
