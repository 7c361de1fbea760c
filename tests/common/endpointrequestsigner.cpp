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

EndpointRequest EndpointRequestSigner::unsignedRequest(const Form& form)
{
    EndpointRequest request;
    request.http.method = "POST";
    request.http.headers = {{"Host", "127.0.0.1:4566"},
                            {"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"},
                            {"User-Agent", userAgent()}};
    request.http.body = formBody(form);
    request.sourceAddress = QStringLiteral("127.0.0.1");
    return request;
}

EndpointRequest EndpointRequestSigner::sign(const Form& form, const QDateTime& time,
                                            const QString& service, const QString& region) const
{
    EndpointRequest request = unsignedRequest(form);
    request.http =
        SigV4::sign(std::move(request.http), {m_accessKeyId, m_secret.clone(), m_sessionToken},
                    region, service, time);
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
