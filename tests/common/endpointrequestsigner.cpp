#include "endpointrequestsigner.h"

#include "crypto/sigv4.h"

#include <QUrl>
#include <QXmlStreamReader>

EndpointRequestSigner::EndpointRequestSigner(QString accessKeyId, SecureBytes secretAccessKey,
                                             QString sessionToken)
    : m_accessKeyId(std::move(accessKeyId))
    , m_secret(std::move(secretAccessKey))
    , m_sessionToken(std::move(sessionToken))
{}

QByteArray EndpointRequestSigner::formBody(const Form& form)
{
    QByteArrayList pairs;
    for (const auto& [name, value] : form)
        pairs.append(QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value));
    return pairs.join('&');
}

EndpointRequest EndpointRequestSigner::sign(const Form& form, const QDateTime& time,
                                            const QString& service) const
{
    SigV4Request http;
    http.method = "POST";
    http.headers = {{"Host", "127.0.0.1:4566"},
                    {"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"}};
    http.body = formBody(form);
    EndpointRequest request;
    request.http = SigV4::sign(http, {m_accessKeyId, m_secret.clone(), m_sessionToken},
                               QStringLiteral("us-east-1"), service, time);
    request.sourceAddress = QStringLiteral("127.0.0.1");
    return request;
}

QStringList EndpointRequestSigner::elementTexts(const QByteArray& xml, const QString& name)
{
    QStringList texts;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == name)
            texts.append(reader.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    return texts;
}

QString EndpointRequestSigner::elementText(const QByteArray& xml, const QString& name)
{
    return elementTexts(xml, name).value(0);
}
